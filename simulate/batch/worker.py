"""Run batch items: each is one conversation of a concrete scenario, through a shared gateway.

This is the part both executors share: the local executor runs it in-process, the Ray executor runs
it inside each worker for its shard of items. A finished item becomes one record (the
`simulate.batch-record/1` dict); an item stopped by the budget or a cancel becomes nothing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..checkers.findings import Finding
from ..checkers.run_checker import RunChecker
from ..exports.batch_records import batch_record
from ..gateway import Gateway, ProviderFactory
from ..memory.config import summarises_with_model
from ..models.budget import Budget
from ..run_setup import open_memory
from ..scheduler import ConversationResult, Scheduler
from ..turn import Turn
from .expand import BatchItem, ResolvedBatch

__all__ = ["BatchOptions", "ItemObserver", "SilentItems", "run_item", "run_items"]

class ItemObserver(Protocol):
    """Progress of a batch: turns, findings and finished items as they happen."""

    def turn_finished(self, turn: Turn) -> None:
        """A turn was generated."""

    def finding_found(self, finding: Finding) -> None:
        """A checker flagged a turn."""

    def item_finished(self, record: dict[str, Any]) -> None:
        """An item finished (done or failed) and its record is written."""


class SilentItems:
    """An observer that ignores everything."""

    def turn_finished(self, turn: Turn) -> None: ...
    def finding_found(self, finding: Finding) -> None: ...
    def item_finished(self, record: dict[str, Any]) -> None: ...


@dataclass
class BatchOptions:
    """How a batch runs, as `run_batch` and `resume_batch` were asked: shared by the local and Ray executors."""

    provider: ProviderFactory | None = None
    replay: bool = False
    executor: str = "local"
    ray_address: str | None = None
    concurrency: int | None = None
    observer: ItemObserver = field(default_factory=SilentItems)
    command: str | None = None


class _Forward:
    """The scheduler's observer: forwards turns and findings to the batch observer."""

    def __init__(self, inner: ItemObserver) -> None:
        self.inner = inner

    def session_started(self, *args: Any) -> None: ...

    def turn_finished(self, turn: Turn) -> None:
        self.inner.turn_finished(turn)

    def finding_found(self, finding: Finding) -> None:
        self.inner.finding_found(finding)

    def conversation_finished(self, result: ConversationResult) -> None: ...


async def run_item(batch: ResolvedBatch, item: BatchItem, gateway: Gateway, *, attempt: int = 1,
                   observer: ItemObserver | None = None, claims_cache: dict[Any, Any] | None = None) -> dict[str, Any]:
    """Run one item to its record. BudgetExhaustedError and cancellation propagate (no record).

    `claims_cache` shares the claims read from persona facts between items (the pool repeats)."""
    observer = observer or SilentItems()
    scenario = batch.scenario(item)
    turns: list[Turn] = []
    findings: list[Finding] = []
    opened = open_memory(scenario, gateway.model, where=":memory:")  # a batch item keeps no memory on disk
    memory_store, memory = opened if opened is not None else (None, None)
    clock = time.perf_counter()
    try:
        scheduler = Scheduler(scenario, gateway=gateway, emit=turns.append, observer=_Forward(observer),
                              memory_factory=memory, max_in_flight=1,
                              checker=RunChecker(scenario, claims_cache=claims_cache) if batch.spec.check else None,
                              emit_finding=findings.append, preferences=batch.spec.preferences)
        (result,) = await scheduler.run([0])
    finally:
        if memory_store is not None:
            memory_store.close()
    return batch_record(
        item=item.id, template=batch.templates[item.template].id, draw=item.draw, repeat=item.repeat,
        model=batch.models[item.model].key, seed=item.seed, conversation=result.id,
        status="done" if result.ok else "failed", error=result.error, attempt=attempt, personas=scenario.cards,
        turns=turns, findings=findings, usage=result.usage, memory=getattr(memory, "stats", None),
        wall_s=round(time.perf_counter() - clock, 4),
    )


def planned_calls(scenario: Any) -> int:
    """Model calls one conversation of `scenario` makes, about: turns, probe answers, session summaries."""
    answers = scenario.sessions.count * scenario.sessions.turns + sum(
        1 for p in scenario.probes for a in p.at if a.session < scenario.sessions.count)
    summaries = scenario.sessions.count * len(scenario.names) \
        if scenario.memory.mode == "full" and summarises_with_model(scenario.memory.summarise, scenario.model.name) \
        else 0
    return answers + summaries


def _admission(budget: Budget | None, batch: ResolvedBatch
               ) -> tuple[Callable[[int, BatchItem], str | None], Callable[[dict[str, Any]], None]]:
    """Budget admission control: a conversation starts only if what a conversation takes, times the
    conversations in flight plus this one, still fits in what is left, so at the end of a budget the
    conversations in flight can finish instead of all being cut off. What a conversation takes: the
    average of those finished so far; before any has finished, its planned calls times the tokens an
    answered call has taken so far (or its max_tokens plus 500 before any call). With nothing in flight
    a conversation always starts: the budget itself still stops every call that would not fit."""
    seen = {"n": 0, "tokens": 0, "cost": 0.0}
    plans: dict[int, tuple[int, int]] = {}

    def per_conversation(item: BatchItem) -> tuple[float, float]:
        assert budget is not None
        if seen["n"]:
            return seen["tokens"] / seen["n"], seen["cost"] / seen["n"]
        if item.template not in plans:
            scenario = batch.scenario(item)
            plans[item.template] = (planned_calls(scenario), scenario.model.max_tokens)
        calls, max_tokens = plans[item.template]
        per_call = budget.tokens_settled / budget.calls_settled if budget.calls_settled else max_tokens + 500
        tokens = calls * per_call
        return tokens, tokens * (budget.cost_per_token or 0.0)

    def admit(in_flight: int, item: BatchItem) -> str | None:
        if budget is None or not budget.limited or not in_flight:
            return None
        tokens, cost = per_conversation(item)
        if budget.max_tokens is not None and budget.tokens + tokens * (in_flight + 1) > budget.max_tokens:
            return (f"token budget nearly spent: {budget.tokens:,} of {budget.max_tokens:,} tokens used, and a "
                    f"conversation takes about {round(tokens):,}")
        if budget.max_cost_usd is not None and budget.cost_usd + cost * (in_flight + 1) > budget.max_cost_usd:
            return (f"cost budget nearly spent: ${budget.cost_usd:.4f} of ${budget.max_cost_usd:.4f} used, and a "
                    f"conversation costs about ${cost:.4f}")
        return None

    def finished(record: dict[str, Any]) -> None:
        usage = record["usage"]
        seen["n"] += 1
        seen["tokens"] += usage["prompt_tokens"] + usage["completion_tokens"]
        seen["cost"] += usage["cost_usd"] or 0.0

    return admit, finished


async def run_items(batch: ResolvedBatch, items: Iterable[BatchItem], gateway: Gateway, *,
                    concurrency: int, on_record: Callable[[dict[str, Any]], None],
                    attempts: dict[str, int] | None = None, observer: ItemObserver | None = None,
                    draining: Callable[[], bool] = lambda: False) -> str | None:
    """Run `items` with at most `concurrency` in flight, handing each record to `on_record` as it finishes.

    Returns None when every item ran, or why it stopped early: the budget message (the budget ran out,
    or what is left would not carry another conversation: see `_admission`), or "drained" when
    `draining()` turned true (no new item starts; the ones in flight finish).
    """
    from ..errors import BudgetExhaustedError

    observer = observer or SilentItems()
    attempts = attempts or {}
    queue = iter(items)
    stopped: list[str] = []
    admit, finished = _admission(gateway.budget, batch)
    in_flight = [0]
    claims_cache: dict[Any, Any] = {}

    held: list[BatchItem] = []  # an item taken from the queue but not admitted yet

    async def worker() -> None:
        while not stopped and not draining():
            item = held.pop() if held else next(queue, None)
            if item is None:
                return
            if admit(in_flight[0], item) is not None:
                held.append(item)
                await asyncio.sleep(0.05)  # wait for conversations in flight to finish and free the budget
                continue
            in_flight[0] += 1
            try:
                record = await run_item(batch, item, gateway, attempt=attempts.get(item.id, 0) + 1,
                                        observer=observer, claims_cache=claims_cache)
            except BudgetExhaustedError as exc:
                if not stopped:
                    stopped.append(str(exc))
                return
            finally:
                in_flight[0] -= 1
            on_record(record)
            finished(record)
            observer.item_finished(record)

    tasks = [asyncio.ensure_future(worker()) for _ in range(max(1, concurrency))]
    try:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            error = task.exception()
            if error is not None:
                raise error
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if stopped:
        return stopped[0]
    return "drained" if draining() and (held or next(queue, None) is not None) else None
