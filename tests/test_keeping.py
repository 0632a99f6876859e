"""Having and doing said by what one acquires, keeps, handles and prefers (simulate/checkers/keeping.py)."""

from __future__ import annotations

import pytest

import simulate.checkers  # noqa: F401  (registers the readers)
from simulate.checkers.keeping import ACQUIRE, HANDLE, KEEP
from simulate.checkers.open_claims import LIKE, extract_open_claims


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "thing"), [
    ("I bought a new car last month.", "car"),
    ("We adopted a rescue dog last spring.", "rescue dog"),
    ("I inherited my gran's piano.", "piano"),
    ("I was given my uncle's old Ford when he gave up driving.", "ford"),
    ("Bought myself a Ducati last summer.", "ducati"),
])
def test_a_thing_come_by_lately_is_acquired(text: str, thing: str) -> None:
    assert (ACQUIRE, thing, "affirm") in _said(text)


@pytest.mark.parametrize("text", [
    "I bought my son a car for his birthday.",
    "I bought a piano for my daughter.",
    "I bought a car last month but sold it.",
    "I got the bus to work.",
    "I might buy a car if I get the job.",
    "I bought my first car when I was eighteen.",
])
def test_a_thing_not_kept_is_not_acquired(text: str) -> None:
    assert not any(p == ACQUIRE for p, _, _ in _said(text))


def test_an_acquired_thing_is_timed_as_recent() -> None:
    claims = [c for c in extract_open_claims("Just got the latest iPhone.") if c.predicate == ACQUIRE]
    assert claims and all(c.time == "recent" for c in claims)


@pytest.mark.parametrize(("text", "animal"), [
    ("I walk my neighbour's labrador every morning.", "labrador"),
    ("I sleep with my two cats on the bed.", "cat"),
    ("My dog sleeps at the foot of my bed.", "dog"),
    ("Walking my dog is the best part of my day.", "dog"),
    ("I can't get enough of cuddles with my dog.", "dog"),
])
def test_an_animal_walked_cuddled_or_slept_beside_is_handled(text: str, animal: str) -> None:
    assert (HANDLE, animal, "affirm") in _said(text)


def test_an_animal_of_ones_own_is_kept_by_knowledge() -> None:
    from simulate.checkers.knowledge import default_knowledge

    have = next(c for c in extract_open_claims("I have a dog.") if c.predicate == "have")
    assert (KEEP, "dog", "affirm") in {(d.predicate, d.object, d.polarity) for d in default_knowledge().expand(have)}


@pytest.mark.parametrize(("text", "animal"), [
    ("I'm allergic to cats.", "cat"),
    ("I'm terrified of dogs.", "dog"),
    ("I hate snakes.", "snake"),
])
def test_fear_allergy_and_hatred_of_a_kind_deny_handling_it(text: str, animal: str) -> None:
    assert (HANDLE, animal, "deny") in _said(text)


def test_fear_and_hatred_deny_keeping_one_but_an_allergy_does_not() -> None:
    assert (KEEP, "dog", "deny") in _said("I'm terrified of dogs.")
    assert (KEEP, "cat", "deny") in _said("I hate cats.")
    assert (KEEP, "cat", "deny") not in _said("I'm allergic to cats.")


@pytest.mark.parametrize("text", [
    "I'm allergic to cats but I take antihistamines.",
    "I used to be terrified of dogs.",
    "I hate meetings.",
    "I hold meetings every Monday.",
    "My cat sleeps on my bed, the tablets help a lot.",
])
def test_managed_past_or_no_animal_says_nothing_of_handling(text: str) -> None:
    assert not any(p == HANDLE for p, _, _ in _said(text))


@pytest.mark.parametrize(("text", "claim"), [
    ("Grilled mackerel is my go-to dinner.", ("eat", "grilled mackerel", "affirm")),
    ("Coffee is a staple in our house.", ("drink", "coffee", "affirm")),
    ("My go-to lunch is a ham sandwich.", ("eat", "ham sandwich", "affirm")),
    ("I can't get enough of sushi.", (LIKE, "sushi", "affirm")),
])
def test_a_go_to_or_staple_is_eaten_or_liked(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _said(text)


@pytest.mark.parametrize("text", ["Fish is my wife's go-to dinner.", "Wine used to be my go-to."])
def test_someone_elses_or_a_past_go_to_says_nothing(text: str) -> None:
    assert not any(p in ("eat", "drink") for p, _, _ in _said(text))


def test_a_housemate_now_is_had_and_a_college_one_is_not() -> None:
    assert ("have", "flatmate", "affirm") in _said("My flatmate left the dishes in the sink again.")
    assert ("have", "roommate", "affirm") not in _said("My roommate in college was messy.")
    assert ("have", "roommate", "affirm") not in _said("My old flatmate from uni is visiting.")


def test_a_season_binged_is_watching_tv() -> None:
    assert ("watch", "tv", "affirm") in _said("I binged the whole season of that show last night.")
    assert ("watch", "tv", "affirm") not in _said("My kids binged the whole season.")


def test_an_aversion_said_another_way_denies_handling() -> None:
    assert (HANDLE, "cat", "deny") in _said("I can't stand cats.")
    assert (HANDLE, "cat", "deny") in _said("Cats make me sneeze.")


def test_things_come_by_in_other_words() -> None:
    assert (ACQUIRE, "stray cat", "affirm") in _said("We took in a stray cat last month.")
    assert ("have", "mini cooper", "affirm") in _said("I'm now the proud owner of a Mini Cooper.")
    assert not any(p == ACQUIRE for p, _, _ in _said("Just got home from work."))


def test_a_choice_over_another_is_a_preference_and_someone_elses_is_not() -> None:
    assert ("drink", "coffee", "affirm") in _said("I'd pick coffee over tea any day.")
    assert ("drink", "coffee", "affirm") not in _said("My wife would pick coffee over tea any day.")


def test_housemates_counted_are_housemates() -> None:
    assert ("have", "roommate", "affirm") in _said("My three roommates are really messy.")
    assert ("have", "roommate", "affirm") not in _said("My two old roommates visited.")
