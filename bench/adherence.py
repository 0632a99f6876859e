"""Adherence checking: findings on real text, and cost per turn; prints its figures.

Run: `.venv/bin/python bench/adherence.py [--length 10000]`.

1. Synthetic-Persona-Chat valid (speakers "User 1" / "User 2", so no name kind may fire): findings by
   kind, compared with the labels in bench/data/adherence_spc_valid.tsv (every finding read in context).
   Then the name kinds on real named talk: in the conversations where a speaker introduces themself
   ("Hi, I'm Sarah"), that speaker is renamed "Sarah Smith". With the right names every name finding
   is a false alarm (or a slip in the data); with the two names swapped, every "Hi Sarah" and
   "I'm Sarah" is a name error that the checker should report.
2. Cost: microseconds per turn around turn 100 and around the last turn of one long conversation of
   Synthetic-Persona-Chat lines (built-in lines without the data) spoken by two named personas, with
   some name slips and repeats mixed in so every pattern is exercised.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulate.checkers.adherence import AdherenceChecker  # noqa: E402
from simulate.checkers.conversation import TurnIn  # noqa: E402
from simulate.checkers.readers import read_spc_csv  # noqa: E402

SPC_VALID = Path(os.environ.get("SIMULATE_SHARED_DATA", ROOT.parent / "shared" / "data")) \
    / "synthetic_persona_chat" / "Synthetic-Persona-Chat_valid.csv"
LABELS = ROOT / "bench" / "data" / "adherence_spc_valid.tsv"
NAMES = ("Jasmine Alvarez", "Walter Pruitt")
EXTRA = ("Thanks, Walter! That sounds lovely.", "Walter thinks the soup kitchen needs more volunteers.",
         "Jasmine: I think so too!", "You're going to help me with the soup. " * 4,
         "Hi Jasmine, I'm Walter Pruitt, a retired gym teacher.")
FALLBACK = ("Hi! How was your week?", "I spent Saturday at the farm stand, it was busy.",
            "What do you like to cook when you have friends over?", "Mostly soups, I make a big pot on Sundays.",
            "That sounds lovely, I should try that some time.", "You should! It keeps for days.")


def lines() -> list[str]:
    if SPC_VALID.is_file():
        texts = [t.text for c in itertools.islice(read_spc_csv(SPC_VALID), 400) for t in c.turns]
    else:
        texts = list(FALLBACK) * 50
    for i, extra in enumerate(EXTRA):
        texts.insert(17 * (i + 1), extra)
    return texts


def bench(length: int, rounds: int = 3, span: int = 100) -> tuple[float, float, int]:
    """Mean us/turn over turns 100-199 and over the last `span` turns; each turn's time is its best of
    `rounds` runs of the whole conversation (so a busy machine's pauses are not counted)."""
    texts = lines()
    turns = [TurnIn(speaker=NAMES[i % 2], text=texts[i % len(texts)], session=i // 50) for i in range(length)]
    best = [float("inf")] * length
    found = 0
    for _ in range(rounds):
        checker = AdherenceChecker("bench", NAMES)
        found = 0
        for index, turn in enumerate(turns):
            started = time.perf_counter()
            found += len(checker.add(turn, index))
            best[index] = min(best[index], time.perf_counter() - started)
    early = best[100:100 + span] if length >= 100 + span else best[:span]
    late = best[-span:]
    return 1e6 * sum(early) / len(early), 1e6 * sum(late) / len(late), found


def bench_spc() -> None:
    if not SPC_VALID.is_file():
        print("[1] Synthetic-Persona-Chat valid: not present, skipped")
        return
    with open(LABELS, encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        labels = {(r["conversation"], int(r["turn"]), r["kind"]): r["label"] for r in rows}
    kinds: Counter[str] = Counter()
    read: Counter[str] = Counter()
    turns = 0
    for conversation in read_spc_csv(SPC_VALID):
        checker = AdherenceChecker(conversation.id, list(conversation.personas))
        for index, turn in enumerate(conversation.turns):
            turns += 1
            for finding in checker.add(turn, index):
                kinds[finding.kind] += 1
                read[labels.get((finding.conversation, finding.turn, finding.kind), "not yet read")] += 1
    total = sum(kinds.values())
    print(f"[1] Synthetic-Persona-Chat valid, {turns:,} turns: {total} findings "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'})")
    print(f"    read in context: {', '.join(f'{n} {k}' for k, n in sorted(read.items())) or 'nothing to read'}")


_SELF_INTRO = re.compile(r"\b(?:I'm|I am|[Mm]y name is)\s+([A-Z][a-z]+)\b(?![\w'])")
_NOT_A_NAME = frozenset("""Not So Sure Glad Good Great Doing Fine Sorry Also Just In On At From The A An Going
Still Really Always Very Pretty Okay Well Actually Into Currently Trying Thinking Looking Happy Excited
Interested Hoping Planning Working Studying Learning Retired Married Single Here There Ok Mostly Definitely
Certainly Too Quite All More Only Sad Tired Busy Lucky Proud Blessed Afraid Both Even Like""".split())


def bench_spc_named() -> None:
    """Name findings with each self-introduced speaker renamed: right names, then swapped names."""
    if not SPC_VALID.is_file():
        return
    for swap in (False, True):
        kinds: Counter[str] = Counter()
        conversations = turns = 0
        for conversation in read_spc_csv(SPC_VALID):
            named: dict[str, str] = {}
            for turn in conversation.turns:
                match = _SELF_INTRO.search(turn.text)
                if turn.speaker not in named and match and match.group(1) not in _NOT_A_NAME:
                    named[turn.speaker] = f"{match.group(1)} Smith"
            rename = {s: named.get(s, s) for s in ("User 1", "User 2")}
            if not named or rename["User 1"] == rename["User 2"]:
                continue
            if swap:
                rename = {"User 1": rename["User 2"], "User 2": rename["User 1"]}
            conversations += 1
            checker = AdherenceChecker(conversation.id, list(rename.values()))
            for index, turn in enumerate(conversation.turns):
                turns += 1
                found = checker.add(turn.model_copy(update={"speaker": rename[turn.speaker]}), index)
                kinds.update(f.kind for f in found if f.kind != "repetition")
        what = "names swapped (name errors everywhere)" if swap else "right names (none expected)"
        print(f"    self-introduced names, {what}: {conversations} conversations, {turns:,} turns: "
              f"{', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'no name finding'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=10_000)
    args = parser.parse_args()
    bench_spc()
    bench_spc_named()
    best_early, best_late, found = bench(args.length)
    source = "Synthetic-Persona-Chat valid" if SPC_VALID.is_file() else "built-in lines"
    print(f"[2] cost: one conversation of {args.length:,} turns ({source}; {found} findings):")
    print(f"  turns 100-199: {best_early:.1f} us/turn")
    print(f"  last 100 turns (to {args.length:,}): {best_late:.1f} us/turn")


if __name__ == "__main__":
    main()
