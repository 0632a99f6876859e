"""Probe plans: which questions an interviewer asks a persona, in which order, in which session, how far apart.

A plan is a questionnaire (distinct questions, in the order they are asked) and, for each session,
which of its questions are asked there (in questionnaire order). A question asked in several
sessions is the same probe each time, so changed answers are retest findings. Hypothesis shrinks
plans towards fewer sessions, fewer questions, the questionnaire's first questions and the shortest gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..durations import format_gap, parse_duration
from ..errors import InputError
from ..persona import PersonaCard

__all__ = ["DEFAULT_GAPS", "QUESTIONS", "ProbePlan", "persona_questions", "probe_plans"]

# One question per slot the rules checker reads; the scripted model answers each on topic.
QUESTIONS: dict[str, str] = {
    "location": "Where do you live?",
    "occupation": "What do you do for a living?",
    "age": "How old are you?",
    "marital_status": "Are you married?",
    "children": "Do you have any kids?",
    "pets": "Do you have any pets?",
    "likes": "What do you like to do in your free time?",
}
OPEN_QUESTION = "Tell me a little about yourself."
DEFAULT_GAPS: tuple[timedelta, ...] = (timedelta(days=1), timedelta(weeks=1), timedelta(weeks=3), timedelta(days=90))


class ProbePlan(BaseModel):
    """What an interviewer asks, session by session.

    `sessions[s]` lists indices into `questions` (increasing) asked in session `s`; a session may
    ask nothing (time passes, the interviewer only greets). `gap` is the simulated time between sessions.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    questions: tuple[str, ...] = Field(min_length=1)
    sessions: tuple[tuple[int, ...], ...] = Field(min_length=1)
    gap: timedelta = timedelta(weeks=1)

    @field_validator("gap", mode="before")
    @classmethod
    def _gap(cls, value: Any) -> Any:
        return parse_duration(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _indices(self) -> ProbePlan:
        if len(set(self.questions)) != len(self.questions) or not all(q.strip() for q in self.questions):
            raise ValueError("questions must be distinct and not blank")
        for s, asked in enumerate(self.sessions):
            if list(asked) != sorted(set(asked)):
                raise ValueError(f"session {s}: question indices must increase, got {list(asked)}")
            if asked and not 0 <= asked[0] <= asked[-1] < len(self.questions):
                raise ValueError(f"session {s}: question index out of range 0..{len(self.questions) - 1}")
        if self.gap < timedelta(0):
            raise ValueError("gap must not be negative")
        return self

    @property
    def asked(self) -> int:
        """How many questions are asked in all."""
        return sum(len(s) for s in self.sessions)

    def describe(self) -> str:
        """E.g. `2 sessions 3 weeks apart, 3 questions`."""
        sessions = f"{len(self.sessions)} session{'s' if len(self.sessions) != 1 else ''}"
        apart = f" {format_gap(self.gap)} apart" if len(self.sessions) > 1 else ""
        return f"{sessions}{apart}, {self.asked} question{'s' if self.asked != 1 else ''}"


def persona_questions(card: PersonaCard) -> tuple[str, ...]:
    """Questions about the slots `card` states (now or after a life event), then an open question."""
    slots = {slot for slot, _ in card.facts.slot_sentences()}
    for event in card.timeline:
        slots.update(event.changes.changed())
    if "dislikes" in slots:
        slots.add("likes")
    return tuple(q for slot, q in QUESTIONS.items() if slot in slots) + (OPEN_QUESTION,)


def _gaps(gaps: Sequence[timedelta | str]) -> list[timedelta]:
    out = [parse_duration(g) if isinstance(g, str) else g for g in gaps]
    if not out or any(g < timedelta(0) for g in out):
        raise InputError("give at least one gap, none negative")
    return out


def probe_plans(questions: Sequence[str], *, max_sessions: int = 4, max_questions: int = 4,
                gaps: Sequence[timedelta | str] = DEFAULT_GAPS) -> st.SearchStrategy[ProbePlan]:
    """Plans over `questions`: their order, which are asked in each of up to `max_sessions` sessions
    (at most `max_questions` each, at least one question in all), and the gap between sessions.

    Raises:
        InputError: at once, for bounds below 1, no questions or no gaps.
    """
    if max_sessions < 1 or max_questions < 1:
        raise InputError("max_sessions and max_questions must be at least 1")
    pool = tuple(dict.fromkeys(q for q in questions if q.strip()))
    if not pool:
        raise InputError("give at least one question")
    return _probe_plans(pool, max_sessions, max_questions, tuple(_gaps(gaps)))


@st.composite
def _probe_plans(draw: st.DrawFn, pool: tuple[str, ...], max_sessions: int, max_questions: int,
                 gaps: tuple[timedelta, ...]) -> ProbePlan:
    order = tuple(draw(st.permutations(pool)))
    # One "asked?" flag per question: the shrinker can drop any single question from any session.
    session = st.lists(st.booleans(), min_size=len(order), max_size=len(order)).map(
        lambda flags: tuple(i for i, asked in enumerate(flags) if asked)[:max_questions])
    sessions = draw(st.lists(session, min_size=1, max_size=max_sessions).filter(lambda ss: any(ss)))
    return ProbePlan(questions=order, sessions=tuple(sessions), gap=draw(st.sampled_from(gaps)))
