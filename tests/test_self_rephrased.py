"""Tests for self_rephrased: self-statements with a range, an interest, a "who" or a held wish, said plainly."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import extract_open_claims
from simulate.checkers.self_rephrased import _BY_WORD, _RULES, REPHRASINGS, rephrased


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


_SHAPED = [
    ("i love all kinds of movies", "i love movies"),
    ("i read all sorts of books, but mostly fiction", "i read books"),
    ("i listen to all different kinds of music", "i listen to music"),
    ("i love animals more than anything", "i love animals"),
    ("i have always been fascinated by bees", "i have always been interested in bees"),
    ("i am curious about electricity", "i am interested in electricity"),
    ("astronomy fascinates me", "i am interested in astronomy"),
    ("i have always had a fascination with trains", "i am interested in trains"),
    ("i have a passion for baking", "i love baking"),
    ("i have no interest in golf", "i am not interested in golf"),
    ("i am who loves country music", "i love country music"),
    ("i am someone who hates crowds", "i hate crowds"),
    ("i am not the kind of person who enjoys parties", "i do not enjoy parties"),
    ("i am not someone who is shy", "i am not shy"),
    ("i am lucky to have such a great job", "i have a great job"),
    ("i am lucky to have a job that i love", "i have a job"),
    ("i have always wanted to learn how to knit", "i can not knit yet"),
    ("i have always wanted to try skiing", "i have never tried skiing yet"),
    ("i have always wanted to visit italy, but i have never had the chance", "i have not been to italy yet"),
    ("i am a 32 year old man", "i am a man"),
    ("i am a 19 year old who works at burger king", "i work at burger king"),
    ("i am a 31-year-old aspiring filmmaker from egypt", "i am from egypt"),
    ("i am a 23-year-old musician from brazil", "i am a musician. i am from brazil"),
    ("i am a 53-year-old artist from new york", "i am an artist. i am from new york"),
    ("i just got back from europe", "i have been to europe"),
    ("i have been wanting to go to thailand for a long time", "i have not been to thailand yet"),
    ("i had to have a transplant", "i had a transplant"),
    ("my favorite type of music to sing is folk music", "i love to sing folk music"),
    ("i spend most of my time on facebook when i am not working", "i use facebook"),
    ("i spend most of my free time at the gym", "i go to gym"),
    ("one of the languages that i am currently studying is spanish", "i am studying spanish"),
    ("i am not happy with my job", "i have a job"),
    ("i am always happy to talk about feminism with people", "i am interested in feminism"),
    ("i am always looking for new music to listen to", "i listen to music"),
    ("i am always looking for new recipes to try", "i cook"),
    ("i am always reading something", "i am always reading"),
    ("i love spending time at the beach", "i love beach"),
    ("i love making different types of cookies", "i love making cookies"),
    ("i love anything by jane austen, especially pride and prejudice", "i love jane austen"),
    ("i love to read anything about history, especially wwii", "i am interested in history"),
    ("i love kayaking for the same reason", "i love kayaking"),
    ("i am so ready to move out of my parents' house", "i live with my parents"),
    ("hi, i am a 46 year old single dad", "i am a single dad"),
]


@pytest.mark.parametrize(("said", "plain"), _SHAPED)
def test_a_shape_is_said_plainly(said: str, plain: str) -> None:
    assert rephrased(said) == plain


@pytest.mark.parametrize("said", [
    "my son is fascinated by trains",        # someone else
    "i was fascinated by trains as a kid",   # a past state
    "i am curious about what you do",        # a question word
    "it fascinates me",                      # a pronoun, nothing named
    "i used to love all kinds of music",     # a past state
    "i would love all kinds of pets",        # a wish
    "i love it with all kinds of sauces",    # the range is not what is loved
    "i know someone who loves country music",  # someone else
    "i am lucky to have her in my life",     # a person, by a pronoun
    "i am lucky to be here",                 # no thing had
    "i always wanted to learn how to knit as a kid",  # a wish held in the past
    "i have always wanted to learn more about birds",  # more of what one may know
    "i have always wanted to visit italy again",  # again: been before
    "i have always wanted to learn how to knit better",  # better: knits already
    "my wife is a 56 year old woman",        # someone else
    "i just got back from traveling the world",  # a doing, not a place
    "my son wants to learn to swim",         # someone else
    "i wish i could swim",                   # a wish says nothing of what is
    "i wish i had a dog",                    # a wish says nothing of what is
    "i would love to learn how to meditate",  # a wish, not held up to now
    "i want to learn to swim",               # a wish, not held up to now
    "i am always happy to talk about my life",  # one's own life: no topic of interest
    "i love spending time in the kitchen with my mom",  # the company, not the place
    "i would read anything by jane austen",  # a hypothetical
    "i have always wanted to learn how to play",  # to play what: not said
    "i love everything from nonfiction to fiction",  # a range, not an author
    "my sister can not wait to move out of my parents' house",  # someone else
    "my dog had to have surgery",            # someone else
    "i will have to have surgery next year",  # to come
    "my favorite place to go is the beach",  # read as a favourite place already
    "my favorite thing to do is read",       # no thing liked named
    "i am not very athletic",                # a degree, not a denial (a bodybuilder may say it)
])
def test_a_look_alike_is_not_rephrased(said: str) -> None:
    assert rephrased(said) is None


def test_the_claims_of_a_shape_are_those_of_its_plain_words() -> None:
    assert ("be interested in", "bee", "affirm") in _keys("I've always been fascinated by bees.")
    assert ("have", "job", "affirm") in _keys("I'm lucky to have a job that I love.")


def test_a_wish_held_up_to_now_is_not_yet_done() -> None:
    """"I've always wanted to learn how to knit": not knitting yet, so a later "I knit" may be news."""
    claims = [c for c in extract_open_claims("I've always wanted to learn how to knit.") if c.predicate == "knit"]
    assert claims and all(c.polarity == "deny" and c.ability and c.not_yet for c in claims)


def test_a_question_is_not_read() -> None:
    assert not extract_open_claims("Have you always wanted to learn how to knit?")


def test_every_shape_is_reached_by_the_words_it_names() -> None:
    """Each shape of the table is tried on a sentence of its shape: one of its words is in the sentence."""
    reached = set()
    for said, _ in _SHAPED:
        words = said.replace(",", " ").split()
        reached |= {place for place, (pattern, _) in enumerate(_RULES) if pattern.match(said)
                    and any(place in _BY_WORD.get(word, ()) for word in words)}
    assert reached == set(range(len(REPHRASINGS)))
