"""CPU cost of one litellm call on this machine, and what it means for processes or Ray workers.

Run: `.venv/bin/python bench/litellm_overhead.py [--calls N]`.

Calls go through `LiteLLMModel` (our only litellm caller) with litellm's offline `mock_response`,
so no network is involved: what is measured is litellm's own request building, response parsing
and cost calculation, plus our wrapper, per call, in CPU seconds of this process. Hosted-model
latency is spent waiting, not computing, so this CPU time is what bounds calls per second per
process. The figure is printed with the processes (or Ray workers, one core each) a given rate needs.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import time

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from simulate.models.base import ChatRequest, Message  # noqa: E402
from simulate.models.litellm_model import LiteLLMModel  # noqa: E402


async def _calls(n: int, concurrency: int) -> None:
    model = LiteLLMModel("openai/gpt-4o-mini")
    prompt = (Message("system", "You are Maya, a 34-year-old nurse from Denver. " * 8),
              Message("user", "Tell me about your week."))
    slots = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with slots:
            await model.complete(ChatRequest(model="openai/gpt-4o-mini", messages=prompt, max_tokens=48, seed=i,
                                             options={"mock_response": "It was a long week at the clinic."}))

    await asyncio.gather(*(one(i) for i in range(n)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    asyncio.run(_calls(50, 8))  # warm up: imports, cost map, first-call caches
    cpu, wall = time.process_time(), time.perf_counter()
    asyncio.run(_calls(args.calls, args.concurrency))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    per_call_ms = 1000 * cpu / args.calls
    ceiling = 1000 / per_call_ms
    print(f"litellm via LiteLLMModel, mock_response, {args.calls} calls, {args.concurrency} in flight")
    print(f"  CPU per call      {per_call_ms:.2f} ms   (wall {1000 * wall / args.calls:.2f} ms per call)")
    print(f"  ceiling           {ceiling:.0f} calls/s per process (one core, CPU-bound)")
    print("  processes or Ray workers needed at 70% of that ceiling (headroom for checkers and memory):")
    for rate in (50, 100, 250, 500, 1000, 2000, 5000):
        print(f"    {rate:>5} calls/s -> {math.ceil(rate / (0.7 * ceiling))}")


if __name__ == "__main__":
    main()
