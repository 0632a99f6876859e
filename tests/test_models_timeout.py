"""TimeoutModel: deadlines cancel the inner call and raise ModelTimeoutError."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import ModelTimeoutError
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.timeout import TimeoutModel

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),))


class HangingModel:
    """Never answers; records whether it was cancelled."""

    def __init__(self) -> None:
        self.name = "hang"
        self.started = False
        self.cancelled = False

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.started = True
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        return ChatResponse(text="never", model=self.name)


class FastModel:
    """Answers at once."""

    name = "fast"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        return ChatResponse(text="quick", model=self.name)


def test_hanging_call_times_out_and_is_cancelled() -> None:
    """A hanging inner call raises ModelTimeoutError and its coroutine is cancelled (not left running)."""
    inner = HangingModel()

    async def go() -> tuple[ModelTimeoutError, bool]:
        try:
            await asyncio.wait_for(TimeoutModel(inner, seconds=0.05).complete(REQUEST), 5)
        except ModelTimeoutError as error:
            await asyncio.sleep(0)  # still inside the loop: asyncio.run's shutdown must not be what cancels it
            return error, inner.cancelled
        raise AssertionError("no timeout")

    error, cancelled_in_time = asyncio.run(go())
    assert inner.started and cancelled_in_time
    assert error.model == "hang"


def test_fast_call_passes_through() -> None:
    """A call that finishes in time returns the inner response unchanged."""
    response = asyncio.run(TimeoutModel(FastModel(), seconds=5).complete(REQUEST))
    assert response.text == "quick"
    assert response.model == "fast"


@pytest.mark.parametrize("seconds", [0, -1.0])
def test_non_positive_timeout_rejected(seconds: float) -> None:
    """A deadline of zero or less is a ValueError."""
    with pytest.raises(ValueError):
        TimeoutModel(FastModel(), seconds=seconds)
