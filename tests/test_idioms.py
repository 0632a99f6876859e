"""Tests for idioms: idioms of doing, liking and being said again in plain words, and read as those are."""

from __future__ import annotations

import pytest

from simulate.checkers import idioms
from simulate.checkers.idioms import _RULES, IDIOMS, plain_idiom, read_idioms
from simulate.checkers.open_claims import extract_open_claims
from thread_helpers import read_while_another_reads


def _keys(text: str) -> set[tuple[str, str, str, bool]]:
    return {(c.predicate, c.object, c.polarity, c.ability) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("said", "plain"), [
    ("i could swim in my sleep", "i can swim well"),
    ("i could not cook to save my life", "i can not cook"),
    ("i have not the foggiest how to knit", "i do not know how to knit"),
    ("i have no idea how to drive", "i do not know how to drive"),
    ("i am a dab hand at baking", "i am good at baking"),
    ("baking is second nature to me", "i am good at baking"),
    ("i have got green fingers", "i am good at gardening"),
    ("i am all thumbs when it comes to diy", "i am useless at diy"),
    ("i live and breathe football", "i love football"),
    ("i am football mad", "i love football"),
    ("i am coffee-obsessed", "i love coffee"),
    ("i am a golf nut", "i love golf"),
    ("jazz drives me up the wall", "i hate jazz"),
    ("opera does not float my boat", "i do not like opera"),
    ("i would not touch sushi with a barge pole", "i hate sushi"),
    ("i would rather die than go camping", "i do not like camping"),
    ("i am on the wagon", "i do not drink"),
    ("you will not catch me in a gym", "i never go to gym"),
    ("i am a vegan through and through", "i am a vegan"),
    ("i never touch meat", "i never eat meat"),
    ("i have been off meat for years", "i no longer eat meat"),
    ("i can not boil an egg", "i can not cook"),
    ("i am tone-deaf", "i can not sing"),
    ("cricket is in my blood", "i love cricket"),
    ("i am a die-hard liverpool fan", "i love liverpool"),
    ("i could not care less about football", "i do not like football"),
    ("i do not take non-veg", "i do not eat meat"),
    ("spiders give me the creeps", "i am scared of spiders"),
    ("i have caught the running bug", "i love running"),
    ("i am a sushi virgin", "i have never tried sushi"),
    ("i can not be doing with camping", "i hate camping"),
    ("i am not a great one for parties", "i do not like parties"),
    ("i am very much fond of cricket", "i love cricket"),
    ("me and water do not mix", "i do not like swimming"),
])
def test_an_idiom_is_said_plainly(said: str, plain: str) -> None:
    assert plain_idiom(said) == plain


@pytest.mark.parametrize("said", [
    "my son could swim in his sleep",  # someone else's
    "he is football mad",
    "my brother drives me up the wall",  # a person, not a thing disliked
    "it drives me mad",  # nothing named
    "i am so mad",  # an adverb, not a thing
    "i am really mad",
    "i never touch the stove",  # not eaten or drunk
    "i have been off work for a week",
    "i am off to the pub",
    "i could sleep for a week",
    "fishing runs in the family",  # says nothing of the speaker
    "i could not care less what people think",
    "cricket is in my dad's blood",
    "i have caught a bug",
    "i am stir crazy",  # a word of degree or of state, not a thing loved
    "i am a total nut",
    "i am half mad",
    "i would be mad for hurling if i had the time",
])
def test_a_look_alike_is_not_an_idiom(said: str) -> None:
    assert plain_idiom(said) is None


def test_the_stuff_is_what_was_just_named() -> None:
    assert plain_idiom("i never touch the stuff", topic="wine") == "i never drink wine"
    assert plain_idiom("i never touch the stuff") is None
    assert plain_idiom("not a chance", topic="skiing") == "skiing is not my thing"
    assert plain_idiom("not a chance") is None


def test_an_idiom_is_read_as_its_plain_words() -> None:
    assert _keys("i could swim in my sleep") >= _keys("i can swim well")
    assert _keys("i could not cook to save my life") >= _keys("i can not cook")
    assert _keys("i live and breathe football") >= _keys("i love football")
    assert _keys("i live and breathe football")  # it reads at all


def test_a_plain_statement_with_a_slot_has_a_slot_to_fill() -> None:
    for pattern, plain in _RULES:
        assert ("{x}" in plain) == ("x" in pattern.groupindex), pattern.pattern


def test_every_idiom_is_tried_by_one_of_its_words() -> None:
    """A sentence is tried against an idiom only when it has one of the idiom's words: each example has one."""
    for words, _, _ in IDIOMS:
        assert words.split(), words
    assert plain_idiom("golf bores me to tears") == "i hate golf"
    assert plain_idiom("i am a golf nut") == "i love golf"


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return sorted((c.predicate, c.object, c.polarity) for c in read_idioms(sentence, None))


def test_two_threads_reading_at_once_read_what_one_thread_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _read("i am a golf nut"), _read("jazz drives me up the wall")
    assert all(alone)
    assert read_while_another_reads(monkeypatch, idioms, _read, "i am a golf nut", "jazz drives me up the wall") == alone
