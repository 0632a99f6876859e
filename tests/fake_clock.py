"""A fake clock for the rate limiter: waits advance it at once, and every wait asked for is remembered."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from simulate.models import ratelimit
from simulate.models.ratelimit import TokenBucket

_real_sleep = asyncio.sleep


class FakeClock:
    """A clock that only moves when the code under test sleeps; remembers every sleep asked for."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await _real_sleep(0)  # still yield, so other tasks run as they would around a real sleep


class _AsyncioWithFakeSleep:
    """Stands in for the `asyncio` module inside simulate.models.ratelimit: everything real but `sleep`."""

    def __init__(self, sleep: Any) -> None:
        self.sleep = sleep

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A fake clock used by every TokenBucket that RateLimitedModel builds, and a fake sleep that advances it."""
    fake = FakeClock()
    real_bucket = TokenBucket
    monkeypatch.setattr(ratelimit, "asyncio", _AsyncioWithFakeSleep(fake.sleep))
    monkeypatch.setattr(ratelimit, "TokenBucket",
                        lambda per_minute, **kwargs: real_bucket(per_minute, clock=fake, **kwargs))
    return fake
