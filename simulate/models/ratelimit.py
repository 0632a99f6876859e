"""Token-bucket rate limits per model: requests per minute and tokens per minute."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from ..errors import InputError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["RateLimitedModel", "TokenBucket", "estimate_tokens"]


def estimate_tokens(request: ChatRequest) -> int:
    """An upper-side estimate of a call's tokens before it is made: prompt characters / 3 plus max_tokens."""
    chars = sum(len(m.content) for m in request.messages)
    return chars // 3 + 4 * len(request.messages) + int(request.max_tokens)


class TokenBucket:
    """`per_minute` units refill evenly over a minute; the bucket holds at most `burst` (default: a minute's worth).

    `take(n)` waits until `n` units are there, then takes them. The balance may go negative through
    `settle` (a call used more than estimated); later takers then wait for the debt to refill.
    Waiters are served first come, first served.
    """

    def __init__(self, per_minute: float, *, burst: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute <= 0:
            raise InputError(f"per_minute must be positive, got {per_minute}")
        self.rate = per_minute / 60.0
        self.capacity = float(burst if burst is not None else per_minute)
        self.clock = clock
        self.level = self.capacity
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.clock()
        self.level = min(self.capacity, self.level + (now - self._stamp) * self.rate)
        self._stamp = now

    async def take(self, amount: float) -> None:
        """Wait until `amount` units are available (capped at capacity, so a huge request still passes), take them."""
        amount = min(amount, self.capacity)
        async with self._lock:  # first come, first served: one waiter at a time
            while True:
                self._refill()
                if self.level >= amount:
                    self.level -= amount
                    return
                await asyncio.sleep((amount - self.level) / self.rate)

    def settle(self, estimated: float, actual: float) -> None:
        """Correct a taken estimate by what the call really used (refunds or adds debt)."""
        self._refill()
        self.level = min(self.capacity, self.level + estimated - actual)


class RateLimitedModel:
    """Waits for request and token allowance before each call (each retry attempt counts).

    Args:
        inner: the model to call.
        rpm: requests per minute, or None for no limit.
        tpm: tokens (prompt + completion) per minute, or None. A call takes its estimate up front
            (`estimate_tokens`) and settles the difference when its usage is known.
        share: take the buckets of this other RateLimitedModel instead (one allowance for both).
    """

    def __init__(self, inner: ChatModel, *, rpm: float | None = None, tpm: float | None = None,
                 share: RateLimitedModel | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.requests: TokenBucket | None
        self.tokens: TokenBucket | None
        if share is not None:
            self.requests, self.tokens = share.requests, share.tokens
        else:
            self.requests = TokenBucket(rpm) if rpm else None
            self.tokens = TokenBucket(tpm) if tpm else None

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Wait for allowance, then call."""
        if self.requests is not None:
            await self.requests.take(1)
        estimate = estimate_tokens(request)
        if self.tokens is not None:
            await self.tokens.take(estimate)
        taken = min(estimate, self.tokens.capacity) if self.tokens is not None else 0
        try:
            response = await self.inner.complete(request)
        except BaseException:
            if self.tokens is not None:  # a failed call used no tokens; its request still counted
                self.tokens.settle(taken, 0)
            raise
        if self.tokens is not None:
            self.tokens.settle(taken, response.usage.total_tokens)
        return response
