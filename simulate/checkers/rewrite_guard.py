"""A guard for readers that say a sentence again plainly and read the plain statement with the same reader.

While a reader reads its own rewrite it must not rewrite again. The mark of being inside is kept in a
context variable, so each thread (and each asyncio task) has its own: two threads checking at once do not
see each other's mark, and a reader entered again in one thread is still stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["RewriteGuard"]


class RewriteGuard:
    """Is a reader reading its own rewrite in this thread right now (`active`); `inside()` marks it so."""

    def __init__(self, name: str) -> None:
        self._inside: ContextVar[bool] = ContextVar(name, default=False)

    @property
    def active(self) -> bool:
        """True inside `inside()` in this thread or task."""
        return self._inside.get()

    @contextmanager
    def inside(self) -> Iterator[None]:
        """Mark the reader as reading its own rewrite until the block ends (also when it raises)."""
        token = self._inside.set(True)
        try:
            yield
        finally:
            self._inside.reset(token)
