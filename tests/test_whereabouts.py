"""Whereabouts: where the speaker is from, lives and has been, which languages they use, their home and its
grounds, and how long they have lived there."""

from __future__ import annotations

import pytest

from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.normalize import normalise
from simulate.checkers.open_claims import FORM_READERS, OpenClaim, SentenceForms, extract_open_claims
from simulate.checkers.whereabouts import read_whereabouts


def _forms(written: str, *, read_before: tuple[OpenClaim, ...] = (), topic: str | None = None) -> SentenceForms:
    """The forms of a sentence as the open-claim reader hands them over (no idioms or elided subjects here)."""
    plain = normalise(written)
    return SentenceForms(norm=plain, typed=plain, written=written, topic=topic, read_before=read_before)


def test_the_reader_is_registered_with_the_open_claim_reader() -> None:
    assert FORM_READERS.count(read_whereabouts) == 1


def test_a_place_is_read_from_the_sentences_forms() -> None:
    said = {(c.predicate, c.object, c.polarity) for c in read_whereabouts(_forms("We spent our honeymoon in Porto."))}
    assert ("be in", "porto", "affirm") in said


def test_a_place_read_before_is_not_read_again() -> None:
    before = (OpenClaim(predicate="be in", object="porto", polarity="affirm"),)
    assert not [c for c in read_whereabouts(_forms("We spent our honeymoon in Porto.", read_before=before))
                if c.object == "porto"]


def test_a_city_written_in_lower_case_by_a_writer_who_capitalises_is_no_place() -> None:
    assert not [c for c in read_whereabouts(_forms("We spent our honeymoon in porto.")) if c.object == "porto"]


def test_the_topic_of_a_bare_question_is_the_language_denied() -> None:
    forms = _forms("No, I don't speak any.", topic="korean")
    assert ("speak", "korean", "deny") in {(c.predicate, c.object, c.polarity) for c in read_whereabouts(forms)}


@pytest.mark.parametrize(("text", "expected"), [
    ("We spent our honeymoon in Porto.", ("be in", "porto", "affirm")),
    ("I went over to the States twice for work.", ("be in", "the states", "affirm")),
    ("When I was at uni in Leeds I lived on toast.", ("be in", "leeds", "affirm")),
    ("We moved here from Tucson when I was ten.", ("liv in", "tucson", "affirm")),
    ("My flat in Vienna is tiny.", ("liv in", "vienna", "affirm")),
    ("Back home in Nairobi we ate ugali.", ("be from", "nairobi", "affirm")),
    ("I've never set foot in Kenya.", ("go to", "kenya", "deny")),
])
def test_places_said_in_passing(text: str, expected: tuple[str, str, str]) -> None:
    """Where the speaker has been or lived, said in passing, is a claim about that place."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize("text", ["I'd love to spend a summer in Porto.", "My sister lives in Porto.",
                                  "I called my mum in Leeds.", "When I go to Kyoto I'll eat everything.",
                                  "I got there in time.", "I watched a film set in Reading."])
def test_places_not_the_speakers(text: str) -> None:
    """Wishes, plans, other people's places and words that only look like towns say nothing of where I have been."""
    assert not [c for c in extract_open_claims(text) if c.predicate in ("be in", "liv in", "be from")]


@pytest.mark.parametrize(("text", "language"), [
    ("I chat to my nan in Welsh every Sunday.", "welsh"), ("I read Dante in the original Italian.", "italian"),
    ("I switch to Korean whenever my aunt calls.", "korean"), ("I translate Swedish crime novels.", "swedish"),
    ("Hablo español bastante bien.", "spanish"), ("Je suis très fatiguée aujourd'hui, mais ça va.", "french"),
])
def test_a_language_used_is_spoken(text: str, language: str) -> None:
    """Chatting, reading, switching to or translating a language, or writing a sentence in it, is speaking it."""
    assert ("speak", language, "affirm") in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize("text", ["I watched a film in Spanish with subtitles.", "Bonjour mon ami!",
                                  "I can get by in German on holiday.", "I'd love to read Pessoa in Portuguese.",
                                  "My grandma only talks to me in Russian."])
def test_a_language_met_is_not_spoken(text: str) -> None:
    """Watching, a greeting, getting by, a wish and someone else's speech do not say the speaker speaks it."""
    assert not [c for c in extract_open_claims(text) if c.predicate == "speak" and c.polarity == "affirm"]


@pytest.mark.parametrize(("text", "expected"), [
    ("We live right in the middle of the city, above a shop.", ("liv in", "city", "affirm")),
    ("I live way out in the sticks.", ("liv in", "countryside", "affirm")),
    ("I live in a studio without a balcony.", ("have", "balcony", "deny")),
])
def test_home_and_grounds(text: str, expected: tuple[str, str, str]) -> None:
    """Where the speaker's home is (city or countryside) and what it lacks."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Spent a long weekend in Austin for a wedding.", ("be in", "austin", "affirm")),
    ("Never been down under, too far.", ("go to", "down under", "deny")),
])
def test_statements_without_their_i(text: str, expected: tuple[str, str, str]) -> None:
    """A past statement or a denial that leaves out "I" is read as if it said it."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian is a complete mystery to me.", ("speak", "russian", "deny")),
    ("My Mandarin's good enough to haggle.", ("speak", "mandarin", "affirm")),
    ("I interpreted Portuguese at the hospital.", ("speak", "portuguese", "affirm")),
    ("Arabic script? I can't read a letter of it.", ("read", "arabic script", "deny")),
    ("I sold my old Ford Fiesta to my nephew.", ("have", "old ford fiesta", "affirm")),
    ("The new TV in our lounge is massive.", ("have", "tv", "affirm")),
    ("I grew up in a tiny village in Kerala.", ("grow up in", "kerala", "affirm")),
])
def test_more_ways_of_saying_languages_places_and_things(text: str, expected: tuple[str, str, str]) -> None:
    """Skills, scripts, things parted with or at home, origins in a village."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


def test_tenure_in_this_home_is_compared_by_year() -> None:
    """Forty years in this house against moving into it in 2021 (dated by the turns' clock), not against ten."""
    from datetime import datetime

    def flagged(earlier: str, later: str) -> bool:
        when = datetime(2026, 3, 1)
        turns = [TurnIn(speaker="A", text=earlier, time=when), TurnIn(speaker="B", text="Oh?", time=when),
                 TurnIn(speaker="A", text=later, time=when)]
        return any(f.turn == 2 for f in check_conversation(Conversation(id="c", turns=turns)))

    assert flagged("I've lived in this house for forty years.", "We only moved into this house in 2021.")
    assert not flagged("We moved into this house in 2016.", "We've lived in this house for ten years.")


@pytest.mark.parametrize("text", ["I've been to thirty countries.", "I've travelled loads, thirty-odd countries and counting.",
                                  "I've visited twelve countries so far.", "We've been to loads of countries."])
def test_two_or_more_countries_visited_is_having_been_abroad(text: str) -> None:
    claims = {(c.predicate, c.object, c.polarity, c.time) for c in extract_open_claims(text)}
    assert ("be", "abroad", "affirm", "ever") in claims


@pytest.mark.parametrize("text", ["I'd love to visit thirty countries.", "I haven't been to many countries.",
                                  "My sister has been to thirty countries.", "I've been to one of those countries."])
def test_countries_wished_denied_or_of_someone_else_say_no_travel(text: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.object == "abroad"]
