"""Open-vocabulary self-contradictions: score a checker on bench/data/open_contradictions; prints its figures.

Run: `.venv/bin/python bench/open_contradictions.py [dev|dev2|...|dev10|test|FILE] [--via api|cli]
[--checker rules|model|judge]`.

Each conversation holds two statements by one speaker, separated by filler talk; its label says whether the
later one contradicts the earlier one (explicit, or implied through one step of everyday knowledge) or not
(a consistent restatement, a compatible look-alike, a change over time, a hypothetical, the past).

- A flag is a distinct (speaker, turn) named by at least one finding (persona findings are ignored: the set
  has no persona facts).
- A flag is correct when the item is a contradiction and the flag names the labelled speaker and turn; every
  other flag (on a control item, or on the wrong speaker or turn) is a false alarm.
- Recall = correct / contradiction items (explicit and implied separately); precision = correct / all flags.

test.jsonl is held out: report its figures, never tune on it (`--show` lists errors on every split but test).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "open_contradictions"
NAMED_SPLITS = ("dev", *(f"dev{n}" for n in range(2, 11)), "test")
CONTRADICTION_TYPES = ("explicit", "implied")
CONTROL_TYPES = ("consistent", "compatible", "change", "hypothetical", "past")


@dataclass
class Tally:
    """Counts for one group of items."""

    items: int = 0
    contradictions: int = 0
    flagged: int = 0
    correct: int = 0
    with_evidence: int = 0
    false_alarms: int = 0


@dataclass
class Score:
    """Tallies per type and per family, and the errors for inspection."""

    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_family: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    unread: Counter[str] = field(default_factory=Counter)
    alarms: list[str] = field(default_factory=list)


def load_split(name: str) -> tuple[Path, list[dict]]:
    """The records of a named split (`dev`, `dev2` to `dev10`, `test`) or a JSONL file; a bad line raises ValueError
    naming file and line."""
    path = DATA / f"{name}.jsonl" if name in NAMED_SPLITS else Path(name)
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from None
        if not isinstance(record, dict) or "label" not in record or "id" not in record:
            raise ValueError(f"{path}:{number}: a conversation with an id and a label is expected")
        records.append(record)
    return path, records


def findings_api(records: list[dict]) -> list[dict]:
    """Findings of the rules backend through the public Python API."""
    from simulate.checkers import Conversation
    from simulate.checkers.pipeline import check_conversations

    conversations = [Conversation.model_validate(r) for r in records]
    result = asyncio.run(check_conversations(conversations, backend="rules"))
    return [f.model_dump(mode="json") for f in result.findings]


def findings_cli(path: Path, checker: str, model: str | None) -> list[dict]:
    """Findings of `simulate check FILE --format jsonl` (exit 0 or 1 both mean it ran)."""
    command = [sys.executable, "-m", "simulate", "check", str(path), "--format", "jsonl", "--checker", checker]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"simulate check exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def score(records: list[dict], findings: list[dict]) -> Score:
    """Compare findings with the labels (see the module docstring for the definitions)."""
    flags: dict[str, dict[tuple[str, int], list[dict]]] = defaultdict(lambda: defaultdict(list))
    known = {r["id"] for r in records}
    for finding in findings:
        if finding.get("kind") == "persona":
            continue
        if finding["conversation"] not in known:
            raise ValueError(f"a finding names an unknown conversation {finding['conversation']!r}")
        flags[finding["conversation"]][(finding["speaker"], finding["turn"])].append(finding)
    result = Score()
    for record in records:
        label = record["label"]
        raised = flags.get(record["id"], {})
        target = (label["speaker"], label["turn"]) if label["contradiction"] else None
        alarms = [key for key in raised if key != target]
        for tally in (result.by_type[label["type"]], result.by_family[label["family"]]):
            tally.items += 1
            tally.contradictions += target is not None
            tally.flagged += bool(raised)
            tally.false_alarms += len(alarms)
        if target is not None:
            hit = target in raised
            cited = hit and any({"turn": t} in f.get("against", []) for f in raised[target] for t in label["against"])
            for tally in (result.by_type[label["type"]], result.by_family[label["family"]]):
                tally.correct += hit
                tally.with_evidence += cited
            if not hit:
                result.misses.append(_describe(record, label["turn"], label["against"]))
                result.unread[_unread_side(record, label["turn"], label["against"])] += 1
        for key in alarms:
            result.alarms.append(_describe(record, key[1], []) + f"  [{raised[key][0].get('message', '')}]")
    return result


def _reads(text: str) -> bool:
    """Whether either reader takes at least one claim from a turn."""
    from simulate.checkers.open_claims import extract_open_claims
    from simulate.checkers.rules import extract_claims

    return bool(extract_open_claims(text) or extract_claims(text))


def _unread_side(record: dict, turn: int, against: list[int]) -> str:
    """Which side of a missed contradiction gave no claim: `later`, `earlier`, `both` or `neither`."""
    later = not _reads(record["turns"][turn]["text"])
    earlier = not any(_reads(record["turns"][i]["text"]) for i in against)
    return {(True, True): "both", (True, False): "later", (False, True): "earlier"}.get((later, earlier), "neither")


def _describe(record: dict, turn: int, against: list[int]) -> str:
    label = record["label"]
    said = " // ".join(record["turns"][i]["text"] for i in [*against, turn])
    return f"{record['id']} {label['type']}/{label['family']} turn {turn}: {said}"


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else f"n/a (0/{whole})"


def report(result: Score) -> str:
    """The figures as text."""
    lines = [f"{'type':<13} {'items':>5} {'flagged':>7} {'correct':>7} {'cites earlier':>13} {'false alarms':>12}"]
    for name in CONTRADICTION_TYPES + CONTROL_TYPES:
        t = result.by_type.get(name, Tally())
        correct = f"{t.correct:>7}" if name in CONTRADICTION_TYPES else f"{'-':>7}"
        evidence = f"{t.with_evidence:>13}" if name in CONTRADICTION_TYPES else f"{'-':>13}"
        lines.append(f"{name:<13} {t.items:>5} {t.flagged:>7} {correct} {evidence} {t.false_alarms:>12}")
    explicit, implied = result.by_type.get("explicit", Tally()), result.by_type.get("implied", Tally())
    correct = explicit.correct + implied.correct
    contradictions = explicit.items + implied.items
    flags = correct + sum(t.false_alarms for t in result.by_type.values())
    controls = [result.by_type.get(n, Tally()) for n in CONTROL_TYPES]
    lines += [
        f"recall explicit      {_ratio(explicit.correct, explicit.items)}",
        f"recall implied       {_ratio(implied.correct, implied.items)}",
        f"recall all           {_ratio(correct, contradictions)}",
        f"precision            {_ratio(correct, flags)}  (correct flags / all flags)",
        f"controls flagged     {_ratio(sum(t.flagged for t in controls), sum(t.items for t in controls))}"
        "  (items with any flag / control items)",
        "misses by the side that gave no claim: "
        + ", ".join(f"{side} {result.unread.get(side, 0)}" for side in ("later", "earlier", "both", "neither"))
        + "  (neither: both sides read, the relation between them was not)",
        "per family: recall (correct/contradictions), false alarms",
        "  " + ", ".join(f"{fam} {t.correct}/{t.contradictions} fa {t.false_alarms}"
                         for fam, t in sorted(result.by_family.items())),
    ]
    return "\n".join(lines)


def main() -> None:
    """Score a checker on one split."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("split", nargs="?", default="dev", help="dev (default), dev2 to dev10, test, or a JSONL file")
    parser.add_argument("--via", choices=("api", "cli"), default="api",
                        help="api: the rules backend in-process; cli: `simulate check --format jsonl`")
    parser.add_argument("--checker", default="rules", help="backend for --via cli (rules|model|judge)")
    parser.add_argument("--model", default=None, help="model for --via cli with the model or judge backend")
    parser.add_argument("--half", choices=("odd", "even"), default=None,
                        help="only the conversations whose number is odd or even (tune on one half, check on the other)")
    parser.add_argument("--show", type=int, default=0, help="list up to N misses and false alarms (not on test)")
    args = parser.parse_args()
    try:
        path, records = load_split(args.split)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    if args.half:
        records = [r for r in records if int(str(r["id"]).rsplit("-", 1)[-1]) % 2 == (args.half == "odd")]
        if args.via == "cli":
            print("error: --half works with --via api only", file=sys.stderr)
            raise SystemExit(2)
    try:
        if args.via == "cli" or args.checker != "rules":
            findings = findings_cli(path, args.checker, args.model)
        else:
            findings = findings_api(records)
        result = score(records, findings)
    except (RuntimeError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    half = f" ({args.half} half)" if args.half else ""
    print(f"open contradictions, {path.name}{half}: {len(records)} conversations, {len(findings)} findings, "
          f"checker {args.checker} via {args.via}")
    print(report(result))
    if args.show:
        if path.name == "test.jsonl":
            print("(--show lists no errors on test: it is held out)")
            return
        print("misses:\n  " + "\n  ".join(result.misses[: args.show]))
        print("false alarms:\n  " + "\n  ".join(result.alarms[: args.show]))


if __name__ == "__main__":
    main()
