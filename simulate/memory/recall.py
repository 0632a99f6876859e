"""What a persona would recall for a query, from a run folder or a Conversation JSONL v1 file.

A run folder is asked through the memory its run kept (`memory.sqlite`, the memory settings of the
run's scenario, which the caller reads from the folder's `scenario.json`); a JSONL file through memory
built from each transcript (`simulate.memory.transcript`).
The query is what is said to the persona at the start of a new session after the last one.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from ..errors import InputError, RunError
from ..jsonl import json_lines
from ..turn import Turn
from .config import MemoryConfig
from .provider import MemoryScenario, PersonaMemory
from .retrieval import MemoryItem
from .sqlite_store import MEMORY_FILE, MemoryStore
from .transcript import query_context, remember, transcript_turns

__all__ = ["Query", "RecallSource", "RunScenario", "read_queries"]


class RunScenario(MemoryScenario, Protocol):
    """What recall reads of a run's scenario: what memory reads, and its memory settings."""

    @property
    def memory(self) -> MemoryConfig: ...


@dataclass(frozen=True)
class Query:
    """One question to a persona: who recalls, what is said, in which conversation, how many items."""

    speaker: str
    query: str
    conversation: str | None = None
    asker: str | None = None
    k: int | None = None
    id: Any = None


def read_queries(path: str | Path) -> list[Query]:
    """Queries from JSONL (`{"speaker", "query", "conversation"?, "asker"?, "k"?, "id"?}` a line), all checked first."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    queries = []
    with open(path, "rb") as handle:
        for number, data in json_lines(handle, path):
            if not isinstance(data, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            for key in ("speaker", "query"):
                if not isinstance(data.get(key), str) or not data[key].strip():
                    raise InputError(f"{path}:{number}: {key}: a non-empty string is required")
            for key in ("conversation", "asker"):
                if data.get(key) is not None and not isinstance(data[key], str):
                    raise InputError(f"{path}:{number}: {key}: must be a string")
            k = data.get("k")
            if k is not None and (not isinstance(k, int) or isinstance(k, bool) or k < 1):
                raise InputError(f"{path}:{number}: k: must be a whole number of at least 1")
            queries.append(Query(data["speaker"], data["query"], data.get("conversation"), data.get("asker"), k,
                                 data.get("id")))
    return queries


@dataclass
class _Held:
    memory: PersonaMemory
    turns: list[Turn]
    speakers: set[str] = field(default_factory=set)


class RecallSource:
    """The memories of every conversation in a run folder or a Conversation JSONL v1 file.

    Args:
        source: a run folder or a Conversation JSONL v1 file.
        scenario: for a run folder, the run's scenario as its `scenario.json` holds it.
    """

    def __init__(self, source: str | Path, *, scenario: RunScenario | None = None) -> None:
        self.source = Path(source)
        self._held: dict[str, _Held] = {}
        self._stores: list[MemoryStore] = []
        if self.source.is_dir():
            if scenario is None:
                raise InputError(f"{self.source}: a run folder is recalled from with its scenario (scenario=...)")
            self._open_run(scenario)
        elif self.source.is_file():
            self._read_jsonl()
        else:
            raise InputError(f"{self.source}: no such run folder or file")

    def _open_run(self, scenario: RunScenario) -> None:
        from ..run_folder import RunFolder
        from .provider import memory_factory

        folder = RunFolder.open(self.source)
        where = folder.read_json("manifest.json").get("memory", {}).get("store") or str(folder.path / MEMORY_FILE)
        if where == ":memory:" or not Path(where).is_file():
            raise RunError(f"{self.source}: this run kept no memory (no {MEMORY_FILE})")
        store = MemoryStore(where, create=False)
        self._stores.append(store)
        config = scenario.memory.model_copy(update={"summarise": False})
        factory = memory_factory(scenario, store=store, config=config)
        for conversation in _run_conversations(folder.path):
            memory = factory(conversation)
            if isinstance(memory, PersonaMemory):
                turns = store.namespace_turns(memory.namespace)
                mine = [t for t in turns if t.conversation == conversation]
                self._held[conversation] = _Held(memory, mine, set(scenario.names))
        if not self._held:
            raise RunError(f"{self.source}: no conversation of this run has memory to recall from")

    def _read_jsonl(self) -> None:
        from ..checkers.readers import read_jsonl

        for conversation in read_jsonl(self.source):
            if conversation.id in self._held:
                raise InputError(f"{self.source}: conversation id {conversation.id!r} appears twice")
            memory = asyncio.run(remember(conversation))
            self._stores.append(memory.store)
            self._held[conversation.id] = _Held(memory, transcript_turns(conversation),
                                                set(memory.participants))

    def close(self) -> None:
        """Close the stores."""
        for store in self._stores:
            store.close()

    def __enter__(self) -> RecallSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def conversation_for(self, query: Query) -> str:
        """The conversation a query is about: its own, or the only one in which its speaker takes part."""
        if query.conversation is not None:
            held = self._held.get(query.conversation)
            if held is None:
                raise InputError(f"{self.source}: no conversation {query.conversation!r}")
            if query.speaker not in held.speakers:
                raise InputError(f"{self.source}: {query.speaker!r} takes no part in {query.conversation!r} "
                                 f"(personas: {', '.join(sorted(held.speakers))})")
            return query.conversation
        found = sorted(c for c, held in self._held.items() if query.speaker in held.speakers)
        if len(found) == 1:
            return found[0]
        if not found:
            raise InputError(f"{self.source}: no persona {query.speaker!r} in any conversation")
        raise InputError(f"{self.source}: {query.speaker!r} is in {len(found)} conversations "
                         f"({', '.join(found[:5])}{', ...' if len(found) > 5 else ''}); name one with --conversation")

    def recall(self, query: Query) -> dict[str, Any]:
        """The items `query.speaker` recalls (the prompt's memory lines, or the best `k`), with their origin."""
        conversation = self.conversation_for(query)
        held = self._held[conversation]
        context = query_context(held.memory, query.speaker, query.query, asker=query.asker, after=held.turns)
        items = held.memory.recall_items(context, k=query.k)
        out: dict[str, Any] = {"query": query.query, "speaker": query.speaker, "conversation": conversation,
                               "items": [_item(item) for item in items]}
        return out if query.id is None else {"id": query.id, **out}


def _item(item: MemoryItem) -> dict[str, Any]:
    origin = item.origin
    where = origin.as_dict() if origin is not None else {"kind": None}
    return {"kind": where.pop("kind"), "text": item.text, **where}


def _run_conversations(folder: Path) -> list[str]:
    """The conversation ids of a run, in order of their first turn in events.jsonl."""
    seen: dict[str, None] = {}
    events = folder / "events.jsonl"
    if events.is_file():
        with open(events, "rb") as handle:
            for line in handle:
                try:
                    data = orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue  # a torn last line of a killed run
                if isinstance(data, dict) and data.get("type") == "turn" and "conversation" in data:
                    seen.setdefault(data["conversation"], None)
    return list(seen)
