"""Probe sets: PersonaGym's questions for a persona, asked as probes so their answers can be scored per task.

A PersonaGym persona gets its own questions from `questions_benchmark_v1.jsonl` (one line per persona:
`{"persona": sentence, "questions": {task name: [questions]}}`). Any other persona gets questions
generated through the gateway, once: they are kept in a JSONL cache keyed by the persona text, task
and model. A probe's id says its task: `pg.<task key>.<n>` (a batch adds `.p<k>`, the persona's place).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson

from ..errors import InputError, ModelError
from ..jsonl import json_lines
from ..models.base import ChatModel, ChatRequest, Message
from ..persona import PersonaCard
from .rubrics import TASKS, task

__all__ = ["ProbeSet", "QuestionBank", "generate_questions", "persona_text", "probe_id", "probe_task",
           "select_questions"]

ProbeSet = list[tuple[str, str]]  # (task key, question), in task order
_PREFIX = "pg."


def probe_id(task_key: str, number: int) -> str:
    """The id of the `number`-th probe of a task in a persona's probe set."""
    return f"{_PREFIX}{task_key}.{number}"


def probe_task(probe: str | None) -> str | None:
    """The task key a probe id names, or None for a probe that is not from a probe set."""
    if not probe or not probe.startswith(_PREFIX):
        return None
    key = probe[len(_PREFIX):].split(".", 1)[0]
    try:
        return task(key).key
    except KeyError:
        return None


def _norm(text: str) -> str:
    return " ".join(text.split())


def persona_text(card: PersonaCard, *, session: int = 0) -> str:
    """What a judge and a question writer are told about a persona: its description and its facts."""
    facts = card.facts_at(session).sentences() if card.timeline else card.facts.sentences()
    lines = [_norm(card.description)] if card.description else []
    lines += [s for s in facts if s not in (card.description or "")]
    return " ".join(lines) or card.name


class QuestionBank:
    """PersonaGym's questions by persona sentence."""

    def __init__(self, questions: Mapping[str, Mapping[str, list[str]]], *, source: str = "") -> None:
        self.questions = {_norm(k): dict(v) for k, v in questions.items()}
        self.source = source

    @classmethod
    def load(cls, path: str | Path) -> QuestionBank:
        """Read `questions_benchmark_v1.jsonl`.

        Raises:
            InputError: the file is missing or unreadable, or a line is not `{"persona", "questions"}`
                (the message names the file and line).
        """
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file (PersonaGym's questions_benchmark_v1.jsonl)") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file: {exc}") from None
        questions: dict[str, dict[str, list[str]]] = {}
        for number, data in json_lines(raw.splitlines(), path):
            questions[_persona_of(path, number, data)] = _questions_of(path, number, data)
        if not questions:
            raise InputError(f"{path}: no personas in the file")
        return cls(questions, source=str(path))

    def for_persona(self, card: PersonaCard) -> dict[str, list[str]] | None:
        """The persona's own questions by task key, or None when it is not a PersonaGym persona."""
        return self.questions.get(_norm(card.description)) if card.description else None


def _persona_of(path: Path, number: int, data: Any) -> str:
    if not isinstance(data, dict) or not isinstance(data.get("persona"), str) or not data["persona"].strip():
        raise InputError(f'{path}:{number}: expected {{"persona": "...", "questions": {{task: [...]}}}}')
    return _norm(data["persona"])


def _questions_of(path: Path, number: int, data: dict[str, Any]) -> dict[str, list[str]]:
    by_task = data.get("questions")
    if not isinstance(by_task, dict):
        raise InputError(f"{path}:{number}: questions: expected an object of task name to a list of questions")
    out: dict[str, list[str]] = {}
    for name, items in by_task.items():
        try:
            key = task(name).key
        except KeyError:
            raise InputError(f"{path}:{number}: questions: unknown task {name!r}; known: "
                             f"{', '.join(t.name for t in TASKS)}") from None
        if not isinstance(items, list) or not all(isinstance(q, str) and q.strip() for q in items):
            raise InputError(f"{path}:{number}: questions.{name}: expected a list of questions")
        out[key] = [_norm(q) for q in items]
    return out


def select_questions(questions: Mapping[str, list[str]], *, per_task: int, tasks: Iterable[str],
                     key: str) -> ProbeSet:
    """`per_task` questions of each task, the same for the same `key` on any machine (sha256 order)."""
    out: ProbeSet = []
    for task_key in tasks:
        pool = questions.get(task_key, [])
        ranked = sorted(pool, key=lambda q: hashlib.sha256(f"{key}\n{task_key}\n{q}".encode()).digest())
        out.extend((task_key, q) for q in ranked[:per_task])
    return out


# --- generated questions ---------------------------------------------------------------------------

_WRITER = ("You write evaluation questions for a persona, as the PersonaGym benchmark does. Task: {task}. "
           "Write {n} different questions that put this persona in a concrete situation (a setting they "
           "could be in) and ask what they would do, why, or how they would put it, so that the answer shows "
           "whether they stay in character. Answer with JSON only: {{\"questions\": [\"...\", ...]}}.")


def _cache_key(persona: str, task_key: str, model: str, n: int) -> str:
    return hashlib.sha256(f"{persona}\n{task_key}\n{model}\n{n}".encode()).hexdigest()


def _read_cache(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not path.is_file():
        return out
    for line in path.read_bytes().splitlines():
        try:
            entry = orjson.loads(line)
            out[str(entry["key"])] = [str(q) for q in entry["questions"]]
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue  # a torn line (killed mid-write) is asked again
    return out


def _append(path: Path, entry: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as handle:
        handle.write(orjson.dumps(entry) + b"\n")
        handle.flush()
        os.fsync(handle.fileno())


def _parse_questions(text: str, n: int) -> list[str] | None:
    start, end = text.find("{"), text.rfind("}")
    try:
        data = orjson.loads(text[start:end + 1]) if start >= 0 else None
    except orjson.JSONDecodeError:
        return None
    items = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    questions = [_norm(q) for q in items if isinstance(q, str) and q.strip().endswith("?")]
    return questions[:n] if len(questions) >= n else None


async def generate_questions(card: PersonaCard, model: ChatModel, *, model_name: str, cache: Path,
                             per_task: int, tasks: Iterable[str], seed: int = 0) -> dict[str, list[str]]:
    """Questions for a persona that has none of its own, by task: from `cache`, else written by `model`.

    Each new set is appended to `cache` (flushed, fsynced) before it is used.

    Raises:
        ModelError: the model failed, or twice gave no list of `per_task` questions.
    """
    persona = persona_text(card)
    known = _read_cache(cache)
    out: dict[str, list[str]] = {}
    for task_key in tasks:
        key = _cache_key(persona, task_key, model_name, per_task)
        if key in known:
            out[task_key] = known[key]
            continue
        messages = (Message("system", _WRITER.format(task=task(task_key).name, n=per_task)),
                    Message("user", f"Persona: {persona}"))
        questions = None
        for attempt in range(2):
            response = await model.complete(ChatRequest(model=model_name, messages=messages, temperature=0.7,
                                                        max_tokens=120 * per_task + 40, seed=seed + attempt))
            questions = _parse_questions(response.text, per_task)
            if questions:
                break
        if not questions:
            raise ModelError(f"gave no list of {per_task} question(s) for {task(task_key).name} "
                             f"about {card.name}", model=model_name)
        _append(cache, {"key": key, "persona": persona, "task": task_key, "model": model_name,
                        "questions": questions})
        out[task_key] = questions
    return out
