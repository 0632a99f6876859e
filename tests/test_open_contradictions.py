"""The open-contradiction evaluation set (bench/data/open_contradictions) and its scorer."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from simulate.checkers import Conversation

from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "open_contradictions"


build = load_script("open_contradictions_build_under_test", DATA / "build.py")
scorer = load_script("open_contradictions_scorer_under_test", ROOT / "bench" / "open_contradictions.py")
SPLITS = {split: [json.loads(line) for line in (DATA / f"{split}.jsonl").read_text().splitlines()]
          for split in ("dev", "test")}
ALL = SPLITS["dev"] + SPLITS["test"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_line_is_a_conversation_jsonl_v1_record(split: str) -> None:
    for record in SPLITS[split]:
        conversation = Conversation.model_validate(record)
        assert conversation.id == record["id"] and conversation.personas == {}
        speakers = [t["speaker"] for t in record["turns"]]
        sessions = [t["session"] for t in record["turns"]]
        assert len(set(speakers)) == 2, record["id"]
        assert 4 <= len(record["turns"]) <= 10, record["id"]
        assert sessions[0] == 0 and sessions == sorted(sessions) and len(set(sessions)) <= 3, record["id"]
        assert set(sessions) == set(range(len(set(sessions)))), record["id"]
        assert all(t["text"].strip() for t in record["turns"]), record["id"]


@pytest.mark.parametrize("record", ALL, ids=lambda r: r["id"])
def test_label_is_consistent_with_its_conversation(record: dict) -> None:
    label, turns = record["label"], record["turns"]
    assert label["type"] in build.TYPES.values() and label["family"] in build.FAMILIES
    assert label["contradiction"] == (label["type"] in ("explicit", "implied"))
    assert label["note"].strip() and label["relation"].strip()
    first, second = label["related"]
    assert 0 <= first < second < len(turns)
    assert turns[first]["speaker"] == label["speaker"]
    between = {t["speaker"] for t in turns[first + 1:second]}
    assert len(between) == 2, "both speakers talk between the two statements"
    if label["aside"] is not None:
        assert turns[label["aside"]]["speaker"] != label["speaker"] and label["aside"] not in (first, second)
    if label["contradiction"]:
        assert label["turn"] == second and turns[second]["speaker"] == label["speaker"]
        assert label["against"] == [first]
    else:
        assert label["turn"] is None and label["against"] == []


def test_sizes_ids_and_the_split_by_relation() -> None:
    types = Counter(r["label"]["type"] for r in ALL)
    assert types["explicit"] >= 150 and types["implied"] >= 100
    assert sum(types[t] for t in scorer.CONTROL_TYPES) >= 200
    assert all(types[t] >= 25 for t in scorer.CONTROL_TYPES)
    assert len({r["id"] for r in ALL}) == len(ALL)
    relations = {split: {r["label"]["relation"] for r in records}
                 for split, records in SPLITS.items()}
    assert not relations["dev"] & relations["test"]
    assert 0.35 <= len(SPLITS["dev"]) / len(ALL) <= 0.45
    statements = {split: {r["turns"][i]["text"].lower() for r in records for i in r["label"]["related"]}
                  for split, records in SPLITS.items()}
    assert not statements["dev"] & statements["test"], "no statement is in both splits"


def test_files_are_what_the_builder_makes() -> None:
    built = build.build(build.parse_pairs(sorted(DATA.glob("pairs_*.txt"))))
    for split, records in SPLITS.items():
        assert built[split] == records, f"{split}.jsonl is stale: run bench/data/open_contradictions/build.py"


EXTRA = {"dev2": ("pairs2_*.txt", build.build_dev2), "dev3": ("pairs3_*.txt", build.build_dev3),
         "dev4": ("pairs4_*.txt", build.build_dev4), "dev5": ("pairs5_*.txt", build.build_dev5),
         "dev6": ("pairs6_*.txt", build.build_dev6), "dev7": ("pairs7_*.txt", build.build_dev7),
         "dev8": ("pairs8_*.txt", build.build_dev8), "dev9": ("pairs9_*.txt", build.build_dev9),
         "dev10": ("pairs10_*.txt", build.build_dev10)}


@pytest.mark.parametrize("name", sorted(EXTRA))
def test_extra_development_sets_are_what_the_builder_makes(name: str) -> None:
    pattern, make = EXTRA[name]
    records = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()]
    built = make(build.parse_pairs(sorted(DATA.glob(pattern))))
    assert built == records, f"{name}.jsonl is stale: run bench/data/open_contradictions/build.py --{name}"
    assert [r["id"] for r in records] == [f"oc-{name}-{n:04d}" for n in range(1, len(records) + 1)]


def test_dev4_is_new_text_with_consistent_labels() -> None:
    earlier = build.parse_pairs(sorted(DATA.glob("pairs_*.txt")) + sorted(DATA.glob("pairs2_*.txt"))
                                + sorted(DATA.glob("pairs3_*.txt")))
    fourth = build.parse_pairs(sorted(DATA.glob("pairs4_*.txt")))
    assert len(fourth) >= 250 and build.shared_statements(fourth, earlier) == []
    types = Counter(p.type for p in fourth)
    assert 0.25 <= types["explicit"] / len(fourth) <= 0.35 and 0.2 <= types["implied"] / len(fourth) <= 0.3
    assert all(types[t] >= 10 for t in scorer.CONTROL_TYPES)
    assert {p.family for p in fourth} == build.FAMILIES
    for record in [json.loads(line) for line in (DATA / "dev4.jsonl").read_text().splitlines()]:
        Conversation.model_validate(record)
        test_label_is_consistent_with_its_conversation(record)


def test_dev5_is_new_text_with_consistent_labels() -> None:
    earlier = build.parse_pairs(sorted(DATA.glob("pairs_*.txt")) + sorted(DATA.glob("pairs2_*.txt"))
                                + sorted(DATA.glob("pairs3_*.txt")) + sorted(DATA.glob("pairs4_*.txt")))
    fifth = build.parse_pairs(sorted(DATA.glob("pairs5_*.txt")))
    assert len(fifth) >= 250 and build.shared_statements(fifth, earlier) == []
    types = Counter(p.type for p in fifth)
    assert 0.25 <= types["explicit"] / len(fifth) <= 0.35 and 0.2 <= types["implied"] / len(fifth) <= 0.3
    assert all(types[t] >= 10 for t in scorer.CONTROL_TYPES)
    assert {p.family for p in fifth} == build.FAMILIES
    per_family = Counter(p.family for p in fifth if p.contradiction)
    assert min(per_family.values()) >= 4, per_family
    for record in [json.loads(line) for line in (DATA / "dev5.jsonl").read_text().splitlines()]:
        Conversation.model_validate(record)
        test_label_is_consistent_with_its_conversation(record)


def test_dev6_is_new_text_with_consistent_labels() -> None:
    earlier = build.parse_pairs(sorted(DATA.glob("pairs_*.txt")) + sorted(DATA.glob("pairs2_*.txt"))
                                + sorted(DATA.glob("pairs3_*.txt")) + sorted(DATA.glob("pairs4_*.txt"))
                                + sorted(DATA.glob("pairs5_*.txt")))
    sixth = build.parse_pairs(sorted(DATA.glob("pairs6_*.txt")))
    assert len(sixth) >= 250 and build.shared_statements(sixth, earlier) == []
    types = Counter(p.type for p in sixth)
    assert 0.25 <= types["explicit"] / len(sixth) <= 0.35 and 0.2 <= types["implied"] / len(sixth) <= 0.3
    assert all(types[t] >= 10 for t in scorer.CONTROL_TYPES)
    assert {p.family for p in sixth} == build.FAMILIES
    per_family = Counter(p.family for p in sixth if p.contradiction)
    assert min(per_family.values()) >= 4, per_family
    for record in [json.loads(line) for line in (DATA / "dev6.jsonl").read_text().splitlines()]:
        Conversation.model_validate(record)
        test_label_is_consistent_with_its_conversation(record)


@pytest.mark.parametrize("number", [7, 8, 9, 10])
def test_later_sets_are_new_text_with_consistent_labels(number: int) -> None:
    earlier = [pair for pattern in ("pairs_*.txt", *(f"pairs{n}_*.txt" for n in range(2, number)))
               for pair in build.parse_pairs(sorted(DATA.glob(pattern)))]
    own = build.parse_pairs(sorted(DATA.glob(f"pairs{number}_*.txt")))
    assert len(own) >= 250 and build.shared_statements(own, earlier) == []
    types = Counter(p.type for p in own)
    assert 0.25 <= types["explicit"] / len(own) <= 0.35 and 0.2 <= types["implied"] / len(own) <= 0.3
    assert all(types[t] >= 10 for t in scorer.CONTROL_TYPES)
    assert {p.family for p in own} == build.FAMILIES
    per_family = Counter(p.family for p in own if p.contradiction)
    assert min(per_family.values()) >= 4, per_family
    for record in [json.loads(line) for line in (DATA / f"dev{number}.jsonl").read_text().splitlines()]:
        Conversation.model_validate(record)
        test_label_is_consistent_with_its_conversation(record)


@pytest.mark.parametrize("name", ["dev6", "dev7", "dev8", "dev9", "dev10"])
def test_load_split_knows_the_newer_development_sets_by_name(name: str) -> None:
    path, records = scorer.load_split(name)
    assert path == DATA / f"{name}.jsonl"
    assert records == [json.loads(line) for line in path.read_text().splitlines()]


def test_shared_statements_names_the_repeated_statement(tmp_path: Path) -> None:
    old, new = tmp_path / "pairs_old.txt", tmp_path / "pairs4_new.txt"
    old.write_text("pets | dog | ex | I have a dog. | I've never had a dog. | n\n")
    new.write_text("pets | cat | ex | I have a cat. | I never had a cat. | n\npets | dog | co | i have a dog | Yes, a dog. | n\n")
    assert build.shared_statements(build.parse_pairs([new]), build.parse_pairs([old])) == ["pairs4_new.txt:2 (first)"]


def test_builder_rejects_a_malformed_pair_line(tmp_path: Path) -> None:
    bad = tmp_path / "pairs_bad.txt"
    bad.write_text("hobby | chess | ex | I play chess. | I don't play chess. | n\nhobby | chess | zz | a | b | n\n")
    with pytest.raises(ValueError, match=r"pairs_bad.txt:2: unknown type 'zz'"):
        build.parse_pairs([bad])


def _record(ident: str, kind: str, turn: int | None) -> dict:
    turns = [{"session": 0, "speaker": s, "text": "x"} for s in ("A", "B", "A", "B", "A")]
    contradiction = kind in ("explicit", "implied")
    return {"id": ident, "personas": {}, "turns": turns,
            "label": {"contradiction": contradiction, "type": kind, "family": "pets", "relation": "dog",
                      "speaker": "A", "turn": turn, "against": [0] if contradiction else [], "related": [0, 4],
                      "aside": None, "note": "n"}}


def _finding(ident: str, speaker: str, turn: int, against: int = 0, kind: str = "cross_turn") -> dict:
    return {"conversation": ident, "speaker": speaker, "turn": turn, "kind": kind, "against": [{"turn": against}],
            "message": "m"}


def test_score_counts_correct_flags_misses_and_false_alarms() -> None:
    records = [_record("e1", "explicit", 4), _record("e2", "explicit", 4), _record("i1", "implied", 4),
               _record("c1", "compatible", None)]
    findings = [_finding("e1", "A", 4), _finding("e1", "A", 4, against=2),  # one flag, two findings
                _finding("e2", "B", 3),                                       # wrong speaker and turn
                _finding("i1", "A", 4, against=2),                            # right turn, other evidence
                _finding("c1", "A", 4), _finding("c1", "A", 2, kind="persona")]  # control; persona ignored
    result = scorer.score(records, findings)
    explicit, implied, compatible = (result.by_type[k] for k in ("explicit", "implied", "compatible"))
    assert (explicit.items, explicit.flagged, explicit.correct, explicit.with_evidence, explicit.false_alarms) == \
        (2, 2, 1, 1, 1)
    assert (implied.correct, implied.with_evidence, implied.false_alarms) == (1, 0, 0)
    assert (compatible.items, compatible.flagged, compatible.false_alarms) == (1, 1, 1)
    assert result.by_family["pets"].contradictions == 3 and len(result.misses) == 1
    text = scorer.report(result)
    assert "recall explicit      0.500 (1/2)" in text and "precision            0.500 (2/4)" in text


def test_score_rejects_a_finding_on_an_unknown_conversation() -> None:
    with pytest.raises(ValueError, match="unknown conversation 'zz'"):
        scorer.score([_record("e1", "explicit", 4)], [_finding("zz", "A", 4)])


def test_load_split_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_record("e1", "explicit", 4)) + "\n{nope\n")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: not JSON"):
        scorer.load_split(str(path))
