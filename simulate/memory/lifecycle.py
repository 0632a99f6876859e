"""A session's memory lifecycle: planned, running, summarised, closed. An illegal step raises."""

from __future__ import annotations

from enum import Enum

from ..errors import MemoryStateError

__all__ = ["MemoryStateError", "SessionPhase"]


class SessionPhase(str, Enum):
    """Where a session is, as far as memory is concerned."""

    PLANNED = "planned"
    RUNNING = "running"
    SUMMARISED = "summarised"
    CLOSED = "closed"

    def successors(self) -> frozenset[SessionPhase]:
        """The phases that may follow this one (an empty session goes straight to closed)."""
        return _NEXT[self]

    def check_successor(self, successor: SessionPhase) -> SessionPhase:
        """`successor` if it may follow this phase; raises MemoryStateError otherwise."""
        if successor not in _NEXT[self]:
            raise MemoryStateError(f"a session cannot go from {self.value} to {successor.value}")
        return successor


_NEXT: dict[SessionPhase, frozenset[SessionPhase]] = {
    SessionPhase.PLANNED: frozenset({SessionPhase.RUNNING, SessionPhase.CLOSED}),
    SessionPhase.RUNNING: frozenset({SessionPhase.SUMMARISED}),
    SessionPhase.SUMMARISED: frozenset({SessionPhase.CLOSED}),
    SessionPhase.CLOSED: frozenset(),
}
