"""The stand-in claim extractor, and the choice of extractor."""

from __future__ import annotations

import sys

import pytest

from simulate.memory.simple_claims import default_extractor, simple_extract_claims


@pytest.mark.parametrize(("text", "expected"), [
    ("I live in Austin, Texas.", [("location", "location", "austin, texas", "affirm")]),
    ("Maya, I work as a chef.", [("occupation", "occupation", "chef", "affirm")]),
    ("I have a dog named Max.", [("pets", "pets:dog", True, "affirm")]),
    ("I have never had a cat.", [("pets", "pets:cat", True, "deny")]),
    ("I am 34 years old. I really love hiking.", [("age", "age", 34, "affirm"),
                                                  ("likes", "taste:hiking", "like", "affirm")]),
    ("I can't stand olives.", [("dislikes", "taste:olives", "dislike", "affirm")]),
    ("What a lovely day.", []),
])
def test_patterns(text: str, expected: list[tuple]) -> None:
    """Each pattern gives slot, key, value and polarity as the rules extractor would."""
    assert [(c.slot, c.key, c.value, c.polarity) for c in simple_extract_claims(text)] == expected


def test_default_extractor_prefers_rules_and_names_its_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules extractor when importable; otherwise this one, and it says so."""
    monkeypatch.setitem(sys.modules, "simulate.checkers.facts", None)
    extract, name = default_extractor()
    assert (extract, name) == (simple_extract_claims, "simple")


def test_default_extractor_is_the_checkers_one_when_installed() -> None:
    """With the checkers importable, memory reads turns with the slot grammar and open claims."""
    facts = pytest.importorskip("simulate.checkers.facts")
    extract, name = default_extractor()
    assert (extract, name) == (facts.claims_for_memory, "rules+open")
    keys = {c.key for c in extract("I knit every evening. I live in Denver.")}
    assert {"open:knit|", "location"} <= keys
