"""Habits and skills said in passing: each everyday shape reads as the claim the checker compares."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import extract_open_claims


@pytest.mark.parametrize(("text", "key", "polarity"), [
    ("Never learnt to drive, never needed to.", ("driv", ""), "deny"),
    ("Can't tie a tie.", ("ti", "tie"), "deny"),
    ("Been knitting since I was seven.", ("knit", ""), "affirm"),
    ("Rowed across the bay on Sunday.", ("row", ""), "affirm"),
    ("Me and my brother go fishing every Saturday.", ("fish", ""), "affirm"),
])
def test_a_statement_without_its_i_is_still_the_speaker_s(text: str, key: tuple[str, str], polarity: str) -> None:
    claims = {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}
    assert (*key, polarity) in claims, claims


@pytest.mark.parametrize("text", ["Never mind.", "Had to leave early.", "Can't wait to see you.", "Walked past it."])
def test_a_subjectless_aside_says_nothing_lasting(text: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.polarity == "deny" or c.time == "present"], text


def test_being_bored_by_a_thing_is_not_liking_it() -> None:
    claims = {(c.predicate, c.object, c.polarity) for c in extract_open_claims("Board games bore me to tears.")}
    assert ("lik", "board game", "deny") in claims
    assert not extract_open_claims("It bores me.")


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "polarity"), [
    ("I'm up at five every day, weekends too.", "affirm"),
    ("I'm an early riser.", "affirm"),
    ("I never get up before ten.", "deny"),
    ("I'm hopeless at mornings.", "deny"),
])
def test_when_one_gets_up(text: str, polarity: str) -> None:
    assert ("get up", "early", polarity) in _keys(text)


@pytest.mark.parametrize("text", ["I was up at five this morning for a flight.", "I get up at nine every day."])
def test_one_early_morning_or_a_late_hour_is_no_early_rising(text: str) -> None:
    assert not [k for k in _keys(text) if k[:2] == ("get up", "early")]


def test_finishing_a_novel_is_reading_novels_and_books() -> None:
    keys = _keys("I've just finished the third Thursday Murder Club novel.")
    assert {("read", "novel", "affirm"), ("read", "book", "affirm")} <= keys
    assert ("read", "stephen king", "affirm") in _keys("I'm halfway through the new Stephen King.")
    assert not [k for k in _keys("I finished the book club meeting.") if k[0] == "read"]


def test_something_easy_one_has_done_is_something_one_can_do() -> None:
    claims = [c for c in extract_open_claims("Changing a tyre's easy, I've done it loads of times.")
              if c.object == "tyre"]
    assert claims and all(c.ability and c.polarity == "affirm" for c in claims)
    assert not [c for c in extract_open_claims("Knitting is easy, you should try it.") if c.ability]


def test_hours_sunk_into_a_known_game_is_playing_it() -> None:
    assert ("play", "zelda", "affirm") in _keys("Sunk about four hundred hours into Zelda this year.")
    assert not [k for k in _keys("I spent hours on my homework.") if k[0] == "play"]


@pytest.mark.parametrize(("text", "on"), [
    ("I post pics of my lunch on Instagram every day.", True),
    ("My TikTok account has ten thousand followers.", True),
    ("My son posted it on TikTok.", False),
    ("I'd never put that on Facebook.", False),
])
def test_posting_on_a_network_is_being_on_it(text: str, on: bool) -> None:
    assert bool([k for k in _keys(text) if k[0] == "be on" and k[2] == "affirm"]) == on, _keys(text)


def test_an_inverted_never_is_a_never() -> None:
    claims = {(c.predicate, c.polarity, c.time) for c in extract_open_claims("Not once have I sailed.")}
    assert ("sail", "deny", "ever") in claims
    assert not extract_open_claims("Not once have I regretted it.")
