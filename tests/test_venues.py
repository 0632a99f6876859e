"""Venues said in passing: doing something at a venue is going there, at the time of the doing."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import extract_open_claims


def _went(text: str) -> list[tuple[str, str]]:
    return [(c.object, c.time) for c in extract_open_claims(text) if c.predicate == "go to" and c.polarity == "affirm"]


@pytest.mark.parametrize(("text", "expected"), [
    ("I saw Dune at the cinema last week.", [("cinema", "recent")]),
    ("I'm at the gym five days a week.", [("gym", "present")]),
    ("At my cousin's wedding last month I gave a speech.", [("wedding", "recent")]),
    ("I met my wife at church.", [("church", "past")]),
    ("We were at my sister's wedding on Saturday.", [("wedding", "recent")]),
    ("I had a pint at the pub last night.", [("bar", "recent")]),
])
def test_doing_something_at_a_venue_is_going_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert _went(text) == expected


@pytest.mark.parametrize("text", [
    "My son plays at the stadium.",          # his doing, not the speaker's
    "My mum works at the cinema.",
    "I never dance at weddings.",            # a denial says nothing of going
    "I'd love to see it at the cinema.",     # a wish
    "I wasn't at the wedding.",
    "Were you at the gym yesterday?",        # a question
    "I saw a poster at the cinema bus stop.",  # something at the venue, not the venue
    "I'm at the gym entrance waiting for my son.",
    "I work at the pub.",                    # there to work, not to go out
])
def test_no_going_without_the_speaker_doing_something_there(text: str) -> None:
    assert _went(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I saw Dune at the cinema last year.", [("cinema", "past")]),       # a time of the visit further back than recent
    ("I saw Dune at the cinema three months ago.", [("cinema", "past")]),
    ("I saw Dune at the cinema the other day.", [("cinema", "recent")]),  # no time of the visit: the seeing's
    ("I eat at the pub for dinner every Friday.", [("bar", "present")]),  # a habit, not a recent visit
])
def test_a_visit_is_dated_by_its_own_time_or_the_doing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _went(text) == expected
