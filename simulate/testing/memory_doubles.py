"""Test doubles for memory: a model that answers a fixed note (or fails), and a turn builder."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..errors import ModelError
from ..models.base import ChatRequest, ChatResponse
from ..turn import Turn, TurnKind

__all__ = ["NoteModel", "START", "make_turn"]

START = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc)


class NoteModel:
    """Answers every request with `text`, or raises `error`; keeps the requests it saw."""

    def __init__(self, text: str = "", *, error: ModelError | None = None, name: str = "note") -> None:
        self.name = name
        self.text = text
        self.error = error
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """The fixed note, or the error."""
        self.requests.append(request)
        if self.error is not None:
            raise self.error
        return ChatResponse(text=self.text, model=self.name)


def make_turn(speaker: str, text: str, index: int, *, addressee: str | None = None, session: int = 0,
              turn: int | None = None, conversation: str = "c", kind: TurnKind = "turn",
              gap: timedelta = timedelta(weeks=3)) -> Turn:
    """A turn at a simulated time that advances a minute per index and `gap` per session."""
    return Turn(conversation=conversation, index=index, session=session, turn=index if turn is None else turn,
                speaker=speaker, addressee=addressee, text=text, kind=kind,
                time=START + session * gap + timedelta(minutes=index), model="test")
