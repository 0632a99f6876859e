"""Being good at a thing named by a noun, against not being able to do it."""

from __future__ import annotations

import pytest

from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation


def _flagged(first: str, second: str) -> list[int]:
    turns = [("A", first), ("B", "Oh really?"), ("A", second)]
    said = Conversation.model_validate({"id": "c", "turns": [{"speaker": who, "text": text} for who, text in turns]})
    return [f.turn for f in check_conversation(said) if f.kind != "persona"]


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
