"""Claims: what a speaker says about themselves, one slot at a time."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Claim", "Polarity", "Tense"]

Tense = Literal["present", "past", "future"]
Polarity = Literal["affirm", "deny"]


class Claim(BaseModel):
    """One claim a speaker makes about themselves.

    `value` is normalised per slot (lower-case text, an int for counts and ages, a bool where the slot
    is a yes/no). `polarity` says whether the speaker affirms or denies it ("I have no dog" denies
    pets=dog). `tense` separates "I used to live in Ohio" (past) from "I live in Ohio" (present).
    `change` marks a statement of change ("I moved to Austin", "I just got a dog"): it legitimately
    supersedes earlier claims of the slot. `span` is the character range in the source text.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    slot: str
    key: str = Field(default="", description='what is compared: the slot, or a sub-slot like "pets:dog"')
    value: Any
    polarity: Polarity = "affirm"
    tense: Tense = "present"
    change: bool = False
    exclusive: bool = Field(default=False, description='said as the one value ("I work as a nurse"), not one of several')
    qualifier: str | None = Field(default=None, description='a time qualifier, e.g. "last year"')
    span: tuple[int, int] = (0, 0)
    text: str = Field(default="", description="the words the claim was read from")
    source: Literal["rules", "model", "fact"] = "rules"
    confidence: float = Field(default=1.0, ge=0, le=1)

    @property
    def index_key(self) -> str:
        """The key the ledger indexes this claim under."""
        return self.key or self.slot
