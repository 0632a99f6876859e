"""Memory across sessions: working, episodic and semantic memory, retrieved into a bounded prompt.

    MemoryConfig              settings (the scenario's `memory:` section)
    MemoryStore               SQLite (WAL) store of episodes, facts, session turns, keyed by (namespace, agent)
    WorkingMemory             this session's recent turns, bounded by tokens
    Summariser                end-of-session summaries by the persona's model, extractive fallback (counted)
    SemanticMemory            facts said and learned, with provenance; `knows(observer, subject)`
    Retriever                 BM25 (or embeddings, or both fused) + recency, within a token budget; past
                              turns, facts and episodes are its items, each with its Origin
    PersonaMemory             the engine's MemoryProvider; `memory_factory` builds one per conversation
    remember, RecallSource    memory built from a Conversation JSONL v1 transcript; what a persona
                              recalls for a query, from a run folder or JSONL (`simulate recall`)
    memory_table/memory_json  what each persona remembers, for people and for tools

Names are imported on first use, so `simulate.scenario` reads `simulate.memory.config` without loading
the rest of memory. Memory imports nothing of the scenario schema: what it reads of a scenario is the
`MemoryScenario` protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "MEMORY_FILE": "sqlite_store",
    "Episode": "entries",
    "Fact": "entries",
    "MemoryConfig": "config",
    "MemoryItem": "retrieval",
    "MemoryOverride": "config",
    "MemoryScenario": "provider",
    "MemoryStateError": "lifecycle",
    "MemoryStore": "sqlite_store",
    "MemoryStoreError": "sqlite_store",
    "Origin": "retrieval",
    "PersonaMemory": "provider",
    "PersonaMemoryFactory": "provider",
    "Provenance": "entries",
    "Query": "recall",
    "RecallSource": "recall",
    "Retriever": "retrieval",
    "SemanticMemory": "semantic",
    "SessionPhase": "lifecycle",
    "Summariser": "episodic",
    "WorkingMemory": "working",
    "estimate_tokens": "tokens",
    "memory_factory": "provider",
    "memory_json": "viewer",
    "memory_table": "viewer",
    "recall_table": "viewer",
    "remember": "transcript",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, extra=())


if TYPE_CHECKING:
    from .config import MemoryConfig, MemoryOverride
    from .entries import Episode, Fact, Provenance
    from .episodic import Summariser
    from .lifecycle import MemoryStateError, SessionPhase
    from .provider import MemoryScenario, PersonaMemory, PersonaMemoryFactory, memory_factory
    from .recall import Query, RecallSource
    from .retrieval import MemoryItem, Origin, Retriever
    from .semantic import SemanticMemory
    from .sqlite_store import MEMORY_FILE, MemoryStore, MemoryStoreError
    from .tokens import estimate_tokens
    from .transcript import remember
    from .viewer import memory_json, memory_table, recall_table
    from .working import WorkingMemory
