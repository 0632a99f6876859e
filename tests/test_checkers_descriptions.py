"""Who the speaker is, said without "I am" (simulate/checkers/descriptions.py)."""

from __future__ import annotations

import pytest

from simulate.checkers.descriptions import description_claims
from simulate.checkers.open_claims import extract_open_claims


@pytest.mark.parametrize(("said", "predicate", "obj"), [
    ("lactose intolerant, sadly.", "be", "lactose intolerant"),
    ("teacher for twenty years now.", "be", "teacher"),
    ("only child, me.", "be", "only child"),
    ("retired now.", "be", "retired"),
    ("teetotal, touch wood.", "be", "teetotal"),
])
def test_a_verbless_description_is_read_as_i_am(said: str, predicate: str, obj: str) -> None:
    claims = description_claims(said)
    assert [(c.predicate, c.object, c.polarity) for c in claims] == [(predicate, obj, "affirm")]
    assert all(c.confidence <= 0.75 for c in claims)


def test_a_parent_of_n_has_n_children() -> None:
    claims = description_claims("proud mum of three.")
    assert [(c.predicate, c.object, c.quantity) for c in claims] == [("have", "child", 3)]


@pytest.mark.parametrize("said", [
    "nurse.",  # may answer "what does your wife do?"
    "nurse?",
    "great idea.",
    "lucky you.",
    "pizza!",  # a kind of thing, not of person
    "smart cookie, your daughter.",
    "elevators make me claustrophobic.",
    "vegan food is great.",
])
def test_reactions_questions_and_clauses_are_no_description(said: str) -> None:
    assert description_claims(said) == []


def test_the_open_claim_reader_uses_it() -> None:
    claims = extract_open_claims("Lactose intolerant, sadly.")
    assert ("be", "lactose intolerant") in {(c.predicate, c.object) for c in claims}
