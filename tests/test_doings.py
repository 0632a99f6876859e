"""Doing an everyday activity said by its events and things (simulate/checkers/doings.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.checkers.doings import (
    DoingsError,
    affirmed_doing_claim,
    default_doings,
    doing_event_claims,
    load_doings,
    parse_doings,
)


@pytest.mark.parametrize(("said", "predicate", "obj", "time"), [
    ("my flight to madrid got delayed by three hours.", "fly", "", "past"),
    ("i had a layover in doha.", "fly", "", "past"),
    ("i caught the red-eye to boston.", "fly", "", "past"),
    ("the flight back was bumpy.", "fly", "", "past"),
    ("i am still jet lagged.", "fly", "", "recent"),
    ("i did forty lengths at the pool this morning.", "swim", "", "recent"),
    ("we did a twelve mile hike in the peak district.", "hik", "", "past"),
    ("i got a speeding ticket yesterday.", "driv", "", "recent"),
    ("my afternoon nap is sacred.", "nap", "", "present"),
    ("my personal trainer is brutal.", "go to", "gym", "present"),
    ("our vicar gave a lovely sermon.", "go to", "church", "past"),
])
def test_an_owned_or_attended_event_is_doing_it(said: str, predicate: str, obj: str, time: str) -> None:
    claims = doing_event_claims(said)
    assert [(c.predicate, c.object, c.polarity, c.time) for c in claims] == [(predicate, obj, "affirm", time)]


def test_our_event_is_said_by_we() -> None:
    assert [c.subject for c in doing_event_claims("our campsite was flooded.")] == ["we"]


@pytest.mark.parametrize("said", [
    "my son's flight got delayed.",  # someone else's
    "my brother has terrible jet lag.",
    "my flight attendant friend tells great stories.",  # part of a longer name
    "i climbed a flight of stairs.",  # another sense
    "the price hike on my rent was brutal.",
    "my first flight is next week.",  # to come
    "i would love to take a flight somewhere hot.",  # a wish
    "i booked my flight to spain.",  # a plan
    "i skipped my workout this morning.",  # not done
    "have you ever had a layover in dubai?",  # a question
    "i have never had a layover.",  # a denial: the main reader's
    "the flight was bumpy.",  # whose flight is not said
    "my plane of existence is different.",  # "of": another thing
    "my campfire stories scare the kids.",  # the noun names what another noun is
    "my church is the great outdoors.",  # a figure of speech
    "my cooking is so bad i never do it.",  # a denial after the noun
    "my guitar strings are rusty, i have not played in years.",
    "i took the chairlift up for the view, no skiing though.",
])
def test_someone_elses_a_plan_a_wish_or_another_sense_says_nothing(said: str) -> None:
    assert doing_event_claims(said) == []


def test_every_shipped_doing_reads_as_one_claim() -> None:
    table = default_doings()
    assert table.by_noun
    assert all(affirmed_doing_claim(doing) is not None for doing in set(table.by_noun.values()))


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "doings.txt"
    path.write_text("fly: flight\nswim lengths\n", "utf-8")
    with pytest.raises(DoingsError, match=r"doings.txt:2: expected"):
        load_doings(path)
    with pytest.raises(DoingsError, match="already listed"):
        parse_doings("fly: flight\nswim: flight\n", "x.txt")


def test_a_noun_written_with_my_is_read_only_after_my() -> None:
    table = parse_doings("go to church: my church, vicar\n", "x.txt")
    assert table.mine_only == frozenset({"church"})
    assert [c.object for c in doing_event_claims("i sing at my church every week.", table)] == ["church"]
    assert doing_event_claims("our church had a jumble sale.", table) == []
    assert [c.object for c in doing_event_claims("our vicar is lovely.", table)] == ["church"]


@pytest.mark.parametrize(("said", "predicate", "obj"), [
    ("we did the whole pennine way trail last year.", "hik", ""),
    ("i saw coldplay live last summer.", "go to", "concert"),
    ("i made a lasagne from scratch last night.", "cook", ""),
    ("i passed grade 8 piano.", "play", "piano"),
])
def test_idioms_of_doing(said: str, predicate: str, obj: str) -> None:
    assert [(c.predicate, c.object) for c in doing_event_claims(said)] == [(predicate, obj)]


@pytest.mark.parametrize("said", [
    "i saw the match live at the stadium.",
    "my mum made everything from scratch.",
    "i passed grade 5 maths.",
    "i got a 5k bonus this year.",
    "my dancing days are over.",
    "i got paintbrushes for christmas.",
])
def test_idioms_and_nouns_of_other_things_say_nothing(said: str) -> None:
    assert doing_event_claims(said) == []


def test_a_place_written_with_the_is_doing_it_when_one_was_there() -> None:
    table = parse_doings("play golf: the driving range\n", "x.txt")
    assert table.by_place == {"driving range": "play golf"}
    assert [(c.predicate, c.object) for c in doing_event_claims("spent the afternoon at the driving range.", table)] \
        == [("play", "golf")]
    assert doing_event_claims("my son went to the driving range.", table) == []
    assert doing_event_claims("i live near the driving range.", table) == []
