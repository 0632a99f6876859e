"""A denial of every object ("I've never won anything") against an affirmation of one."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns as _flagged
from simulate.checkers.open_claims import extract_open_claims


@pytest.mark.parametrize(("first", "second"), [
    ("I've never won anything.", "I won a raffle last year."),
    ("I won a raffle last year.", "I've never won anything in my life."),
    ("I never read anything.", "I read thrillers on the train."),
    ("I'm not afraid of anything.", "I'm terrified of spiders."),
    ("Nothing scares me.", "Spiders scare me."),
    ("I fear nothing, least of all a goose.", "Geese are my one true terror."),
])
def test_a_denial_of_everything_meets_one_thing_affirmed(first: str, second: str) -> None:
    assert _flagged(first, second) == [2]


def test_a_denial_of_every_thing_of_a_kind_meets_one_of_that_kind() -> None:
    assert _flagged("I've never met anyone famous.", "I met a famous actor once at an airport.") == [2]
    assert _flagged("I've never met anyone famous.", "I met a lovely actor in a play once.") == []  # not of the kind


@pytest.mark.parametrize(("first", "second"), [
    ("I don't eat anything with gluten.", "I eat rice every day."),  # "anything" narrowed
    ("I haven't eaten anything today.", "I ate an apple yesterday."),
    ("I never drink anything but water.", "I drink water all day."),
    ("I don't want anything for my birthday.", "I want a new bike."),  # a wish of the moment
    ("I've never won anything.", "My sister won a raffle last year."),  # someone else
    ("I'd never won anything until last week.", "I won a raffle last week."),
])
def test_a_narrowed_or_momentary_denial_is_not_flagged(first: str, second: str) -> None:
    assert _flagged(first, second) == []


def test_only_an_unnarrowed_denial_is_universal() -> None:
    assert any(c.universal for c in extract_open_claims("I've never won anything."))
    assert not any(c.universal for c in extract_open_claims("I don't eat anything with gluten."))
    assert not any(c.universal for c in extract_open_claims("I haven't eaten anything today."))
    assert not any(c.universal for c in extract_open_claims("I do not drink or do drugs or anything."))  # an extender
