"""Persona cards: fact sentences, timelines, ageing, overrides."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from simulate.persona import CoreFacts, PersonaCard


def card() -> PersonaCard:
    """A card with a move at session 2."""
    return PersonaCard.model_validate({
        "name": "Maya",
        "facts": {"age": 34, "occupation": "nurse", "location": "Denver",
                  "pets": [{"species": "dog", "name": "Max"}], "children": [{"name": "Ada"}, {"name": "Bo"}],
                  "likes": ["hiking"], "other": ["I volunteer at a shelter"]},
        "timeline": [{"session": 2, "event": "moves to Austin", "changes": {"location": "Austin, Texas"}}],
    })


def test_sentences_are_first_person_and_ordered() -> None:
    """Fact i is sentence i, in a stable order."""
    assert card().facts.sentences() == [
        "I am 34 years old.", "I work as a nurse.", "I live in Denver.", "I have two children: Ada, Bo.",
        "I have a dog named Max.", "I love hiking.", "I volunteer at a shelter.",
    ]


def test_timeline_applies_from_its_session() -> None:
    """A move holds from its session on, not before."""
    assert card().facts_at(1).location == "Denver"
    assert card().facts_at(2).location == "Austin, Texas"
    assert card().facts_at(5).occupation == "nurse"


def test_age_advances_with_the_clock() -> None:
    """Whole years between the start and the simulated date are added."""
    c = card()
    assert c.facts_at(0, start=date(2026, 3, 1), today=date(2027, 2, 28)).age == 34
    assert c.facts_at(0, start=date(2026, 3, 1), today=date(2027, 3, 1)).age == 35


def test_overrides_merge_facts() -> None:
    """Overriding one fact keeps the others."""
    changed = card().with_overrides({"facts": {"age": 41}, "style": "terse"})
    assert changed.facts.age == 41 and changed.facts.location == "Denver" and changed.style == "terse"


@pytest.mark.parametrize("bad", [
    {"name": "A", "facts": {"age": -1}},
    {"name": "A", "facts": {"other": ["likes cheese"]}},
    {"name": "A: B"},
    {"name": "A", "colour": "red"},
    {"name": "A", "timeline": [{"session": 3, "event": "x"}, {"session": 1, "event": "y"}]},
    {"name": "A", "facts": {"marital_status": "complicated"}},
])
def test_invalid_cards_are_rejected(bad: dict) -> None:
    """Invariants hold at construction."""
    with pytest.raises(ValidationError):
        PersonaCard.model_validate(bad)


def test_cards_are_frozen() -> None:
    """Cards are records."""
    with pytest.raises(ValidationError):
        CoreFacts(age=3).age = 4  # type: ignore[misc]
