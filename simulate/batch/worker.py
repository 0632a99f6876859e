"""Run batch items: each is one conversation of a concrete scenario, through a shared gateway.

This is the part both executors share: the local executor runs it in-process, the Ray executor runs
it inside each worker for its shard of items. A finished item becomes one record (the
`simulate.batch-record/1` dict); an item stopped by the budget or a cancel becomes nothing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from ..checkers.findings import Finding
from ..checkers.live import RunChecker
from ..gateway import Gateway
from ..records import Turn
from ..scheduler import ConversationResult, Scheduler
from .expand import BatchItem, ResolvedBatch

__all__ = ["ItemObserver", "SilentItems", "run_item", "run_items"]

RECORD_FORMAT = "simulate.batch-record/1"


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
                   observer: ItemObserver | None = None) -> dict[str, Any]:
    """Run one item to its record. BudgetExhaustedError and cancellation propagate (no record)."""
    observer = observer or SilentItems()
    scenario = batch.scenario(item)
    turns: list[Turn] = []
    findings: list[Finding] = []
    memory_store = None
    memory = None
    if scenario.memory.mode != "off":
        from ..memory import MemoryStore, memory_factory

        memory_store = MemoryStore(":memory:")
        memory = memory_factory(scenario, store=memory_store, config=scenario.memory, model_for=gateway.model)
    clock = time.perf_counter()
    try:
        scheduler = Scheduler(scenario, gateway=gateway, emit=turns.append, observer=_Forward(observer),
                              memory_factory=memory, max_in_flight=1,
                              checker=RunChecker(scenario) if batch.spec.check else None,
                              emit_finding=findings.append, preferences=batch.spec.preferences)
        (result,) = await scheduler.run([0])
    finally:
        if memory_store is not None:
            memory_store.close()
    model = batch.models[item.model]
    usage = {"prompt_tokens": sum(t.prompt_tokens for t in turns),
             "completion_tokens": sum(t.completion_tokens for t in turns),
             "cost_usd": None if any(t.cost_usd is None for t in turns if t.kind != "probe_question")
             else round(sum(t.cost_usd or 0.0 for t in turns), 10)}
    return {
        "format": RECORD_FORMAT,
        "item": item.id,
        "template": batch.templates[item.template].id,
        "draw": item.draw,
        "repeat": item.repeat,
        "model": model.key,
        "seed": item.seed,
        "conversation": result.id,
        "status": "done" if result.ok else "failed",
        "error": result.error,
        "attempt": attempt,
        "personas": {card.name: card.model_dump(mode="json") for card in scenario.cards},
        "turns": [t.model_dump(mode="json") for t in turns],
        "findings": [f.record() for f in findings],
        "usage": usage,
        "memory": getattr(memory, "stats", None),
        "wall_s": round(time.perf_counter() - clock, 4),
    }


async def run_items(batch: ResolvedBatch, items: Iterable[BatchItem], gateway: Gateway, *,
                    concurrency: int, on_record: Callable[[dict[str, Any]], None],
                    attempts: dict[str, int] | None = None, observer: ItemObserver | None = None,
                    draining: Callable[[], bool] = lambda: False) -> str | None:
    """Run `items` with at most `concurrency` in flight, handing each record to `on_record` as it finishes.

    Returns None when every item ran, or why it stopped early: the budget message, or "drained"
    when `draining()` turned true (no new item starts; the ones in flight finish).
    """
    from ..errors import BudgetExhaustedError

    observer = observer or SilentItems()
    attempts = attempts or {}
    queue = iter(items)
    stopped: list[str] = []

    async def worker() -> None:
        while not stopped and not draining():
            item = next(queue, None)
            if item is None:
                return
            try:
                record = await run_item(batch, item, gateway, attempt=attempts.get(item.id, 0) + 1,
                                        observer=observer)
            except BudgetExhaustedError as exc:
                if not stopped:
                    stopped.append(str(exc))
                return
            on_record(record)
            observer.item_finished(record)

    tasks = [asyncio.ensure_future(worker()) for _ in range(max(1, concurrency))]
    try:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if stopped:
        return stopped[0]
    return "drained" if draining() and next(queue, None) is not None else None
