"""Bound the calls in flight to one model."""

from __future__ import annotations

import asyncio

from ..errors import InputError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["ConcurrencyLimitModel"]


class ConcurrencyLimitModel:
    """At most `limit` calls to the inner model at once; the rest wait their turn."""

    def __init__(self, inner: ChatModel, *, limit: int) -> None:
        if limit < 1:
            raise InputError(f"concurrency limit must be at least 1, got {limit}")
        self.inner = inner
        self.name = inner.name
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Wait for a slot, then call."""
        async with self._slots:
            return await self.inner.complete(request)
