"""The evaluation datasets in bench/datasets.py and the persona-pair builder."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "bench" / "data" / "persona_pairs" / "build.py"


ds = load_script("bench_datasets_under_test", ROOT / "bench" / "datasets.py")
build = load_script("bench_persona_pairs_build_under_test", BUILD)

SPC_CSV = ds.shared_data_dir() / build.CSV_NAME
needs_shared = pytest.mark.skipif(not ds.shared_data_dir().is_dir(), reason="shared data folder not present")
ROW = re.compile(r"^spc-valid row (\d+) user ([12]) sentence (\d+)$")


# --- persona pairs -------------------------------------------------------------------------------

def test_persona_pairs_counts_labels_and_fields() -> None:
    pairs = ds.persona_pairs()
    assert 1500 <= len(pairs) <= 3000
    assert all(isinstance(p, ds.PersonaPair) for p in pairs)
    contradictions = sum(p.contradiction for p in pairs)
    assert 0.4 <= contradictions / len(pairs) <= 0.6  # roughly balanced
    assert {p.split for p in pairs} == {"dev", "test"}
    assert all(p.slot is None or p.slot in build.SLOTS for p in pairs)
    assert len({p.slot for p in pairs if p.slot}) >= 15  # covers most slots
    assert len({p.id for p in pairs}) == len(pairs)
    for p in pairs:
        family = p.recipe.split(":")[0]
        assert build.FAMILIES[family] == ("contradiction" if p.contradiction else "consistent")
        assert ROW.match(p.source)
        assert p.hypothesis_source is None or ROW.match(p.hypothesis_source)
        assert p.premise.strip() and p.hypothesis.strip() and p.premise != p.hypothesis
    with pytest.raises(dataclasses.FrozenInstanceError):
        pairs[0].premise = "x"  # type: ignore[misc]


def test_persona_pairs_known_rows() -> None:
    pairs = ds.persona_pairs()
    by = {(p.premise, p.hypothesis): p for p in pairs}
    dogs = by[("I have two dogs.", "I don't have any dogs.")]
    assert dogs.contradiction and dogs.slot == "pets" and dogs.recipe == "negation:no_any"
    assert by[("I have two dogs.", "I have 2 dogs.")].contradiction is False
    alaska = [p for p in pairs if p.premise == "I live in alaska."]
    assert {p.recipe for p in alaska} >= {"negation:not", "altered_value:place", "compatible_fact:past_vs_present"}
    assert all(p.slot == "location" for p in alaska)
    past = next(p for p in alaska if p.recipe == "compatible_fact:past_vs_present")
    assert past.hypothesis.startswith("I used to live in ") and not past.contradiction
    vegan = by[("I am a vegan.", "I am not a vegan.")]
    assert vegan.contradiction and vegan.slot == "diet"


def test_persona_pairs_split_filter() -> None:
    dev, test, both = ds.persona_pairs("dev"), ds.persona_pairs("test"), ds.persona_pairs()
    assert len(dev) + len(test) == len(both)
    assert {p.split for p in dev} == {"dev"} and {p.split for p in test} == {"test"}
    with pytest.raises(ValueError):
        ds.persona_pairs("train")


def _rows(pairs: list) -> set[int]:
    rows = set()
    for p in pairs:
        for src in (p.source, p.hypothesis_source):
            if src:
                m = ROW.match(src)
                assert m
                rows.add(int(m.group(1)))
    return rows


def test_dev_and_test_share_no_profile_row_and_no_premise() -> None:
    dev, test = ds.persona_pairs("dev"), ds.persona_pairs("test")
    dev_rows, test_rows = _rows(dev), _rows(test)
    assert not dev_rows & test_rows
    assert all(r % 5 == 0 for r in test_rows) and all(r % 5 != 0 for r in dev_rows)
    assert not {p.premise for p in dev} & {p.premise for p in test}


@needs_shared
def test_build_is_deterministic_and_matches_the_committed_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert build.main(["--csv", str(SPC_CSV), "--out", str(a)]) == 0
    assert build.main(["--csv", str(SPC_CSV), "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() == ds.persona_pairs_path().read_bytes()
    first = json.loads(a.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["id", "split", "source", "premise", "hypothesis", "hypothesis_source", "label",
                           "slot", "recipe"]


def test_build_on_a_tiny_csv(tmp_path: Path) -> None:
    csv_path = tmp_path / "spc.csv"
    csv_path.write_text(
        'user 1 personas,user 2 personas,Best Generated Conversation\n'
        '"I have two dogs.\nI live in ohio.\nI have visited spain a times.","I am 32 years old.\nI love hiking.",x\n',
        encoding="utf-8")
    out = tmp_path / "pairs.jsonl"
    n = build.build(csv_path, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) > 0
    premises = {r["premise"] for r in rows}
    assert premises == {"I have two dogs.", "I live in ohio.", "I am 32 years old.", "I love hiking."}  # masked one skipped
    assert all(r["split"] == "test" for r in rows)  # row 0
    got = {(r["premise"], r["hypothesis"]): r["label"] for r in rows}
    assert got[("I live in ohio.", "I don't live in Ohio.")] == "contradiction"
    assert got[("I am 32 years old.", "I am thirty-two years old.")] == "consistent"
    assert got[("I have two dogs.", "I have 2 dogs.")] == "consistent"
    assert any(h.startswith("I used to live in ") and lab == "consistent" for (_, h), lab in got.items())
    assert {r["slot"] for r in rows} == {"pets", "location", "age", "hobbies"}


@pytest.mark.parametrize(("sentence", "reason"), [
    ("i have visited spain a times", "masked"),
    ("i love cooking but i also enjoy fishing", "compound"),
    ("i live in the cloud", "figurative"),
])
def test_skipped_sentences(sentence: str, reason: str) -> None:
    assert reason in (build.skip_reason(sentence) or "")


def test_number_helpers() -> None:
    assert build.num_value("forty-five") == 45 and build.num_value("12") == 12 and build.num_value("a") is None
    assert build.to_words(32) == "thirty-two" and build.to_words(100) == "one hundred"
    assert build.flip_format(2, "two") == "2" and build.flip_format(2, "2") == "two"
    assert build.polish("i live in the united states with my bmw") == "I live in the United States with my BMW."


# --- shared NLI data ----------------------------------------------------------------------------

@needs_shared
def test_snli() -> None:
    pairs = ds.snli(limit=50)
    assert len(pairs) == 50
    first = pairs[0]  # the header row is skipped
    assert first.premise == ("This church choir sings to the masses as they sing joyous songs from the book "
                             "at a church.")
    assert first.hypothesis == "The church has cracks in the ceiling."
    assert first.label == "neutral" and first.contradiction is False and first.slot is None
    assert pairs[1].label == "entailment"
    assert {p.label for p in pairs} == {"entailment", "neutral", "contradiction"}
    assert all(p.contradiction == (p.label == "contradiction") for p in pairs)
    assert ds.snli(limit=0) == []


@needs_shared
def test_snli_full_counts() -> None:
    pairs = ds.snli()
    assert len(pairs) == 9824
    assert sum(p.contradiction for p in pairs) == 3237


@needs_shared
def test_mnli() -> None:
    pairs = ds.mnli(limit=20)
    assert len(pairs) == 20
    assert pairs[0].premise.startswith("He wore a simple leather breastplate")
    assert pairs[0].contradiction is True
    assert (pairs[3].premise, pairs[3].hypothesis, pairs[3].contradiction) == ("I did so.", "I didn't.", True)
    assert pairs[2].contradiction is False and pairs[2].label == "not_contradiction"
    full = ds.mnli()
    assert len(full) == 2000 and sum(p.contradiction for p in full) == 679


@needs_shared
def test_prosecco() -> None:
    pairs = ds.prosecco(limit=10)
    assert len(pairs) == 10
    first = pairs[0]
    assert first.id == "QT30_000" and first.contradiction is True and first.corpus == "QT30"
    assert (first.premise, first.hypothesis) == ("history is a construction", "it is the history of this country")
    assert first.proposition_2 == "statues are the history of this country"
    resolved = ds.prosecco(limit=1, propositions=True)[0]
    assert resolved.hypothesis == "statues are the history of this country"
    full = ds.prosecco()
    assert len(full) == 1327
    assert sum(p.contradiction for p in full) == 685
    assert any(p.prop_needed is None for p in full) and any(p.prop_needed for p in full)


def test_missing_shared_folder_names_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere"
    monkeypatch.setenv("SIMULATE_SHARED_DATA", str(missing))
    assert ds.shared_data_dir() == missing
    for loader in (ds.snli, ds.mnli, ds.prosecco):
        with pytest.raises(FileNotFoundError, match=re.escape(str(missing))):
            loader(limit=1)


def test_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        ds.snli(limit=-1)
