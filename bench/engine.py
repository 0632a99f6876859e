"""Engine benchmarks; prints its figures. Run: `.venv/bin/python bench/engine.py [--skip-local]`.

1. Whole-engine turns per second on the scripted model, pinned to one core (target >= 5,000).
2. 500 concurrent two-persona conversations of 20 turns, model sleeping 200 ms per call, against
   the ideal 4 s (target within 1.15x).
3. The embedded model through the whole engine with prompt-prefix reuse, against the same requests
   each evaluated afresh (tokens per second before and after; outputs must be identical).
4. `simulate --help` wall time (target under 0.3 s).
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
    """The embedded model through the engine with prompt-prefix reuse, against the same requests each
    evaluated afresh (no reuse: what every call did before), on the shipped first-run scenario."""
    from simulate.models.local import EmbeddedModel, embedded_model, find_gguf
    from simulate.models.registry import create_provider

    seen: list[ChatRequest] = []

    class Spy:
        def __init__(self) -> None:
            self.inner = create_provider("local/smollm2")
            self.name = self.inner.name

        async def complete(self, request: ChatRequest) -> ChatResponse:
            seen.append(request)
            return await self.inner.complete(request)

    scenario = apply_overrides(load_scenario(ROOT / "scenarios" / "first-run.yaml"), sessions=1, turns=turns)
    model = embedded_model("smollm2")
    model.load()
    started = time.perf_counter()
    result = asyncio.run(run_scenario(scenario, provider=lambda s: Spy()))
    engine = time.perf_counter() - started
    engine_texts = [t.metadata.get("raw_text", t.text) for t in result.turns if t.kind != "probe_question"]
    completion = sum(t.completion_tokens for t in result.turns)
    prompt = sum(t.prompt_tokens for t in result.turns)
    reused = model.stats["reused_tokens"]
    fresh = EmbeddedModel(find_gguf("smollm2"), model.threads, reuse_prefix=False)
    fresh.load()
    started = time.perf_counter()
    texts = []
    import threading

    for request in seen:
        raw = fresh.generate([m.as_dict() for m in request.messages], temperature=request.temperature,
                             max_tokens=request.max_tokens, seed=request.seed, cancel=threading.Event(),
                             stop=list(request.options.get("stop", [])), options=request.options)
        texts.append(raw["choices"][0]["message"]["content"])
    bare = time.perf_counter() - started
    same = [t.strip() for t in texts] == [t.strip() for t in engine_texts]
    print(f"[3] embedded model, first-run scenario, 1 session of {turns} turns ({len(seen)} calls, {prompt} prompt "
          f"and {completion} completion tokens; {reused} prompt tokens reused): with prefix reuse {engine:.1f} s = "
          f"{(prompt + completion) / engine:.0f} tokens/s; each prompt afresh {bare:.1f} s = "
          f"{(prompt + completion) / bare:.0f} tokens/s; speed-up {bare / engine:.2f}x; identical outputs: {same} "
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


def main() -> None:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-local", action="store_true", help="skip the embedded-model benchmark")
    parser.add_argument("--local-turns", type=int, default=8)
    parser.add_argument("--only-local", action="store_true", help="run only the embedded-model benchmark")
    args = parser.parse_args()
    if not args.only_local:
        bench_throughput()
        bench_concurrency()
        bench_help()
    if not args.skip_local:
        bench_local(args.local_turns)


if __name__ == "__main__":
    main()
