"""The open ledger: when an undated past episode meets a present state, and when it does not."""

from __future__ import annotations

import pytest

from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation
from simulate.checkers.open_claims import OpenClaim
from simulate.checkers.open_ledger import times_overlap


def _flagged(turns: list[tuple[int, str]]) -> list[int]:
    said = Conversation.model_validate({"id": "c", "turns": [{"speaker": "A", "session": s, "text": t} for s, t in turns]})
    return [f.turn for f in check_conversation(said) if f.kind != "persona"]


@pytest.mark.parametrize(("state", "episode"), [
    ("I'm vegetarian.", "We went to the pub and I had a steak."),
    ("I'm allergic to shellfish.", "I had a huge plate of prawns."),
    ("I can't swim.", "I swam across the lake."),
])
def test_an_undated_episode_after_a_present_state_contradicts_it(state: str, episode: str) -> None:
    assert _flagged([(0, state), (0, "Nice."), (0, episode)]) == [2]
    assert _flagged([(0, state), (1, "Nice."), (2, episode)]) == [2]  # told sessions later, still after the state


@pytest.mark.parametrize(("state", "past"), [
    ("I'm vegetarian.", "I ate meat for twenty years."),  # a period, not an episode
    ("I'm vegetarian.", "I used to eat steak."),
    ("I don't have any pets.", "I had a dog."),  # a past possession is no episode
    ("I'm vegetarian now.", "I had a steak last year, before I changed."),
])
def test_a_past_period_or_state_does_not_meet_a_present_state(state: str, past: str) -> None:
    assert _flagged([(0, state), (0, "Nice."), (0, past)]) == []


def test_an_episode_told_sessions_before_a_state_may_predate_it() -> None:
    assert _flagged([(0, "We went to the pub and I had a steak."), (1, "Nice."), (2, "I'm vegetarian.")]) == []
    assert _flagged([(0, "We went to the pub and I had a steak."), (0, "Nice."), (0, "I'm vegetarian.")]) == [2]


def test_times_overlap_of_plain_tenses() -> None:
    present = OpenClaim("swim", "", polarity="deny")
    assert times_overlap(OpenClaim("swim", ""), present, same_session=True) == 0.95
    assert times_overlap(OpenClaim("swim", "", time="remote"), present, same_session=True) == 0.0
    assert times_overlap(OpenClaim("swim", "", time="past"), present, same_session=True) == 0.0


def test_having_done_it_once_does_not_meet_not_being_able_to() -> None:
    """"I've skied once" and "I can't ski at all" can both hold (tried, never good at it); "I've been to Rome" still
    meets only "never"."""
    cannot = OpenClaim("ski", "", polarity="deny", ability=True)
    assert times_overlap(OpenClaim("ski", "", time="ever"), cannot, same_session=True) == 0.0
    assert _flagged([(0, "I've skied once, on a school trip."), (0, "Nice."), (0, "I can't ski at all.")]) == []


@pytest.mark.parametrize(("able", "never", "flag"), [
    ("I can play the piano.", "I've never played the piano.", True),  # a skill used on an object
    ("i can code in python, it's my whole job", "I've never written a line of code, I've never coded.", True),
    ("I can see the sea from my window.", "I've never seen the sea.", False),  # no skill: seeing it from here
])
def test_an_ability_meets_never_when_it_is_a_skill(able: str, never: str, flag: bool) -> None:
    assert _flagged([(0, able), (0, "Nice."), (0, never)]) == ([2] if flag else [])


def test_a_count_said_of_the_moment_is_not_compared() -> None:
    visit = "I've got three cats at the moment, my sister's two are staying with us."
    assert _flagged([(0, "I have one cat."), (0, "Nice."), (0, visit)]) == []  # a count of the moment may be a visit
    assert _flagged([(0, "I've got three cats."), (0, "Nice."), (0, "I've just got the one cat.")]) == [2]


@pytest.mark.parametrize(("fear", "episode"), [
    ("Deep water terrifies me.", "I went scuba diving."),
    ("I'm terrified of heights.", "We did a bungee jump on holiday."),
])
def test_a_fear_meets_an_undated_episode_told_after_it(fear: str, episode: str) -> None:
    assert _flagged([(0, fear), (0, "Nice."), (0, episode)]) == [2]
    assert _flagged([(0, episode), (1, "Nice."), (2, fear)]) == []  # told sessions before: it may predate the fear


@pytest.mark.parametrize(("cannot", "done", "flag"), [
    ("I can't sing.", "I sing in the shower all the time lol, badly.", False),
    ("I can't dance at all.", "I dance terribly but I love it.", False),
    ("I can't sing.", "I sing in the shower all the time.", True),
    ("I never sing.", "I sing in the shower all the time, badly.", True),
])
def test_a_doing_done_badly_does_not_meet_not_being_able_to(cannot: str, done: str, flag: bool) -> None:
    assert bool(_flagged([(1, cannot), (1, "Oh really?"), (2, done)])) is flag


@pytest.mark.parametrize(("faith", "church", "flag"), [
    ("I'm an atheist.", "I still go to church on Christmas with my mom, for her sake.", False),
    ("I'm not religious.", "I go to church at Christmas.", False),
    ("I'm an atheist.", "I go to church every Sunday.", True),
    ("I've never been to church.", "We go to church at Easter.", True),
])
def test_worship_kept_for_a_feast_or_for_someone_tells_nothing_of_faith(faith: str, church: str, flag: bool) -> None:
    assert bool(_flagged([(1, faith), (1, "Oh really?"), (2, church)])) is flag
