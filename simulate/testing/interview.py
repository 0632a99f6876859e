"""Run a probe plan through the engine: an interviewer asks a persona the plan's questions, session by session.

The interview is an ordinary scenario: the interviewer and the persona, one greeting turn by the
interviewer per session, then the session's questions as probes (so repeated questions are retests),
the persona's own timeline and memory, checked live by the rules checkers. Only the persona's answers
reach the model under test; the interviewer's greetings come from a tiny built-in model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from ..checkers.findings import Finding
from ..errors import InputError
from ..models.base import ChatModel, ChatRequest, ChatResponse
from ..models.settings import ModelSettings
from ..persona import PersonaCard
from ..runner import run_scenario
from ..scenario import Scenario
from ..scheduler import ConversationResult
from ..turn import Turn
from .plans import ProbePlan

__all__ = ["INTERVIEWER_MODEL", "Interview", "InterviewerModel", "interview_scenario", "interviewer_name",
           "run_interview"]

INTERVIEWER_MODEL = "simulate-interviewer"
MemoryMode = Literal["off", "window", "full"]


class InterviewerModel:
    """The interviewer's greetings: fixed lines that state nothing about anyone."""

    name = INTERVIEWER_MODEL

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """`Hello, nice to meet you.` in the first session, `Good to see you again.` later."""
        first = int(request.context.get("session", 0)) == 0
        return ChatResponse(text="Hello, nice to meet you." if first else "Good to see you again.",
                            model=self.name, cost=0.0, finish_reason="stop")


def interviewer_name(persona: PersonaCard) -> str:
    """`Interviewer`, unless the persona is called that."""
    return "Interviewer" if persona.name != "Interviewer" else "Interviewer (simulate)"


def interview_scenario(persona: PersonaCard, plan: ProbePlan, *, model: ModelSettings, memory: MemoryMode = "full",
                       seed: int = 0) -> Scenario:
    """The scenario that plays `plan` with `persona` answering through `model`'s settings."""
    if model.name == INTERVIEWER_MODEL:
        raise InputError(f"{INTERVIEWER_MODEL!r} is the interviewer's model name; name the model under test otherwise")
    asker = interviewer_name(persona)
    probes = []
    for i, question in enumerate(plan.questions):
        points = [{"session": s, "turn": 1} for s, asked in enumerate(plan.sessions) if i in asked]
        if points:
            probes.append({"id": f"q{i}", "persona": persona.name, "asker": asker, "question": question, "at": points})
    settings = model.model_dump(exclude={"per_persona"})
    data: dict[str, Any] = {
        "id": "consistency",
        "description": f"An interviewer asks {persona.name} about themself: {plan.describe()}.",
        "personas": [{"inline": {"name": asker, "description": "Asks the questions."}}, {"inline": persona}],
        "policy": {"kind": "round_robin", "start": asker},
        "sessions": {"count": len(plan.sessions), "turns": 1, "gap": plan.gap},
        "model": {**settings, "per_persona": {asker: {"name": INTERVIEWER_MODEL}}},
        "probes": probes,
        "memory": {"mode": memory, "summarise": False, "hearers": "everyone"},
        "seed": seed,
    }
    return Scenario.model_validate(data)


@dataclass
class Interview:
    """One played plan: the transcript and every finding the rules checkers made while it ran."""

    persona: PersonaCard
    plan: ProbePlan
    scenario: Scenario
    turns: list[Turn]
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    def findings_of(self, kinds: tuple[str, ...]) -> list[Finding]:
        """The persona's findings of the given kinds."""
        return [f for f in self.findings if f.speaker == self.persona.name and f.kind in kinds]


class _Collector:
    """An engine Observer that keeps the findings."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def session_started(self, conversation: str, session: int, when: datetime, topic: str | None) -> None:
        """Nothing to do."""

    def turn_finished(self, turn: Turn) -> None:
        """Nothing to do."""

    def conversation_finished(self, result: ConversationResult) -> None:
        """Nothing to do."""

    def finding_found(self, finding: Finding) -> None:
        """Keep it."""
        self.findings.append(finding)


async def run_interview(persona: PersonaCard, plan: ProbePlan, model: ChatModel, *,
                        settings: ModelSettings | None = None, memory: MemoryMode = "full",
                        seed: int = 0) -> Interview:
    """Play `plan` with `persona` answering through `model` (request settings from `settings`).

    Returns the transcript and findings; a model failure is in `error`, with the turns before it.
    """
    settings = settings or ModelSettings(name=model.name)
    scenario = interview_scenario(persona, plan, model=settings, memory=memory, seed=seed)
    interviewer = InterviewerModel()
    collector = _Collector()
    result = await run_scenario(
        scenario, observer=collector,
        provider=lambda s: interviewer if s.name == INTERVIEWER_MODEL else model)
    (conversation,) = result.conversations
    return Interview(persona, plan, scenario, conversation.turns, collector.findings, conversation.error)
