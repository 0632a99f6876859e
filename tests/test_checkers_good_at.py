"""Being good at a thing named by a noun, against not being able to do it."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns as _flagged


@pytest.mark.parametrize(("first", "second"), [
    ("I'm good at chess.", "I don't know how to play chess."),
    ("I'm good at chess.", "I've never played chess."),
    ("I don't know how to play chess.", "I'm brilliant at chess."),  # either order
])
def test_good_at_a_thing_meets_not_being_able_to_do_it(first: str, second: str) -> None:
    assert _flagged(first, second) == [2]


@pytest.mark.parametrize(("first", "second"), [
    ("I'm good at chess.", "I can't play chess tonight, I'm busy."),  # not now, not never
    ("I'm good at chess.", "I don't play chess anymore."),  # a habit given up, not an inability
    ("My brother is good at chess.", "I can't play chess."),  # someone else
    ("I'm good at maths.", "I can't do this maths homework."),
])
def test_a_moment_a_habit_or_someone_else_is_not_flagged(first: str, second: str) -> None:
    assert _flagged(first, second) == []
