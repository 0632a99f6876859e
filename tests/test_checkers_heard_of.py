"""Never having heard of a thing, against the speaker's own earlier talk of it."""

from __future__ import annotations

import pytest

from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation


def _flagged(turns: list[tuple[str, str]]) -> list[int]:
    said = Conversation.model_validate({"id": "c", "turns": [{"speaker": who, "text": text} for who, text in turns]})
    return [f.turn for f in check_conversation(said) if f.kind != "persona"]


@pytest.mark.parametrize("earlier", [
    "I've never really listened to rap music before. What's it like?",  # a denial still knows of it
    "I love rap music, Kendrick is my favourite.",
])
def test_never_having_heard_of_what_one_spoke_of_is_flagged(earlier: str) -> None:
    assert _flagged([("A", earlier), ("B", "Oh nice."), ("A", "I've never heard of rap music.")]) == [2]


@pytest.mark.parametrize("turns", [
    [("B", "I love rap music."), ("A", "Cool."), ("A", "I've never heard of rap music.")],  # the other speaker's word
    [("A", "I love rap music."), ("B", "Me too."), ("A", "I'd never heard of rap music until you played it to me.")],
    [("A", "I've never heard of rap music."), ("B", "Really?"), ("A", "I've been listening to rap music all week.")],
])
def test_hearing_of_it_from_others_news_or_learning_since_is_not_flagged(turns: list[tuple[str, str]]) -> None:
    assert _flagged(turns) == []
