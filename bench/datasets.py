"""Evaluation datasets for the contradiction checkers, as lists of small frozen dataclasses.

Every loader returns `Pair`s (or a subclass): `premise`, `hypothesis`, `contradiction` (the gold label
as a bool), `slot` (a persona slot name or None) and `source` (where the pair comes from).

- `persona_pairs(split)`: claim-level pairs about a speaker's own persona facts, derived from
  Synthetic-Persona-Chat valid profiles (CC BY 4.0; built by `bench/data/persona_pairs/build.py`,
  kept in this repository).
- `snli(limit)`, `mnli(limit)`: general-domain NLI (SNLI 1.0 test; a binary MultiNLI dev-matched sample).
- `prosecco(limit)`: same-speaker utterance pairs from real debates labelled (no) self-contradiction.

The last three read the shared data folder: `$SIMULATE_SHARED_DATA`, or `<repo>/../shared/data` when the
variable is unset. A missing file raises FileNotFoundError naming the path that was expected.
"""

from __future__ import annotations

import csv
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulate.checkers.conversation import Conversation

__all__ = [
    "NLIPair", "Pair", "PersonaPair", "ProseccoPair", "mnli", "persona_pairs", "persona_pairs_path",
    "prosecco", "shared_data_dir", "snli",
]

REPO = Path(__file__).resolve().parent.parent
PERSONA_PAIRS = REPO / "bench" / "data" / "persona_pairs" / "spc_valid_pairs.jsonl"
SNLI_FILE = "nli_general/snli_1.0_test.tsv"
MNLI_FILE = "nli_general/mnli_dev_matched_binary_42.csv"
PROSECCO_FILE = "prosecco/ProSeCCo_final.jsonl"
SNLI_LABELS = {"0": "entailment", "1": "neutral", "2": "contradiction"}
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Pair:
    """A premise/hypothesis pair with a binary gold label: does the hypothesis contradict the premise?"""

    premise: str
    hypothesis: str
    contradiction: bool
    slot: str | None
    source: str


@dataclass(frozen=True)
class PersonaPair(Pair):
    """A Synthetic-Persona-Chat-derived pair; `recipe` names the transformation ("family:variant").

    `split` is "dev" or "test" (by the premise's profile row: test when row % 5 == 0).
    `hypothesis_source` is set when the hypothesis is itself a profile sentence (the `*_profile` recipes).
    """

    id: str
    split: str
    recipe: str
    hypothesis_source: str | None = None


@dataclass(frozen=True)
class NLIPair(Pair):
    """A general-domain NLI pair; `label` is the original label name.

    SNLI: "entailment", "neutral" or "contradiction". MNLI (binary sample): "contradiction" or
    "not_contradiction".
    """

    label: str


@dataclass(frozen=True)
class ProseccoPair(Pair):
    """A ProSeCCo pair: two utterances (locutions) by one speaker in a debate.

    `premise`/`hypothesis` are the utterances as said, or the context-resolved propositions when loaded
    with `propositions=True`; both versions are kept in `locution_1/2` and `proposition_1/2`.
    `prop_needed` is the corpus' flag for whether the propositions were needed to judge the pair (None
    where the corpus leaves it empty). `corpus` is the debate corpus (QT30, QT50, US2016).
    """

    id: str
    speaker_id: str
    locution_1: str
    locution_2: str
    proposition_1: str
    proposition_2: str
    corpus: str
    prop_needed: bool | None


def shared_data_dir() -> Path:
    """The shared data folder: `$SIMULATE_SHARED_DATA`, else `<repo>/../shared/data`."""
    return Path(os.environ.get("SIMULATE_SHARED_DATA", str(REPO.parent / "shared" / "data")))


def persona_pairs_path() -> Path:
    """Where the built persona pairs file lives (inside this repository)."""
    return PERSONA_PAIRS


def _shared_file(relative: str) -> Path:
    path = shared_data_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(
            f"dataset file not found: expected {path} (shared data folder {shared_data_dir()}; "
            "set SIMULATE_SHARED_DATA to point elsewhere)")
    return path


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0 or None, not {limit}")


def persona_pairs(split: str | None = None) -> list[PersonaPair]:
    """Persona statement pairs derived from Synthetic-Persona-Chat valid profiles, in file order.

    `split` is "dev", "test" or None for both. Tune on "dev" only: the "test" premises come from profile
    rows the dev pairs never use.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS} or None, not {split!r}")
    path = PERSONA_PAIRS
    if not path.is_file():
        raise FileNotFoundError(f"persona pairs not found: expected {path} "
                                "(build it with bench/data/persona_pairs/build.py)")
    out: list[PersonaPair] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            if split is not None and r["split"] != split:
                continue
            out.append(PersonaPair(
                premise=r["premise"], hypothesis=r["hypothesis"], contradiction=r["label"] == "contradiction",
                slot=r["slot"], source=r["source"], id=r["id"], split=r["split"], recipe=r["recipe"],
                hypothesis_source=r.get("hypothesis_source")))
    return out


def snli(limit: int | None = None) -> list[NLIPair]:
    """SNLI 1.0 test pairs (`premise<TAB>hypothesis<TAB>label`, header row skipped), in file order.

    `contradiction` is True for label 2; entailment (0) and neutral (1) are both False.
    `limit` keeps the first N pairs.
    """
    _check_limit(limit)
    path = _shared_file(SNLI_FILE)
    out: list[NLIPair] = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if limit is not None and len(out) >= limit:
                break
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                continue
            premise, hypothesis, label = line.split("\t")
            if line_no == 1 and label == "label":
                continue  # header row
            name = SNLI_LABELS[label]
            out.append(NLIPair(premise=premise, hypothesis=hypothesis, contradiction=name == "contradiction",
                               slot=None, source=f"snli-1.0-test line {line_no}", label=name))
    return out


def mnli(limit: int | None = None) -> list[NLIPair]:
    """The 2,000-pair binary MultiNLI dev-matched sample (`sentence1,sentence2,label`), in file order.

    Label 1 is a contradiction, 0 anything else (entailment or neutral). Surrounding whitespace is
    stripped from both sentences. `limit` keeps the first N pairs.
    """
    _check_limit(limit)
    path = _shared_file(MNLI_FILE)
    out: list[NLIPair] = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.DictReader(fh)):
            if limit is not None and len(out) >= limit:
                break
            is_contradiction = row["label"].strip() == "1"
            out.append(NLIPair(
                premise=row["sentence1"].strip(), hypothesis=row["sentence2"].strip(),
                contradiction=is_contradiction, slot=None, source=f"mnli-dev-matched-binary-42 row {row_no}",
                label="contradiction" if is_contradiction else "not_contradiction"))
    return out


def _prop_needed(value: Any) -> bool | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return bool(value)


def prosecco(limit: int | None = None, propositions: bool = False) -> list[ProseccoPair]:
    """ProSeCCo pairs, in file order: "self-contradiction" is True, "no self-contradiction" False.

    By default `premise`/`hypothesis` are the two utterances; `propositions=True` uses the
    context-resolved propositions instead. `limit` keeps the first N pairs.
    """
    _check_limit(limit)
    path = _shared_file(PROSECCO_FILE)
    out: list[ProseccoPair] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            r = json.loads(line)
            label = r["label"]
            if label not in ("self-contradiction", "no self-contradiction"):
                raise ValueError(f"unexpected ProSeCCo label {label!r} in {r.get('id')}")
            first, second = ((r["proposition_1"], r["proposition_2"]) if propositions
                             else (r["locution_1"], r["locution_2"]))
            out.append(ProseccoPair(
                premise=first, hypothesis=second, contradiction=label == "self-contradiction", slot=None,
                source=f"prosecco {r['id']}", id=r["id"], speaker_id=r["speaker_id"],
                locution_1=r["locution_1"], locution_2=r["locution_2"], proposition_1=r["proposition_1"],
                proposition_2=r["proposition_2"], corpus=r["source"], prop_needed=_prop_needed(r.get("prop_needed"))))
    return out


def spc_conversations(split: str) -> list[Conversation]:
    """Synthetic-Persona-Chat `valid` or `test` as conversations, through `simulate check`'s own reader."""
    from simulate.checkers.readers import read_spc_csv  # noqa: PLC0415

    return list(read_spc_csv(_shared_file(f"synthetic_persona_chat/Synthetic-Persona-Chat_{split}.csv")))
