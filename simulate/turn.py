"""Records the engine writes: one Turn per utterance."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Turn", "TurnKind"]

TurnKind = Literal["turn", "probe_question", "probe_answer"]


class Turn(BaseModel):
    """One utterance, exactly as generated. The transcript of these is canonical."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conversation: str
    index: int = Field(ge=0, description="position in the conversation, from 0")
    session: int = Field(ge=0)
    turn: int = Field(ge=0, description="position in the session, from 0")
    speaker: str
    addressee: str | None = None
    text: str
    time: datetime = Field(description="simulated time")
    kind: TurnKind = "turn"
    probe: str | None = None
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    latency_s: float = Field(default=0.0, description="wall-clock; the one field that varies between runs")
    attempts: int = 1
    metadata: dict[str, Any] = Field(default_factory=dict)

    def event(self) -> dict[str, Any]:
        """The events.jsonl line for this turn."""
        data = self.model_dump(mode="json")
        data["type"] = "turn"
        return data
