"""How many session summaries a model writes that the engine keeps; prints its figures.

Run: `.venv/bin/python bench/summaries.py RUN [--model local/smollm2]`. For every session of every
conversation of a finished run and every persona in it, the model is asked for its note exactly as
`memory.summarise: true` would ask (same request, same seed), and the note is judged as the engine
judges it. The share kept is what decides `memory.summarise: auto` for that model.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter

from simulate.exports import read_records
from simulate.memory.episodic import clean_summary, judge_summary, summary_request
from simulate.memory.semantic import hearers_of
from simulate.models.registry import create_provider
from simulate.models.settings import ModelSettings
from simulate.seeds import derive_seed
from simulate.turn import Turn

MAX_TOKENS = 120  # MemoryConfig.summary_max_tokens


async def measure(run: str, model_name: str) -> None:
    """Ask for every note and count the verdicts."""
    model = create_provider(model_name)
    settings = ModelSettings(name=model_name, temperature=0.7, max_tokens=MAX_TOKENS)
    verdicts: Counter[str] = Counter()
    started = time.perf_counter()
    for record in read_records(run):
        turns = [Turn.model_validate(t) for t in record["turns"]]
        names = list(record["personas"])
        for session in sorted({t.session for t in turns}):
            in_session = [t for t in turns if t.session == session]
            for agent in names:
                mine = [t for t in in_session if t.speaker == agent or agent in hearers_of(t, names, "everyone")]
                if not mine:
                    continue
                request = summary_request(agent, mine, settings=settings, topic=None, max_tokens=MAX_TOKENS,
                                          seed=derive_seed(record["seed"], record["conversation"], session, agent,
                                                           "memory-summary"))
                text = clean_summary((await model.complete(request)).text)
                verdicts[judge_summary(text, request=request, max_tokens=MAX_TOKENS) or "kept"] += 1
    total = sum(verdicts.values())
    print(f"{model_name}: {verdicts['kept']} of {total} session summaries kept "
          f"({100 * verdicts['kept'] / max(1, total):.0f}%); discarded: "
          f"{', '.join(f'{k} {n}' for k, n in sorted(verdicts.items()) if k != 'kept') or 'none'}; "
          f"{time.perf_counter() - started:.0f} s")


def main() -> None:
    """Parse arguments and measure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run", help="a finished run folder")
    parser.add_argument("--model", default="local/smollm2")
    args = parser.parse_args()
    asyncio.run(measure(args.run, args.model))


if __name__ == "__main__":
    main()
