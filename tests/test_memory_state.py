"""Every stateful memory component round-trips its state: one parametrised test over all of them."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import orjson
import pytest

from simulate.agent import TurnContext
from simulate.memory import (
    MemoryConfig,
    MemoryItem,
    MemoryStore,
    PersonaMemory,
    Retriever,
    SemanticMemory,
    Summariser,
    WorkingMemory,
)
from simulate.memory.bm25 import BM25Index, tokenize
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.tokens import BlockBudget
from simulate.persona import CoreFacts
from simulate.scenario import ModelSettings
from simulate.testing.memory_doubles import START, NoteModel, make_turn

SAID = [("Maya", "Tom", "I live in Denver."), ("Tom", "Maya", "Maya, I work as a chef."),
        ("Maya", "Tom", "I have a dog named Max."), ("Tom", "Maya", "I really love jazz.")]
NOW = START + timedelta(weeks=9)


def turns(session: int = 0, start: int = 0) -> list:
    """The four SAID turns in `session`."""
    return [make_turn(s, text, start + i, addressee=a, session=session, turn=i) for i, (s, a, text) in enumerate(SAID)]


def persona_memory(store: MemoryStore | None = None) -> PersonaMemory:
    """A PersonaMemory for Maya and Tom."""
    return PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                         config=MemoryConfig(prompt_budget_tokens=300), store=store or MemoryStore(),
                         extract=simple_extract_claims, hearers="everyone",
                         model_for=lambda name: (NoteModel("I met them and I told them all about my life."),
                                                 ModelSettings(name="note")))


def lived_memory() -> PersonaMemory:
    """Two closed sessions and a third one running."""
    memory = persona_memory()

    async def live() -> None:
        for session in range(2):
            for turn in turns(session, start=4 * session):
                await memory.record(turn)
            await memory.close_session("c", session)
        await memory.record(make_turn("Tom", "I moved to Austin.", 8, addressee="Maya", session=2, turn=0))

    asyncio.run(live())
    return memory


def recall(memory: PersonaMemory) -> list[str]:
    """What Maya recalls at turn 9."""
    ctx = TurnContext(conversation="c", session=2, turn=1, index=9, now=NOW, speaker="Maya", addressee="Tom",
                      candidates=["Tom"], topic="food", window=[], history=[], facts=CoreFacts(),
                      last_session_gap=timedelta(weeks=3))
    return list(asyncio.run(memory.recall(ctx)))


def retriever(scorer: Any = None) -> Retriever:
    """A retriever with three memories."""
    r = Retriever(scorer=scorer, recency_weight=0.4, recent_pool=2)
    for i, text in enumerate(["Tom told you they work as a chef", "You told Tom you live in Denver",
                              "Session 1: you met Tom at a cafe"]):
        r.upsert(MemoryItem(f"m{i}", text, START + timedelta(days=i), keywords="Tom"))
    return r


def hashed(texts: list[str]) -> list[list[float]]:
    """A stand-in sentence encoder."""
    vectors = []
    for text in texts:
        v = [0.0] * 32
        for w in tokenize(text):
            v[zlib.crc32(w.encode()) % 32] += 1
        vectors.append(v)
    return vectors


def embedding_scorer() -> Any:
    """The embeddings scorer over the stand-in encoder (needs numpy)."""
    pytest.importorskip("numpy")
    from simulate.memory.embeddings import EmbeddingScorer

    return EmbeddingScorer(hashed)


def filled_store() -> MemoryStore:
    """A store after two sessions."""
    return lived_memory().store


def semantic(store: MemoryStore | None = None) -> SemanticMemory:
    """Semantic memory over a store."""
    return SemanticMemory(store or MemoryStore(), "n", extract=simple_extract_claims, hearers="everyone")


def learned() -> SemanticMemory:
    """Semantic memory that heard SAID and a later move."""
    memory = semantic()
    for turn in [*turns(), make_turn("Tom", "I moved to Austin.", 4, addressee="Maya", session=1)]:
        memory.learn(turn, ["Maya", "Tom"])
    return memory


def summariser() -> Summariser:
    """A summariser that made one model summary and two fallbacks."""
    s = Summariser(max_tokens=80)

    async def go() -> None:
        await s.summarise("Maya", turns(), model=NoteModel("I met Tom and I told him about Max the dog."),
                          settings=ModelSettings(name="n"))
        await s.summarise("Maya", turns(), model=NoteModel(""), settings=ModelSettings(name="n"))
        await s.summarise("Maya", turns(), model=None)

    asyncio.run(go())
    return s


def working() -> WorkingMemory:
    """Working memory that has dropped its oldest turn."""
    memory = WorkingMemory(20)
    memory.extend(turns(session=3))
    return memory


def bm25() -> BM25Index:
    """BM25 with a few documents."""
    index = BM25Index(k1=1.5, b=0.5)
    for i, (_, _, text) in enumerate(SAID):
        index.add(f"d{i}", text)
    return index


@dataclass
class Case:
    """How to build a lived-in component, a fresh one, and what to compare besides the state."""

    name: str
    lived: Callable[[], Any]
    fresh: Callable[[], Any]
    behaviour: Callable[[Any], Any]


CASES = [
    Case("MemoryStore", filled_store, MemoryStore, lambda s: [f.ident for f in s.facts("c", "Maya")]),
    Case("WorkingMemory", working, lambda: WorkingMemory(0), lambda w: (w.turns, w.tokens, w.session)),
    Case("SemanticMemory", learned, semantic, lambda m: m.knows("Maya", "Tom", include_superseded=True)),
    Case("Summariser", summariser, Summariser, lambda s: s.stats),
    Case("BM25Index", bm25, BM25Index, lambda i: i.top("dog chef jazz", 5)),
    Case("EmbeddingScorer", lambda: retriever(embedding_scorer()).scorer, embedding_scorer,
         lambda e: e.top("chef", 3)),
    Case("Retriever", retriever, Retriever,
         lambda r: [i.id for i in r.select("Tom chef", now=NOW, budget=BlockBudget(40))]),
    Case("PersonaMemory", lived_memory, persona_memory, lambda m: (recall(m), m.working.turns, m.stats)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_component_round_trips_its_state(case: Case) -> None:
    """get_state is JSON; set_state on a fresh component gives the same state and the same behaviour."""
    lived = case.lived()
    state = lived.get_state()
    wire = orjson.loads(orjson.dumps(state))
    fresh = case.fresh()
    assert case.behaviour(fresh) != case.behaviour(lived), "the fresh component must differ to prove anything"
    fresh.set_state(wire)
    assert fresh.get_state() == state
    assert case.behaviour(fresh) == case.behaviour(lived)
