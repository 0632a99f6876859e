"""Findings: a contradiction with its evidence. Serialised as Findings JSONL v1."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["KINDS", "Finding", "FindingKind"]

FindingKind = Literal["persona", "cross_turn", "cross_session", "retest",
                      "third_person", "impersonation", "wrong_name", "repetition"]
KINDS: tuple[str, ...] = ("persona", "cross_turn", "cross_session", "retest",
                          "third_person", "impersonation", "wrong_name", "repetition")


class Finding(BaseModel):
    """One contradiction: `turn` of `speaker` contradicts the turns or persona facts in `against`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conversation: str
    speaker: str
    turn: int = Field(ge=0)
    kind: FindingKind
    against: list[dict[str, int]] = Field(min_length=1)
    slot: str | None = None
    message: str
    checker: str
    confidence: float = Field(ge=0, le=1)

    @field_validator("against")
    @classmethod
    def _evidence(cls, value: list[dict[str, int]]) -> list[dict[str, int]]:
        for item in value:
            if len(item) != 1 or not set(item) <= {"turn", "fact"}:
                raise ValueError('each piece of evidence is {"turn": i} or {"fact": i}')
        return value

    def record(self) -> dict[str, Any]:
        """The Findings JSONL v1 line."""
        return self.model_dump(mode="json")
