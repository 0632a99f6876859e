"""Gateway: one shared wrapped model per (name, api_base), with retries, faults and per-model stats."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from simulate.errors import MalformedResponseError, ModelError, RetriesExhaustedError, ServerError
from simulate.gateway import Gateway
from simulate.models.base import ChatModel, ChatRequest, ChatResponse, Message, Usage
from simulate.models.faults import FaultInjectingModel
from simulate.scenario import FaultSettings, ModelSettings

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),), seed=4)


class ScriptModel:
    """Raises the queued errors in turn, then answers with `text`."""

    def __init__(self, name: str, errors: list[ModelError] | None = None, text: str = "hello") -> None:
        self.name = name
        self.errors = list(errors or [])
        self.text = text
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return ChatResponse(text=self.text, model=self.name, usage=Usage(3, 2), cost=0.01)


class Factory:
    """A provider factory that builds ScriptModels and remembers them."""

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.built: list[ScriptModel] = []

    def __call__(self, settings: ModelSettings) -> ChatModel:
        model = ScriptModel(settings.name, **self.kwargs)
        self.built.append(model)
        return model


def _chain(model: Any) -> list[Any]:
    """The wrappers from outermost to the provider."""
    out = [model]
    while hasattr(out[-1], "inner"):
        out.append(out[-1].inner)
    return out


def test_same_name_and_api_base_share_one_model() -> None:
    """Equal (name, api_base) give the identical wrapped model; another api_base gets its own."""
    factory = Factory()
    gateway = Gateway(provider=factory)
    a = gateway.model(ModelSettings(name="fake"))
    b = gateway.model(ModelSettings(name="fake", temperature=0.1))
    c = gateway.model(ModelSettings(name="fake", api_base="http://localhost:1234"))
    assert a is b
    assert c is not a
    assert len(factory.built) == 2


def test_transient_failures_are_retried() -> None:
    """Two ServerErrors then an answer: the response reports attempts == 3."""
    factory = Factory(errors=[ServerError("503"), ServerError("503")])
    gateway = Gateway(provider=factory)
    response = asyncio.run(gateway.model(ModelSettings(name="fake", retries=3)).complete(REQUEST))
    assert response.text == "hello"
    assert response.attempts == 3
    assert factory.built[0].calls == 3
    assert gateway.stats["fake"].attempts == 3


def test_blank_answer_is_asked_again_once_then_fails_without_retries() -> None:
    """An unusable answer is re-asked once (not retried as a transient error), then MalformedResponseError."""
    factory = Factory(text="   ")
    gateway = Gateway(provider=factory)
    with pytest.raises(MalformedResponseError):
        asyncio.run(gateway.model(ModelSettings(name="fake", retries=3)).complete(REQUEST))
    assert factory.built[0].calls == 2
    assert gateway.stats["fake"].failures == 1


class OnceBlank(ScriptModel):
    """Blank the first time; then answers, seeing the reason it was asked again."""

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.calls == 1:
            return ChatResponse(text="", model=self.name, usage=Usage(3, 0), cost=0.0)
        assert "could not be used" in request.messages[-1].content
        return ChatResponse(text="fine", model=self.name, usage=Usage(3, 1), cost=0.0)


def test_a_malformed_answer_asked_again_with_the_error_succeeds_and_is_counted() -> None:
    model = OnceBlank("fake")
    gateway = Gateway(provider=lambda settings: model)
    response = asyncio.run(gateway.model(ModelSettings(name="fake", retries=0)).complete(REQUEST))
    assert response.text == "fine" and response.attempts == 2
    assert gateway.stats["fake"].as_dict()["reasked"] == 1


def test_faults_wrap_the_provider() -> None:
    """Configured faults put a FaultInjectingModel right around the provider, and it fires."""
    factory = Factory()
    gateway = Gateway(provider=factory)
    model = gateway.model(ModelSettings(name="fake", retries=0, faults=FaultSettings(server_error=1.0)))
    chain = _chain(model)
    assert isinstance(chain[-2], FaultInjectingModel) and chain[-1] is factory.built[0]
    with pytest.raises(RetriesExhaustedError) as info:
        asyncio.run(model.complete(REQUEST))
    assert isinstance(info.value.last_error, ServerError)
    assert factory.built[0].calls == 0


def test_no_faults_no_injector() -> None:
    """Without faults no FaultInjectingModel is in the chain."""
    model = Gateway(provider=Factory()).model(ModelSettings(name="fake"))
    assert not any(isinstance(m, FaultInjectingModel) for m in _chain(model))


def test_stats_are_keyed_by_model_name() -> None:
    """Calls are counted per model name; api_base variants of one name share its stats."""
    gateway = Gateway(provider=Factory())

    async def go() -> None:
        await gateway.model(ModelSettings(name="alpha")).complete(REQUEST)
        await gateway.model(ModelSettings(name="alpha", api_base="http://localhost:1")).complete(REQUEST)
        await gateway.model(ModelSettings(name="beta")).complete(REQUEST)

    asyncio.run(go())
    assert set(gateway.stats) == {"alpha", "beta"}
    assert gateway.stats["alpha"].calls == 2 and gateway.stats["beta"].calls == 1
    assert gateway.stats["alpha"].as_dict()["prompt_tokens"] == 6
    assert gateway.stats["beta"].as_dict()["cost_usd"] == pytest.approx(0.01)


class HangingModel:
    """Never answers."""

    name = "slow"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")


def test_timeout_is_enforced_and_counted() -> None:
    """A hanging provider times out at settings.timeout and the failure is recorded by type."""
    gateway = Gateway(provider=lambda settings: HangingModel())
    with pytest.raises(RetriesExhaustedError) as info:
        asyncio.run(gateway.model(ModelSettings(name="slow", timeout=0.05, retries=0)).complete(REQUEST))
    assert type(info.value.last_error).__name__ == "ModelTimeoutError"
    assert gateway.stats["slow"].as_dict()["errors"] == {"ModelTimeoutError": 1}


def test_settings_of_one_model_name_share_its_rate_limit() -> None:
    """Two labels of one provider model (other options) get separate wrappers but one allowance."""
    from simulate.gateway import RateLimit
    from simulate.models.ratelimit import RateLimitedModel
    from simulate.models.scripted import ScriptedModel
    from simulate.scenario import ModelSettings

    gateway = Gateway(provider=lambda s: ScriptedModel(), rate_limits={"scripted": RateLimit(rpm=60, tpm=1000)})
    first = gateway.model(ModelSettings(name="scripted", options={"drift_rate": 0.0}))
    second = gateway.model(ModelSettings(name="scripted", options={"drift_rate": 0.3}))
    assert first is not second

    def limiter(model: object) -> RateLimitedModel:
        while not isinstance(model, RateLimitedModel):
            model = model.inner  # type: ignore[attr-defined]
        return model

    a, b = limiter(first), limiter(second)
    assert a is not b and a.requests is b.requests and a.tokens is b.tokens
