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


def test_a_tally_counts_its_block_only_and_can_start_from_turns_already_said() -> None:
    """Calls inside an inner block count in the inner tally; tally_turns counts model turns, not probe questions."""
    from simulate.models.recording import tally_calls, tally_turns
    from simulate.turn import Turn

    def said(index: int, kind: str, cost: float | None) -> Turn:
        return Turn(conversation="c", index=index, session=0, turn=index, speaker="A", text="x",
                    time="2026-01-05T18:00:00Z", kind=kind, model="m", prompt_tokens=10, completion_tokens=2,
                    cost_usd=cost)

    before = tally_turns([said(0, "turn", 0.5), said(1, "probe_question", None), said(2, "probe_answer", 0.25)])
    assert before.as_dict() == {"calls": 2, "prompt_tokens": 20, "completion_tokens": 4, "cost_usd": 0.75}
    model = RecordingModel(QueueModel([_answer(5, 1, 0.1), _answer(7, 3, 0.2)]))
    with tally_calls() as outer:
        _run(model, 1)
        with tally_calls(before) as inner:
            _run(model, 1)
    assert inner is before and inner.as_dict() == {"calls": 3, "prompt_tokens": 27, "completion_tokens": 7,
                                                   "cost_usd": 0.95}
    assert outer.as_dict() == {"calls": 1, "prompt_tokens": 5, "completion_tokens": 1, "cost_usd": 0.1}
    assert tally_turns([said(0, "turn", None)]).as_dict()["cost_usd"] is None
