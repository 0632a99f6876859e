"""A batch's spending limit: maximum tokens and maximum cost, shared by every model of the batch.

Before a call starts it reserves its estimated tokens (and their estimated cost); when it ends the
reservation is replaced by what it really used. A call whose reservation does not fit beside the
calls in flight waits for them; a call that would not fit even on its own raises
BudgetExhaustedError, and so does every call after it. The limit is never passed by more than one
call's estimate error (a call that uses more than `estimate_tokens` says).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import BudgetExhaustedError
from .base import ChatModel, ChatRequest, ChatResponse
from .ratelimit import estimate_tokens

__all__ = ["Budget", "BudgetModel"]


@dataclass
class Budget:
    """Limits and what has been spent against them (real calls only: cache hits cost nothing)."""

    max_tokens: int | None = None
    max_cost_usd: float | None = None
    tokens: int = 0
    cost_usd: float = 0.0
    cost_unknown_calls: int = 0
    exhausted: str | None = None
    calls_settled: int = 0  # answered calls settled by this Budget object (this process)
    tokens_settled: int = 0
    journal: Callable[[int, float | None], None] | None = field(default=None, repr=False)
    _reserved_tokens: int = 0
    _reserved_cost: float = 0.0
    _in_flight: int = 0
    _cost_per_token: float | None = None
    _waiters: list[asyncio.Future[None]] = field(default_factory=list, repr=False)

    @property
    def limited(self) -> bool:  # an unlimited budget still counts what is spent
        """Is there any limit at all?"""
        return self.max_tokens is not None or self.max_cost_usd is not None

    @property
    def cost_per_token(self) -> float | None:
        """The highest price per token seen so far (None before any priced answer)."""
        return self._cost_per_token

    def _cost_of(self, tokens: int) -> float:
        return tokens * (self._cost_per_token or 0.0)

    def _over(self, tokens: int) -> str | None:
        if self.max_tokens is not None and self.tokens + tokens > self.max_tokens:
            return f"token budget spent: {self.tokens:,} of {self.max_tokens:,} tokens used"
        if self.max_cost_usd is not None and self.cost_usd + self._cost_of(tokens) > self.max_cost_usd:
            return f"cost budget spent: ${self.cost_usd:.4f} of ${self.max_cost_usd:.4f} used"
        return None

    def _fits(self, tokens: int) -> bool:
        if self.max_tokens is not None and self.tokens + self._reserved_tokens + tokens > self.max_tokens:
            return False
        if self.max_cost_usd is not None:
            if self._cost_per_token is None and self._in_flight:  # price unknown: one call at a time
                return False
            if self.cost_usd + self._reserved_cost + self._cost_of(tokens) > self.max_cost_usd:
                return False
        return True

    async def reserve(self, tokens: int) -> tuple[int, float]:
        """Wait until `tokens` fit beside the calls in flight; raise BudgetExhaustedError if they never will.

        Returns the reservation (tokens and the cost reserved for them) to hand back to `settle`."""
        while True:
            if self.exhausted is None:
                self.exhausted = self._over(tokens)
            if self.exhausted is not None:
                raise BudgetExhaustedError(self.exhausted)
            if self._fits(tokens):
                cost = self._cost_of(tokens)
                self._reserved_tokens += tokens
                self._reserved_cost += cost
                self._in_flight += 1
                return tokens, cost
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter

    def settle(self, reservation: tuple[int, float], response: ChatResponse | None) -> None:
        """Replace a reservation by the call's real usage (None: the call failed and used nothing).

        Synchronous on purpose, so it also runs in a `finally` of a cancelled call."""
        tokens, cost = reservation
        self._in_flight -= 1
        if self._in_flight:
            self._reserved_tokens -= tokens
            self._reserved_cost = max(0.0, self._reserved_cost - cost)
        else:  # nothing in flight: no rounding left behind
            self._reserved_tokens, self._reserved_cost = 0, 0.0
        if response is not None:
            used = response.usage.total_tokens
            self.tokens += used
            self.calls_settled += 1
            self.tokens_settled += used
            if self.journal is not None:  # kept outside the process, so a kill -9 cannot lose it
                self.journal(used, response.cost)
            if response.cost is None:
                self.cost_unknown_calls += 1
                if self.max_cost_usd is not None and self.exhausted is None:
                    self.exhausted = (f"cost budget cannot be kept: {response.model} reports no cost for its calls "
                                      "(set budget.max_tokens instead)")
            else:
                self.cost_usd += response.cost
                if used:
                    self._cost_per_token = max(response.cost / used, self._cost_per_token or 0.0)
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def as_dict(self) -> dict[str, object]:
        """Limits and spending, for manifests and summaries."""
        return {"max_tokens": self.max_tokens, "max_cost_usd": self.max_cost_usd, "tokens": self.tokens,
                "cost_usd": round(self.cost_usd, 8), "cost_unknown_calls": self.cost_unknown_calls,
                "exhausted": self.exhausted}


class BudgetModel:
    """Reserve from `budget` before each call and settle after it."""

    def __init__(self, inner: ChatModel, budget: Budget) -> None:
        self.inner = inner
        self.name = inner.name
        self.budget = budget

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call within the budget, or raise BudgetExhaustedError without calling."""
        reservation = await self.budget.reserve(estimate_tokens(request))
        response: ChatResponse | None = None
        try:
            response = await self.inner.complete(request)
            return response
        finally:
            self.budget.settle(reservation, response)
