"""Sentences that leave out their "I" are read with it put back; imperatives and descriptions are not."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import extract_open_claims
from simulate.checkers.subjects import supply_subject, with_state_subjects


@pytest.mark.parametrize(("said", "read"), [
    ("never learned to swim, mate.", "i never learned to swim, mate."),
    ("honestly, drove to leeds on saturday.", "honestly, i drove to leeds on saturday."),
    ("been vegetarian eleven years now.", "i have been vegetarian eleven years now."),
    ("retired now, thank goodness.", "i am retired now, thank goodness."),
    ("do not own a car, never have.", "i do not own a car, never have."),
    ("love a bit of karaoke.", "i love a bit of karaoke."),
    ("not a big fan of cats.", "i am not a big fan of cats."),
    ("hit snooze six times today.", "i hit snooze six times today."),
    ("said the rosary on the bus home.", "i said the rosary on the bus home."),
])
def test_the_left_out_subject_is_put_back(said: str, read: str) -> None:
    assert supply_subject(said) == read


@pytest.mark.parametrize("said", [
    "do not worry about it.", "never mind.", "sounds great!", "looked amazing.", "take care!", "i swim daily.",
    "my dog swims daily.", "we drove to leeds.", "sounded like a lot of fun.", "yesterday was fun.", "said no one ever.",
    "hit the lights, would you.", "cut it out!",
])
def test_imperatives_descriptions_and_sentences_with_a_subject_are_left_alone(said: str) -> None:
    assert supply_subject(said) == said


def test_a_state_after_and_is_the_speakers_only_after_their_own_clause() -> None:
    from simulate.checkers.subjects import with_state_subjects

    assert with_state_subjects("i am 30 and still scared of the dark") == "i am 30 and i am still scared of the dark"
    assert with_state_subjects("my sister is 30 and still scared of the dark") == "my sister is 30 and still scared of the dark"
    assert with_state_subjects("i am 40 and happily married") == "i am 40 and i am happily married"


def test_a_past_verb_after_and_shares_the_speakers_subject() -> None:
    from simulate.checkers.subjects import with_state_subjects

    assert with_state_subjects("i made a curry last night and ate three bowls of it") == \
        "i made a curry last night and i ate three bowls of it"
    assert with_state_subjects("my mum made a curry and ate it") == "my mum made a curry and ate it"
    assert with_state_subjects("i went home and she cooked") == "i went home and she cooked"


@pytest.mark.parametrize(("said", "read"), [
    ("i was raised catholic and still go to mass.", "i was raised catholic and i still go to mass."),
    ("i grew up in leeds and now live in london.", "i grew up in leeds and i now live in london."),
])
def test_a_verb_after_and_an_adverb_of_time_is_the_speakers(said: str, read: str) -> None:
    assert with_state_subjects(said) == read


def test_someone_elses_clause_keeps_its_own_subject() -> None:
    said = "my sister loves jazz and still plays the sax."
    assert with_state_subjects(said) == said


@pytest.mark.parametrize("text", ["my brother moved to Leeds, can't drive though", "I tell everyone, don't eat there",
                                  "I'd recommend the train, don't fly.", "I've got two teenagers, don't eat vegetables at all."])
def test_a_comma_dont_is_not_read_as_the_speakers(text: str) -> None:
    assert not {c for c in extract_open_claims(text) if c.polarity == "deny" and c.predicate in ("driv", "eat", "fly")}
