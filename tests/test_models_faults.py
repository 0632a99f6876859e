"""FaultInjectingModel: each kind of fault, reproducible rates, and argument checks."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import (
    MalformedResponseError,
    ModelConnectionError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    ServerError,
)
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.checked import CheckedModel
from simulate.models.faults import FaultInjectingModel
from simulate.models.timeout import TimeoutModel


class EchoModel:
    """Answers every request; counts calls."""

    def __init__(self) -> None:
        self.name = "echo"
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        return ChatResponse(text="fine", model=self.name, finish_reason="stop")


def _request(seed: int, text: str = "hi") -> ChatRequest:
    return ChatRequest(model="echo", messages=(Message("user", text),), seed=seed)


@pytest.mark.parametrize(("kind", "error"), [("rate_limit", RateLimitError), ("server_error", ServerError),
                                             ("connection_error", ModelConnectionError)])
def test_rate_one_raises_that_error(kind: str, error: type[ModelError]) -> None:
    """With a rate of 1.0 every call raises the matching error and never reaches the inner model."""
    inner = EchoModel()
    model = FaultInjectingModel(inner, **{kind: 1.0}, retry_after=2.0)
    for seed in range(5):
        with pytest.raises(error) as info:
            asyncio.run(model.complete(_request(seed)))
        assert type(info.value) is error
    assert inner.calls == 0
    assert model.injected == {kind: 5}


def test_injected_rate_limit_carries_retry_after() -> None:
    """The configured retry_after travels on the injected RateLimitError."""
    model = FaultInjectingModel(EchoModel(), rate_limit=1.0, retry_after=2.5)
    with pytest.raises(RateLimitError) as info:
        asyncio.run(model.complete(_request(1)))
    assert info.value.retry_after == 2.5


def test_injected_server_error_is_503() -> None:
    """Injected server errors carry status 503."""
    with pytest.raises(ServerError) as info:
        asyncio.run(FaultInjectingModel(EchoModel(), server_error=1.0).complete(_request(1)))
    assert info.value.status == 503


def test_timeout_kind_hangs_until_deadline() -> None:
    """The timeout kind hangs for hang_s; a TimeoutModel around it turns that into ModelTimeoutError."""
    faulty = FaultInjectingModel(EchoModel(), timeout=1.0, hang_s=30.0)
    with pytest.raises(ModelTimeoutError):
        asyncio.run(TimeoutModel(faulty, seconds=0.05).complete(_request(1)))
    assert faulty.injected == {"timeout": 1}


def test_malformed_returns_empty_text_and_checked_rejects_it() -> None:
    """The malformed kind returns blank text; CheckedModel turns it into MalformedResponseError."""
    inner = EchoModel()
    faulty = FaultInjectingModel(inner, malformed=1.0)
    response = asyncio.run(faulty.complete(_request(1)))
    assert response.text == "" and response.finish_reason == "malformed"
    with pytest.raises(MalformedResponseError, match="malformed"):
        asyncio.run(CheckedModel(faulty).complete(_request(2)))
    assert inner.calls == 2


def _failures(model: FaultInjectingModel, n: int) -> list[bool]:
    async def go() -> list[bool]:
        out = []
        for seed in range(n):
            try:
                await model.complete(_request(seed, f"message {seed}"))
                out.append(False)
            except ModelError:
                out.append(True)
        return out

    return asyncio.run(go())


@pytest.mark.parametrize("rates", [{"server_error": 0.3}, {"connection_error": 0.3},
                                   {"server_error": 0.15, "rate_limit": 0.15}])
def test_partial_rates_are_plausible_and_reproducible(rates: dict[str, float]) -> None:
    """Rate 0.3 over 400 seeded requests fails 20-40% of the time, identically for fresh wrappers."""
    first = _failures(FaultInjectingModel(EchoModel(), **rates), 400)
    second = _failures(FaultInjectingModel(EchoModel(), **rates), 400)
    assert 0.2 <= sum(first) / len(first) <= 0.4
    assert first == second


def test_retry_of_same_request_draws_again() -> None:
    """Repeating one request draws afresh per attempt: some requests fail and then pass."""
    model = FaultInjectingModel(EchoModel(), server_error=0.5)

    async def outcomes(seed: int) -> set[bool]:
        seen = set()
        for _ in range(8):
            try:
                await model.complete(_request(seed))
                seen.add(True)
            except ServerError:
                seen.add(False)
        return seen

    mixed = [seed for seed in range(20) if asyncio.run(outcomes(seed)) == {True, False}]
    assert len(mixed) >= 10


def test_zero_rates_pass_through() -> None:
    """With no rates configured every call reaches the inner model."""
    inner = EchoModel()
    assert not any(_failures(FaultInjectingModel(inner), 50))
    assert inner.calls == 50


@pytest.mark.parametrize("rates", [{"rate_limit": -0.1}, {"server_error": 0.6, "timeout": 0.5},
                                   {"malformed": 1.5}])
def test_invalid_rates_rejected(rates: dict[str, float]) -> None:
    """Negative rates or rates summing past 1 are a ValueError."""
    with pytest.raises(ValueError):
        FaultInjectingModel(EchoModel(), **rates)
