"""Tests for self_shapes: self-statements said in shapes the plain reader reads nothing from."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from simulate.checkers import self_shapes
from simulate.checkers.open_claims import extract_open_claims
from simulate.checkers.self_shapes import plain_statement, read_self_shapes
from thread_helpers import read_while_another_reads


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("said", "plain"), [
    ("lie-ins just do not work for me", "lie-ins is not my thing"),
    ("count me out of rollercoasters", "rollercoasters is not my thing"),
    ("spreadsheets baffle me", "i am useless with spreadsheets"),
    ("i am all about pilates these days", "i am into pilates"),
    ("tea is my religion", "tea is my life"),
    ("i could eat noodles every day", "i love noodles"),
    ("three rabbits live with me", "i live with three rabbits"),
    ("yours truly has two sons", "i have two sons"),
    ("not a cat person", "i am not a cat person"),
    ("i am not very good at golf", "i am not good at golf"),
    ("my favorite band is probably abba", "my favorite band is abba"),
    ("i like to paint in my spare time", "i like to paint"),
    ("i never get to travel", "i never travel"),
])
def test_a_shape_is_said_again_plainly(said: str, plain: str) -> None:
    assert plain_statement(said) == plain


@pytest.mark.parametrize("said", [
    "that does not work for me",  # a time offered, nothing named
    "tuesday does not work for me",
    "my son is all about pilates",
    "i am not sure",
    "hate the stuff",  # nothing named before it
    "i have to say, i love it",
    "mornings do not work for me on tuesdays",  # a time offered
    "not a morning person, my husband",  # said of someone else
    "never tasted sushi this good before",  # a comparison, not a first taste
    "i have to work weekends this month",  # a spell, not a routine
])
def test_look_alikes_are_not_rewritten(said: str) -> None:
    assert plain_statement(said) is None


def test_the_stuff_is_what_was_named() -> None:
    assert plain_statement("never touch the stuff", "whisky") == "never touch whisky"


def test_claims_of_the_shapes() -> None:
    assert ("lik", "yoga", "affirm") in _keys("I'm all about yoga.")
    assert ("be useless with", "spreadsheet", "affirm") in _keys("Spreadsheets baffle me.")
    assert ("be good at", "golf", "deny") in _keys("I'm not very good at golf.")
    assert ("lik", "abba", "affirm") in _keys("My favourite band is probably Abba.")


def test_each_verb_of_a_list_liked() -> None:
    keys = _keys("I like to hike, swim and paint.")
    assert {("lik", "hik", "affirm"), ("lik", "swim", "affirm"), ("lik", "paint", "affirm")} <= keys


def test_a_thing_of_two_words_stays_one() -> None:
    assert ("lik", "chip", "affirm") not in _keys("I like to eat fish and chips.")


def test_a_list_of_clauses_or_things_is_no_list_of_doings() -> None:
    assert not {k for k in _keys("I like to ride horses, I'm a vegan, and my bedroom is purple and lime green.")
                if "green" in k[1]}
    assert not {k for k in _keys("I like to play the violin and the guitar.") if k[1].startswith("th ")}


def test_each_noun_of_a_comma_list() -> None:
    keys = _keys("I don't eat pork, lamb or beef.")
    assert {("eat", "pork", "deny"), ("eat", "lamb", "deny"), ("eat", "beef", "deny")} <= keys


def test_someone_elses_list_says_nothing_of_the_speaker() -> None:
    assert not any(p == "lik" for p, _o, _pol in _keys("My kids like to hike, swim and paint."))


@pytest.mark.parametrize(("said", "topic", "plain"), [
    ("not for me", "sushi", "sushi is not my thing"),
    ("not my thing, golf", None, "golf is not my thing"),
    ("opera leaves me cold", None, "opera is not my thing"),
    ("i am not one for parties", None, "parties is not my thing"),
    ("i swim all the time", None, "i swim a lot"),
    ("in my spare time i do volunteer work", None, "i do volunteer work"),
    ("my shift on the farm ran late again", None, "my shift ran late again"),
    ("i am still in school myself", None, "i am still in school"),
])
def test_more_shapes_said_plainly(said: str, topic: str | None, plain: str) -> None:
    assert plain_statement(said, topic) == plain


@pytest.mark.parametrize("said", ["not for me", "i taught myself", "i live by myself", "i was sick all week"])
def test_more_look_alikes_are_not_rewritten(said: str) -> None:
    assert plain_statement(said) is None


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return sorted((c.predicate, c.object, c.polarity) for c in read_self_shapes(sentence, None))


def test_two_threads_reading_at_once_read_what_one_thread_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _read("i could eat noodles every day"), _read("spreadsheets baffle me")
    assert all(alone)
    together = read_while_another_reads(monkeypatch, self_shapes, _read, "i could eat noodles every day",
                                        "spreadsheets baffle me")
    assert together == alone


def test_many_readings_in_a_pool_read_what_one_thread_reads() -> None:
    sentences = ["i could eat noodles every day", "spreadsheets baffle me", "i am all about yoga", "tea is my religion",
                 "three rabbits live with me", "i like to hike, swim and paint"] * 20
    alone = [_read(s) for s in sentences]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(_read, sentences)) == alone
