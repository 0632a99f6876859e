"""A batch's probe sets: for each drawn persona, PersonaGym questions asked in every session.

Resolved once, when the batch is loaded, and stored in batch.json (so a resume asks the same
questions without the questions file). A PersonaGym persona gets its own questions; any other
persona gets questions written by the spec's `generator` model through the gateway (cached).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..persona import PersonaCard
from ..scenario import Scenario
from .spec import BatchSpec

__all__ = ["DEFAULT_CACHE", "resolve_probe_sets", "with_probe_sets"]

DEFAULT_CACHE = Path("~/.cache/simulate/probe-questions.jsonl")


def resolve_probe_sets(spec: BatchSpec, spec_path: Path, pool: list[PersonaCard],
                       used: Iterable[int]) -> dict[int, list[list[str]]]:
    """For each used pool index, its probe set as [task key, question] pairs.

    Raises:
        InputError: the questions file cannot be read, or a persona has no questions and there is no
            `generator`.
    """
    from ..score.probes import QuestionBank, select_questions
    from ..score.rubrics import TASKS

    probes = spec.probes
    assert probes is not None
    tasks = probes.tasks or [t.key for t in TASKS]
    bank = QuestionBank.load((spec_path.parent / probes.path).resolve()) if probes.path else None
    out: dict[int, list[list[str]]] = {}
    missing: list[int] = []
    for index in sorted(set(used)):
        own = bank.for_persona(pool[index]) if bank is not None else None
        if own is None:
            missing.append(index)
            continue
        chosen = select_questions(own, per_task=probes.per_task, tasks=tasks, key=pool[index].description)
        out[index] = [[t, q] for t, q in chosen]
    if missing and probes.generator is None:
        names = ", ".join(pool[i].name for i in missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise InputError(f"probes: {len(missing)} persona(s) have no PersonaGym questions ({names}); "
                         "give `probes.generator`, a model that writes them")
    if missing:
        cache = (spec_path.parent / probes.cache).resolve() if probes.cache else DEFAULT_CACHE.expanduser()
        written = asyncio.run(_generate([pool[i] for i in missing], probes.generator or "", cache,
                                        probes.per_task, tasks))
        for index, questions in zip(missing, written):
            chosen = select_questions(questions, per_task=probes.per_task, tasks=tasks, key=pool[index].name)
            out[index] = [[t, q] for t, q in chosen]
    return out


async def _generate(cards: list[PersonaCard], model_name: str, cache: Path, per_task: int,
                    tasks: list[str]) -> list[dict[str, list[str]]]:
    from ..gateway import Gateway
    from ..scenario import ModelSettings
    from ..score.probes import generate_questions

    model = Gateway().model(ModelSettings(name=model_name, temperature=0.7, max_tokens=400))
    return [await generate_questions(card, model, model_name=model_name, cache=cache, per_task=per_task,
                                     tasks=tasks) for card in cards]


def with_probe_sets(scenario: Scenario, sets: Mapping[str, list[list[str]]]) -> Scenario:
    """`scenario` with each named persona's probe set asked in every session, spread over the session's turns.

    Probe ids are `pg.<task>.<n>.p<k>`: the task, the question's number in the set, the persona's place.
    """
    from ..score.probes import probe_id

    data: dict[str, Any] = scenario.model_dump(mode="json")
    turns = scenario.sessions.turns
    for place, name in enumerate(scenario.names):
        for number, (task_key, question) in enumerate(sets.get(name, [])):
            at = [{"session": s, "turn": (number + place) % (turns + 1)} for s in range(scenario.sessions.count)]
            data["probes"].append({"id": f"{probe_id(task_key, number)}.p{place}", "persona": name,
                                   "question": question, "at": at})
    return Scenario.model_validate(data)
