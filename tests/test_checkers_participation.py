"""Taking part in a thing, said by its sessions or a role in it, against never doing it."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns as _flagged
from simulate.checkers.participation import TAKE_PART, participation_claims


@pytest.mark.parametrize(("first", "second"), [
    ("never played D&D, tabletop RPGs just aren't my thing", "our D&D campaign hit session 80 last night"),
    ("I am not playing carrom at all.", "Every Sunday we are having carrom tournament in our society."),
    ("Not in a union. Never.", "Union rep at work, twelve years."),
    ("Our poker night is every Thursday.", "I've never played poker."),  # either order
])
def test_taking_part_meets_a_denial_of_doing_it(first: str, second: str) -> None:
    assert _flagged(first, second) == [2]


@pytest.mark.parametrize(("first", "second"), [
    ("I don't play chess.", "My son's chess lessons are on Tuesday."),  # someone else's
    ("I never learned French.", "My French lessons start next week."),  # a plan
    ("I've never played poker.", "I'd love to join a poker night one day."),  # a wish
    ("I don't do sales.", "My husband is a sales rep."),
])
def test_someone_elses_sessions_plans_and_wishes_are_not_flagged(first: str, second: str) -> None:
    assert _flagged(first, second) == []


@pytest.mark.parametrize("sentence", [
    "we have to practice a lot",  # no thing named
    "my biggest lesson is that i am stronger than i thought",
    "i am a sales rep for a software company",  # a job, not a membership
    "my husband works nights",
    "we have online classes that you can take",
    "country music is my absolute jam",  # a degree, not a jam session
])
def test_look_alikes_name_no_thing_taken_part_in(sentence: str) -> None:
    assert [c for c in participation_claims(sentence, None) if c.predicate == TAKE_PART] == []
