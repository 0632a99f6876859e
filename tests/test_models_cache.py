"""The call cache: hits, misses, what the key depends on, replay, persistence."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulate import Scenario, run_scenario
from simulate.errors import InputError, ModelError, ServerError
from simulate.models.base import ChatRequest, ChatResponse, Message, Usage
from simulate.models.cache import CachedModel, CacheMissError, CallCache, call_key
from simulate.models.scripted import ScriptedModel
from simulate.persona import CoreFacts, PersonaCard

CARD = PersonaCard(name="Maya", facts=CoreFacts(age=34, occupation="nurse", location="Denver"))


class Counting:
    """Answers with a fixed text (or the scripted model), counting the calls it receives."""

    def __init__(self, inner: Any = None, *, error: ModelError | None = None, metadata: Any = None) -> None:
        self.name = "counting"
        self.inner = inner
        self.error = error
        self.metadata = metadata
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.error is not None:
            raise self.error
        if self.inner is not None:
            return await self.inner.complete(request)
        return ChatResponse(text=f"answer {self.calls}", model=self.name, usage=Usage(3, 4), cost=0.25,
                            latency_s=1.5, attempts=2, finish_reason="length",
                            metadata=self.metadata if self.metadata is not None else {"n": self.calls})


def request(**changes: Any) -> ChatRequest:
    """A request with the scripted model's context; `changes` replace fields."""
    base = ChatRequest(model="scripted", messages=(Message("system", "You are Maya."), Message("user", "Hi.")),
                       temperature=0.7, max_tokens=32, seed=5, api_base=None, options={"drift_rate": 0.0},
                       context={"card": CARD, "facts": CARD.facts, "speaker": "Maya", "history": ()})
    return replace(base, **changes)


def call(model: CachedModel, req: ChatRequest | None = None) -> ChatResponse:
    return asyncio.run(model.complete(req or request()))


def test_a_second_identical_call_is_a_hit_marked_as_such() -> None:
    """The inner model is called once; the hit returns the stored answer (attempts too), marked cached, latency 0."""
    inner = Counting()
    model = CachedModel(inner, CallCache())
    first, second = call(model), call(model)
    assert inner.calls == 1 and (model.hits, model.misses) == (1, 1)
    assert (model.cache.hits, model.cache.misses) == (1, 1) and len(model.cache) == 1
    assert (first.attempts, first.latency_s) == (2, 1.5)
    assert (second.attempts, second.latency_s, second.cached, first.cached) == (2, 0.0, True, False)
    assert replace(second, latency_s=1.5, cached=False) == first
    assert (second.text, second.usage, second.cost, second.finish_reason, second.metadata) == \
        ("answer 1", Usage(3, 4), 0.25, "length", {"n": 1})


def test_scripted_metadata_round_trips() -> None:
    """The scripted model's ground-truth metadata comes back equal from the cache."""
    inner = Counting(ScriptedModel(drift_rate=1.0))
    model = CachedModel(inner, CallCache())
    first, second = call(model), call(model)
    assert inner.calls == 1
    assert first.metadata["scripted"]["claims"] and second.metadata == first.metadata
    assert second.text == first.text


def test_a_miss_returns_what_a_later_hit_returns() -> None:
    """Metadata goes through JSON on a miss too (a tuple comes back as a list), so runs do not differ."""
    model = CachedModel(Counting(metadata={"pair": (1, 2)}), CallCache())
    first, second = call(model), call(model)
    assert first.metadata == second.metadata == {"pair": [1, 2]}


CHANGES: list[tuple[str, dict[str, Any]]] = [
    ("model", {"model": "other"}),
    ("message text", {"messages": (Message("system", "You are Maya."), Message("user", "Hello."))}),
    ("message role", {"messages": (Message("system", "You are Maya."), Message("assistant", "Hi."))}),
    ("message count", {"messages": (Message("system", "You are Maya."),)}),
    ("temperature", {"temperature": 0.2}),
    ("max_tokens", {"max_tokens": 33}),
    ("seed", {"seed": 6}),
    ("no seed", {"seed": None}),
    ("api_base", {"api_base": "http://localhost:11434"}),
    ("option value", {"options": {"drift_rate": 0.5}}),
    ("extra option", {"options": {"drift_rate": 0.0, "top_p": 0.9}}),
]


@pytest.mark.parametrize("changes", [c for _, c in CHANGES], ids=[n for n, _ in CHANGES])
def test_the_key_changes_with_every_parameter_that_changes_the_answer(changes: dict[str, Any]) -> None:
    """A request differing in any of these is a miss."""
    inner = Counting()
    model = CachedModel(inner, CallCache())
    call(model)
    assert call_key(request(**changes)) != call_key(request())
    call(model, request(**changes))
    assert inner.calls == 2 and model.hits == 0


def test_the_key_ignores_context_and_is_canonical() -> None:
    """Engine context, option order and 1 versus 1.0 do not change the key."""
    inner = Counting()
    model = CachedModel(inner, CallCache())
    call(model)
    call(model, request(context={"card": None, "history": ["anything"]}))
    assert inner.calls == 1 and model.hits == 1
    assert call_key(request(options={"a": 1, "b": 2})) == call_key(request(options={"b": 2, "a": 1}))
    assert call_key(request(temperature=1)) == call_key(request(temperature=1.0))


@settings(max_examples=60)
@given(a=st.tuples(st.sampled_from(["m1", "m2"]), st.lists(st.sampled_from(["hi", "yo", ""]), min_size=1, max_size=3),
                   st.sampled_from([0.0, 0.7]), st.integers(1, 3), st.one_of(st.none(), st.integers(0, 2)),
                   st.dictionaries(st.sampled_from("xy"), st.integers(0, 1), max_size=2)),
       b=st.tuples(st.sampled_from(["m1", "m2"]), st.lists(st.sampled_from(["hi", "yo", ""]), min_size=1, max_size=3),
                   st.sampled_from([0.0, 0.7]), st.integers(1, 3), st.one_of(st.none(), st.integers(0, 2)),
                   st.dictionaries(st.sampled_from("xy"), st.integers(0, 1), max_size=2)))
def test_keys_are_equal_exactly_when_the_requests_are(a: tuple, b: tuple) -> None:  # type: ignore[type-arg]
    """Over generated requests: same key if and only if the same request (context aside)."""
    def make(t: tuple, ctx: int) -> ChatRequest:  # type: ignore[type-arg]
        name, texts, temperature, max_tokens, seed, options = t
        return ChatRequest(model=name, messages=tuple(Message("user", x) for x in texts), temperature=temperature,
                           max_tokens=max_tokens, seed=seed, options=options, context={"n": ctx})

    assert (call_key(make(a, 1)) == call_key(make(b, 2))) == (make(a, 1) == make(b, 2))


def test_replay_answers_from_the_cache_and_raises_on_a_miss() -> None:
    """Replay never calls the inner model; a miss is a CacheMissError, which is a ModelError."""
    cache = CallCache()
    call(CachedModel(Counting(), cache))
    inner = Counting()
    replaying = CachedModel(inner, cache, replay=True)
    assert call(replaying).text == "answer 1"
    with pytest.raises(CacheMissError, match="replay mode") as caught:
        call(replaying, request(seed=99))
    assert isinstance(caught.value, ModelError) and caught.value.key == call_key(request(seed=99))
    assert inner.calls == 0 and (replaying.hits, replaying.misses) == (1, 1)


def test_the_cache_persists_across_reopening(tmp_path: Path) -> None:
    """A file cache (WAL) answers after it is closed and opened again."""
    path = tmp_path / "calls.sqlite"
    with CallCache(path) as cache:
        assert cache.journal_mode == "wal"
        first = call(CachedModel(Counting(), cache))
    inner = Counting()
    with CallCache(path) as cache:
        again = call(CachedModel(inner, cache, replay=True))
        assert len(cache) == 1
    assert inner.calls == 0 and again.text == first.text and again.cached


def test_failures_are_not_cached() -> None:
    """A failed call stores nothing; the next identical call goes to the model again."""
    inner = Counting(error=ServerError("down", model="counting"))
    model = CachedModel(inner, CallCache())
    for _ in range(2):
        with pytest.raises(ServerError):
            call(model)
    assert inner.calls == 2 and len(model.cache) == 0


def test_values_that_cannot_be_cached_fail_loudly() -> None:
    """Metadata or options that are not JSON raise; nothing is dropped silently."""
    with pytest.raises(ModelError, match="metadata cannot be cached"):
        call(CachedModel(Counting(metadata={"x": object()}), CallCache()))
    with pytest.raises(InputError, match="JSON values"):
        call_key(request(options={"x": object()}))


def test_files_that_are_not_caches_are_refused(tmp_path: Path) -> None:
    """Another SQLite database, or not a database at all: InputError naming the file."""
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a call cache"):
        CallCache(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not sqlite at all, not at all, not at all, not at all, not at all, not at all")
    with pytest.raises(InputError, match="junk.sqlite"):
        CallCache(junk)
    closed = CallCache()
    closed.close()
    closed.close()
    with pytest.raises(InputError, match="closed"):
        len(closed)


def test_a_cached_run_repeats_the_transcript_without_calling_the_model() -> None:
    """Through the engine's gateway: the second run is all hits and gives the same turns but for latency."""
    scenario = Scenario.model_validate({
        "id": "cached", "personas": [{"inline": {"name": "Maya", "facts": {"age": 34, "location": "Denver"}}},
                                     {"inline": {"name": "Tom", "facts": {"occupation": "chef"}}}],
        "sessions": {"count": 2, "turns": 3}, "model": {"name": "scripted", "options": {"drift_rate": 0.3}},
        "memory": {"mode": "window"}, "seed": 3})
    inner = Counting(ScriptedModel())
    model = CachedModel(inner, CallCache())
    first = asyncio.run(run_scenario(scenario, provider=lambda s: model))
    calls = inner.calls
    second = asyncio.run(run_scenario(scenario, provider=lambda s: model))
    assert calls == len(first.turns) == 6 and inner.calls == calls and model.hits == calls
    strip = lambda r: [t.model_dump(exclude={"latency_s"}) for t in r.turns]  # noqa: E731
    assert strip(first) == strip(second)
