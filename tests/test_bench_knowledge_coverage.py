"""bench/knowledge_coverage.py: persona lines put in the first person, coverage counted, cases run."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.knowledge_coverage import (
    Vocabulary,
    first_person,
    is_known,
    measure,
    read_cases,
    report_cases,
    run_case,
    run_cases,
)
from simulate.checkers.knowledge import load_knowledge
from simulate.checkers.open_claims import extract_open_claims


@pytest.fixture()
def kb(tmp_path: Path):
    (tmp_path / "categories.txt").write_text("meat: bacon, brisket\npet: dog\n", "utf-8")
    (tmp_path / "synonyms.txt").write_text("like = love, enjoy\n", "utf-8")
    (tmp_path / "implications.txt").write_text("I have [meat] => I eat [meat] (0.8)\n", "utf-8")
    (tmp_path / "exclusions.txt").write_text("I am vegan >< I eat meat (0.95)\n", "utf-8")
    return load_knowledge(tmp_path)


def test_first_person_splits_clauses_and_turns_verbs() -> None:
    assert first_person("A 41-year-old scientist from London who loves hiking") == [
        "I am a 41-year-old scientist from London.", "I love hiking."]
    assert first_person("A person who hates jazz music and hates playing any instruments") == [
        "I am a person.", "I hate jazz music.", "I hate playing any instruments."]
    assert first_person("A 57-year-old truck driver who spends his free time fishing") == [
        "I am a 57-year-old truck driver.", "I spend my free time fishing."]
    assert first_person("An artist, volunteering in hospice care") == [
        "I am an artist.", "I am volunteering in hospice care."]


def test_known_means_the_knowledge_adds_or_excludes(kb) -> None:
    vegan = extract_open_claims("I am vegan.")[0]
    bacon = extract_open_claims("I love bacon.")[0]
    stamps = extract_open_claims("I collect stamps.")[0]
    assert is_known(kb, vegan)       # in an exclusion
    assert is_known(kb, bacon)       # like (synonym) bacon, and bacon is meat
    assert not is_known(kb, stamps)  # nothing in the files


def test_measure_counts_sentences_read_known_and_the_uncovered(kb) -> None:
    sentences = ["I am vegan.", "I collect stamps.", "My favourite colour is blue?", "I have a dog."]
    cov = measure("toy", sentences, kb, Vocabulary.of(kb))
    assert cov.sentences == 4
    assert cov.read == 3             # the question reads nothing
    assert cov.known == 2            # vegan (exclusion), dog (a pet)
    assert cov.uncovered["collect / stamp"] == 1
    assert cov.unread_words["colour"] == 1
    assert cov.share(cov.read) == pytest.approx(0.75)


def test_a_case_is_flagged_through_category_and_exclusion(kb) -> None:
    confidence, message = run_case(kb, "I'm vegan.", "I had brisket on Sunday.")
    assert confidence >= 0.5 and "vegan" in message.lower()
    assert run_case(kb, "I'm vegan.", "My sister loves brisket.") == (0.0, "")


def test_cases_file_is_read_and_reported(kb, tmp_path: Path) -> None:
    cases = tmp_path / "cases.txt"
    cases.write_text("# header\nI'm vegan. | I had bacon for breakfast. | contradiction\n"
                     "I'm vegan. | I love my dog. | consistent\n"
                     "#~ I'm vegan. | I put honey in my tea. | contradiction\n", "utf-8")
    results = run_cases(kb, cases)
    assert [r.contradiction for r in results] == [True, False]
    assert len(run_cases(kb, cases, pending=True)) == 3
    text = report_cases(results, 0.5)
    assert "recall       100.0%  (1/1)" in text and "false alarms   0.0%  (0/1)" in text


def test_a_malformed_case_names_file_and_line(tmp_path: Path) -> None:
    cases = tmp_path / "cases.txt"
    cases.write_text("I'm vegan. | I had bacon. | maybe\n", "utf-8")
    with pytest.raises(ValueError, match=r"cases.txt:1: expected"):
        read_cases(cases)


def test_shipped_cases_file_reads() -> None:
    cases = read_cases()
    assert len(cases) >= 150
    assert sum(1 for *_, label in cases if not label) >= 60
