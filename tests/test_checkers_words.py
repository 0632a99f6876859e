"""Word forms: every inflection of a word maps to one form."""

from __future__ import annotations

import pytest

from simulate.checkers.words import base_of_gerund, gerund, is_past_form, participle, singular, verb_stem


@pytest.mark.parametrize("forms", [
    ("knit", "knits", "knitted", "knitting"), ("bake", "baked", "bakes", "baking"), ("swim", "swam", "swum", "swims",
    "swimming"), ("go", "goes", "went", "gone", "going"), ("try", "tries", "tried", "trying"),
    ("stop", "stops", "stopped", "stopping"), ("die", "dies", "died", "dying"), ("use", "used", "uses", "using"),
])
def test_every_inflection_shares_a_stem(forms: tuple[str, ...]) -> None:
    """One stem per verb."""
    assert len({verb_stem(f) for f in forms}) == 1


@pytest.mark.parametrize(("one", "many"), [("daughter", "daughters"), ("child", "children"), ("cookie", "cookies"),
                                             ("shoe", "shoes"), ("knitting needle", "knitting needles"),
                                             ("box", "boxes"), ("puppy", "puppies"), ("headache", "headaches"),
                                             ("beach", "beaches"), ("coach", "coaches")])
def test_singular_and_plural_meet(one: str, many: str) -> None:
    """A noun and its plural have one form."""
    assert singular(one) == singular(many)


def test_past_forms() -> None:
    """"swam" and "walked" are past; "knit" and "need" are also presents."""
    assert is_past_form("swam") and is_past_form("walked")
    assert not is_past_form("knit") and not is_past_form("need")


@pytest.mark.parametrize(("base", "done"), [("learn", "learnt"), ("swim", "swum"), ("stop", "stopped"), ("play", "played"),
                                            ("try", "tried"), ("drive", "driven"), ("cook", "cooked"), ("study", "studied")])
def test_participles_of_regular_and_irregular_verbs(base: str, done: str) -> None:
    assert participle(base) == done


@pytest.mark.parametrize(("gerund", "base"), [
    ("making", "make"), ("running", "run"), ("juggling", "juggle"), ("cooking", "cook"), ("riding", "ride"), ("using", "use"),
    ("dancing", "dance"), ("rolling", "roll"), ("biting", "bite"), ("opening", "open"), ("skating", "skate"),
    ("practising", "practise"), ("lying", "lie"), ("seeing", "see"), ("visiting", "visit"), ("touching", "touch"),
    ("travelling", "travel"), ("panicking", "panic"), ("meditating", "meditate"), ("changing", "change"), ("managing", "manage"),
    ("imagining", "imagine"), ("retiring", "retire"), ("queuing", "queue"), ("filing", "file"), ("adding", "add"),
    ("breathing", "breathe"), ("hanging", "hang"), ("joining", "join"), ("telling", "tell"),
])
def test_base_of_an_ing_form(gerund: str, base: str) -> None:
    assert base_of_gerund(gerund) == base


@pytest.mark.parametrize(("base", "ing"), [("sing", "singing"), ("write", "writing"), ("swim", "swimming"), ("lie", "lying"),
                                           ("see", "seeing"), ("cook", "cooking"), ("visit", "visiting")])
def test_ing_form_of_a_base_and_back(base: str, ing: str) -> None:
    assert gerund(base) == ing
    assert base_of_gerund(ing) == base
