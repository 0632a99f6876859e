"""Words that open or close a statement without saying anything of the speaker are set aside before reading."""

from __future__ import annotations

import re

import pytest

from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation
from simulate.checkers.normalize import NUMBER, normalise, parse_number, sentences, without_discourse_markers


@pytest.mark.parametrize(("said", "read"), [
    ("To be fair, needles don't bother me.", "needles don't bother me."),
    ("lol my grandma taught me to knit.", "my grandma taught me to knit."),
    ("Honestly, shrimp scampi is my favourite.", "shrimp scampi is my favourite."),
    ("Well, I don't.", "I don't."),
    ("I was born in Boston tbh.", "I was born in Boston."),
    ("i work 60-hour weeks What about you?", "i work 60-hour weeks."),
    ("I love it haha tbh!", "I love it!"),
    ("I honestly can't swim.", "I can't swim."),
    ("Hmm. I know.", "I know."),
    ("Well, the honest answer is that I don't own a television.", "I don't own a television."),
    ("The short answer is I don't drive.", "I don't drive."),
    ("Proud to share that I've completed my MBA.", "I've completed my MBA."),
])
def test_markers_are_set_aside(said: str, read: str) -> None:
    assert without_discourse_markers(said) == read


@pytest.mark.parametrize("said", [
    "No meat for me.", "Well done steak is my thing.", "Nope.", "haha", "So I went home.", "Honestly?",
    "I don't really like olives.", "These days I cycle to work.", "you?",
])
def test_words_that_carry_meaning_stay(said: str) -> None:
    assert without_discourse_markers(said) == said


@pytest.mark.parametrize(("first", "then"), [
    ("I've never learned to knit.", "lol my grandma taught me to knit when I was eight."),
    ("I'm terrified of needles.", "To be fair, needles don't bother me."),
    ("I don't work at all.", "i honestly work 60-hour weeks What about you?"),
])
def test_a_contradiction_wrapped_in_markers_is_still_found(first: str, then: str) -> None:
    turns = [{"speaker": "A", "text": first}, {"speaker": "B", "text": "Oh really?"}, {"speaker": "A", "text": then}]
    findings = check_conversation(Conversation.model_validate({"id": "c", "turns": turns}))
    assert [f.turn for f in findings if f.kind != "persona"] == [2]


@pytest.mark.parametrize(("first", "then"), [
    ("I can't type without looking at the keys.", "It's been a long week but I touch type at ninety words a minute."),
    ("Needles terrify me.", "I'll be honest, needles don't bother me."),
    ("I've never read Pride and Prejudice.", 'I read "Pride and Prejudice" every Christmas.'),
    # a remark that names nobody, then "but" and a statement that drops its "I"
    ("I can't drive, I never took the test.", "It's been a long week but drove my nan to the hospital this morning."),
    ("I'm vegan.", "Sorry for the slow reply but had a bacon butty from the caff this morning."),
    ("I'm 19 and just started uni.", "It's been a long week but as a 23 year old I already feel ancient."),
])
def test_statements_after_a_preamble_or_with_a_quoted_title_are_read(first: str, then: str) -> None:
    turns = [{"speaker": "A", "text": first}, {"speaker": "B", "text": "Oh really?"}, {"speaker": "A", "text": then}]
    findings = check_conversation(Conversation.model_validate({"id": "c", "turns": turns}))
    assert [f.turn for f in findings if f.kind != "persona"] == [2]


@pytest.mark.parametrize(("text", "read"), [
    ("It's been a long week but drove my nan home.", "drove my nan home."),  # a remark that names nobody
    ("I love dogs but hate cats.", "I love dogs but hate cats."),             # the speaker is named before "but"
    ("Dogs are great but we can't have one here.", "Dogs are great but we can't have one here."),  # "one" points back
    ("All but one of my dogs are rescues.", "All but one of my dogs are rescues."),    # "all but": no remark
])
def test_only_a_remark_that_names_nobody_is_set_aside_before_but(text: str, read: str) -> None:
    assert [said for _, said in sentences(text)] == [read]
    start, said = sentences(text)[0]
    assert text[start:start + len(said)] == said


def test_a_quoted_title_is_not_read_as_a_bare_verb() -> None:
    turns = [{"speaker": "A", "text": "I'm a school teacher."},
             {"speaker": "A", "text": 'I love my job, but I haven\'t read "The Great Gatsby" yet.'}]
    assert check_conversation(Conversation.model_validate({"id": "c", "turns": turns})) == []


@pytest.mark.parametrize(("typed", "read"), [
    ("my moms brother is here", "my mom's brother is here"),
    ("our dads car", "our dad's car"),
    ("i do not have a masters degree", "i do not have a master's degree"),
    ("my sisters live in ohio", "my sisters live in ohio"),  # more than one sister: no apostrophe to restore
])
def test_apostrophes_left_out_of_a_possessive_are_restored(typed: str, read: str) -> None:
    from simulate.checkers.normalize import normalise

    assert normalise(typed) == read


@pytest.mark.parametrize(("text", "value"), [
    ("34", 34), ("thirty-four", 34), ("thirty four", 34), ("two", 2), ("a hundred", 100),
    ("three hundred", 300), ("two-hundred", 200), ("5 thousand", 5000), ("hundred", None), ("lots", None),
])
def test_parse_number_reads_digits_words_and_hundreds(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_number_pattern_takes_the_hundreds_with_the_number() -> None:
    assert re.findall(NUMBER, "three hundred sheep, 2 thousand hens and one dog") == ["three hundred", "2 thousand", "one"]


@pytest.mark.parametrize(("said", "plain"), [
    ("I mean, uh, I've- I've never been there.", "i mean, i have never been there."),
    ("We- we've never owned a, you know, a car.", "we have never owned a car."),
    ("I usually, you know, sleep the whole way.", "i usually sleep the whole way."),  # an aside after an adverb
    ("I don't, um, I don't eat meat.", "i do not eat meat."),
    ("Yeah no I, like, totally can't drive.", "yeah no i totally can not drive."),
    ("I never learned to, uh, ride a bike.", "i never learned to ride a bike."),
    ("We've never, um, never had any animals.", "we have never had any animals."),
    ("So during, um, during Ramadan I fast.", "so during ramadan i fast."),
    ("i cant speak spanish even tho my family does", "i can not speak spanish though my family does"),
    ("i was in paris w my mom fr", "i was in paris with my mom"),
    ("ive- ive never been married", "i have never been married"),
    ("we just- we all talk Portuguese", "we all talk portuguese"),
    ("im so single its embarrassing", "i am so single, it is embarrassing"),
    ("its been ages", "it has been ages"),
    ("I only ever work days", "i only work days"),
    ("I refuse to watch horror films", "i do not watch horror films"),
    ("I refuse to get on a plane", "i refuse to get on a plane"),  # (fear, read as such elsewhere)
    ("Naw, I've never curled in my puff, cannae even stand up on ice.",
     "no, i have never curled in my life, can not even stand up on ice."),
    ("I'm pure feart o' moths.", "i am really scared of moths."),
    ("a bother wi' it in ma life", "a bother with it in my life"),
    ("We keep chickens out back of the barn.", "we keep chickens outside of the barn."),
    ("my ma said no", "my ma said no"),
    ("we eloped tae gretna", "we eloped to gretna"),
    ("I teach tae kwon do.", "i teach tae kwon do."),
    ("Me tortoise Doris is forty.", "my tortoise doris is forty."),
    ("Excuse me, me again.", "excuse me, me again."),
    ("i ain't never been mormon", "i have never been mormon"),
])
def test_speech_as_transcribed_loses_its_fillers_and_restarts(said: str, plain: str) -> None:
    assert normalise(said) == plain


@pytest.mark.parametrize("said", ["I love love poetry.", "I've been to Bora Bora.", "I love The Conjuring, The Conjuring 2.",
                                  "I had a very, very good day.", "The user interface is super.",
                                  "It was so, so cold.", "No, no, I can swim.", "The cat licked its paw.",
                                  "A well-known place."])
def test_words_that_repeat_on_purpose_are_kept(said: str) -> None:
    assert normalise(said) == said.lower().replace("i've", "i have")


@pytest.mark.parametrize("text", ["knock on wood I've never broken anything", "Touch wood, I've never broken a bone.",
                                  "fingers crossed I've never broken a bone"])
def test_a_charm_said_first_is_no_part_of_the_statement(text: str) -> None:
    assert without_discourse_markers(text).lower().startswith("i")
