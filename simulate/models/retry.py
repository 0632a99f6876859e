"""Retry transient failures with exponential backoff and full jitter, honouring Retry-After."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace

from ..errors import InputError, ModelError, RateLimitError, RetriesExhaustedError, RetryableModelError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["RetryModel"]

Sleep = Callable[[float], Awaitable[None]]


class RetryModel:
    """Retry rate-limit, timeout, connection and 5xx errors; anything else fails at once."""

    def __init__(self, inner: ChatModel, *, retries: int = 3, base_delay: float = 0.5,
                 max_delay: float = 30.0, sleep: Sleep = asyncio.sleep,
                 rng: random.Random | None = None) -> None:
        if retries < 0:
            raise InputError(f"retries must be at least 0, got {retries}")
        self.inner = inner
        self.name = inner.name
        self.retries = retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._sleep = sleep
        self._rng = rng or random.Random()

    def delay(self, attempt: int, error: RetryableModelError) -> float:
        """Seconds to wait after failed attempt `attempt` (from 1)."""
        backoff = self._rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            return max(backoff, min(error.retry_after, self.max_delay * 4))
        return backoff

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call until success or until retries run out."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.complete(request)
            except RetryableModelError as error:
                if attempt > self.retries:
                    raise RetriesExhaustedError(error, attempts=attempt, model=self.name) from error
                await self._sleep(self.delay(attempt, error))
                continue
            except ModelError:
                raise
            return replace(response, attempts=attempt) if attempt > 1 else response
