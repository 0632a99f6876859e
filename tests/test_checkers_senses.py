"""The senses readers: senses, fears and skills said in passing become claims."""

from __future__ import annotations

from simulate.checkers import senses
from simulate.checkers.open_claims import OpenClaim, extract_open_claims, read_statement


def _keys(claims: list[OpenClaim]) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in claims}


def test_a_participle_says_what_the_speaker_does() -> None:
    heard = senses.participle_claims("i fall asleep every night listening to podcasts")
    assert ("listen to", "podcast", "affirm") in _keys(heard)
    assert ("watch", "sunrise", "affirm") in _keys(senses.participle_claims("i sat on the beach watching the sunrise"))
    assert senses.participle_claims("my husband falls asleep listening to podcasts") == []
    assert senses.participle_claims("i would love to spend a day listening to podcasts") == []


def test_avoiding_a_feared_thing_is_fearing_it() -> None:
    assert ("be afraid of", "deep water", "affirm") in _keys(senses.avoidance_claims("i will not go anywhere near deep water"))
    assert ("be afraid of", "dog", "affirm") in _keys(senses.avoidance_claims("i lose it around dogs"))
    assert ("fly", "", "deny") in _keys(senses.avoidance_claims("i refuse to get on a plane"))
    assert senses.avoidance_claims("i will not go anywhere near the pub") == []


def test_spotting_is_seeing_and_an_ordinal_is_dropped() -> None:
    assert ("spot", "", "affirm") in _keys(senses.sight_claims(read_statement("i spotted a heron")))
    assert senses.sight_claims(read_statement("i did not spot the heron")) == []
    assert ("get", "tattoo", "affirm") in _keys(senses.ordinal_claims(read_statement("i got my second tattoo")))
    assert senses.ordinal_claims(read_statement("i got a tattoo")) == []


def test_touch_typing_and_two_fingers_are_one_skill_either_way() -> None:
    assert ("touch typ", "", "affirm") in _keys(senses.touch_typing_claims("i can touch type"))
    assert ("touch typ", "", "deny") in _keys(senses.touch_typing_claims("still typing with two fingers at my age"))
    assert ("touch typ", "", "deny") in _keys(senses.touch_typing_claims("i hunt and peck"))
    assert senses.touch_typing_claims("i type with two fingers on my phone") == []
    assert senses.touch_typing_claims("my dad types with two fingers") == []


def test_the_readers_are_active_by_default() -> None:
    keys = _keys(extract_open_claims("I fall asleep every night listening to true crime podcasts."))
    assert ("listen to", "true crime podcast", "affirm") in keys or ("listen to", "podcast", "affirm") in keys


def test_a_typing_speed_is_touch_typing_and_looking_at_the_keys_is_not() -> None:
    assert ("touch typ", "", "affirm") in _keys(senses.touch_typing_claims("i type ninety words a minute"))
    assert senses.touch_typing_claims("i type 20 words a minute") == []
    assert ("touch typ", "", "deny") in _keys(senses.touch_typing_claims("i can not type without looking at the keys"))


def test_an_ability_with_an_object_is_also_the_bare_ability() -> None:
    assert ("whistl", "", "affirm") in _keys(senses.bare_ability_claims(read_statement("i can whistle any tune")))
    assert senses.bare_ability_claims(read_statement("i can not whistle any tune")) == []
    assert senses.bare_ability_claims(read_statement("i can see the sea from my window")) == []


def test_watching_a_sunset_is_seeing_and_watching_a_match_is_not() -> None:
    assert ("spot", "", "affirm") in _keys(senses.sight_claims(read_statement("i watched the sunset last night")))
    assert senses.sight_claims(read_statement("i watch the football every saturday")) == []
