"""The Ray executor: the batch's items sharded across Ray workers, records streamed back as they finish.

Each worker runs `run_items` (the local executor's core) on its shard with its share of the
conversations in flight, its own gateway and its share of the remaining budget, and yields every
record the moment it finishes; the driver appends it to the batch folder at once, exactly as the
local executor does. So resume, retry and replay work the same way, and a deterministic model gives
the same records under both executors.

The call cache and the spending journal are files every worker opens: on one machine that just works;
on a multi-node cluster the batch folder (or at least `cache:`) must be on a shared filesystem. Each
worker gets an equal share of the rate limits, of the per-model concurrency and of the remaining budget.
"""

from __future__ import annotations

import asyncio
import math
import os
import queue
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..checkers.findings import Finding
from ..errors import MissingExtraError, RunError
from ..models.budget import Budget
from ..models.recording import ModelStats
from ..turn import Turn
from .expand import BatchItem, ResolvedBatch

if TYPE_CHECKING:
    from .worker import BatchOptions

__all__ = ["run_items_ray"]

_END = "__end__"


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingExtraError("ray", "ray", "the Ray executor") from None
    return ray


class _StopFlag:
    """A Ray actor the driver sets on the first Ctrl-C; every shard polls it and drains."""

    def __init__(self) -> None:
        self.stop = False

    def set(self) -> None:
        self.stop = True

    def get(self) -> bool:
        return self.stop


def _poll(flag: Any, stop: threading.Event, done: threading.Event, every: float = 0.25) -> None:
    import ray

    while not done.is_set():
        try:
            if ray.get(flag.get.remote()):
                stop.set()
                return
        except Exception:  # the driver is gone: stop starting conversations
            stop.set()
            return
        done.wait(every)


def _shard(batch_data: dict[str, Any], item_ids: list[str], attempts: dict[str, int], cache: str | None,
           replay: bool, max_tokens: float | None, max_cost: float | None, concurrency: int, shards: int,
           journal: str, provider: Any, flag: Any) -> Iterator[tuple[str, Any]]:
    """Run one shard in a Ray worker; yields ("record", record) as each finishes, then ("end", totals).

    The shard gets 1/`shards` of the batch's rate limits and per-model concurrency, so the cluster as a
    whole keeps them; its spending goes to the batch's journal file. When `flag` is set it drains: no
    new conversation starts, those in flight finish and are yielded."""
    from ..gateway import Gateway, RateLimit
    from ..models.cache import CallCache
    from .spending import SpendJournal
    from .worker import run_items

    batch = ResolvedBatch.from_data(batch_data)
    wanted = set(item_ids)
    items = [i for i in batch.items() if i.id in wanted]
    spend = SpendJournal(journal)
    budget = Budget(max_tokens=int(max_tokens) if max_tokens is not None else None, max_cost_usd=max_cost,
                    journal=spend)
    call_cache = CallCache(cache) if cache is not None else None
    limits = {m.name: RateLimit(m.rpm / shards if m.rpm else None, m.tpm / shards if m.tpm else None)
              for m in batch.models if m.rpm or m.tpm}
    gateway = Gateway(provider=provider, cache=call_cache, replay=replay, budget=budget, rate_limits=limits,
                      concurrency_share=1 / shards)
    out: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop, done = threading.Event(), threading.Event()
    poller = threading.Thread(target=_poll, args=(flag, stop, done), daemon=True)
    poller.start()

    def work() -> None:
        stopped: str | None = None
        error: str | None = None
        try:
            stopped = asyncio.run(run_items(batch, items, gateway, concurrency=concurrency, attempts=attempts,
                                            on_record=lambda record: out.put(("record", record)),
                                            draining=stop.is_set))
        except BaseException as exc:  # reported to the driver, which raises it there
            error = f"{type(exc).__name__}: {exc}"
        finally:
            done.set()
            spend.close()
            if call_cache is not None:
                call_cache.close()
        stats = {name: vars(s).copy() for name, s in gateway.stats.items()}
        out.put((_END, {"stopped": stopped, "error": error, "tokens": budget.tokens, "cost_usd": budget.cost_usd,
                        "exhausted": budget.exhausted, "stats": stats}))

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    while True:
        kind, payload = out.get()
        yield kind, payload
        if kind == _END:
            break
    thread.join()


def _share(limit: float | None, spent: float, shards: int) -> float | None:
    return None if limit is None else max(0.0, limit - spent) / shards


_HOW = ("Start one with `ray start --head` and pass --address auto (or the HOST:PORT it prints), or leave out "
        "--address to start a local Ray instance for this batch")


def check_address(address: str, *, timeout: float = 5.0) -> None:
    """Fail fast when `address` (HOST:PORT or ray://HOST:PORT) takes no connection; `auto` is left to Ray.

    Raises:
        RunError: nothing listens there, with how to start or name a cluster.
    """
    import socket

    target = address.removeprefix("ray://")
    host, sep, port = target.rpartition(":")
    if address in ("auto", "local") or not sep or not port.isdigit():
        return
    try:
        with socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout):
            return
    except OSError as exc:
        raise RunError(f"--address {address}: no Ray cluster could be reached there ({exc.strerror or exc}). "
                       + _HOW) from None


def _connect(ray: Any, address: str) -> None:
    """Join the Ray cluster at `address`; one that cannot be reached is a RunError saying how to start one."""
    check_address(address)
    try:
        ray.init(address=address, log_to_driver=False)
    except Exception as exc:  # Ray raises ConnectionError, TimeoutError or RuntimeError depending on where it fails
        raise RunError(
            f"--address {address}: no Ray cluster could be reached there ({type(exc).__name__}: {exc}). "
            + _HOW) from None


async def run_items_ray(batch: ResolvedBatch, items: list[BatchItem], *, cache: str | None, options: BatchOptions,
                        budget: Budget, journal: str, attempts: dict[str, int], on_record: Callable[[dict[str, Any]], None],
                        concurrency: int, gateway_stats: dict[str, ModelStats],
                        draining: Callable[[], bool] = lambda: False,
                        stop_now: Callable[[], bool] = lambda: False) -> str | None:
    """Run `items` on Ray; returns None, the budget message, or "interrupted" like `run_items`.

    `draining()` turning true (the first Ctrl-C) makes every shard drain; `stop_now()` (the second)
    cancels them."""
    ray = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        if options.ray_address:
            _connect(ray, options.ray_address)
        else:
            ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False)
    try:
        if not items:
            return None
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        shards = [items[k::workers] for k in range(workers) if items[k::workers]]
        remote = ray.remote(num_cpus=1)(_shard)
        data = ray.put(batch.data)
        per_shard = max(1, math.ceil(concurrency / len(shards)))
        tokens_left = _share(budget.max_tokens, budget.tokens, len(shards))
        cost_left = _share(budget.max_cost_usd, budget.cost_usd, len(shards))
        loop = asyncio.get_running_loop()
        observer = options.observer
        ends: list[dict[str, Any]] = []

        def deliver(record: dict[str, Any]) -> None:
            on_record(record)
            for turn in record["turns"]:  # the progress display counts turns and findings as locally
                observer.turn_finished(Turn.model_validate(turn))
            for finding in record["findings"]:
                observer.finding_found(Finding.model_validate(finding))
            observer.item_finished(record)

        flag = ray.remote(num_cpus=0)(_StopFlag).remote()
        generators = [remote.remote(data, [i.id for i in shard], attempts, cache, options.replay,
                                    tokens_left, cost_left, per_shard, len(shards), journal, options.provider, flag)
                      for shard in shards]
        cancelled: list[bool] = []

        def consume(generator: Any) -> None:
            try:
                for ref in generator:
                    kind, payload = ray.get(ref)
                    if kind == _END:
                        ends.append(payload)
                    else:
                        loop.call_soon_threadsafe(deliver, payload)
            except Exception:
                if not cancelled:
                    raise

        async def watch() -> None:  # first Ctrl-C: the shards drain; second: they are stopped at once
            while not draining():
                await asyncio.sleep(0.1)
            flag.set.remote()
            while not stop_now():
                await asyncio.sleep(0.1)
            cancelled.append(True)
            for generator in generators:
                ray.cancel(generator, force=True)

        watcher = asyncio.ensure_future(watch())
        try:
            await asyncio.gather(*(asyncio.to_thread(consume, g) for g in generators))
        finally:
            watcher.cancel()
        await asyncio.sleep(0)  # let the last deliveries run
        if cancelled or draining():
            return "interrupted"
        for end in ends:  # spending itself is in the journal every worker wrote to
            budget.exhausted = budget.exhausted or end["exhausted"]
            for name, values in end["stats"].items():
                stats = gateway_stats.setdefault(name, ModelStats())
                for key, value in values.items():
                    if key == "errors":
                        for kind, count in value.items():
                            stats.errors[kind] = stats.errors.get(kind, 0) + count
                    elif key == "cost_known":
                        stats.cost_known = stats.cost_known and value
                    else:
                        setattr(stats, key, getattr(stats, key) + value)
        errors = [e["error"] for e in ends if e["error"]]
        if errors:
            from ..errors import RunError

            raise RunError(f"a Ray worker failed: {errors[0]}")
        stops = [e["stopped"] for e in ends if e["stopped"]]
        return stops[0] if stops else None
    finally:
        if started_here:
            ray.shutdown()
