"""Working memory: the current session's recent turns, the oldest dropped past a token budget."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

from ..errors import InputError
from ..turn import Turn
from .tokens import estimate_tokens

__all__ = ["WorkingMemory", "turn_tokens"]


def turn_tokens(turn: Turn) -> int:
    """Estimated tokens of a turn as a transcript line (`Speaker: text`)."""
    return estimate_tokens(f"{turn.speaker}: {turn.text}")


class WorkingMemory:
    """The turns of one session, newest kept, at most `budget_tokens` estimated tokens in all.

    A turn of another session starts afresh: working memory never spans sessions.
    """

    def __init__(self, budget_tokens: int) -> None:
        if budget_tokens < 0:
            raise InputError(f"a token budget cannot be negative, got {budget_tokens}")
        self.budget_tokens = budget_tokens
        self.session: int | None = None
        self._turns: deque[tuple[Turn, int]] = deque()
        self.tokens = 0

    def add(self, turn: Turn) -> None:
        """Keep `turn`, dropping the oldest turns until the budget holds."""
        if turn.session != self.session:
            self.clear()
            self.session = turn.session
        if self._turns and turn.index <= self._turns[-1][0].index:
            return  # already held (a replayed turn)
        cost = turn_tokens(turn)
        self._turns.append((turn, cost))
        self.tokens += cost
        while self._turns and self.tokens > self.budget_tokens:
            self.tokens -= self._turns.popleft()[1]

    def extend(self, turns: Iterable[Turn]) -> None:
        """Add turns in order."""
        for turn in turns:
            self.add(turn)

    def clear(self) -> None:
        """Forget everything (the session ended)."""
        self._turns.clear()
        self.tokens = 0
        self.session = None

    @property
    def turns(self) -> tuple[Turn, ...]:
        """The turns held, oldest first."""
        return tuple(turn for turn, _ in self._turns)

    def __len__(self) -> int:
        return len(self._turns)

    def get_state(self) -> dict[str, Any]:
        """Budget, session and turns held."""
        return {"budget_tokens": self.budget_tokens, "session": self.session,
                "turns": [turn.model_dump(mode="json") for turn, _ in self._turns]}

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore from `get_state` output."""
        self.budget_tokens = int(state["budget_tokens"])
        self.clear()
        self.extend(Turn.model_validate(data) for data in state["turns"])
        self.session = state["session"]
