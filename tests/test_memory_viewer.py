"""What each persona remembers, as tables and JSON, with provenance and fallback counts."""

from __future__ import annotations

import asyncio
import io

import orjson
from rich.console import Console

from simulate.memory import MemoryConfig, MemoryStore, PersonaMemory, memory_json, memory_table
from simulate.memory.simple_claims import simple_extract_claims
from simulate.testing.memory_doubles import make_turn


def store_after_two_sessions() -> MemoryStore:
    """Maya tells Tom where she lives, then that she moved; extractive summaries."""
    store = MemoryStore()
    memory = PersonaMemory(conversation="c", namespace="run", participants=["Maya", "Tom"],
                           config=MemoryConfig(summarise=False), store=store, extract=simple_extract_claims)

    async def live() -> None:
        await memory.record(make_turn("Maya", "I live in Denver.", 0, addressee="Tom"))
        await memory.record(make_turn("Tom", "I work as a chef.", 1, addressee="Maya"))
        await memory.close_session("c", 0)
        await memory.record(make_turn("Maya", "Tom, I moved to Austin.", 2, addressee="Tom", session=1, turn=0))
        await memory.close_session("c", 1)

    asyncio.run(live())
    return store


def render(renderable: object, width: int = 120) -> str:
    """Text of a renderable at `width`."""
    console = Console(file=io.StringIO(), width=width)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_the_table_shows_memories_with_where_they_came_from() -> None:
    """Episodes, said and known facts, first-said place, supersession; filtered by agent."""
    text = render(memory_table(store_after_two_sessions(), agent="Tom"))
    assert "Tom — run" in text and "Maya —" not in text
    for part in ("episode", "knows Maya", "I live in Denver.", "superseded in session 2, turn #",
                 "I moved to Austin.", "said", "I work as a chef.", "session 1, turn #0", "2026-01-05 18:00"):
        assert part in text, part
    assert render(memory_table(MemoryStore())).strip() == "No memories."
    narrow = render(memory_table(store_after_two_sessions(), agent="Tom"), width=80)
    assert "I live in Denver." in narrow and "I moved to Austin." in narrow, "the memory column stays readable"


def test_the_json_is_complete_and_serialisable() -> None:
    """Per namespace and agent: episodes, said, knows by subject, superseded; summary counts."""
    data = memory_json(store_after_two_sessions())
    orjson.dumps(data)
    assert data["format"] == "simulate.memory/1" and [n["namespace"] for n in data["namespaces"]] == ["run"]
    tom = next(a for a in data["namespaces"][0]["agents"] if a["agent"] == "Tom")
    assert [(f["value"], f["since"]["session"], f["since"]["turn"]) for f in tom["knows"]["Maya"]] == [("austin", 1, 0)]
    assert [f["value"] for f in tom["superseded"]] == ["denver"] and tom["said"][0]["audience"] == ["Maya"]
    assert [e["session"] for e in tom["episodes"]] == [0, 1]
    assert data["summaries"] == {"model": 0, "extractive": 4, "fallbacks": 0, "fallback_reasons": {}}
    only = memory_json(store_after_two_sessions(), agent="Maya")
    assert [a["agent"] for a in only["namespaces"][0]["agents"]] == ["Maya"]


def test_persona_text_with_markup_is_shown_as_written() -> None:
    """A memory holding rich markup ("[/x]", "[bold]") prints as text, not as markup (and never raises)."""
    from simulate.memory.entries import Episode
    from simulate.testing.memory_doubles import START

    store = MemoryStore(":memory:")
    store.put_episode(Episode(namespace="n", agent="[bold]A[/x]", conversation="c", session=0, started=START,
                              text="I said [/x] and [red]hi[/red].", ended=START, source="extractive"))
    out = io.StringIO()
    Console(file=out, width=120).print(memory_table(store))
    assert "[/x]" in out.getvalue() and "[red]hi[/red]" in out.getvalue()
