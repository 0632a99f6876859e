"""Budget and BudgetModel: token and cost limits, reservations that wait beside calls in flight, sticky
exhaustion; and how the Gateway composes budget, retries, rate limits and the call cache."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulate.errors import BudgetExhaustedError, ModelError, RetriesExhaustedError, ServerError
from simulate.gateway import Gateway, RateLimit
from simulate.models.base import ChatModel, ChatRequest, ChatResponse, Message, Usage
from simulate.models.budget import Budget, BudgetModel
from simulate.models.cache import CachedModel, CallCache
from simulate.models.checked import CheckedModel
from simulate.models.concurrency import ConcurrencyLimitModel
from simulate.models.ratelimit import RateLimitedModel, estimate_tokens
from simulate.models.reask import ReaskModel
from simulate.models.recording import RecordingModel
from simulate.models.retry import RetryModel
from simulate.models.timeout import TimeoutModel
from simulate.scenario import ModelSettings

from fake_clock import FakeClock, clock  # noqa: F401  (a fixture)

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),), seed=1)
ESTIMATE = 68  # "hi": 2 // 3 + 4 * 1 message + max_tokens 64
TINY = ChatRequest(model="fake", messages=(Message("user", "hi"),), seed=1, max_tokens=1)  # estimate 5


def _response(usage: Usage | None = None, cost: float | None = None) -> ChatResponse:
    return ChatResponse(text="ok", model="fake", usage=Usage(30, 20) if usage is None else usage, cost=cost)


class FixedModel:
    """Answers at once with the queued responses in turn (the last repeats), or raises a queued error."""

    def __init__(self, *outcomes: ChatResponse | BaseException) -> None:
        self.name = "fake"
        self.outcomes = list(outcomes) or [_response()]
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        await asyncio.sleep(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class GatedModel:
    """Each call waits until the test ends it: `finish(i, response)` or `fail(i, error)` for the i-th call."""

    def __init__(self) -> None:
        self.name = "fake"
        self.gates: list[asyncio.Future[ChatResponse]] = []

    @property
    def started(self) -> int:
        return len(self.gates)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        gate: asyncio.Future[ChatResponse] = asyncio.get_running_loop().create_future()
        self.gates.append(gate)
        return await gate

    def finish(self, index: int, response: ChatResponse) -> None:
        self.gates[index].set_result(response)

    def fail(self, index: int, error: BaseException) -> None:
        self.gates[index].set_exception(error)


async def spin(times: int = 10) -> None:
    """Let every ready task run a few steps."""
    for _ in range(times):
        await asyncio.sleep(0)


# --- Budget basics ------------------------------------------------------------------------------------------


def test_no_limit_is_not_limited() -> None:
    """A Budget without limits is not `limited`."""
    assert Budget().limited is False


@pytest.mark.parametrize("kwargs", [{"max_tokens": 1}, {"max_cost_usd": 0.5}, {"max_tokens": 10, "max_cost_usd": 1.0}])
def test_any_limit_makes_it_limited(kwargs: dict[str, Any]) -> None:
    """Either limit (or both) makes the budget `limited`."""
    assert Budget(**kwargs).limited is True


def test_as_dict_reports_limits_and_spending() -> None:
    """as_dict carries the limits, tokens, rounded cost, cost-unknown calls and the exhaustion message."""
    budget = Budget(max_tokens=200, max_cost_usd=1.5)
    model = BudgetModel(FixedModel(_response(Usage(30, 20), 0.123456789), _response(Usage(5, 5), None)), budget)

    async def go() -> None:
        await model.complete(REQUEST)
        await model.complete(REQUEST)

    asyncio.run(go())
    assert budget.as_dict() == {"max_tokens": 200, "max_cost_usd": 1.5, "tokens": 60, "cost_usd": 0.12345679,
                                "cost_unknown_calls": 1,
                                "exhausted": "cost budget cannot be kept: fake reports no cost for its calls "
                                             "(set budget.max_tokens instead)"}


# --- token limit --------------------------------------------------------------------------------------------


def test_token_budget_runs_until_the_next_estimate_would_not_fit() -> None:
    """max_tokens=200, estimate 68, 50 used per call: calls 1-3 run (0, 50, 100 spent + 68 fit);
    the 4th (150 + 68 > 200) raises without calling the model."""
    budget = Budget(max_tokens=200)
    inner = FixedModel(_response(Usage(30, 20)))
    model = BudgetModel(inner, budget)
    assert model.name == "fake"

    async def go() -> None:
        for _ in range(3):
            assert (await model.complete(REQUEST)).text == "ok"
        with pytest.raises(BudgetExhaustedError) as info:
            await model.complete(REQUEST)
        assert "token budget spent" in str(info.value)
        assert "150 of 200" in str(info.value)

    asyncio.run(go())
    assert inner.calls == 3
    assert budget.tokens == 150
    assert budget.exhausted is not None and "token budget spent" in budget.exhausted


def test_exhaustion_is_sticky() -> None:
    """Once exhausted, every later call raises, even one small enough to fit (150 + 5 <= 200)."""
    budget = Budget(max_tokens=200, tokens=150)
    inner = FixedModel()
    model = BudgetModel(inner, budget)
    assert estimate_tokens(TINY) == 5

    async def go() -> None:
        with pytest.raises(BudgetExhaustedError):
            await model.complete(REQUEST)
        message = budget.exhausted
        for request in (REQUEST, TINY, TINY):
            with pytest.raises(BudgetExhaustedError) as info:
                await model.complete(request)
            assert str(info.value) == message

    asyncio.run(go())
    assert inner.calls == 0
    assert budget.tokens == 150


def test_already_spent_budget_refuses_the_first_call() -> None:
    """A budget resumed with its tokens already at the limit refuses at once."""
    budget = Budget(max_tokens=100, tokens=100)
    inner = FixedModel()
    with pytest.raises(BudgetExhaustedError, match="token budget spent"):
        asyncio.run(BudgetModel(inner, budget).complete(TINY))
    assert inner.calls == 0


@given(max_tokens=st.integers(min_value=0, max_value=1000),
       used=st.lists(st.integers(min_value=0, max_value=ESTIMATE), min_size=1, max_size=12))
def test_spent_never_exceeds_max_tokens_when_usage_within_estimate(max_tokens: int, used: list[int]) -> None:
    """Concurrent calls that each use at most their estimate never push `tokens` past max_tokens; and the
    budget stops only when the next estimate really would not fit."""
    budget = Budget(max_tokens=max_tokens)
    inner = FixedModel(*(_response(Usage(u, 0)) for u in used))
    model = BudgetModel(inner, budget)

    async def go() -> list[Any]:
        return await asyncio.gather(*(model.complete(REQUEST) for _ in used), return_exceptions=True)

    results = asyncio.run(go())
    assert budget.tokens <= max_tokens
    errors = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(e, BudgetExhaustedError) for e in errors)
    assert inner.calls == len(used) - len(errors)
    if errors:
        assert budget.tokens + ESTIMATE > max_tokens


def test_reservation_that_does_not_fit_waits_then_proceeds() -> None:
    """max_tokens=100: a second call (68 + 68 > 100 reserved) waits for the first instead of raising,
    and runs once the first settles with 10 tokens (10 + 68 <= 100)."""
    budget = Budget(max_tokens=100)
    inner = GatedModel()
    model = BudgetModel(inner, budget)

    async def go() -> None:
        first = asyncio.ensure_future(model.complete(REQUEST))
        second = asyncio.ensure_future(model.complete(REQUEST))
        await spin()
        assert inner.started == 1
        assert not second.done()  # waiting, not failed
        inner.finish(0, _response(Usage(5, 5)))
        await spin()
        assert first.done() and first.result().text == "ok"
        assert inner.started == 2
        inner.finish(1, _response(Usage(20, 20)))
        assert (await second).text == "ok"

    asyncio.run(go())
    assert budget.tokens == 50
    assert budget.exhausted is None


def test_waiting_call_raises_if_the_settled_usage_leaves_no_room() -> None:
    """The waiting call re-checks after the first settles: 60 spent + 68 > 100 is exhaustion."""
    budget = Budget(max_tokens=100)
    inner = GatedModel()
    model = BudgetModel(inner, budget)

    async def go() -> None:
        first = asyncio.ensure_future(model.complete(REQUEST))
        second = asyncio.ensure_future(model.complete(REQUEST))
        await spin()
        inner.finish(0, _response(Usage(30, 30)))
        assert (await first).text == "ok"
        with pytest.raises(BudgetExhaustedError, match="token budget spent"):
            await second

    asyncio.run(go())
    assert inner.started == 1
    assert budget.tokens == 60


def test_failed_call_settles_with_zero_usage_and_frees_its_reservation() -> None:
    """A ModelError passes through, counts no tokens, and lets the waiting call run."""
    budget = Budget(max_tokens=100)
    inner = GatedModel()
    model = BudgetModel(inner, budget)
    error = ModelError("boom", model="fake")

    async def go() -> None:
        first = asyncio.ensure_future(model.complete(REQUEST))
        second = asyncio.ensure_future(model.complete(REQUEST))
        await spin()
        assert inner.started == 1
        inner.fail(0, error)
        with pytest.raises(ModelError) as info:
            await first
        assert info.value is error
        await spin()
        assert inner.started == 2
        inner.finish(1, _response(Usage(40, 20)))
        await second

    asyncio.run(go())
    assert budget.tokens == 60
    assert budget.exhausted is None


def test_cancelled_call_frees_its_reservation() -> None:
    """A call cancelled while in flight settles too, so the waiting call runs."""
    budget = Budget(max_tokens=100)
    inner = GatedModel()
    model = BudgetModel(inner, budget)

    async def go() -> None:
        first = asyncio.ensure_future(model.complete(REQUEST))
        second = asyncio.ensure_future(model.complete(REQUEST))
        await spin()
        first.cancel()
        await spin()
        assert first.cancelled()
        assert inner.started == 2
        inner.finish(1, _response(Usage(1, 1)))
        await second

    asyncio.run(go())
    assert budget.tokens == 2


def test_sequential_failures_do_not_leak_reservations() -> None:
    """Ten failed calls on a budget that fits exactly one estimate leave it able to run the next call."""
    budget = Budget(max_tokens=ESTIMATE)
    failing = BudgetModel(FixedModel(ModelError("boom")), budget)
    working = BudgetModel(FixedModel(_response(Usage(1, 1))), budget)

    async def go() -> None:
        for _ in range(10):
            with pytest.raises(ModelError):
                await failing.complete(REQUEST)
        await working.complete(REQUEST)

    asyncio.run(go())
    assert budget.tokens == 2


# --- cost limit ---------------------------------------------------------------------------------------------


def test_before_any_cost_is_known_only_one_call_is_in_flight() -> None:
    """With a cost limit and no price yet, the second call waits for the first; once a price is learned
    (0.05 for 50 tokens), calls run side by side."""
    budget = Budget(max_cost_usd=10.0)
    inner = GatedModel()
    model = BudgetModel(inner, budget)

    async def go() -> None:
        calls = [asyncio.ensure_future(model.complete(REQUEST)) for _ in range(2)]
        await spin()
        assert inner.started == 1
        inner.finish(0, _response(Usage(30, 20), cost=0.05))
        await spin()
        assert inner.started == 2
        calls += [asyncio.ensure_future(model.complete(REQUEST)) for _ in range(2)]
        await spin()
        assert inner.started == 4  # the price is known: three in flight at once
        for i in (1, 2, 3):
            inner.finish(i, _response(Usage(30, 20), cost=0.05))
        await asyncio.gather(*calls)

    asyncio.run(go())
    assert budget.cost_usd == pytest.approx(0.2)
    assert budget.tokens == 200


def test_cost_budget_exhaustion_uses_the_learned_price() -> None:
    """0.05 for 50 tokens teaches 0.001/token: with 0.05 spent, the next estimate (68 -> 0.068) would pass
    0.1, so it raises "cost budget spent"."""
    budget = Budget(max_cost_usd=0.1)
    inner = FixedModel(_response(Usage(30, 20), cost=0.05))
    model = BudgetModel(inner, budget)

    async def go() -> None:
        await model.complete(REQUEST)
        with pytest.raises(BudgetExhaustedError, match=r"cost budget spent: \$0\.0500 of \$0\.1000 used"):
            await model.complete(REQUEST)

    asyncio.run(go())
    assert inner.calls == 1
    assert budget.as_dict()["exhausted"] == "cost budget spent: $0.0500 of $0.1000 used"


def test_learned_price_is_the_highest_seen() -> None:
    """0.001/token then 0.0005/token: the price stays 0.001, so with 0.15 spent the next estimate (0.068)
    passes 0.2 (at the later, cheaper price it would have fitted)."""
    budget = Budget(max_cost_usd=0.2)
    inner = FixedModel(_response(Usage(100, 0), cost=0.1), _response(Usage(100, 0), cost=0.05))
    model = BudgetModel(inner, budget)

    async def go() -> None:
        await model.complete(REQUEST)
        await model.complete(REQUEST)
        with pytest.raises(BudgetExhaustedError, match="cost budget spent"):
            await model.complete(REQUEST)

    asyncio.run(go())
    assert inner.calls == 2
    assert budget.cost_usd == pytest.approx(0.15)


def test_a_cost_limit_with_a_model_that_reports_no_cost_stops_instead_of_overspending() -> None:
    """cost=None adds tokens but no cost and counts in cost_unknown_calls; under a cost limit the budget
    cannot be kept, so it is exhausted with a message saying why, and no further call starts."""
    budget = Budget(max_cost_usd=1.0)
    inner = GatedModel()
    model = BudgetModel(inner, budget)

    async def go() -> None:
        calls = [asyncio.ensure_future(model.complete(REQUEST)) for _ in range(3)]
        await spin()
        assert inner.started == 1  # price unknown: one call at a time
        inner.finish(0, _response(Usage(10, 10), cost=None))
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert [type(r).__name__ for r in results[1:]] == ["BudgetExhaustedError"] * 2

    asyncio.run(go())
    assert budget.cost_unknown_calls == 1 and budget.tokens == 20 and inner.started == 1
    assert "reports no cost" in (budget.exhausted or "")


def test_without_a_cost_limit_cost_unknown_calls_are_only_counted() -> None:
    """With only a token limit, cost=None responses are counted and calls go on."""
    budget = Budget(max_tokens=1000)
    model = BudgetModel(FixedModel(_response(Usage(10, 10), None), _response(Usage(10, 10), 0.02)), budget)

    async def go() -> None:
        await model.complete(REQUEST)
        await model.complete(REQUEST)

    asyncio.run(go())
    assert budget.cost_unknown_calls == 1 and budget.tokens == 40 and budget.cost_usd == pytest.approx(0.02)
    assert budget.exhausted is None


def test_cost_reservations_made_before_a_price_rise_are_released_at_their_own_price() -> None:
    """Exact binary numbers, 64 tokens per call. Price 1/1024 ($0.0625 per call) is learned; A, B1, B2, B3
    reserve at it. A then costs $0.125 (price rises to 1/512: $0.125 per call). After B1 settles at its
    reserved $0.0625, $0.25 is spent and B2, B3 hold $0.125: of the $0.8125 limit, $0.4375 is left, room for
    three new calls at $0.125, not four. Admitting a fourth lets the batch spend $0.875 > $0.8125 although
    every call that ran after the price rise cost exactly what it reserved."""
    tokens = 64
    budget = Budget(max_cost_usd=0.8125)

    def costing(cost: float) -> ChatResponse:
        return _response(Usage(tokens, 0), cost=cost)

    async def go() -> int:
        budget.settle(await budget.reserve(tokens), costing(0.0625))  # price 1/1024
        a, b1, b2, b3 = [await budget.reserve(tokens) for _ in range(4)]
        budget.settle(a, costing(0.125))  # A: price now 1/512
        budget.settle(b1, costing(0.0625))  # B1, at the price it reserved at
        new = [asyncio.ensure_future(budget.reserve(tokens)) for _ in range(4)]
        await spin()
        admitted = [t for t in new if t.done() and t.exception() is None]
        for held in (b2, b3):
            budget.settle(held, costing(0.0625))
        for task in admitted:
            budget.settle(task.result(), costing(0.125))
        for task in new:
            task.cancel()
        await spin()
        return len(admitted)

    admitted = asyncio.run(go())
    assert budget.cost_usd <= budget.max_cost_usd
    assert admitted == 3


def test_call_that_fits_exactly_with_nothing_in_flight_does_not_hang() -> None:
    """After calls of 222, 25 and 185 tokens at $0.007/token settle in another order than they reserved,
    nothing is in flight. A call whose cost brings spending exactly to the limit is not over the limit
    (`_over` says so), so it must either run or raise; it must never wait, since no settle will wake it."""
    budget = Budget(max_cost_usd=1e9)
    sizes = [222, 25, 185]

    async def go() -> bool:
        budget.settle(await budget.reserve(100), _response(Usage(100, 0), cost=0.7))  # price 0.007
        held = {size: await budget.reserve(size) for size in sizes}
        for size in (185, 222, 25):
            budget.settle(held[size], _response(Usage(size, 0), cost=size * 0.007))
        budget.max_cost_usd = budget.cost_usd + 102 * 0.007  # the limit is exactly reached by the next call
        task = asyncio.ensure_future(budget.reserve(102))
        await spin()
        done = task.done()
        task.cancel()
        await spin()
        return done

    assert asyncio.run(go()) is True


# --- through the Gateway ------------------------------------------------------------------------------------



class Provider:
    """A provider factory whose models raise the queued errors, then answer with usage 3+2 at $0.01."""

    def __init__(self, errors: list[ModelError] | None = None) -> None:
        self.errors = list(errors or [])
        self.calls = 0

    def __call__(self, settings: ModelSettings) -> ChatModel:
        return self

    name = "fake"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return ChatResponse(text="hello", model="fake", usage=Usage(3, 2), cost=0.01)


def _chain(model: Any) -> list[Any]:
    out = [model]
    while hasattr(out[-1], "inner"):
        out.append(out[-1].inner)
    return out


def _no_backoff(model: Any) -> list[float]:
    """Make the chain's RetryModel back off instantly; returns the list its delays are recorded in."""
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    for link in _chain(model):
        if isinstance(link, RetryModel):
            link._sleep = sleep
    return delays


def test_gateway_order_with_cache_budget_and_rate_limit(clock: FakeClock) -> None:
    """recording -> cache -> budget -> retry -> rate limit -> concurrency -> timeout -> re-ask -> check -> provider."""
    provider = Provider()
    gateway = Gateway(provider=provider, cache=CallCache(), budget=Budget(max_tokens=1000),
                      rate_limits={"fake": RateLimit(rpm=60, tpm=1000)})
    chain = _chain(gateway.model(ModelSettings(name="fake")))
    assert [type(m) for m in chain[:-1]] == [RecordingModel, CachedModel, BudgetModel, RetryModel,
                                             RateLimitedModel, ConcurrencyLimitModel, TimeoutModel, ReaskModel,
                                             CheckedModel]
    assert chain[-1] is provider


def test_an_unlimited_budget_counts_spending_and_no_rate_limit_does_not_wrap() -> None:
    """An unlimited Budget never refuses but still counts what real calls spend (for the manifest); a rate
    limit for another model (or an empty one) adds no rate limiter; calls pass."""
    provider = Provider()
    budget = Budget()
    gateway = Gateway(provider=provider, budget=budget,
                      rate_limits={"other": RateLimit(rpm=1), "fake": RateLimit()})
    model = gateway.model(ModelSettings(name="fake"))
    chain = _chain(model)
    assert not any(isinstance(m, RateLimitedModel) for m in chain)

    async def go() -> None:
        for _ in range(3):
            assert (await model.complete(REQUEST)).text == "hello"

    asyncio.run(go())
    assert provider.calls == 3 and budget.tokens > 0 and budget.exhausted is None


def test_cache_hit_spends_no_budget_and_no_rate_allowance(clock: FakeClock) -> None:
    """The second identical call is answered by the cache: budget tokens and cost and both buckets unchanged."""
    provider = Provider()
    budget = Budget(max_tokens=1000, max_cost_usd=1.0)
    gateway = Gateway(provider=provider, cache=CallCache(), budget=budget,
                      rate_limits={"fake": RateLimit(rpm=60, tpm=1000)})
    model = gateway.model(ModelSettings(name="fake"))
    limiter = next(m for m in _chain(model) if isinstance(m, RateLimitedModel))

    async def go() -> None:
        first = await model.complete(REQUEST)
        assert not first.cached
        assert (budget.tokens, limiter.requests.level, limiter.tokens.level) == (5, 59, 995)
        second = await model.complete(REQUEST)
        assert second.cached and second.text == "hello"

    asyncio.run(go())
    assert provider.calls == 1
    assert budget.tokens == 5 and budget.cost_usd == pytest.approx(0.01)
    assert limiter.requests.level == 59 and limiter.tokens.level == 995
    assert gateway.stats["fake"].cached == 1


def test_budget_exhaustion_propagates_unwrapped_and_unretried(clock: FakeClock) -> None:
    """BudgetExhaustedError comes out of gateway.model(...).complete as itself (not RetriesExhaustedError,
    not a ModelError), without calling the provider or taking rate allowance."""
    provider = Provider()
    budget = Budget(max_tokens=ESTIMATE + 4)  # room for one call (5 used), not for a second (5 + 68 > 72)
    gateway = Gateway(provider=provider, budget=budget, rate_limits={"fake": RateLimit(rpm=60)})
    model = gateway.model(ModelSettings(name="fake", retries=3))
    limiter = next(m for m in _chain(model) if isinstance(m, RateLimitedModel))

    async def go() -> None:
        await model.complete(REQUEST)
        for _ in range(2):
            with pytest.raises(BudgetExhaustedError) as info:
                await model.complete(REQUEST)
            assert not isinstance(info.value, ModelError)
            assert "token budget spent" in str(info.value)

    asyncio.run(go())
    assert provider.calls == 1
    assert limiter.requests.level == 59
    assert budget.tokens == 5
    assert gateway.stats["fake"].failures == 0


def test_budget_sits_outside_retries(clock: FakeClock) -> None:
    """Two ServerErrors then an answer: one reservation across the attempts, settled with the answer's usage;
    each attempt takes its own rate allowance (3 requests)."""
    provider = Provider(errors=[ServerError("503"), ServerError("503")])
    budget = Budget(max_tokens=ESTIMATE)  # exactly one reservation fits
    gateway = Gateway(provider=provider, budget=budget, rate_limits={"fake": RateLimit(rpm=60)})
    model = gateway.model(ModelSettings(name="fake", retries=3))
    delays = _no_backoff(model)
    limiter = next(m for m in _chain(model) if isinstance(m, RateLimitedModel))

    response = asyncio.run(model.complete(REQUEST))
    assert response.attempts == 3
    assert provider.calls == 3 and len(delays) == 2
    assert budget.tokens == 5
    assert limiter.requests.level == 57


def test_retries_exhausted_free_the_reservation(clock: FakeClock) -> None:
    """A call that runs out of retries raises RetriesExhaustedError, spends nothing, and the next call
    (which needs the whole budget) runs."""
    provider = Provider(errors=[ServerError("503")] * 2)
    budget = Budget(max_tokens=ESTIMATE)
    gateway = Gateway(provider=provider, budget=budget)
    model = gateway.model(ModelSettings(name="fake", retries=1))
    _no_backoff(model)

    async def go() -> None:
        with pytest.raises(RetriesExhaustedError):
            await model.complete(REQUEST)
        assert budget.tokens == 0
        assert (await model.complete(REQUEST)).text == "hello"

    asyncio.run(go())
    assert provider.calls == 3
    assert budget.tokens == 5
    assert budget.exhausted is None


def test_budget_is_shared_by_every_model_of_the_gateway(clock: FakeClock) -> None:
    """Two model names draw on one budget: what one spends, the other cannot."""
    budget = Budget(max_tokens=ESTIMATE + 4)
    gateway = Gateway(provider=Provider(), budget=budget)

    async def go() -> None:
        await gateway.model(ModelSettings(name="alpha")).complete(REQUEST)
        with pytest.raises(BudgetExhaustedError):
            await gateway.model(ModelSettings(name="beta")).complete(REQUEST)

    asyncio.run(go())
    assert budget.tokens == 5
