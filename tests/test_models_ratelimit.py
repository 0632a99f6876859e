"""TokenBucket and RateLimitedModel, driven by a fake clock: every wait is asked of a fake `sleep` that
advances the clock, so the tests check the exact waits requested and never sleep for real."""

from __future__ import annotations

import asyncio

import pytest

from simulate.models.base import ChatRequest, ChatResponse, Message, Usage
from simulate.models.ratelimit import RateLimitedModel, TokenBucket, estimate_tokens

from fake_clock import FakeClock, clock  # noqa: F401  (a fixture)

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),), seed=1)
ESTIMATE = 68  # "hi": 2 // 3 + 4 * 1 message + max_tokens 64



class UsageModel:
    """Answers with the queued usages in turn (the last one repeats); records what it saw during each call."""

    def __init__(self, *usages: Usage, watch: RateLimitedModel | None = None) -> None:
        self.name = "fake"
        self.usages = list(usages) or [Usage(10, 5)]
        self.calls = 0
        self.watch = watch
        self.seen: list[tuple[float | None, float | None]] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.watch is not None:
            w = self.watch
            self.seen.append((w.requests.level if w.requests else None, w.tokens.level if w.tokens else None))
        usage = self.usages.pop(0) if len(self.usages) > 1 else self.usages[0]
        return ChatResponse(text="ok", model=self.name, usage=usage)


def _limited(rpm: float | None = None, tpm: float | None = None, *usages: Usage) -> tuple[RateLimitedModel, UsageModel]:
    inner = UsageModel(*usages)
    model = RateLimitedModel(inner, rpm=rpm, tpm=tpm)
    inner.watch = model
    return model, inner


# --- estimate_tokens ----------------------------------------------------------------------------------------


def test_estimate_tokens_counts_chars_messages_and_max_tokens() -> None:
    """Prompt characters // 3, plus 4 per message, plus max_tokens."""
    assert estimate_tokens(REQUEST) == ESTIMATE
    request = ChatRequest(model="fake", max_tokens=10,
                          messages=(Message("system", "x" * 30), Message("user", "y" * 31)))
    assert estimate_tokens(request) == 61 // 3 + 8 + 10


# --- TokenBucket --------------------------------------------------------------------------------------------


def test_bucket_starts_full_and_burst_defaults_to_per_minute(clock: FakeClock) -> None:
    """Capacity is a minute's worth unless `burst` says otherwise; a new bucket is full."""
    bucket = TokenBucket(60, clock=clock)
    assert bucket.capacity == 60 and bucket.level == 60
    small = TokenBucket(60, burst=5, clock=clock)
    assert small.capacity == 5 and small.level == 5


def test_take_within_capacity_does_not_wait(clock: FakeClock) -> None:
    """A full bucket gives its whole capacity at once, without sleeping."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(20)
        await bucket.take(40)

    asyncio.run(go())
    assert clock.sleeps == []
    assert bucket.level == 0


def test_drained_bucket_waits_exactly_the_refill_time(clock: FakeClock) -> None:
    """60/min refills 1 unit a second: once empty, 1 unit waits 1 s; at 120/min, 10 units wait 5 s."""
    bucket = TokenBucket(60, clock=clock)
    fast = TokenBucket(120, clock=clock)

    async def go() -> None:
        await bucket.take(60)
        await bucket.take(1)
        await fast.take(120)
        await fast.take(10)

    asyncio.run(go())
    assert clock.sleeps == [pytest.approx(1.0), pytest.approx(5.0)]
    assert clock.now == pytest.approx(6.0)
    assert bucket.level == pytest.approx(0.0) and fast.level == pytest.approx(0.0)


def test_wait_accounts_for_what_already_refilled(clock: FakeClock) -> None:
    """Half a second after draining a 120/min bucket one unit is back: 3 units wait the remaining 1 s."""
    bucket = TokenBucket(120, clock=clock)

    async def go() -> None:
        await bucket.take(120)
        clock.advance(0.5)
        await bucket.take(3)

    asyncio.run(go())
    assert clock.sleeps == [pytest.approx(1.0)]


def test_refill_is_capped_at_capacity(clock: FakeClock) -> None:
    """An hour idle refills a 60/min bucket to 60, not 3,600."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(60)
        clock.advance(3600)
        await bucket.take(1)

    asyncio.run(go())
    assert bucket.level == pytest.approx(59.0)
    assert clock.sleeps == []


def test_settle_refunds_unused_estimate(clock: FakeClock) -> None:
    """Taking 50 and using 20 gives 30 back, so a following take of 40 does not wait."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(50)
        bucket.settle(50, 20)
        assert bucket.level == pytest.approx(40.0)
        await bucket.take(40)

    asyncio.run(go())
    assert clock.sleeps == []


def test_settle_refund_is_capped_at_capacity(clock: FakeClock) -> None:
    """A refund never lifts the level above capacity."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(10)
        bucket.settle(30, 0)

    asyncio.run(go())
    assert bucket.level == 60


def test_settle_with_more_used_than_estimated_adds_debt(clock: FakeClock) -> None:
    """Using 70 after taking 10 leaves the bucket 60 in debt: the next unit waits 61 s instead of 1 s."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(60)
        bucket.settle(10, 70)
        assert bucket.level == pytest.approx(-60.0)
        await bucket.take(1)

    asyncio.run(go())
    assert sum(clock.sleeps) == pytest.approx(61.0)
    assert clock.now == pytest.approx(61.0)


def test_request_larger_than_capacity_is_capped_and_passes(clock: FakeClock) -> None:
    """1,000 units from a 60-unit bucket take the whole bucket; the next such request waits one full refill."""
    bucket = TokenBucket(60, clock=clock)

    async def go() -> None:
        await bucket.take(1000)
        assert clock.sleeps == []
        assert bucket.level == 0
        await bucket.take(1000)

    asyncio.run(go())
    assert clock.sleeps == [pytest.approx(60.0)]


@pytest.mark.parametrize("per_minute", [0, -1, -0.5])
def test_non_positive_rate_rejected(per_minute: float) -> None:
    """A rate of zero or less is a ValueError."""
    with pytest.raises(ValueError):
        TokenBucket(per_minute)


def test_waiters_are_served_first_come_first_served(clock: FakeClock) -> None:
    """On an empty 60/min bucket, take(30) then take(1) then take(2): the small ones wait behind the big one."""
    bucket = TokenBucket(60, clock=clock)
    done: list[tuple[str, float]] = []

    async def taker(label: str, amount: float) -> None:
        await bucket.take(amount)
        done.append((label, clock.now))

    async def go() -> None:
        await bucket.take(60)
        await asyncio.gather(taker("big", 30), taker("small", 1), taker("two", 2))

    asyncio.run(go())
    assert [label for label, _ in done] == ["big", "small", "two"]
    assert [at for _, at in done] == [pytest.approx(30.0), pytest.approx(31.0), pytest.approx(33.0)]
    assert clock.sleeps == [pytest.approx(30.0), pytest.approx(1.0), pytest.approx(2.0)]


# --- RateLimitedModel ---------------------------------------------------------------------------------------


def test_no_limits_builds_no_buckets(clock: FakeClock) -> None:
    """rpm and tpm None (or 0) leave the model unlimited."""
    for rpm, tpm in [(None, None), (0, 0)]:
        model, inner = _limited(rpm, tpm)
        assert model.requests is None and model.tokens is None
        assert asyncio.run(model.complete(REQUEST)).text == "ok"
    assert model.name == "fake"
    assert clock.sleeps == []


def test_rpm_only_takes_one_request_per_call(clock: FakeClock) -> None:
    """With only rpm, each call takes exactly one unit from the request bucket, before the inner call."""
    model, inner = _limited(60, None)
    assert model.tokens is None and model.requests is not None

    async def go() -> None:
        for _ in range(3):
            await model.complete(REQUEST)

    asyncio.run(go())
    assert inner.calls == 3
    assert [seen[0] for seen in inner.seen] == [59, 58, 57]
    assert model.requests.level == 57
    assert clock.sleeps == []


def test_tpm_only_takes_the_estimate_then_settles_real_usage(clock: FakeClock) -> None:
    """With only tpm: the estimate is taken before the call, and replaced by the real usage after it."""
    model, inner = _limited(None, 1000, Usage(10, 5))
    assert model.requests is None and model.tokens is not None
    asyncio.run(model.complete(REQUEST))
    assert inner.seen == [(None, 1000 - ESTIMATE)]
    assert model.tokens.level == 1000 - 15


def test_rpm_and_tpm_together(clock: FakeClock) -> None:
    """Both buckets are charged: one request and the estimate during the call, the real usage after it."""
    model, inner = _limited(60, 1000, Usage(30, 20), Usage(1, 1))

    async def go() -> None:
        await model.complete(REQUEST)
        await model.complete(REQUEST)

    asyncio.run(go())
    assert inner.seen == [(59, 1000 - ESTIMATE), (58, 1000 - 50 - ESTIMATE)]
    assert model.requests.level == 58
    assert model.tokens.level == 1000 - 50 - 2


def test_rpm_60_the_61st_quick_call_waits_one_second(clock: FakeClock) -> None:
    """rpm=60 holds a minute's worth: 60 calls at once pass, the 61st waits exactly 1 s."""
    model, inner = _limited(60, None)

    async def go() -> None:
        for _ in range(60):
            await model.complete(REQUEST)
        assert clock.sleeps == []
        await model.complete(REQUEST)

    asyncio.run(go())
    assert inner.calls == 61
    assert clock.sleeps == [pytest.approx(1.0)]


def test_rpm_60_with_burst_2_the_third_call_waits_one_second(clock: FakeClock) -> None:
    """With a burst of 2 at 60/min, three quick calls make the third wait exactly 1 s."""
    model, inner = _limited(60, None)
    model.requests = TokenBucket(60, burst=2, clock=clock)

    async def go() -> None:
        await asyncio.gather(*(model.complete(REQUEST) for _ in range(3)))

    asyncio.run(go())
    assert inner.calls == 3
    assert clock.sleeps == [pytest.approx(1.0)]
    assert clock.now == pytest.approx(1.0)


def test_usage_above_estimate_makes_the_next_call_wait_longer(clock: FakeClock) -> None:
    """tpm=120 (2/s): a call estimated at 68 that used 100 leaves 20, so the next waits (68-20)/2 = 24 s;
    had it used its estimate, the next would have waited (68-52)/2 = 8 s."""
    heavy, _ = _limited(None, 120, Usage(60, 40))
    exact, _ = _limited(None, 120, Usage(60, 8))

    async def two_calls(model: RateLimitedModel) -> None:
        await model.complete(REQUEST)
        await model.complete(REQUEST)

    asyncio.run(two_calls(heavy))
    assert clock.sleeps == [pytest.approx(24.0)]
    clock.sleeps.clear()
    asyncio.run(two_calls(exact))
    assert clock.sleeps == [pytest.approx(8.0)]


def test_estimate_above_tpm_is_capped_and_settled_at_the_cap(clock: FakeClock) -> None:
    """An estimate (204) over tpm (60) takes the whole bucket and is settled as 60, so 15 used leaves 45."""
    big = ChatRequest(model="fake", messages=(Message("user", "hi"),), max_tokens=200)
    assert estimate_tokens(big) == 204
    model, inner = _limited(None, 60, Usage(10, 5))
    asyncio.run(model.complete(big))
    assert inner.seen == [(None, 0)]
    assert model.tokens.level == 45
    assert clock.sleeps == []


def test_a_failed_call_gives_its_tokens_back_but_keeps_its_request(clock: FakeClock) -> None:
    """A call that raises used no tokens: the estimate is refunded; the request itself still counted."""
    from simulate.errors import ServerError

    class Failing:
        name = "fake"

        async def complete(self, request: ChatRequest) -> ChatResponse:
            raise ServerError("503", model="fake", status=503)

    model = RateLimitedModel(Failing(), rpm=10, tpm=1000)
    with pytest.raises(ServerError):
        asyncio.run(model.complete(REQUEST))
    assert model.tokens is not None and model.requests is not None
    assert model.tokens.level == 1000 and model.requests.level == 9
