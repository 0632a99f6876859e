"""Record tokens, cost, latency and failures of every call, per model."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..errors import ModelError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["CallTally", "ModelStats", "RecordingModel", "SaidTurn", "tally_calls", "tally_turns"]


@dataclass
class CallTally:
    """Calls and usage of everything run inside one `tally_calls()` block (turns, summaries, regenerations)."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0

    def add(self, response: ChatResponse) -> None:
        """Count one answered call (a cached answer counts as what it cost when it was made)."""
        self.add_call(response.usage.prompt_tokens, response.usage.completion_tokens, response.cost)

    def add_call(self, prompt_tokens: int, completion_tokens: int, cost_usd: float | None) -> None:
        """Count one call by its usage; an unknown cost makes the total unknown."""
        self.calls += 1
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        if cost_usd is None or self.cost_usd is None:
            self.cost_usd = None
        else:
            self.cost_usd += cost_usd

    def as_dict(self) -> dict[str, object]:
        """The `usage` of a batch record."""
        return {"calls": self.calls, "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "cost_usd": None if self.cost_usd is None else round(self.cost_usd, 10)}


class SaidTurn(Protocol):
    """What `tally_turns` reads of a turn (simulate.turn.Turn)."""

    @property
    def kind(self) -> str: ...
    @property
    def prompt_tokens(self) -> int: ...
    @property
    def completion_tokens(self) -> int: ...
    @property
    def cost_usd(self) -> float | None: ...


def tally_turns(turns: Iterable[SaidTurn]) -> CallTally:
    """The usage of turns already said, one call each but scripted probe questions (no model call): for
    turns whose calls were not tallied as they happened (a run resumed, a run folder that kept no tally)."""
    tally = CallTally()
    for turn in turns:
        if turn.kind != "probe_question":
            tally.add_call(turn.prompt_tokens, turn.completion_tokens, turn.cost_usd)
    return tally


_TALLY: ContextVar[CallTally | None] = ContextVar("simulate_call_tally", default=None)


@contextmanager
def tally_calls(start: CallTally | None = None) -> Iterator[CallTally]:
    """Count, in the returned tally (`start`, or a new one), every call answered through a RecordingModel
    inside the block, including in tasks started inside it (they inherit the context). An inner block
    counts its calls in its own tally only."""
    tally = start if start is not None else CallTally()
    token = _TALLY.set(tally)
    try:
        yield tally
    finally:
        _TALLY.reset(token)


@dataclass
class ModelStats:
    """Running totals for one model."""

    calls: int = 0
    failures: int = 0
    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    cost_known: bool = True
    latency_s: float = 0.0
    cached: int = 0
    reasked: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """A plain dict for manifests and summaries."""
        return {
            "calls": self.calls,
            "failures": self.failures,
            "attempts": self.attempts,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": round(self.cost, 8) if self.cost_known else None,
            "latency_s": round(self.latency_s, 6),
            "cached": self.cached,
            "reasked": self.reasked,
            "errors": dict(sorted(self.errors.items())),
        }


class RecordingModel:
    """Measure each call's wall time and add its usage to `stats`."""

    def __init__(self, inner: ChatModel, *, stats: ModelStats | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.stats = stats if stats is not None else ModelStats()

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call, timing it and counting its usage or its failure."""
        started = time.perf_counter()
        stats = self.stats
        stats.calls += 1
        try:
            response = await self.inner.complete(request)
        except ModelError as error:
            stats.failures += 1
            stats.attempts += getattr(error, "attempts", 1)
            kind = type(getattr(error, "last_error", error)).__name__
            stats.errors[kind] = stats.errors.get(kind, 0) + 1
            stats.latency_s += time.perf_counter() - started
            raise
        latency = time.perf_counter() - started
        tally = _TALLY.get()
        if tally is not None:
            tally.add(response)
        stats.reasked += int(bool(response.metadata.get("reasked"))) if response.metadata else 0
        if response.cached:
            stats.cached += 1
        else:
            stats.attempts += response.attempts
        stats.prompt_tokens += response.usage.prompt_tokens
        stats.completion_tokens += response.usage.completion_tokens
        if response.cost is None:
            stats.cost_known = False
        else:
            stats.cost += response.cost
        stats.latency_s += latency
        return replace(response, latency_s=latency)
