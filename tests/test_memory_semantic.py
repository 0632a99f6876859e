"""Facts said and learned, with provenance: propagation over a 3-person graph, supersession, replays."""

from __future__ import annotations

import pytest

from simulate.checkers.claims import Claim
from simulate.memory.semantic import SemanticMemory, fact_key, hearers_of
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.sqlite_store import MemoryStore
from simulate.testing.memory_doubles import make_turn

PEOPLE = ["Ann", "Ben", "Cy"]
# a directed cycle Ann -> Ben -> Cy -> Ann: each speaks to the next
CYCLE = [("Ann", "Ben", "I live in Denver."), ("Ben", "Cy", "I work as a chef."),
         ("Cy", "Ann", "I have a dog named Rex.")]


def semantic(hearers: str = "addressee") -> SemanticMemory:
    """A semantic memory over a fresh in-memory store."""
    return SemanticMemory(MemoryStore(), "n", extract=simple_extract_claims, hearers=hearers)  # type: ignore[arg-type]


def learn_cycle(memory: SemanticMemory) -> None:
    """Each of the three says one thing to the next."""
    for i, (speaker, to, text) in enumerate(CYCLE):
        memory.learn(make_turn(speaker, text, i, addressee=to), PEOPLE)


def known(memory: SemanticMemory) -> dict[tuple[str, str], list[str]]:
    """(observer, subject) -> keys known, for every pair."""
    return {(o, s): [f.key for f in memory.knows(o, s)] for o in PEOPLE for s in PEOPLE
            if memory.knows(o, s)}


def test_addressee_only_knowledge_follows_the_graph() -> None:
    """Ben learns about Ann, Cy about Ben, Ann about Cy, and no one else learns anything."""
    memory = semantic("addressee")
    learn_cycle(memory)
    assert known(memory) == {
        ("Ann", "Ann"): ["location"], ("Ben", "Ben"): ["occupation"], ("Cy", "Cy"): ["pets:dog"],
        ("Ben", "Ann"): ["location"], ("Cy", "Ben"): ["occupation"], ("Ann", "Cy"): ["pets:dog"]}
    fact = memory.knows("Ben", "Ann")[0]
    assert (fact.since.session, fact.since.turn, fact.since.index) == (0, 0, 0) and fact.text == "I live in Denver."
    assert memory.said("Ann")[0].audience == ("Ben",)


def test_everyone_hears_in_group_talk() -> None:
    """With hearers=everyone, each remark reaches both others; the speaker's fact names them all."""
    memory = semantic("everyone")
    learn_cycle(memory)
    assert all(memory.knows(o, s) for o in PEOPLE for s in PEOPLE)
    assert memory.said("Cy")[0].audience == ("Ann", "Ben")


def test_a_new_value_supersedes_and_since_says_when() -> None:
    """Ann moves: Ben knows Austin since session 2; Denver is kept with `until`, not recalled."""
    memory = semantic()
    memory.learn(make_turn("Ann", "I live in Denver.", 0, addressee="Ben"), PEOPLE)
    memory.learn(make_turn("Ann", "Ben, I moved to Austin.", 9, addressee="Ben", session=2, turn=1), PEOPLE)
    now = memory.knows("Ben", "Ann")
    assert [(f.value, f.since.session, f.since.turn, f.change) for f in now] == [("austin", 2, 1, True)]
    assert now[0].text == "I moved to Austin."
    every = memory.knows("Ben", "Ann", include_superseded=True)
    assert [(f.value, f.until.index if f.until else None) for f in every] == [("denver", 9), ("austin", None)]
    assert now[0].since.time > every[0].since.time


def test_repeating_keeps_since_counts_mentions_and_replays_are_ignored() -> None:
    """Saying it again does not move `since`; recording the same turn twice changes nothing."""
    memory = semantic("everyone")
    first = make_turn("Ann", "I work as a chef.", 0, addressee="Ben")
    memory.learn(first, PEOPLE)
    memory.learn(make_turn("Ann", "I work as a chef.", 5, addressee="Cy", session=1), PEOPLE)
    before = memory.get_state()
    assert memory.learn(make_turn("Ann", "I work as a chef.", 5, addressee="Cy", session=1), PEOPLE) == []
    assert memory.learn(first, PEOPLE) == []
    assert memory.get_state() == before
    fact = memory.knows("Ben", "Ann")[0]
    assert (fact.since.index, fact.last.index, fact.mentions) == (0, 5, 2)


def test_only_personas_with_full_memory_learn_and_questions_teach_nothing() -> None:
    """`learns` filters observers; a probe question is not a claim."""
    memory = SemanticMemory(MemoryStore(), "n", extract=simple_extract_claims, hearers="everyone",
                            learns=lambda name: name != "Cy")
    memory.learn(make_turn("Ann", "I live in Denver.", 0, addressee="Ben"), PEOPLE)
    memory.learn(make_turn("Ben", "I live in Oslo?", 1, kind="probe_question"), PEOPLE)
    assert memory.knows("Ben", "Ann") and not memory.knows("Cy", "Ann") and not memory.knows("Ann", "Ben")


@pytest.mark.parametrize(("claim", "key"), [
    (Claim(slot="location", value="denver"), "location"),
    (Claim(slot="location", key="location", value="ohio", tense="past"), 'location@past:ohio'),
    (Claim(slot="likes", value="jazz"), "likes:jazz"),
    (Claim(slot="pets", key="pets:dog", value=True), "pets:dog"),
])
def test_fact_keys(claim: Claim, key: str) -> None:
    """Single-valued slots supersede; multi-valued ones and past claims accumulate."""
    assert fact_key(claim) == key


def test_hearers_without_an_addressee_are_everyone_else() -> None:
    """A remark to no one in particular is heard by all the others."""
    assert hearers_of(make_turn("Ann", "Hi.", 0), PEOPLE, "addressee") == ("Ben", "Cy")
