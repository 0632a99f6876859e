"""What the checkers read: conversations with personas and turns (Conversation JSONL v1)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..persona import PersonaCard

__all__ = ["Conversation", "PersonaFacts", "TimelineFacts", "TurnIn", "card_fact_sentences", "persona_facts"]


class _Lenient(BaseModel):
    """Unknown keys are kept and ignored, as the format promises."""

    model_config = ConfigDict(extra="allow", frozen=True)


class TimelineFacts(_Lenient):
    """Facts that hold from `session` on (an extension of v1 that simulate's export writes)."""

    session: int = Field(ge=0)
    facts: list[str] = Field(default_factory=list)


class PersonaFacts(_Lenient):
    """A persona's facts: fact i is `facts[i]`; timeline facts are numbered after them, in order."""

    facts: list[str] = Field(default_factory=list)
    description: str | None = None
    timeline: list[TimelineFacts] = Field(default_factory=list)

    def numbered_timeline(self) -> list[tuple[int, int, str]]:
        """(session, fact index, sentence) for each timeline fact."""
        out = []
        index = len(self.facts)
        for event in sorted(self.timeline, key=lambda e: e.session):
            for sentence in event.facts:
                out.append((event.session, index, sentence))
                index += 1
        return out


class TurnIn(_Lenient):
    """One turn of a conversation."""

    speaker: str = Field(min_length=1)
    text: str
    session: int = Field(default=0, ge=0)
    time: datetime | None = None
    kind: str | None = None
    probe: str | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return "" if value is None else value


class Conversation(_Lenient):
    """One conversation: an id, personas (possibly empty) and turns."""

    id: str
    personas: dict[str, PersonaFacts] = Field(default_factory=dict)
    turns: list[TurnIn] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value


def card_fact_sentences(card: PersonaCard) -> list[str]:
    """A card's fact sentences as the checkers number them: its facts, then its name."""
    return [*card.facts.sentences(), f"My name is {card.name}."]


def persona_facts(card: PersonaCard) -> PersonaFacts:
    """A card as the checkers see it: its fact sentences, and the facts its timeline sets, by session."""
    sessions: dict[int, list[str]] = {}
    for session, _slot, sentence in card.timeline_facts():
        sessions.setdefault(session, []).append(sentence)
    return PersonaFacts(facts=card_fact_sentences(card), description=card.description or None,
                        timeline=[TimelineFacts(session=k, facts=v) for k, v in sessions.items()])
