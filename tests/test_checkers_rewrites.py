"""Rewrites of roundabout shapes into plain words, applied before a sentence's clauses are read."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import REWRITES, extract_open_claims
from simulate.checkers.rewrites import said_plainly, thing_put_back


def test_the_table_is_registered_with_the_open_claim_reader() -> None:
    assert said_plainly in REWRITES


@pytest.mark.parametrize(("sentence", "plain"), [
    ("every saturday you will find me fishing", "every saturday i go fishing"),
    ("nobody ever taught me to ride a bike", "i never learned to ride a bike"),
    ("i have never lived anywhere but london", "i have only ever lived in london"),
    ("i have not been able to walk since the accident", "i can not walk since the accident"),
    ("we moved something like seven times", "we moved seven times"),
    ("i have only been married the once", "i have only been married once"),
    ("we have lived in leeds our whole lives", "we have lived in leeds all our lives"),
    ("we were never blessed with children", "we never had children"),
    ("i say the rosary every night", "i pray the rosary every night"),
    ("i have never said a prayer in my life", "i have never prayed in my life"),
    ("my parents have literally never let us have a dog", "i did not have a dog"),
    ("my landlord will not let us have a cat", "i do not have a cat"),
    ("most sundays i am out fishing with my pop", "most sundays i go fishing with my pop"),
    ("not a single cigarette in my whole life", "i have never smoked in my whole life"),
    ("pork has never passed my lips", "i have never had pork"),
    ("kids were never on the cards for me", "i have never had kids"),
    ("not married, me", "i am not married"),
    ("english is the only langauge i speak", "i only speak english"),
    ("sure i have no irish at all", "sure i do not speak irish at all"),
    ("i only speak the one language, english", "i only speak english"),
    ("we all talk portuguese at dinner", "we all speak portuguese at dinner"),
    ("we tied the knot in 1990", "we got married in 1990"),
    ("i dropped out junior year", "i dropped out of high school"),
    ("i can get by in german", "i get by in german"),
    ("i never went in for any of that, me, never prayed", "i never went in for any of that, never prayed"),
    ("a city girl, me", "i am a city girl,"),
    ("every summer we are going to kerala", "every summer we go to kerala"),
    ("daily morning i am cleaning the cage", "daily morning i clean the cage"),
    ("they never taught me farsi", "i never learned farsi"),
    ("i never picked up any tagalog", "i never learned tagalog"),
    ("had a massive chat with lola, all in tagalog", "i spoke tagalog"),
    ("we are having no pets at all", "we have no pets at all"),
    ("shorthand is one skill i never acquired", "i have never learned shorthand"),
    ("i spent eight years in the army", "i was in the army"),
    ("i spend way too much time scrolling social media", "i scroll social media"),
    ("i spend ages worrying about it", "i spend ages worrying about it"),
    ("i spent two years in paris", "i spent two years in paris"),  # a place, read as such
    ("got three ferrets at home, absolute chaos", "i have three ferrets at home, absolute chaos"),
    ("just the one ferret for me, bandit", "i have only one ferret, bandit"),
    ("i am a january baby", "my birthday is in january"),
    ("born and raised lds, served my mission", "i have always been lds, served my mission"),
    ("i am the last person in britain without an air fryer", "i do not have a air fryer"),
    ("i got mugged in rome", "i was mugged in rome"),
    ("i have never gotten arrested", "i have never been arrested"),
    ("we get burgled every winter", "we are burgled every winter"),
    ("i am deaf in my left ear", "i am hard of hearing"),
    ("i have never managed to finish a marathon", "i can never finish a marathon"),
    ("my spanish does not go beyond hola and gracias", "i do not speak spanish"),
    ("i am blind in my left eye", "i have poor eyesight"),
    ("i have never spoken or studied any chinese", "i have never spoken any chinese, and i have never studied any chinese"),
    ("i do not read or write music", "i do not read music, and i do not write music"),
    ("russian is the language we speak at home", "we speak russian at home"),
    ("nobody in my house speaks russian", "i do not speak russian"),
    ("nobody in my family has ever worked for amazon, me included", "i have never worked for amazon"),
    ("i have not lived under my parents' roof since i was seventeen", "i have not lived with my parents since i was seventeen"),
    ("i live in a small flat in manchester", "i live in a small flat, and i live in manchester"),
    ("i have read the bible cover to cover twice", "i have read the bible twice"),
    ("i was born right here in toronto", "i was born in toronto"),
    ("i met my boyfriend on tinder", "i met them on tinder, and i used tinder"),
    ("french was my major in college", "i studied french in college"),
    ("i finally made it to japan", "i have been to japan"),
    ("i left my job at amazon last spring", "i left my job at amazon, and i worked at amazon, last spring"),
    ("nobody's ever asked me to be a bridesmaid", "i have never been a bridesmaid"),
    ("i have never had a hamster or anything small like that, only dogs", "i have never had a hamster, only dogs"),
])
def test_a_roundabout_shape_is_said_plainly(sentence: str, plain: str) -> None:
    assert said_plainly(sentence) == plain


@pytest.mark.parametrize("sentence", [
    "sunday is the only day i do not work",  # other days are worked: nothing to rewrite as "i do not work"
    "i was so sure that i had locked the door",  # what one was sure of need not be so
    "i love going to the gym",
    "i have no irish blood",  # ancestry, not a language
    "i am out working all day",  # at work, not out doing a pastime
    "i have no friends at all",
    "we talk about football",  # talking of something, not in a language
    "sorry, me again",
    "lucky me, i got the last one",
    "i do not have french on mondays",  # a timetable, not a language unspoken
    "we picked up chinese for dinner",  # a takeaway
    "we always say grace at my in-laws",  # a ritual, not a prayer of one's own
    "i am off skiing next week",  # a plan, not a habit
    "every day i am getting better",  # a change under way, not a habit
    "we are going to kerala every summer",  # the habit must lead: "going to" may be a plan
    "i picked up the kids",
    "they never taught me to cook",
    "i got fired last year",  # a change of its own, read by the job lines
    "i got a stung finger",
    "my car does not go beyond sixty",  # no language
    "i do not like or trust him",  # (verbs of feeling are left as said)
    "maths is the language we speak",  # no language
])
def test_a_plain_or_guarded_sentence_is_left_as_it_is(sentence: str) -> None:
    assert said_plainly(sentence) == sentence


def test_the_rewrite_decides_what_is_read() -> None:
    read = {(c.predicate, c.object, c.polarity) for c in extract_open_claims("Yom Kippur is the one day I always fast.")}
    assert ("fast", "", "affirm") in read
    assert not extract_open_claims("Sunday is the only day I don't work.")


def test_each_first_look_belongs_to_exactly_one_rule() -> None:
    """A rule's first-look words are found by a piece of its pattern; a piece that named no rule, or two, would skip
    the wrong rule or none."""
    from simulate.checkers.rewrites import _FIRST_LOOKS, _PLAINLY

    for marker, words in _FIRST_LOOKS:
        owners = [pattern for pattern, _ in _PLAINLY if marker in pattern.pattern]
        assert len(owners) == 1, f"{marker!r} names {len(owners)} rules"
        assert words and all(word == word.lower() for word in words), marker


@pytest.mark.parametrize(("said", "plain"), [
    ("tennis is one sport i have genuinely never played.", "i have genuinely never played tennis."),
    ("sushi's what i have for lunch most days", "i have sushi for lunch most days"),
    ("breakfast is the one meal i never miss", "i never miss breakfast"),
    ("writing poems is not something i do", "i do not do writing poems"),
    ("thankfully diabetes is one thing i do not have", "i do not have diabetes"),
    ("cello's one of those instruments i have never had a go at", "i have never tried cello"),
    ("sunday is the one day i never cook", "sunday is the one day i never cook"),  # a time, not a thing cooked
    ("tea is the only hot drink i like", "i only like tea"),
    ("that's what i do", "that's what i do"),
    ("my brother is one guy i never liked", "my brother is one guy i never liked"),
])
def test_a_thing_put_first_is_put_back_after_its_verb(said: str, plain: str) -> None:
    assert thing_put_back(said) == plain


@pytest.mark.parametrize(("text", "claim"), [
    ("Riding a bike is easy, I can ride no-hands.", ("rid", "affirm", True)),
    ("Touching my toes is impossible for me.", ("touch", "deny", True)),
])
def test_a_doing_said_easy_with_i_can_after_it_or_impossible_for_me(text: str, claim: tuple[str, str, bool]) -> None:
    assert claim in {(c.predicate, c.polarity, c.ability) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "verb"), [("Skiing is easy, everyone says so.", "ski"),
                                            ("Knitting is easy, I can ask my nan to teach you.", "knit"),
                                            ("Skiing is easy, I can tell you, the kids picked it up in a day.", "ski")])
def test_easy_said_of_everyone_or_with_an_offer_is_no_ability(text: str, verb: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.predicate == verb and c.polarity == "affirm"]


@pytest.mark.parametrize("text", ["I know zero Japanese.", "honestly I speak zero Spanish lol"])
def test_zero_of_a_language_is_none_of_it(text: str) -> None:
    assert [c for c in extract_open_claims(text) if c.polarity == "deny" and c.predicate in ("know", "speak")]
