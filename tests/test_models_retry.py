"""RetryModel: which errors are retried, how long it waits, and what it reports."""

from __future__ import annotations

import asyncio
import random

import pytest

from simulate.errors import (
    MalformedResponseError,
    ModelConnectionError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    RetriesExhaustedError,
    ServerError,
)
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.retry import RetryModel

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),), seed=1)


class FlakyModel:
    """Fails `failures` times with `error`, then answers."""

    def __init__(self, error: ModelError, failures: int) -> None:
        self.name = "fake"
        self.error = error
        self.failures = failures
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return ChatResponse(text="ok", model=self.name)


class SleepRecorder:
    """A fake `sleep` that records delays and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def _retry(inner: FlakyModel, sleep: SleepRecorder, **kwargs: object) -> RetryModel:
    return RetryModel(inner, sleep=sleep, rng=random.Random(7), **kwargs)  # type: ignore[arg-type]


RETRYABLE = [
    RateLimitError("429", model="fake"),
    ModelTimeoutError("slow", model="fake"),
    ModelConnectionError("reset", model="fake"),
    ServerError("503", model="fake", status=503),
]


@pytest.mark.parametrize("error", RETRYABLE, ids=lambda e: type(e).__name__)
def test_retryable_errors_exhaust_retries(error: ModelError) -> None:
    """A retryable error is tried 1 + retries times, then RetriesExhaustedError carries the count."""
    inner, sleep = FlakyModel(error, failures=100), SleepRecorder()
    with pytest.raises(RetriesExhaustedError) as info:
        asyncio.run(_retry(inner, sleep, retries=2).complete(REQUEST))
    assert inner.calls == 3
    assert info.value.attempts == 3
    assert info.value.last_error is error
    assert len(sleep.delays) == 2


@pytest.mark.parametrize("error", RETRYABLE, ids=lambda e: type(e).__name__)
def test_success_after_retries_reports_attempts(error: ModelError) -> None:
    """An answer after two failures reports attempts == 3."""
    inner, sleep = FlakyModel(error, failures=2), SleepRecorder()
    response = asyncio.run(_retry(inner, sleep, retries=3).complete(REQUEST))
    assert response.text == "ok"
    assert response.attempts == 3
    assert inner.calls == 3


def test_first_try_success_has_one_attempt() -> None:
    """A call that works at once is not retried and reports one attempt."""
    inner, sleep = FlakyModel(ServerError("x"), failures=0), SleepRecorder()
    response = asyncio.run(_retry(inner, sleep).complete(REQUEST))
    assert (response.attempts, inner.calls, sleep.delays) == (1, 1, [])


def test_zero_retries_gives_up_after_one_call() -> None:
    """retries=0 means a single attempt."""
    inner, sleep = FlakyModel(ServerError("x"), failures=5), SleepRecorder()
    with pytest.raises(RetriesExhaustedError) as info:
        asyncio.run(_retry(inner, sleep, retries=0).complete(REQUEST))
    assert (info.value.attempts, inner.calls) == (1, 1)


@pytest.mark.parametrize("error", [MalformedResponseError("empty", model="fake"), ModelError("401", model="fake")],
                         ids=lambda e: type(e).__name__)
def test_non_retryable_errors_fail_at_once(error: ModelError) -> None:
    """Malformed answers and plain ModelErrors propagate unchanged after one call."""
    inner, sleep = FlakyModel(error, failures=100), SleepRecorder()
    with pytest.raises(type(error)) as info:
        asyncio.run(_retry(inner, sleep, retries=5).complete(REQUEST))
    assert info.value is error
    assert not isinstance(info.value, RetriesExhaustedError)
    assert inner.calls == 1
    assert sleep.delays == []


def test_retry_after_is_honoured() -> None:
    """A rate limit with retry_after waits at least that long before each retry."""
    inner, sleep = FlakyModel(RateLimitError("429", retry_after=7.5), failures=3), SleepRecorder()
    asyncio.run(_retry(inner, sleep, retries=3, base_delay=0.01, max_delay=30.0).complete(REQUEST))
    assert len(sleep.delays) == 3
    assert all(d >= 7.5 for d in sleep.delays)


def test_huge_retry_after_is_capped_at_four_max_delays() -> None:
    """An absurd Retry-After is clamped to 4 * max_delay (documented cap in RetryModel.delay)."""
    inner, sleep = FlakyModel(RateLimitError("429", retry_after=10_000), failures=1), SleepRecorder()
    asyncio.run(_retry(inner, sleep, retries=1, base_delay=0.01, max_delay=2.0).complete(REQUEST))
    assert sleep.delays == [8.0]


def test_backoff_is_bounded_by_exponential_cap_and_max_delay() -> None:
    """Delay n lies in [0, min(max_delay, base_delay * 2**(n-1))]."""
    inner, sleep = FlakyModel(ServerError("503"), failures=100), SleepRecorder()
    with pytest.raises(RetriesExhaustedError):
        asyncio.run(_retry(inner, sleep, retries=8, base_delay=0.1, max_delay=1.0).complete(REQUEST))
    assert len(sleep.delays) == 8
    for n, delay in enumerate(sleep.delays, start=1):
        assert 0 <= delay <= min(1.0, 0.1 * 2 ** (n - 1))
    assert max(sleep.delays[4:]) > 0.1 * 2 ** 1  # later delays grow past the early caps


def test_backoff_is_reproducible_with_seeded_rng() -> None:
    """The same seeded rng gives the same delays."""
    runs = []
    for _ in range(2):
        inner, sleep = FlakyModel(ModelConnectionError("reset"), failures=100), SleepRecorder()
        with pytest.raises(RetriesExhaustedError):
            asyncio.run(_retry(inner, sleep, retries=4).complete(REQUEST))
        runs.append(sleep.delays)
    assert runs[0] == runs[1]


def test_negative_retries_rejected() -> None:
    """retries below 0 is a ValueError."""
    with pytest.raises(ValueError):
        RetryModel(FlakyModel(ServerError("x"), 0), retries=-1)
