"""Enforce a deadline on every call: the call is cancelled, not merely abandoned."""

from __future__ import annotations

import asyncio
import sys

from ..errors import InputError, ModelTimeoutError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["TimeoutModel"]

class TimeoutModel:
    """Cancel a call that runs past `seconds` and raise ModelTimeoutError."""

    def __init__(self, inner: ChatModel, *, seconds: float) -> None:
        if seconds <= 0:
            raise InputError(f"timeout must be positive, got {seconds}")
        self.inner = inner
        self.name = inner.name
        self.seconds = seconds

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Run the inner call under the deadline."""
        try:
            if sys.version_info >= (3, 11):
                async with asyncio.timeout(self.seconds):  # no extra task per call
                    return await self.inner.complete(request)
            return await asyncio.wait_for(self.inner.complete(request), self.seconds)
        except asyncio.TimeoutError:
            raise ModelTimeoutError(f"no answer within {self.seconds:g} s", model=self.name) from None
