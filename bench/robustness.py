"""Robustness of the default checker to casual wrapping: of the development contradictions it catches, how many
it still catches when the later statement is wrapped the way people talk ("To be fair, ...", "... tbh",
"I'll be honest, ...", "... What about you?" run on without a stop). Prints one line per wrapping.

Run: `.venv/bin/python bench/robustness.py [dev dev2 ...]` (default: dev, dev2, dev3, dev4 and the odd half of
dev5 and dev6; never the held-out test set, and never the even halves of dev5 and dev6, which check whether tuning
generalises).
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import open_contradictions as oc  # noqa: E402

Wrap = Callable[[str], str]


def _lead(words: str) -> Wrap:
    return lambda text: f"{words} {text if text.startswith(('I ', 'I')) else text[:1].lower() + text[1:]}"


def _tail(words: str) -> Wrap:
    return lambda text: re.sub(r"\s*([.!?]*)$", lambda m: f" {words}{m.group(1) or '.'}", text.rstrip(), count=1)


def _before(sentence: str) -> Wrap:
    return lambda text: f"{sentence} {text}"


def _after(sentence: str) -> Wrap:
    return lambda text: f"{text.rstrip()} {sentence}"


WRAPPINGS: dict[str, Wrap] = {
    "lower case, no final stop": lambda t: re.sub(r"[.!]+$", "", t.lower()),
    "no apostrophes": lambda t: t.replace("'", ""),
    "opener 'Honestly,'": _lead("Honestly,"),
    "opener 'lol'": _lead("lol"),
    "opener 'To be fair,'": _lead("To be fair,"),
    "opener 'I'll be honest,'": _lead("I'll be honest,"),
    "opener 'Thing is,'": _lead("Thing is,"),
    "opener 'Me personally,'": _lead("Me personally,"),
    "opener 'Funny you should ask,'": _lead("Funny you should ask,"),
    "opener 'It's been a long week but'": _lead("It's been a long week but"),
    "closer 'tbh'": _tail("tbh"),
    "closer 'if I'm honest'": _tail("if I'm honest"),
    "closer ', you know'": _tail(", you know"),
    "sentence before 'Oh nice.'": _before("Oh nice."),
    "sentence after 'What about you?'": _after("What about you?"),
    "run-on 'What about you?' (no stop)": lambda t: re.sub(r"[.!]+$", "", t.rstrip()) + " What about you?",
    "adverb 'I honestly ...'": lambda t: re.sub(r"^(I|i)( am| do| have| can| really)?\b(?!')", r"\g<0> honestly", t, count=1),
}


def _caught(records: list[dict]) -> set[tuple[str, str, int]]:
    findings = oc.findings_api(records)
    return {(f["conversation"], f["speaker"], f["turn"]) for f in findings if f.get("kind") != "persona"}


def _key(record: dict) -> tuple[str, str, int]:
    return record["id"], record["label"]["speaker"], record["label"]["turn"]


def main() -> None:
    """Print, per wrapping, how many caught contradictions are still caught."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("splits", nargs="*", default=["dev", "dev2", "dev3", "dev4", "dev5 odd", "dev6 odd"])
    args = parser.parse_args()
    records: list[dict] = []
    for split in args.splits:
        name, _, half = split.partition(" ")
        if name == "test" or (name in ("dev5", "dev6") and half != "odd"):
            print(f"error: {split!r} is not used here (held out, or the half that checks tuning)", file=sys.stderr)
            raise SystemExit(2)
        _, found = oc.load_split(name)
        records += [r for r in found if r["label"]["contradiction"]
                    and (not half or int(r["id"].rsplit("-", 1)[-1]) % 2 == (half == "odd"))]
    caught = [r for r in records if _key(r) in _caught(records)]
    print(f"robustness: {len(caught)} of {len(records)} contradictions caught as written ({', '.join(args.splits)})")
    for name, wrap in WRAPPINGS.items():
        wrapped = copy.deepcopy(caught)
        for record in wrapped:
            turn = record["turns"][record["label"]["turn"]]
            turn["text"] = wrap(turn["text"])
        kept = len(_caught(wrapped) & {_key(r) for r in wrapped})
        print(f"  {kept / len(caught):6.1%} ({kept}/{len(caught)})  {name}")


if __name__ == "__main__":
    main()
