"""`assert_consistent`: whatever an interviewer asks, across sessions, the persona never contradicts
its card or itself. On failure, hypothesis shrinks the interview to the smallest one that still
contradicts, and the error shows that transcript with its findings and their evidence."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase, given

from ..checkers.findings import CONTRADICTION_KINDS, KINDS
from ..errors import InputError, ModelError
from ..models.base import ChatModel
from ..models.cache import CachedModel, CallCache
from ..models.settings import ModelSettings
from ..persona import PersonaCard
from .agents import AgentFunction, as_chat_model
from .failure import InconsistentPersonaError
from .interview import Interview, MemoryMode, run_interview
from .plans import DEFAULT_GAPS, ProbePlan, persona_questions, probe_plans
from .render import render_failure

__all__ = ["assert_consistent", "consistency_settings"]


def consistency_settings(base: hypothesis.settings | None = None) -> hypothesis.settings:
    """`base` (default: the active profile) made fit for interviews: no deadline, no example database
    (the call cache plays its part), one bug reported, no explain phase."""
    base = base if base is not None else hypothesis.settings()
    return hypothesis.settings(
        base, deadline=None, database=None, report_multiple_bugs=False,
        suppress_health_check=[*base.suppress_health_check, HealthCheck.too_slow],
        phases=[p for p in base.phases if p is not Phase.explain])


def _card(persona: PersonaCard | Mapping[str, Any]) -> PersonaCard:
    if isinstance(persona, PersonaCard):
        return persona
    if isinstance(persona, Mapping):
        return PersonaCard.model_validate(persona)
    raise InputError(f"persona must be a PersonaCard (or its data), got {type(persona).__name__}")


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(kinds))
    unknown = [k for k in chosen if k not in KINDS]
    if unknown or not chosen:
        raise InputError(f"kinds must be some of {', '.join(KINDS)}; got {list(chosen)}")
    return chosen


def _validate(max_sessions: int, max_questions: int, memory: str, questions: Sequence[str] | None) -> None:
    if not 1 <= max_sessions <= 100:
        raise InputError(f"max_sessions must be between 1 and 100, got {max_sessions}")
    if not 1 <= max_questions <= 100:
        raise InputError(f"max_questions must be between 1 and 100, got {max_questions}")
    if memory not in ("off", "window", "full"):
        raise InputError(f"memory must be off, window or full, got {memory!r}")
    if questions is not None and not [q for q in questions if q.strip()]:
        raise InputError("questions must hold at least one question")
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise InputError("assert_consistent runs its own event loop; call it from a synchronous test")


def _cached(model: ChatModel | AgentFunction | None, cache: CallCache | None) -> ChatModel:
    if model is None:
        from ..models.scripted import ScriptedModel

        model = ScriptedModel()
    chat = as_chat_model(model)
    return chat if isinstance(chat, CachedModel) else CachedModel(chat, cache or CallCache())


def assert_consistent(persona: PersonaCard | Mapping[str, Any], *, model: ChatModel | AgentFunction | None = None,
                      kinds: Iterable[str] = CONTRADICTION_KINDS, max_sessions: int = 4, max_questions: int = 4,
                      questions: Sequence[str] | None = None, gaps: Sequence[timedelta | str] = DEFAULT_GAPS,
                      memory: MemoryMode = "full", seed: int = 0, model_settings: ModelSettings | None = None,
                      cache: CallCache | None = None, settings: hypothesis.settings | None = None) -> None:
    """Interview `persona` in many generated plans and fail if it ever contradicts itself.

    Args:
        persona: the persona card the agent plays.
        model: the agent under test: a ChatModel, a function of the messages returning text, or an
            async function of the ChatRequest (see `simulate.testing.agents`). Default: the scripted model.
        kinds: the finding kinds that fail the test (default the contradictions: persona, cross_turn,
            cross_session, retest; add third_person, impersonation, wrong_name or repetition to test adherence).
        max_sessions: most sessions in one interview.
        max_questions: most questions in one session.
        questions: what the interviewer may ask; default: a question per slot the card states, and an open one.
        gaps: the simulated times between sessions to choose from.
        memory: the engine memory the persona gets (`full` memory uses extractive summaries: no extra calls).
        seed: the run seed (model seeds are derived from it per turn).
        model_settings: temperature, max_tokens, options and the model string sent with each request;
            default `ModelSettings(name=model.name)`.
        cache: the call cache (a model that is already a CachedModel keeps its own); default: a fresh
            in-memory cache, so shrinking never pays twice for a call and replays are deterministic.
        settings: hypothesis settings (max_examples and so on); default: the active profile.

    Raises:
        InconsistentPersonaError: the smallest contradicting interview found, transcript and evidence included.
        ModelError: the model under test failed during an interview.
        InputError: an argument is invalid.
    """
    card = _card(persona)
    chosen = _kinds(kinds)
    _validate(max_sessions, max_questions, memory, questions)
    chat = _cached(model, cache)
    plans = probe_plans(questions or persona_questions(card), max_sessions=max_sessions,
                        max_questions=max_questions, gaps=gaps)

    def play(plan: ProbePlan) -> Interview:
        return asyncio.run(run_interview(card, plan, chat, settings=model_settings, memory=memory, seed=seed))

    @consistency_settings(settings)
    @given(plan=plans)
    def interview_stays_consistent(plan: ProbePlan) -> None:
        interview = play(plan)
        if interview.error is not None:
            raise ModelError(f"the model under test failed while {card.name} was interviewed: {interview.error}")
        bad = interview.findings_of(chosen)
        if bad:
            raise InconsistentPersonaError(render_failure(interview, bad), interview=interview, findings=bad)

    interview_stays_consistent()
