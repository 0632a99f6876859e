"""RecordingModel and ModelStats: calls, failures, tokens, cost and latency."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import ModelError, RetriesExhaustedError, ServerError
from simulate.models.base import ChatRequest, ChatResponse, Message, Usage
from simulate.models.recording import ModelStats, RecordingModel

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),))


class QueueModel:
    """Returns or raises the queued outcomes in order."""

    def __init__(self, outcomes: list[ChatResponse | ModelError], delay: float = 0.0) -> None:
        self.name = "queue"
        self.outcomes = list(outcomes)
        self.delay = delay

    async def complete(self, request: ChatRequest) -> ChatResponse:
        if self.delay:
            await asyncio.sleep(self.delay)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, ModelError):
            raise outcome
        return outcome


def _answer(prompt: int, completion: int, cost: float | None, attempts: int = 1) -> ChatResponse:
    return ChatResponse(text="ok", model="queue", usage=Usage(prompt, completion), cost=cost, attempts=attempts)


def _run(model: RecordingModel, n: int) -> list[ChatResponse | Exception]:
    async def go() -> list[ChatResponse | Exception]:
        out: list[ChatResponse | Exception] = []
        for _ in range(n):
            try:
                out.append(await model.complete(REQUEST))
            except ModelError as error:
                out.append(error)
        return out

    return asyncio.run(go())


def test_counts_calls_failures_tokens_and_cost() -> None:
    """Successes add tokens and cost; failures count by error type (the last error's for exhausted retries)."""
    exhausted = RetriesExhaustedError(ServerError("503"), attempts=4)
    model = RecordingModel(QueueModel([_answer(10, 3, 0.25), ServerError("x"), _answer(5, 2, 0.5, attempts=2),
                                       exhausted]))
    results = _run(model, 4)
    assert isinstance(results[1], ServerError) and results[3] is exhausted
    stats = model.stats.as_dict()
    assert stats["calls"] == 4
    assert stats["failures"] == 2
    assert stats["attempts"] == 1 + 1 + 2 + 4
    assert (stats["prompt_tokens"], stats["completion_tokens"]) == (15, 5)
    assert stats["cost_usd"] == pytest.approx(0.75)
    assert stats["errors"] == {"ServerError": 2}


def test_unknown_cost_makes_total_unknown() -> None:
    """One call with cost None makes cost_usd None even when others are priced."""
    model = RecordingModel(QueueModel([_answer(1, 1, 0.1), _answer(1, 1, None), _answer(1, 1, 0.2)]))
    _run(model, 3)
    assert model.stats.as_dict()["cost_usd"] is None
    assert model.stats.cost_known is False


def test_latency_recorded_on_response_and_stats() -> None:
    """The response carries its measured latency, and the stats add it up."""
    model = RecordingModel(QueueModel([_answer(1, 1, 0.0)], delay=0.02))
    (response,) = _run(model, 1)
    assert isinstance(response, ChatResponse)
    assert response.latency_s >= 0.015
    assert model.stats.latency_s == pytest.approx(response.latency_s)


def test_shared_stats_object_is_used() -> None:
    """A stats object passed in is the one updated."""
    stats = ModelStats()
    _run(RecordingModel(QueueModel([_answer(2, 3, 0.0)]), stats=stats), 1)
    assert (stats.calls, stats.prompt_tokens, stats.completion_tokens) == (1, 2, 3)
    assert stats.as_dict()["cost_usd"] == 0.0
