"""Engine benchmarks; prints its figures. Run: `.venv/bin/python bench/scheduler.py [--skip-local]`.

1. Whole-engine turns per second on the scripted model, pinned to one core (target >= 5,000).
2. 500 concurrent two-persona conversations of 20 turns, model sleeping 200 ms per call, against
   the ideal 4 s (target within 1.15x).
3. The embedded model with prompt-prefix reuse against each prompt evaluated afresh, on the engine's
   requests for the first-run scenario (tokens per second before and after; outputs must be identical).
4. `simulate --help` wall time (target under 0.3 s).
5. One long scripted session (2,500, 5,000 and 10,000 turns, checkers and memory on): wall time and
   peak memory of a fresh process each, to show cost growing with the turns, not their square.
   `--long-only` runs just this one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simulate import Scenario, apply_overrides, load_scenario, run_scenario
from simulate.models.base import ChatRequest, ChatResponse
from simulate.models.scripted import ScriptedModel

ROOT = Path(__file__).resolve().parent.parent


def two_people(turns: int, conversations: int, model: str = "scripted", concurrency: int = 4) -> Scenario:
    """A two-persona, one-session scenario."""
    return Scenario.model_validate({
        "id": "bench",
        "personas": [
            {"inline": {"name": "Maya", "facts": {"age": 34, "occupation": "nurse", "location": "Denver",
                                                   "pets": [{"species": "dog", "name": "Max"}], "likes": ["hiking"]}}},
            {"inline": {"name": "Tom", "facts": {"age": 40, "occupation": "chef", "location": "Boston",
                                                  "likes": ["jazz"]}}},
        ],
        "sessions": {"count": 1, "turns": turns},
        "model": {"name": model, "concurrency": concurrency, "max_tokens": 32},
        "conversations": conversations,
    })


def without_memory(scenario: Scenario) -> Scenario:
    """The scenario with long-term memory switched off (the session window stays)."""
    return scenario.model_copy(update={"memory": scenario.memory.model_copy(update={"mode": "off"})})


def bench_throughput() -> None:
    """Turns per second, scripted model, one core, run folder written: the engine itself, then with the
    checkers, then with checkers and long-term memory (the defaults of `simulate run`)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    scenario = apply_overrides(load_scenario(ROOT / "scenarios" / "getting-to-know.yaml"), model="scripted",
                               conversations=250)
    configurations = [("engine (no checkers, no long-term memory)", without_memory(scenario), False),
                      ("+ rules checkers", without_memory(scenario), True),
                      ("+ checkers and memory (defaults)", scenario, True)]
    with tempfile.TemporaryDirectory() as out:
        for label, variant, check in configurations:
            rates = []
            for _ in range(3):
                started = time.perf_counter()
                result = asyncio.run(run_scenario(variant, out=out, check=check))
                rates.append(len(result.turns) / (time.perf_counter() - started))
            print(f"[1] scripted model, one core, {label}: {statistics.median(rates):,.0f} turns/s "
                  f"(median of 3 runs of {len(result.turns):,} turns, events written; target >= 5,000 for the engine)")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))


class Sleepy:
    """The scripted model behind a 200 ms sleep, like a hosted model's latency."""

    def __init__(self, delay: float) -> None:
        self.name = "scripted"
        self.delay = delay
        self.inner = ScriptedModel()

    async def complete(self, request: ChatRequest) -> ChatResponse:
        await asyncio.sleep(self.delay)
        return self.inner.answer(request)


def bench_concurrency() -> None:
    """500 conversations x 20 turns at 200 ms per call, all in flight."""
    base = two_people(turns=20, conversations=500, concurrency=10_000)
    for label, scenario, check in (("engine", without_memory(base), False),
                                   ("with checkers and memory", base, True)):
        started = time.perf_counter()
        result = asyncio.run(run_scenario(scenario, max_in_flight=500, provider=lambda s: Sleepy(0.2), check=check))
        wall = time.perf_counter() - started
        assert result.ok and len(result.turns) == 10_000
        print(f"[2] 500 concurrent conversations x 20 turns, 200 ms per call, {label}: {wall:.2f} s against the "
              f"ideal 4.00 s = {wall / 4:.3f}x (target <= 1.15x)")


def bench_local(turns: int) -> None:
    """The embedded model with prompt-prefix reuse against each prompt evaluated afresh (what every call did
    before), on the requests of the shipped first-run scenario. The two are timed call by call, in turn,
    so that a shared machine's changing load falls on both alike; every output must be identical."""
    import threading

    from simulate.models.local import EmbeddedModel, find_gguf

    seen: list[ChatRequest] = []

    class Recorder:
        name = "local/smollm2"

        async def complete(self, request: ChatRequest) -> ChatResponse:
            seen.append(request)
            return ScriptedModel().answer(request)

    scenario = apply_overrides(load_scenario(ROOT / "scenarios" / "first-run.yaml"), sessions=2, turns=turns)
    asyncio.run(run_scenario(scenario, provider=lambda s: Recorder()))  # the engine's requests, in order
    path = find_gguf("smollm2")
    threads = max(1, min(4, os.cpu_count() or 1))
    reuse, fresh = EmbeddedModel(path, threads), EmbeddedModel(path, threads, reuse_prefix=False)
    times = {"reuse": 0.0, "fresh": 0.0}
    texts: dict[str, list[str]] = {"reuse": [], "fresh": []}
    prompt = completion = 0
    for model in (reuse, fresh):  # warm up: weights paged in, one context each
        model.generate([{"role": "user", "content": "Hello"}], temperature=0.7, max_tokens=4, seed=0,
                       cancel=threading.Event())
    reuse.stats.update(calls=0, prompt_tokens=0, reused_tokens=0)
    for request in seen:
        for label, model in (("reuse", reuse), ("fresh", fresh)):
            started = time.perf_counter()
            raw = model.generate([m.as_dict() for m in request.messages], temperature=request.temperature,
                                 max_tokens=request.max_tokens, seed=request.seed, cancel=threading.Event(),
                                 stop=list(request.options.get("stop", [])), options=request.options)
            times[label] += time.perf_counter() - started
            texts[label].append(raw["choices"][0]["message"]["content"])
            if label == "reuse":
                prompt += raw["usage"]["prompt_tokens"]
                completion += raw["usage"]["completion_tokens"]
    same = texts["reuse"] == texts["fresh"]
    print(f"[3] embedded model, requests of the first-run scenario (2 sessions of {turns} turns: {len(seen)} calls, "
          f"{prompt} prompt and {completion} completion tokens, {reuse.stats['reused_tokens']} prompt tokens "
          f"reused): each prompt afresh {times['fresh']:.1f} s = {(prompt + completion) / times['fresh']:.0f} "
          f"tokens/s; with prefix reuse {times['reuse']:.1f} s = {(prompt + completion) / times['reuse']:.0f} "
          f"tokens/s ({times['fresh'] / times['reuse']:.2f}x); identical outputs: {same} "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def bench_help() -> None:
    """Wall time of `simulate --help`."""
    exe = Path(sys.executable).with_name("simulate")
    times = []
    for _ in range(10):
        started = time.perf_counter()
        subprocess.run([str(exe), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    print(f"[4] simulate --help: median {statistics.median(times) * 1000:.0f} ms over 10 runs (target < 300 ms)")


def _long_session(turns: int) -> None:
    """Child process of bench_long: run one session of `turns` turns, print wall time and peak RSS."""
    import resource

    scenario = apply_overrides(two_people(turns, 1), model_options={"drift_rate": 0.1})
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = asyncio.run(run_scenario(scenario, out=out))
        wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(result.turns)} {wall:.3f} {peak_mb:.1f}")


def bench_long() -> None:
    """One long session at three lengths, each in a fresh process (so peak memory is its own)."""
    previous: tuple[int, float] | None = None
    for turns in (2_500, 5_000, 10_000):
        done = subprocess.run([sys.executable, __file__, "--long-session", str(turns)], check=True,
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        count, wall, peak = done.stdout.split()[-3:]
        growth = f", {float(wall) / previous[1]:.2f}x the time of {previous[0]:,} turns" if previous else ""
        print(f"[5] one scripted session of {int(count):,} turns (checkers and memory on): {float(wall):.2f} s, "
              f"{int(count) / float(wall):,.0f} turns/s, peak RSS {float(peak):.0f} MB{growth}")
        previous = (int(count), float(wall))


def main() -> None:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-local", action="store_true", help="skip the embedded-model benchmark")
    parser.add_argument("--local-turns", type=int, default=8)
    parser.add_argument("--only-local", action="store_true", help="run only the embedded-model benchmark")
    parser.add_argument("--long-only", action="store_true", help="only the long-session benchmark")
    parser.add_argument("--long-session", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.long_session:
        _long_session(args.long_session)
        return
    if args.long_only:
        bench_long()
        return
    if not args.only_local:
        bench_throughput()
        bench_concurrency()
        bench_help()
        bench_long()
    if not args.skip_local:
        bench_local(args.local_turns)


if __name__ == "__main__":
    main()
