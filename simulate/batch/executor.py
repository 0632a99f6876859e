"""Run a batch into a batch folder, resume it after any stop, and summarise it.

A batch folder holds:
    manifest.json        spec id and fingerprint, status, budget spent, executor, package versions
    batch.json           the resolved batch (templates, persona pool, spec): resuming needs nothing else
    conversations.jsonl  one record per finished conversation, appended and flushed as each finishes
    calls.sqlite         the call cache (unless `cache: off` or a shared path)
    summary.json         per model and per template: conversations, turns, findings, tokens, cost

Nothing finished is lost: a record is one write of one line, a torn last line is cut off on resume,
and an item is run again only if it has no record (or, with `retry_failed`, a failed one). Items in
flight at a stop run again from the start on resume; with the call cache their finished calls are
answered from it, so they cost nothing twice.
"""

from __future__ import annotations

import asyncio
import importlib.util
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingExtraError, RunError
from ..gateway import Gateway, ProviderFactory, RateLimit
from ..models.budget import Budget
from ..redact import redact_mapping
from ..run_folder import MANIFEST, SUMMARY, RunFolder, new_run_id
from ..run_setup import end_manifest, new_manifest, resume_manifest
from .expand import BatchItem, ResolvedBatch, load_batch
from .spending import SPEND_LOG, SpendJournal, journal_totals
from .summary import batch_summary
from .worker import BatchOptions, ItemObserver, SilentItems, run_items

__all__ = ["BATCH", "RECORDS", "BatchResult", "check_batch", "latest_records", "resume_batch", "run_batch"]

BATCH = "batch.json"
RECORDS = "conversations.jsonl"
FORMAT = "simulate.batch-run/1"


@dataclass(repr=False)
class BatchResult:
    """What a batch run (or resume) ended with."""

    folder: Path
    manifest: dict[str, Any]
    summary: dict[str, Any]
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        """Every item ran and none failed."""
        return self.stopped is None and self.summary["conversations"]["failed"] == 0

    def __repr__(self) -> str:
        return f"BatchResult(folder={self.folder}, status={self.manifest.get('status')!r})"


def latest_records(folder: RunFolder) -> dict[str, dict[str, Any]]:
    """The last record of each item (a retried item has several; the last one counts)."""
    latest: dict[str, dict[str, Any]] = {}
    for record in folder.lines(RECORDS):
        latest[record["item"]] = record
    return latest


async def run_batch(batch: ResolvedBatch, *, out: str | Path = "outputs", provider: ProviderFactory | None = None,
                    replay: bool = False, executor: str = "local", ray_address: str | None = None,
                    concurrency: int | None = None, observer: ItemObserver | None = None,
                    command: str | None = None, max_tokens: int | None = None,
                    max_cost_usd: float | None = None, cache: str | Path | None = None) -> BatchResult:
    """Run every item of `batch` into a new batch folder under `out`.

    Args:
        batch: a resolved batch (`load_batch`).
        out: folder under which the batch folder is created.
        provider: builds the bare model for a ModelSettings (tests inject doubles here).
        replay: answer every call from the cache only (e.g. a finished batch's, via `cache`); a miss fails
            that conversation.
        cache: the call cache file, instead of the spec's `cache` setting (share one across batches).
        executor: "local" (this process) or "ray" (a Ray cluster; `ray_address`, default: a local one).
        concurrency: conversations in flight (default: the spec's).
        observer: progress (the CLI's display).
        command: the command line, for the manifest.
        max_tokens, max_cost_usd: override the spec's budget.

    Raises:
        InputError: a bad argument, model or memory setting, or a missing extra; raised before anything is written.
    """
    check_batch(batch, provider=provider, executor=executor, concurrency=concurrency)
    folder = RunFolder.create(Path(out), new_run_id(batch.spec.id))
    where = Path(cache) if cache is not None else batch.spec.cache_path(folder.path)
    if replay and (where is None or not where.is_file()):
        folder.path.rmdir()
        raise RunError("--replay answers only from a call cache: give the one of a finished batch with --cache "
                       "outputs/<batch-id>/calls.sqlite" if where is None or cache is None
                       else f"{where}: no call cache there to replay from")
    folder.write_json(BATCH, batch.data)
    manifest = new_manifest(
        FORMAT, command=command, batch_id=folder.path.name,
        spec={"id": batch.spec.id, "path": batch.source, "fingerprint": batch.fingerprint},
        items=len(batch.items()), seed=batch.spec.seed, cache=str(where) if where is not None else None,
        models=[redact_mapping(m.model_dump(mode="json", exclude_none=True)) for m in batch.models],
        budget={"max_tokens": max_tokens if max_tokens is not None else batch.spec.budget.max_tokens,
                "max_cost_usd": max_cost_usd if max_cost_usd is not None else batch.spec.budget.max_cost_usd,
                "tokens": 0, "cost_usd": 0.0},
        runs=[])
    options = BatchOptions(provider, replay, executor, ray_address, concurrency, observer or SilentItems(), command)
    with folder.lock("batch"):
        folder.write_json(MANIFEST, manifest)
        return await _execute(batch, folder, manifest, options, retry_failed=False)


async def resume_batch(run: str | Path, *, provider: ProviderFactory | None = None, retry_failed: bool = False,
                       replay: bool = False, executor: str = "local", ray_address: str | None = None,
                       concurrency: int | None = None, observer: ItemObserver | None = None,
                       command: str | None = None, max_tokens: int | None = None,
                       max_cost_usd: float | None = None, agents_dir: str | Path | None = None) -> BatchResult:
    """Finish a stopped batch: run the items without a record (and, with `retry_failed`, the failed ones).

    Raises:
        RunError: not a batch folder, the stored batch was edited, or the spec file now resolves to a
            different batch (the spec, a template or the persona source changed).
    """
    folder = RunFolder.open(run)
    manifest = folder.read_json(MANIFEST)
    if manifest.get("format") != FORMAT:
        raise RunError(f"{folder.path}: not a batch folder (use `simulate run --resume` for a scenario run)")
    with folder.lock("batch"):
        manifest = folder.read_json(MANIFEST)  # read again under the lock
        return await _resume(folder, manifest, provider=provider, retry_failed=retry_failed, replay=replay,
                             executor=executor, ray_address=ray_address, concurrency=concurrency, observer=observer,
                             command=command, max_tokens=max_tokens, max_cost_usd=max_cost_usd,
                             agents_dir=agents_dir)


async def _resume(folder: RunFolder, manifest: dict[str, Any], *, provider: ProviderFactory | None,
                  retry_failed: bool, replay: bool, executor: str, ray_address: str | None,
                  concurrency: int | None, observer: ItemObserver | None, command: str | None,
                  max_tokens: int | None, max_cost_usd: float | None,
                  agents_dir: str | Path | None) -> BatchResult:
    try:
        batch = ResolvedBatch.from_data(folder.read_json(BATCH), source=manifest["spec"].get("path"))
    except RunError:
        raise
    except Exception as exc:
        raise RunError(f"{folder.path / BATCH}: not a valid resolved batch ({exc})") from None
    if batch.fingerprint != manifest["spec"]["fingerprint"]:
        raise RunError(f"{folder.path / BATCH}: changed since the batch started; it cannot be resumed")
    source = manifest["spec"].get("path")
    if source and Path(source).is_file():
        current = load_batch(source, agents_dir=agents_dir)
        if current.fingerprint != batch.fingerprint:
            raise RunError(f"{source}: the batch spec (or a scenario or persona file it names) changed since "
                           f"{folder.path.name} started; resume refuses to mix two batches. Run it as a new batch, "
                           "or restore the files")
    if replay and not manifest.get("cache"):
        raise RunError(f"{folder.path}: this batch keeps no call cache, so it cannot be replayed")
    check_batch(batch, provider=provider, executor=executor, concurrency=concurrency)  # before the folder changes
    folder.repair((RECORDS,))
    if max_tokens is not None:
        manifest["budget"]["max_tokens"] = max_tokens
    if max_cost_usd is not None:
        manifest["budget"]["max_cost_usd"] = max_cost_usd
    resume_manifest(folder, manifest, command=command)
    options = BatchOptions(provider, replay, executor, ray_address, concurrency, observer or SilentItems(), command)
    return await _execute(batch, folder, manifest, options, retry_failed=retry_failed)


def check_batch(batch: ResolvedBatch, *, provider: ProviderFactory | None = None, executor: str = "local",
                concurrency: int | None = None) -> None:
    """Raise the InputError (a MissingExtraError included) that running `batch` would meet on its arguments,
    models or memory settings, before anything is written: each model is created for the first item of
    each template, and that item's memory settings are checked."""
    from ..memory.provider import check_memory

    if executor not in ("local", "ray"):
        raise InputError(f"executor must be 'local' or 'ray', got {executor!r}")
    if executor == "ray" and importlib.util.find_spec("ray") is None:
        raise MissingExtraError("ray", "ray", "the Ray executor")
    if concurrency is not None and (isinstance(concurrency, bool) or not isinstance(concurrency, int)
                                    or concurrency < 1):
        raise InputError(f"concurrency must be an integer of at least 1, got {concurrency!r}")
    gateway = Gateway(provider=provider)
    seen: set[tuple[int, int]] = set()
    for item in batch.items():
        if (item.template, item.model) in seen:
            continue
        seen.add((item.template, item.model))
        scenario = batch.scenario(item)
        for name in scenario.names:
            gateway.model(scenario.model.for_persona(name))
        check_memory(scenario)


def _gateway(batch: ResolvedBatch, where: str | None, options: BatchOptions, budget: Budget) -> tuple[Gateway, Any]:
    cache = None
    if where is not None:
        from ..models.cache import CallCache

        cache = CallCache(where)
    limits = {m.name: RateLimit(m.rpm, m.tpm) for m in batch.models if m.rpm or m.tpm}
    gateway = Gateway(provider=options.provider, cache=cache, replay=options.replay, budget=budget,
                      rate_limits=limits)
    return gateway, cache


class _Interrupts:
    """First Ctrl-C: drain (no new conversation starts; those in flight finish). Second: stop now."""

    def __init__(self, on_second: Callable[[], object], observer: ItemObserver) -> None:
        self.draining = False
        self.on_second = on_second
        self.observer = observer
        self.installed = False

    def __enter__(self) -> _Interrupts:
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGINT, self._hit)
            self.installed = True
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
            pass
        return self

    def _hit(self) -> None:
        if self.draining:
            self.on_second()
            return
        self.draining = True
        message = "Ctrl-C: finishing the conversations in flight, then stopping (Ctrl-C again stops now)"
        notice = getattr(self.observer, "notice", None)
        if notice is not None:
            notice(message)
        else:
            print(message, file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self.installed:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGINT)


async def _execute(batch: ResolvedBatch, folder: RunFolder, manifest: dict[str, Any], options: BatchOptions, *,
                   retry_failed: bool) -> BatchResult:
    latest = latest_records(folder)
    redo = {"failed"} if retry_failed else set()
    todo: list[BatchItem] = [i for i in batch.items() if i.id not in latest or latest[i.id]["status"] in redo]
    attempts = {item: record.get("attempt", 1) for item, record in latest.items()}
    spent = manifest["budget"]
    journal_path = folder.path / SPEND_LOG
    tokens, cost, unknown = journal_totals(journal_path)  # what every earlier run really spent, even a killed one
    journal = SpendJournal(journal_path)
    budget = Budget(max_tokens=spent["max_tokens"], max_cost_usd=spent["max_cost_usd"], tokens=tokens,
                    cost_usd=cost, cost_unknown_calls=unknown, journal=journal)
    gateway, cache = _gateway(batch, manifest.get("cache"), options, budget)
    session = {"started": datetime.now(timezone.utc).isoformat(), "items": len(todo), "executor": options.executor,
               "replay": options.replay, "retry_failed": retry_failed}
    manifest["runs"].append(session)
    folder.write_json(MANIFEST, manifest)
    concurrency = options.concurrency or batch.spec.concurrency
    status, stopped = "error", None
    clock = time.perf_counter()
    written = 0

    def on_record(record: dict[str, Any]) -> None:
        nonlocal written
        folder.append_line(RECORDS, record)
        written += 1

    try:
        if options.executor == "ray":
            from .ray_executor import run_items_ray

            second: list[bool] = []
            interrupts = _Interrupts(lambda: second.append(True), options.observer)
            with interrupts:
                stopped = await run_items_ray(batch, todo, cache=manifest.get("cache"), options=options,
                                              budget=budget, journal=str(journal_path), attempts=attempts,
                                              on_record=on_record, concurrency=concurrency,
                                              gateway_stats=gateway.stats, draining=lambda: interrupts.draining,
                                              stop_now=lambda: bool(second))
        else:
            interrupts = _Interrupts(lambda: task.cancel(), options.observer)
            with interrupts:
                task = asyncio.ensure_future(run_items(batch, todo, gateway, concurrency=concurrency,
                                                       on_record=on_record, attempts=attempts,
                                                       observer=options.observer,
                                                       draining=lambda: interrupts.draining))
                try:
                    stopped = await task
                except asyncio.CancelledError:
                    if not task.cancelled():
                        raise
                    stopped = "interrupted"
            if stopped == "drained":
                stopped = "interrupted"
        if stopped is None:
            status = "done"
        elif stopped == "interrupted":
            status = "interrupted"
        else:
            status = "budget"
    finally:
        folder.close()
        journal.close()
        if cache is not None:
            cache.close()
        wall = time.perf_counter() - clock
        tokens, cost, unknown = journal_totals(journal_path)  # Ray workers write there too
        spent.update(tokens=tokens, cost_usd=round(cost, 8), cost_unknown_calls=unknown, exhausted=budget.exhausted)
        summary = batch_summary(batch, latest_records(folder), gateway_stats=gateway.stats, budget=spent)
        if status == "done" and summary["conversations"]["failed"]:
            status = "failed"
        session.update(ended=datetime.now(timezone.utc).isoformat(), wall_s=round(wall, 3), written=written,
                       stopped=stopped, conversations_per_s=round(written / wall, 3) if wall > 0 else None)
        summary["last_run"] = session
        folder.write_json(SUMMARY, summary)
        end_manifest(folder, manifest, status)
    return BatchResult(folder.path, manifest, summary, stopped)
