"""A wrapper that injects failures at configured rates, for tests of everything around a model."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from ..errors import InputError, ModelConnectionError, RateLimitError, ServerError
from ..seeds import rng_for
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["FaultInjectingModel"]


class FaultInjectingModel:
    """Fail some calls on purpose: rate limits, 5xx, connection errors, hangs and malformed answers.

    Whether a call fails is drawn from the request's seed and the attempt number, so a run with
    faults is as reproducible as one without.
    """

    def __init__(self, inner: ChatModel, *, rate_limit: float = 0.0, server_error: float = 0.0,
                 connection_error: float = 0.0, timeout: float = 0.0, malformed: float = 0.0,
                 hang_s: float = 3600.0, retry_after: float | None = None) -> None:
        rates = (rate_limit, server_error, connection_error, timeout, malformed)
        if any(r < 0 for r in rates) or sum(rates) > 1:
            raise InputError(f"fault rates must be non-negative and add up to at most 1, got {rates}")
        self.inner = inner
        self.name = inner.name
        self.rates = rates
        self.hang_s = hang_s
        self.retry_after = retry_after
        self._attempts: dict[object, int] = {}
        self.injected: dict[str, int] = {}

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Fail as drawn, or pass the call through."""
        key = (request.seed, request.messages)
        attempt = self._attempts.get(key, 0)
        self._attempts[key] = attempt + 1
        last = request.messages[-1].content if request.messages else ""
        draw = rng_for("fault", request.seed, last, attempt).random()
        kinds = ("rate_limit", "server_error", "connection_error", "timeout", "malformed")
        edge = 0.0
        for kind, rate in zip(kinds, self.rates):
            edge += rate
            if draw < edge:
                self.injected[kind] = self.injected.get(kind, 0) + 1
                return await self._fail(kind, request)
        return await self.inner.complete(request)

    async def _fail(self, kind: str, request: ChatRequest) -> ChatResponse:
        if kind == "rate_limit":
            raise RateLimitError("injected rate limit", model=self.name, retry_after=self.retry_after)
        if kind == "server_error":
            raise ServerError("injected 503", model=self.name, status=503)
        if kind == "connection_error":
            raise ModelConnectionError("injected connection reset", model=self.name)
        if kind == "timeout":
            await asyncio.sleep(self.hang_s)
        response = await self.inner.complete(request)
        return replace(response, text="", finish_reason="malformed")
