"""How many of the open claims read from real talk are read correctly; prints figures.

A fixed, seeded random sample of Synthetic-Persona-Chat VALIDATION turns (never test) that carry at least one
open claim (`extract_open_claims` on the turn's text, as `simulate check` reads a turn) was printed and read
by hand; each claim was judged `correct` (the speaker says that of themself) or `wrong` (a misreading), with
a short reason. The judgements are kept in `bench/data/claim_precision/spc_valid_sample.tsv` (see the
README there).

This script reads the sampled turns again with the current code and prints:

- `claims judged`: claims produced now that have a judgement (same turn, same claim as printed);
- `correct share`: the share of those judged correct;
- `wrong by reason`: the wrong ones still produced, counted by reason;
- `gone`: judged claims no longer produced (a wrong one gone is a fix; a correct one gone is a loss);
- `unjudged`: claims produced now that the file does not judge, listed so the file can be extended.

Usage:
  python bench/claim_precision.py                 # figures on the current code
  python bench/claim_precision.py --list          # also every judged claim still produced, with its label
  python bench/claim_precision.py --print-sample  # the sampled turns with their claims (for labelling)
  python bench/claim_precision.py --draw N --seed S  # another sample (print only; labels are not written)
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.datasets import shared_data_dir  # noqa: E402
from simulate.checkers.open_claims import OpenClaim, extract_open_claims  # noqa: E402
from simulate.checkers.readers import read_spc_csv  # noqa: E402

SPC_VALID = "synthetic_persona_chat/Synthetic-Persona-Chat_valid.csv"
LABELS = REPO / "bench" / "data" / "claim_precision" / "spc_valid_sample.tsv"
SAMPLE_SIZE = 150
SEED = 22
COLUMNS = ("turn", "sentence", "claim", "label", "reason")


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn of a conversation: its id (`<conversation>#<turn index>`) and its text."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Judgement:
    """One row of the labels file."""

    turn: str
    sentence: str
    claim: str
    label: str
    reason: str


def show(claim: OpenClaim) -> str:
    """A claim as one line: polarity, predicate, object, time and flags ("+ like | old man | present")."""
    flags = [name for name in ("ability", "never", "change", "activity", "exclusive", "not_yet") if getattr(claim, name)]
    if claim.quantity is not None:
        flags.append(f"n={claim.quantity}")
    if claim.qualifier:
        flags.append(f"when={claim.qualifier}")
    if claim.subject != "i":
        flags.append(claim.subject)
    sign = "+" if claim.polarity == "affirm" else "-"
    return f"{sign} {claim.predicate} | {claim.object} | {claim.time}" + (f" [{' '.join(flags)}]" if flags else "")


def spc_turns(path: Path) -> list[Turn]:
    """Every turn of the SPC file, in order."""
    return [Turn(f"{conversation.id}#{index}", turn.text)
            for conversation in read_spc_csv(path) for index, turn in enumerate(conversation.turns)]


def draw(turns: list[Turn], size: int, seed: int) -> list[Turn]:
    """A seeded random sample of the turns that carry at least one open claim, in file order."""
    carrying = [t for t in turns if extract_open_claims(t.text)]
    chosen = random.Random(seed).sample(range(len(carrying)), min(size, len(carrying)))
    return [carrying[i] for i in sorted(chosen)]


class LabelsError(ValueError):
    """A malformed labels file: the message names the file and line."""


def read_labels(path: Path) -> list[Judgement]:
    """The judgements file; a malformed row raises LabelsError naming its line."""
    out: list[Judgement] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise LabelsError(f"{path}:1: expected the header {' '.join(COLUMNS)} (tab-separated)")
        for number, row in enumerate(reader, start=2):
            if len(row) != len(COLUMNS) or row[3] not in ("correct", "wrong"):
                raise LabelsError(f"{path}:{number}: expected 5 tab-separated fields with label correct or wrong")
            out.append(Judgement(*row))
    return out


def sample_turns(judgements: list[Judgement], turns: list[Turn]) -> list[Turn]:
    """The turns the judgements are about (the sample as drawn), in file order."""
    wanted = {j.turn for j in judgements}
    return [t for t in turns if t.id in wanted]


def claims_now(turn: Turn) -> list[tuple[str, str]]:
    """(sentence, claim as printed) for every claim the current code reads from the turn (repeats once)."""
    seen: dict[tuple[str, str], None] = {}
    for claim in extract_open_claims(turn.text):
        seen.setdefault((" ".join(claim.text.split()), show(claim)), None)
    return list(seen)


def print_sample(turns: list[Turn]) -> None:
    """Each sampled turn with its claims, as rows ready to label."""
    for turn in turns:
        print(f"## {turn.id}: {turn.text}")
        for sentence, claim in claims_now(turn):
            print("\t".join((turn.id, sentence, claim, "", "")))


def report(judgements: list[Judgement], turns: list[Turn], listing: bool) -> None:
    """The figures on the current code."""
    judged = {(j.turn, j.claim): j for j in judgements}
    produced: list[tuple[str, str, str]] = [(t.id, s, c) for t in turns for s, c in claims_now(t)]
    hits = [judged[(tid, c)] for tid, _s, c in produced if (tid, c) in judged]
    unjudged = [(tid, s, c) for tid, s, c in produced if (tid, c) not in judged]
    now = {(tid, c) for tid, _s, c in produced}
    gone = [j for j in judgements if (j.turn, j.claim) not in now]
    correct = sum(j.label == "correct" for j in hits)
    total_wrong = sum(j.label == "wrong" for j in judgements)
    print(f"sample: {len(turns)} turns, {len(judgements)} judged claims "
          f"({len(judgements) - total_wrong} correct, {total_wrong} wrong) in {LABELS.relative_to(REPO)}")
    share = correct / len(hits) if hits else 0.0
    print(f"claims judged (still produced): {len(hits)}   correct share: {share:.3f} ({correct}/{len(hits)})")
    reasons = Counter(j.reason for j in hits if j.label == "wrong")
    print(f"wrong by reason ({sum(reasons.values())}):")
    for reason, count in reasons.most_common():
        print(f"  {count:3d}  {reason}")
    gone_wrong = [j for j in gone if j.label == "wrong"]
    gone_right = [j for j in gone if j.label == "correct"]
    print(f"gone: {len(gone_wrong)} wrong claims no longer produced, {len(gone_right)} correct claims lost")
    for j in gone_right:
        print(f"  LOST  {j.turn}  {j.claim}  <- {j.sentence}")
    print(f"unjudged (produced now, not in the file): {len(unjudged)}")
    for tid, sentence, claim in unjudged:
        print("\t".join(("  ", tid, sentence, claim)))
    if listing:
        for j in hits:
            print(f"  {j.label:7s} {j.turn}  {j.claim}  <- {j.sentence}" + (f"  ({j.reason})" if j.reason else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print-sample", action="store_true", help="print the sampled turns and their claims")
    parser.add_argument("--draw", type=int, default=0, help="draw and print a new sample of N turns")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--list", action="store_true", help="list every judged claim still produced")
    args = parser.parse_args(argv)
    path = shared_data_dir() / SPC_VALID
    if not path.is_file():
        print(f"{path}: not found (set SIMULATE_SHARED_DATA)", file=sys.stderr)
        return 2
    turns = spc_turns(path)
    if args.draw or not LABELS.is_file():
        print_sample(draw(turns, args.draw or SAMPLE_SIZE, args.seed))
        return 0
    try:
        judgements = read_labels(LABELS)
    except LabelsError as exc:
        print(exc, file=sys.stderr)
        return 2
    sampled = sample_turns(judgements, turns)
    if args.print_sample:
        print_sample(sampled)
        return 0
    report(judgements, sampled, args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
