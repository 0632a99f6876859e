"""Batch benchmarks; prints its figures. Run: `.venv/bin/python bench/batch.py [--quick]`.

A batch of N conversations (default 2,000) of one two-persona template (scenarios/getting-to-know.yaml
cut to 2 sessions x 4 turns) with personas drawn from agents/, on the scripted model sleeping 200 ms
per call (a hosted model's latency), through the whole batch path: `run_batch` with the gateway (call
cache in the batch folder, budget, retry, concurrency limit, recording), the rules checkers, memory as
the template says, and one record per conversation appended to conversations.jsonl.

1. Throughput: conversations per second and turns per second, with the wall time.
2. In-flight efficiency: measured wall time against the ideal
       sequential model calls per conversation x latency x ceil(conversations / conversations in flight).
   Calls per conversation come from the run itself: the gateway's `calls_this_run` divided by the
   conversations (which counts the memory summaries), and the records (answer turns plus summary
   rounds: a session's summaries, one per persona, run side by side, so they add one call of
   latency per session, not one per persona). Both ratios are printed.
3. Peak memory per 1,000 conversations in flight: (peak RSS - RSS before the run) / in flight x 1,000,
   VmRSS sampled from /proc/self/status every 20 ms (and VmHWM, reset before the run), with 1,000 and
   with 2,000 conversations in flight (the whole batch at once).

Each configuration runs in a fresh Python process, so each has its own RSS baseline and peak:
defaults (checkers and full memory), long-term memory off (a copy of the template with
`memory: {mode: window}`), checkers off (`check: false`), and both off (`memory: {mode: off}`, no
checkers), so the table shows what each layer costs. Batch folders go to a temporary folder that is
deleted at the end. `--profile` prints where the CPU time of the defaults run goes (cProfile).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import orjson
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "scenarios" / "getting-to-know.yaml"
AGENTS = ROOT / "agents"
MARK = "BENCH-RESULT "

# label, memory mode of the template, checkers on
CONFIGURATIONS: list[tuple[str, str, bool]] = [
    ("defaults (checkers + full memory)", "full", True),
    ("long-term memory off (window)", "window", True),
    ("checkers off", "full", False),
    ("both off (memory off, no checkers)", "off", False),
]


# -- building the batch --------------------------------------------------------------------------


def template_copy(folder: Path, mode: str) -> Path:
    """The template scenario with `memory: {mode: ...}`, its persona cards referenced by absolute path."""
    data = yaml.safe_load(TEMPLATE.read_text())
    for entry in data["personas"]:
        if "card" in entry and "/" not in entry["card"] and not entry["card"].endswith((".yaml", ".yml")):
            entry["card"] = str(AGENTS / f"{entry['card']}.yaml")
    data["memory"] = {**(data.get("memory") or {}), "mode": mode}
    path = folder / f"{TEMPLATE.stem}-{mode}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def write_spec(folder: Path, *, conversations: int, latency: float, concurrency: int, memory: str, check: bool,
               sessions: int, turns: int) -> Path:
    """A batch spec of `conversations` items (draws x repeats) on the scripted model with `latency` per call."""
    template = TEMPLATE if memory == "full" else template_copy(folder, memory)
    repeats = next(r for r in (10, 5, 4, 2, 1) if conversations % r == 0)
    spec = f"""\
id: bench-batch
scenarios:
  - path: {template}
    sessions: {sessions}
    turns: {turns}
personas:
  source: agents
  path: {AGENTS}
draws: {conversations // repeats}
repeats: {repeats}
models:
  - name: scripted
    concurrency: 10000
    options: {{latency_s: {latency}}}
seed: 1
concurrency: {concurrency}
check: {str(check).lower()}
"""
    path = folder / "batch.yaml"
    path.write_text(spec)
    return path


# -- measuring one configuration (in a child process) --------------------------------------------


def _status(field: str) -> int | None:
    """A /proc/self/status field in bytes (VmRSS, VmHWM), or None off Linux."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _rss() -> int:
    rss = _status("VmRSS")
    if rss is not None:
        return rss
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False when not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


class Sampler:
    """Samples RSS in a background thread; keeps the peak while conversations run and the overall peak."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.running = True  # cleared when the last conversation finishes (the summary is read after)
        self.peak_running = 0
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        rss = _rss()
        self.peak = max(self.peak, rss)
        if self.running:
            self.peak_running = max(self.peak_running, rss)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


class Finished:
    """A batch observer that counts finished conversations and stops the sampler's in-flight window."""

    def __init__(self, total: int, sampler: Sampler) -> None:
        self.total = total
        self.sampler = sampler
        self.count = 0

    def turn_finished(self, turn: Any) -> None: ...
    def finding_found(self, finding: Any) -> None: ...

    def item_finished(self, record: dict[str, Any]) -> None:
        self.count += 1
        if self.count >= self.total:
            self.sampler.sample()
            self.sampler.running = False


def measure(job: dict[str, Any]) -> dict[str, Any]:
    """Run one configuration's batch and return its figures."""
    import gc

    from simulate.batch import load_batch, run_batch

    folder = Path(job["folder"])
    folder.mkdir(parents=True)
    spec = write_spec(folder, conversations=job["conversations"], latency=job["latency"],
                      concurrency=job["concurrency"], memory=job["memory"], check=job["check"],
                      sessions=job["sessions"], turns=job["turns"])
    batch = load_batch(spec)
    items = len(batch.items())
    in_flight = min(job["concurrency"], items)
    gc.collect()
    hwm_reset = _reset_peak()
    baseline = _rss()
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    profiler = None
    if job.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
    with Sampler() as sampler:
        observer = Finished(items, sampler)
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        result = asyncio.run(run_batch(batch, out=folder / "out", observer=observer,
                                       executor=job.get("executor", "local")))
        if profiler is not None:
            profiler.disable()
        wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    hwm = _status("VmHWM") if hwm_reset else None
    peak = max(sampler.peak, hwm or 0)
    summary = result.summary
    conversations = summary["conversations"]["finished"]
    calls = sum(s["calls"] for s in summary["calls_this_run"].values())
    cached = sum(s["cached"] for s in summary["calls_this_run"].values())
    answers = summaries = rounds = 0
    for line in (result.folder / "conversations.jsonl").read_bytes().splitlines():
        record = orjson.loads(line)
        answers += sum(1 for t in record["turns"] if t.get("kind") != "probe_question")
        memory = record.get("memory") or {}  # a summary the model was asked for: usable, or a fallback
        made = (memory.get("model", 0) + memory.get("fallbacks", 0)
                - memory.get("fallback_reasons", {}).get("no_model", 0))
        summaries += made
        rounds += math.ceil(made / max(1, len(record["personas"])))
    if profiler is not None:
        import pstats

        for order in ("tottime", "cumulative"):
            print(f"\n--- cProfile of the run, top 30 by {order} ---", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats(order).print_stats(30)
    return {
        "label": job["label"], "items": items, "conversations": conversations,
        "done": summary["conversations"]["done"], "failed": summary["conversations"]["failed"],
        "status": result.manifest["status"], "turns": summary["overall"]["turns"],
        "findings": summary["overall"]["findings"], "wall_s": wall, "executor_wall_s": summary["last_run"]["wall_s"],
        "cpu_s": (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime),
        "in_flight": in_flight, "calls": calls, "cached": cached, "answers": answers, "summaries": summaries,
        "summary_rounds": rounds, "baseline": baseline, "peak_running": sampler.peak_running,
        "peak": peak, "hwm_reset": hwm_reset,
    }


# -- the parent: one child per configuration, then the table -------------------------------------


def run_child(job: dict[str, Any]) -> dict[str, Any]:
    """Measure `job` in a fresh interpreter (own RSS baseline and peak)."""
    process = subprocess.run([sys.executable, __file__, "--child", json.dumps(job)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT)
    lines = [line for line in process.stdout.splitlines() if line.startswith(MARK)]
    if process.returncode != 0 or not lines:
        raise SystemExit(f"{job['label']}: the benchmark child failed (exit {process.returncode})\n{process.stdout}")
    return json.loads(lines[-1][len(MARK):])


def report(rows: list[dict[str, Any]], latency: float) -> None:
    """Print the figures as a compact table, then one line per configuration on calls and memory."""
    mb = 1024 * 1024
    print(f"{'configuration':<36} {'in flight':>9} {'wall s':>7} {'conv/s':>7} {'turns/s':>8} {'CPU %':>6} "
          f"{'calls/conv':>10} {'seq/conv':>8} {'ideal s':>7} {'x ideal':>7} {'x calls':>7} {'RSS+ MB':>8} "
          f"{'MB/1k':>6}")
    for r in rows:
        n = max(1, r["conversations"])
        waves = math.ceil(r["conversations"] / r["in_flight"])
        calls_per = r["calls"] / n
        sequential = (r["answers"] + r["summary_rounds"]) / n
        ideal_seq = sequential * latency * waves
        ideal_calls = calls_per * latency * waves
        grown = r["peak_running"] - r["baseline"]
        print(f"{r['label']:<36} {r['in_flight']:>9,} {r['wall_s']:>7.1f} {r['conversations'] / r['wall_s']:>7.1f} "
              f"{r['turns'] / r['wall_s']:>8,.0f} {100 * r['cpu_s'] / r['wall_s']:>5.0f}% {calls_per:>10.2f} "
              f"{sequential:>8.2f} {ideal_seq:>7.2f} {r['wall_s'] / ideal_seq if ideal_seq else 0:>7.2f} "
              f"{r['wall_s'] / ideal_calls if ideal_calls else 0:>7.2f} {grown / mb:>8.0f} "
              f"{grown / r['in_flight'] * 1000 / mb:>6.0f}")
    print()
    for r in rows:
        n = max(1, r["conversations"])
        print(f"  {r['label']} @ {r['in_flight']:,}: {r['conversations']:,} conversations ({r['done']:,} done, "
              f"{r['failed']:,} failed, status {r['status']}), {r['turns']:,} turns, {r['findings']:,} findings; "
              f"calls {r['calls']:,} ({r['cached']:,} cached) = {r['answers'] / n:.2f} answers + "
              f"{r['summaries'] / n:.2f} summaries per conversation in {r['summary_rounds'] / n:.2f} rounds; "
              f"CPU {r['cpu_s']:.1f} s = {1000 * r['cpu_s'] / max(1, r['turns']):.2f} ms/turn; "
              f"RSS {r['baseline'] / mb:.0f} MB before, {r['peak_running'] / mb:.0f} MB peak in flight, "
              f"{r['peak'] / mb:.0f} MB peak overall (with the summary)")
    print("\n  x ideal: wall / (sequential calls per conversation x latency x waves), a session's summaries "
          "counting once;\n  x calls: wall / (gateway calls per conversation x latency x waves), every call "
          "counted as sequential;\n  RSS+ MB: peak RSS while conversations run - RSS before; MB/1k: RSS+ MB / in "
          "flight x 1,000;\n  "
          "CPU %: CPU time / wall (one core is 100%).")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=2000, help="conversations in the batch")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the scripted model sleeps per call")
    parser.add_argument("--concurrency", type=int, default=1000, help="conversations in flight")
    parser.add_argument("--sessions", type=int, default=2, help="sessions per conversation")
    parser.add_argument("--turns", type=int, default=4, help="turns per session")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 conversations, 100 in flight")
    parser.add_argument("--only-defaults", action="store_true", help="skip the memory-off/checkers-off variants")
    parser.add_argument("--no-full-flight", action="store_true",
                        help="skip the run with the whole batch in flight (memory per 1,000 at 2,000)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the defaults run (slower)")
    parser.add_argument("--executor", choices=["local", "ray"], default="local",
                        help="ray: a local Ray instance, one worker per core (RSS and CPU figures are then the "
                             "driver's only)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(MARK + json.dumps(measure(json.loads(args.child))), flush=True)
        return
    if args.quick:
        args.conversations, args.concurrency = 200, min(args.concurrency, 100)
    configurations = CONFIGURATIONS[:1] if args.only_defaults else CONFIGURATIONS
    runs = [(label, memory, check, args.concurrency) for label, memory, check in configurations]
    if not args.no_full_flight and args.conversations > args.concurrency:
        label, memory, check = CONFIGURATIONS[0]
        runs.append((label, memory, check, args.conversations))
    print(f"batch of {args.conversations:,} conversations ({args.sessions} sessions x {args.turns} turns, "
          f"two personas), scripted model sleeping {args.latency * 1000:.0f} ms per call, through run_batch; "
          f"{os.cpu_count()} CPUs\n", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        for i, (label, memory, check, concurrency) in enumerate(runs):
            job = {"label": label, "folder": str(Path(tmp) / f"run{i}"), "conversations": args.conversations,
                   "latency": args.latency, "concurrency": concurrency, "memory": memory, "check": check,
                   "sessions": args.sessions, "turns": args.turns, "profile": args.profile and i == 0,
                   "executor": args.executor}
            rows.append(run_child(job))
            r = rows[-1]
            print(f"  ran {label} @ {r['in_flight']:,} in flight: {r['wall_s']:.1f} s", flush=True)
    print()
    report(rows, args.latency)


if __name__ == "__main__":
    main()
