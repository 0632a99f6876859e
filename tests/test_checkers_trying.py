"""Trying a thing: a "never tried X" meets any doing that uses X, and nothing else does."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns
from simulate.checkers.open_claims import extract_open_claims
from simulate.checkers.trying import TRY


@pytest.mark.parametrize(("first", "second"), [
    ("I use ChatGPT for work all the time.", "I've never tried ChatGPT."),
    ("I wear contacts.", "I've never even tried contacts."),
    ("I've never tried Linux.", "I use Linux at work every day."),
])
def test_never_tried_meets_a_doing_that_uses_the_thing(first: str, second: str) -> None:
    assert flagged_turns(first, second) == [2]


@pytest.mark.parametrize(("first", "second"), [
    ("I ride horses.", "I've never eaten horse."),
    ("I've never tried ChatGPT.", "My brother uses ChatGPT all the time."),
    ("I've never tried ChatGPT.", "I'd love to use ChatGPT one day."),
    ("I've never tried surfing.", "I watch surfing on TV."),
    ("I've never tried horse.", "I ride horses every weekend."),
    ("I've never tried the train to Paris.", "I take the train to work every day."),
    ("I never tried olives growing up.", "I eat olives by the jar now."),
    ("I've never tried rabbit.", "I ride my bike past the rabbit farm every day."),
])
def test_other_doings_wishes_and_other_people_do_not_meet_it(first: str, second: str) -> None:
    assert flagged_turns(first, second) == []


def test_only_tried_said_in_so_many_words_is_read_as_trying() -> None:
    assert not [c for c in extract_open_claims("I've never had a Tesla.") if c.predicate == TRY]
    assert [c for c in extract_open_claims("I've never tried a Tesla.") if c.predicate == TRY and c.polarity == "deny"]
