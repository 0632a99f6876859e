"""Is the embedded 135M model a PersonaScore judge? Prints its figures on a small sample.

Run: `PYTHONPATH=. .venv/bin/python bench/persona_score_judge.py [--n 6]` (needs the [local] extra; about 6
minutes on 2 busy cores: each verdict reads a ~670-token rubric prompt).

The sample: persona-consistency items (probe answers and ordinary turns) from a scripted run of
scenarios/neighbours.yaml with drift 0.3, whose reference score is known (2 when the turn contradicts
the card or an earlier turn, else 5: simulate/models/scripted_judge.py). The embedded model judges each
item with PersonaGym's rubric, with grammar-constrained JSON (the default for local models) and without;
printed: parse failures (first answer, and after the one re-ask), agreement with the reference (exact,
within 1 point, Pearson), the mean score it gives contradicting and consistent items, and how many
answers copy the reason placeholder of the answer format word for word.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulate import apply_overrides, load_scenario, run_scenario  # noqa: E402
from simulate.exports import read_records  # noqa: E402
from simulate.gateway import Gateway  # noqa: E402
from simulate.models.scripted_judge import known_score  # noqa: E402
from simulate.score.agreement import judge_agreement  # noqa: E402
from simulate.score.ensemble import Judges, parse_judge  # noqa: E402
from simulate.score.scored_items import score_items  # noqa: E402


def sample(n: int) -> list:
    scenario = load_scenario(ROOT / "scenarios" / "neighbours.yaml")
    scenario = apply_overrides(scenario, sessions=3, turns=6)
    scenario = scenario.model_copy(update={"model": scenario.model.model_copy(
        update={"name": "scripted", "options": {"drift_rate": 0.3}})})
    with tempfile.TemporaryDirectory() as out:
        result = asyncio.run(run_scenario(scenario, out=out))
        records = list(read_records(result.folder))
    items = [i for i in score_items(records, sample=2) if i.task == "persona_consistency"]
    low = [i for i in items if known_score(i.task, i.metadata) == 2]
    high = [i for i in items if known_score(i.task, i.metadata) == 5]
    half = n // 2
    return low[:half] + high[:n - min(half, len(low))]


async def judge(items: list, *, json_mode: bool) -> list[tuple[int | None, int, str]]:
    """(score or None, attempts, reason) per item, through the same Judges class `simulate score` uses."""
    spec = parse_judge("local/smollm2" if json_mode else "local/smollm2?json=false")
    judges = Judges([spec], Gateway(), timeout=900, concurrency=1)
    out = []
    for k, item in enumerate(items):
        [(_, answer)] = await judges.judge(item)
        out.append((answer.score, answer.attempts, answer.reason))
        print(f"  item {k + 1}/{len(items)}: reference {known_score(item.task, item.metadata)}, score {answer.score}, "
              f"attempts {answer.attempts}, reason {answer.reason[:80]!r}", flush=True)
    return out


def report(label: str, items: list, got: list[tuple[int | None, int, str]]) -> None:
    reference = [known_score(i.task, i.metadata) for i in items]
    first_fail = sum(1 for s, a, _ in got if a > 1 or s is None)
    final_fail = sum(1 for s, _, _ in got if s is None)
    pairs = [(r, s) for r, (s, _, _) in zip(reference, got) if s is not None]
    agree = judge_agreement(pairs)
    low = [s for r, (s, _, _) in zip(reference, got) if s is not None and r == 2]
    high = [s for r, (s, _, _) in zip(reference, got) if s is not None and r == 5]
    echoes = sum(1 for s, _, reason in got if s is not None and "one or two sentences" in reason)
    print(f"{label}: n={len(items)}; parse failures: first answer {first_fail}/{len(items)}, after the re-ask "
          f"{final_fail}/{len(items)} ({final_fail / len(items):.0%})")
    print(f"  against the reference: exact {agree['exact']}, within 1: {agree['within_1']}, "
          f"Pearson {agree['pearson']} (n={agree['n']})")
    print(f"  mean score on contradicting items {statistics.mean(low) if low else None} (n={len(low)}), "
          f"on consistent items {statistics.mean(high) if high else None} (n={len(high)}); "
          f"scores given: {sorted(s for s, _, _ in got if s is not None)}")
    print(f"  answers whose reason is the format's placeholder copied: {echoes}/{len(items)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=6, help="items in the sample (half contradicting)")
    args = parser.parse_args()
    items = sample(args.n)
    print(f"sample: {len(items)} persona-consistency items from a scripted run", flush=True)
    grammar = asyncio.run(judge(items, json_mode=True))
    report("local/smollm2, grammar-constrained JSON", items, grammar)
    free = asyncio.run(judge(items, json_mode=False))
    report("local/smollm2, free text", items, free)


if __name__ == "__main__":
    main()
