"""What memory stores: facts with provenance, and episode summaries. Frozen, strict records."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..checkers.claims import Polarity, Tense

__all__ = ["Episode", "Fact", "Provenance", "SummarySource"]

SummarySource = Literal["model", "extractive"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(_Record):
    """Where and when something was said: conversation, session, turn in the session, index, simulated time."""

    conversation: str
    session: int = Field(ge=0)
    turn: int = Field(ge=0, description="position in the session, from 0")
    index: int = Field(ge=0, description="position in the conversation, from 0")
    time: datetime = Field(description="simulated time")


class Fact(_Record):
    """Something `observer` knows about `subject` (itself when they are the same), and since when.

    `text` is the sentence `subject` said, in their own first person. `since` is the turn that
    first stated the current value; `last` the latest turn that repeated it; `until`, once set, the
    turn whose claim superseded it (a superseded fact is kept for provenance, not recalled).
    """

    namespace: str
    observer: str
    subject: str
    slot: str
    key: str = Field(description="identity of the fact within (observer, subject); a new value supersedes")
    value: Any
    polarity: Polarity = "affirm"
    tense: Tense = "present"
    change: bool = False
    text: str
    audience: tuple[str, ...] = Field(default=(), description="who heard subject say it")
    since: Provenance
    last: Provenance
    mentions: int = Field(default=1, ge=1)
    until: Provenance | None = None

    @property
    def about_self(self) -> bool:
        """Is this something the observer said about themselves?"""
        return self.observer == self.subject

    @property
    def current(self) -> bool:
        """Not superseded."""
        return self.until is None

    @property
    def ident(self) -> str:
        """A stable id: observer, subject, key and the turn that first stated it."""
        return f"f|{self.observer}|{self.subject}|{self.key}|{self.since.conversation}|{self.since.index}"

    @model_validator(mode="after")
    def _ordered(self) -> Fact:
        if self.last.time < self.since.time:
            raise ValueError("a fact cannot be last repeated before it was first said")
        return self


class Episode(_Record):
    """One session as `agent` remembers it: a short first-person summary and where it came from."""

    namespace: str
    agent: str
    conversation: str
    session: int = Field(ge=0)
    started: datetime
    ended: datetime
    partners: tuple[str, ...] = ()
    topic: str | None = None
    text: str = Field(min_length=1)
    source: SummarySource
    fallback_reason: str | None = Field(default=None, description="why the model's summary was not used")
    turns: int = Field(default=0, ge=0, description="turns of the session the agent took part in")

    @property
    def ident(self) -> str:
        """A stable id: agent, conversation and session."""
        return f"e|{self.agent}|{self.conversation}|{self.session}"

    @model_validator(mode="after")
    def _consistent(self) -> Episode:
        if self.ended < self.started:
            raise ValueError("an episode cannot end before it starts")
        if self.source == "model" and self.fallback_reason is not None:
            raise ValueError("a model summary has no fallback reason")
        return self
