"""Being and having told by its everyday evidence (simulate/checkers/evidence.py)."""

from __future__ import annotations

import pytest

import simulate.checkers  # noqa: F401  (registers the readers)
from simulate.checkers.open_claims import extract_open_claims


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize("text", [
    "I'm on about twenty a day, trying to cut down.",
    "im on ten a day",
    "I've cut down to fifteen a day.",
    "I'm on a pack a day.",
])
def test_cigarettes_counted_by_the_day_are_smoking(text: str) -> None:
    assert ("smok", "", "affirm") in _said(text)


@pytest.mark.parametrize("text", [
    "I was on twenty a day for a good ten years before I packed it in.",
    "I used to get through forty a day.",
])
def test_cigarettes_counted_by_the_day_in_the_past_are_smoking_then(text: str) -> None:
    assert {(c.predicate, c.time) for c in extract_open_claims(text) if c.polarity == "affirm"} >= {("smok", "past")}


@pytest.mark.parametrize("text", [
    "I'm on five a day, fruit and veg.",
    "I used to get through forty emails a day.",
    "I'm on twenty a day, patients I mean.",
    "I'm on about twenty coffees a day.",
    "If I was on twenty a day I'd be dead.",
])
def test_other_counts_a_day_are_not_smoking(text: str) -> None:
    assert ("smok", "", "affirm") not in _said(text)


def test_a_routine_said_with_the_doing_as_subject_is_done() -> None:
    assert ("get", "tube", "affirm") in _said("Getting the Tube to the office every morning is a nightmare.")
    assert ("walk", "dog", "affirm") in _said("Walking the dog every morning is the best bit of my day.")


@pytest.mark.parametrize("text", [
    "Walking my neighbour's dog every morning is fun.",
    "Getting the Tube to the office is a nightmare for tourists.",
    "If walking the dog every morning was my job I'd be happy.",
])
def test_a_doing_not_mine_or_not_habitual_is_not_read(text: str) -> None:
    assert not {(p, o) for p, o, _ in _said(text)} & {("get", "tube"), ("walk", "dog")}


def test_a_shift_at_a_workplace_is_working_there() -> None:
    assert ("work on", "maternity ward", "affirm") in _said("My shift on the maternity ward ran over again.")
    assert ("work at", "care home", "affirm") in _said("My night shift at the care home was quiet.")


@pytest.mark.parametrize("text", [
    "My husband's shift at the hospital ran over.",
    "My shift at the pub used to be long.",
])
def test_a_shift_of_someone_else_or_long_gone_is_not_work_now(text: str) -> None:
    assert not any(p.startswith("work ") for p, _, _ in _said(text))


def test_an_operation_named_was_had() -> None:
    claims = [c for c in extract_open_claims("After my tonsillectomy I got ice cream every day.")
              if c.object == "tonsillectomy"]
    assert claims and claims[0].time == "past" and claims[0].polarity == "affirm"
    assert ("have", "tonsillectomy", "affirm") not in _said("My sister's tonsillectomy went fine.")
    assert ("have", "tonsillectomy", "affirm") not in _said("If I had a tonsillectomy I would be fine.")


def test_a_past_state_said_as_a_time_held_then() -> None:
    claims = [c for c in extract_open_claims("When I was pregnant with my son I craved pickles.")
              if (c.predicate, c.object) == ("be", "pregnant")]
    assert claims and claims[0].time == "past"
    assert ("be", "married", "affirm") in _said("Back when I was married we lived in Hull.")


@pytest.mark.parametrize("text", [
    "When I was twelve I broke my arm.",
    "When I was told the news I cried.",
    "If I was pregnant I would tell you.",
    "When my sister was pregnant she craved oranges.",
])
def test_an_age_a_passive_or_someone_else_is_no_past_state(text: str) -> None:
    assert not any(p == "be" and o in ("twelve", "told", "pregnant") for p, o, _ in _said(text))


def test_a_life_event_said_as_a_time_happened() -> None:
    assert ("be", "pregnant", "affirm") in _said("During my pregnancy I was sick every morning.")
    assert ("be", "divorced", "affirm") in _said("Since my divorce I've been much happier.")
    assert ("be", "pregnant", "affirm") not in _said("During her pregnancy she was sick.")
    assert not _said("Before my wedding next month I need to lose weight.") & {("get", "married", "affirm")}
    assert ("be", "pregnant", "affirm") not in _said("During my pregnancy scare I panicked.")


def test_schooling_said_by_its_furniture_is_having_gone_to_school() -> None:
    for text in ("My old PE teacher was terrifying.", "I hated my school uniform.", "Back at school I was always late."):
        assert ("go to", "school", "affirm") in _said(text), text
    for text in ("My son's PE teacher is terrifying.", "Her school uniform is itchy.", "My yoga teacher is lovely.",
                 "My school uniform business is booming."):
        assert ("go to", "school", "affirm") not in _said(text), text


def test_the_sea_placed_by_distance() -> None:
    assert ("liv by", "sea", "affirm") in _said("I live five minutes from the beach.")
    assert ("liv", "inland", "affirm") in _said("I live hours from the sea.")
    assert ("liv by", "sea", "affirm") not in _said("My sister lives five minutes from the beach.")
    assert ("liv by", "sea", "affirm") not in _said("I'd love to live five minutes from the beach.")
