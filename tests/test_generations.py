"""Ages across generations: the speaker's age against their children's, grandchildren's and parents'."""

from __future__ import annotations

import pytest

from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.generations import generation_age_claims


def _flagged(earlier: str, later: str) -> bool:
    conversation = Conversation(id="c", turns=[TurnIn(speaker="A", text=earlier), TurnIn(speaker="B", text="I see."),
                                               TurnIn(speaker="A", text=later)])
    return any(f.turn == 2 for f in check_conversation(conversation))


@pytest.mark.parametrize(("sentence", "read"), [
    ("i am 19.", {("be aged", "19-19")}),
    ("i am in my early twenties.", {("be aged", "20-23")}),
    ("my kids are 12 and 15.", {("child aged", "12-12"), ("child aged", "15-15")}),
    ("my eldest just turned twenty.", {("child aged", "20-20")}),
    ("my nan is 90 this year.", {("grandparent aged", "90-90")}),
    ("my son is 15 minutes late.", set()),
    ("my friend's son is 15.", set()),
    ("if my son were 15 i would worry.", set()),
])
def test_ages_of_the_speaker_and_their_relatives_are_read(sentence: str, read: set[tuple[str, str]]) -> None:
    assert {(c.predicate, c.object) for c in generation_age_claims(sentence)} == read


@pytest.mark.parametrize(("earlier", "later"), [
    ("I'm 19.", "My kids are 12 and 15."),
    ("My daughter just turned 18.", "I'm 25."),
    ("I'm 40.", "My mum is 45."),
    ("I'm in my early twenties.", "My grandson is 5."),
])
def test_an_impossible_gap_between_generations_is_flagged(earlier: str, later: str) -> None:
    assert _flagged(earlier, later)


@pytest.mark.parametrize(("earlier", "later"), [
    ("I'm 45.", "My son is 15."),
    ("I'm 60.", "My dad is 85."),
    ("I'm 30.", "My stepson is 20."),
    ("I'm 19.", "My friend's son is 15."),
    ("My son is 15.", "My daughter is 19."),
])
def test_a_possible_gap_or_someone_elses_relative_is_not(earlier: str, later: str) -> None:
    assert not _flagged(earlier, later)
