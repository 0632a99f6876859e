"""ConcurrencyLimitModel: never more than `limit` calls in flight."""

from __future__ import annotations

import asyncio

import pytest

from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.concurrency import ConcurrencyLimitModel

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),))


class PeakTracker:
    """Counts simultaneous calls and remembers the peak."""

    def __init__(self) -> None:
        self.name = "peak"
        self.active = 0
        self.peak = 0
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.active += 1
        self.calls += 1
        self.peak = max(self.peak, self.active)
        try:
            for _ in range(5):  # yield several times so other calls get a chance to pile in
                await asyncio.sleep(0)
            await asyncio.sleep(0.005)
        finally:
            self.active -= 1
        return ChatResponse(text="ok", model=self.name)


def test_peak_concurrency_equals_limit() -> None:
    """Ten concurrent calls through limit=3 peak at exactly three in flight, and all complete."""
    inner = PeakTracker()
    model = ConcurrencyLimitModel(inner, limit=3)

    async def run() -> list[ChatResponse]:
        return await asyncio.gather(*(model.complete(REQUEST) for _ in range(10)))

    responses = asyncio.run(run())
    assert len(responses) == 10 and all(r.text == "ok" for r in responses)
    assert inner.calls == 10
    assert inner.peak == 3
    assert inner.active == 0


def test_limit_one_serialises() -> None:
    """limit=1 allows a single call at a time."""
    inner = PeakTracker()
    model = ConcurrencyLimitModel(inner, limit=1)

    async def run() -> None:
        await asyncio.gather(*(model.complete(REQUEST) for _ in range(4)))

    asyncio.run(run())
    assert inner.peak == 1


@pytest.mark.parametrize("limit", [0, -2])
def test_limit_below_one_rejected(limit: int) -> None:
    """A limit under one is a ValueError."""
    with pytest.raises(ValueError):
        ConcurrencyLimitModel(PeakTracker(), limit=limit)
