"""Home life said in passing: households.py reads family, pets, things owned, partners, faith and moves."""

from __future__ import annotations

from simulate.checkers.households import moved_house, read_household
from simulate.checkers.open_claims import OpenClaim, extract_open_claims


def _read(sentence: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in read_household(sentence, None)}


def test_a_parent_named_as_acting_now_is_had() -> None:
    assert ("have", "dad", "affirm") in _read("dad's driving over on sunday to help me")
    assert {("have", "mum", "affirm"), ("have", "dad", "affirm")} <= _read("mum and dad are both still going strong")
    assert _read("dad would have loved this") == set()
    assert _read("mum always said the sea air was good for you") == set()


def test_parents_lost_are_no_longer_had() -> None:
    claims = read_household("lost both my parents when i was in my twenties", None)
    assert [(c.object, c.polarity, c.change) for c in claims] == [("parent", "deny", True)]
    assert _read("i lost my dad's old watch on the train") == set()


def test_kin_reached_through_kin() -> None:
    assert ("have", "grandchild", "affirm") in _read("my daughter's little boy calls me nana")
    assert ("have", "nibling", "affirm") in _read("my brothers twins are coming to stay")
    assert ("have", "nephew", "affirm") in _read("my sister's boys are staying with us")
    assert ("have", "nibling", "deny") in _read("no nieces or nephews, i am the only one with kids")
    assert _read("my son's wife is expecting") == set()


def test_pets_of_the_household() -> None:
    assert ("have", "dog", "deny") in _read("we are not a dog household, never have been")
    assert ("have", "animal", "deny") in _read("no animals in the house at all")
    assert ("have", "budgy", "affirm") in _read("the budgie's learned to say cuppa")
    assert ("have", "dog", "affirm") in _read("i walk the dog every morning before work")
    assert _read("the dog next door barks all night") == set()
    assert _read("i walk the dog next door for pocket money") == set()


def test_screens_and_phones_of_ones_own() -> None:
    assert ("have", "tv", "affirm") in _read("the new oled we mounted in the lounge is unreal")
    assert ("have", "tv", "affirm") in _read("we watched the game on our new 65-inch")
    assert ("have", "smartphone", "affirm") in _read("i posted the photos on instagram from my phone")
    assert _read("i rang my sister from my phone") == set()
    assert _read("the new tv we bought for my mum is huge") == set()


def test_partners_faith_and_places() -> None:
    assert ("be", "single", "affirm") in _read("totally single, have not dated in years")
    assert ("have", "wife", "affirm") in _read("the wife's making a roast tonight")
    assert ("go to", "church", "affirm") in _read("church every sunday without fail")
    assert ("go to", "church", "deny") in _read("never set foot inside a church")
    assert {("go to", "mosque", "deny"), ("go to", "temple", "deny"), ("go to", "church", "deny")} <= \
        _read("i have never set foot in a mosque, a temple or a church")
    assert ("go to", "church", "affirm") in _read("i have been an altar server at st mary's since i was ten")
    assert ("liv in", "victoria", "affirm") in _read("love living in victoria, it's a short tram ride into town")
    assert _read("i'd love living in york someday") == set()


def test_moving_house_is_moving() -> None:
    claim = OpenClaim(predicate="mov", object="house", polarity="deny", time="ever", never=True)
    assert [(c.predicate, c.object, c.polarity) for c in moved_house([claim])] == [("mov", "", "deny")]
    assert any(c.predicate == "mov" and c.object == "" and c.polarity == "affirm"
               for c in extract_open_claims("We've moved house nine times, my dad was in the army."))
    assert any(c.predicate == "mov" and c.polarity == "deny"
               for c in extract_open_claims("Same house my whole life."))


def test_places_said_of_life_there_and_landmarks_seen() -> None:
    assert ("liv in", "vancouver", "affirm") in _read("here in vancouver it rains all the time")
    assert _read("i am here in denver for a conference this week") == set()
    assert ("go to", "london", "affirm") in _read("big ben was smaller than i expected")
    assert _read("my sister sent me a postcard of big ben") == set()
    assert ("go to", "bali", "affirm") in _read("our honeymoon in bali was magical")
    assert _read("our honeymoon in bali is booked for june") == set()


def test_partners_said_other_ways() -> None:
    assert ("have", "partner", "affirm") in _read("we have been together five years this june")
    assert ("have", "boyfriend", "affirm") in _read("my first boyfriend dumped me by text")
    assert _read("i am seeing someone about my boiler tomorrow") == set()
    assert _read("my parents have been together forty years") == set()


def test_a_question_about_someone_else_makes_the_answer_theirs() -> None:
    assert {("have", "dog", "affirm"), ("have", "cat", "affirm")} <= _read("two dogs and a cat")
    assert read_household("two dogs and a cat", "my sister") == []
