"""What each persona remembers, with provenance: as JSON and as rich tables (for `simulate memory`).

The JSON keeps the files' numbering (sessions from 0, as in events.jsonl); the tables are for people:
"session 1" is the first meeting, and a turn is shown by its index in the conversation (#i).
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .entries import Episode, Fact, Provenance
from .sqlite_store import MemoryStore

__all__ = ["memory_json", "memory_table", "recall_table"]


def _fact(fact: Fact) -> dict[str, Any]:
    return fact.model_dump(mode="json", exclude={"namespace", "observer"})


def _episode(episode: Episode) -> dict[str, Any]:
    return episode.model_dump(mode="json", exclude={"namespace", "agent"})


def _agent(store: MemoryStore, namespace: str, agent: str) -> dict[str, Any]:
    facts = store.facts(namespace, agent, current=False)
    knows: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        if not fact.about_self and fact.current:
            knows.setdefault(fact.subject, []).append(_fact(fact))
    return {
        "agent": agent,
        "episodes": [_episode(e) for e in store.episodes(namespace, agent)],
        "said": [_fact(f) for f in facts if f.about_self and f.current],
        "knows": dict(sorted(knows.items())),
        "superseded": [_fact(f) for f in facts if not f.current],
    }


def _summaries(episodes: list[Episode]) -> dict[str, Any]:
    reasons: dict[str, int] = {}
    for e in episodes:
        if e.fallback_reason:
            reasons[e.fallback_reason] = reasons.get(e.fallback_reason, 0) + 1
    return {"model": sum(e.source == "model" for e in episodes),
            "extractive": sum(e.source == "extractive" for e in episodes),
            "fallbacks": sum(reasons.values()), "fallback_reasons": dict(sorted(reasons.items()))}


def memory_json(store: MemoryStore, *, agent: str | None = None, namespace: str | None = None) -> dict[str, Any]:
    """Every namespace (or one), every agent (or one): episodes, what it said, what it knows about whom."""
    spaces = []
    episodes: list[Episode] = []
    for ns in [namespace] if namespace is not None else store.namespaces():
        agents = [a for a in store.agents(ns) if agent is None or a == agent]
        episodes += [e for e in store.episodes(ns) if agent is None or e.agent == agent]
        spaces.append({"namespace": ns, "agents": [_agent(store, ns, a) for a in agents]})
    return {"format": "simulate.memory/1", "schema_version": store.schema_version,
            "namespaces": spaces, "summaries": _summaries(episodes)}


def _where(p: Provenance) -> str:
    return f"session {p.session + 1}, turn #{p.index}\n{p.time:%Y-%m-%d %H:%M}"


def _table(store: MemoryStore, namespace: str, agent: str) -> Table:
    table = Table(title=Text(f"{agent} — {namespace}"), title_justify="left", expand=True)
    table.add_column("kind", max_width=12)
    table.add_column("memory", ratio=1, min_width=24)
    table.add_column("since", no_wrap=True)
    table.add_column("source", max_width=12)
    for e in store.episodes(namespace, agent):
        source = e.source if e.fallback_reason is None else f"{e.source} (fallback: {e.fallback_reason})"
        table.add_row("episode", Text(e.text), f"session {e.session + 1}\n{e.ended:%Y-%m-%d %H:%M}", Text(source))
    for f in store.facts(namespace, agent, current=False):
        kind = Text("said" if f.about_self else f"knows {f.subject}")
        memory = f.text + (f"\n→ {', '.join(f.audience)}" if f.about_self and f.audience else "")
        if not f.current and f.until is not None:
            memory += f"\n(superseded in session {f.until.session + 1}, turn #{f.until.index})"
        table.add_row(kind, Text(memory), _where(f.since), Text(f"{f.slot}" + (f" ×{f.mentions}" if f.mentions > 1 else "")))
    return table


def memory_table(store: MemoryStore, *, agent: str | None = None, namespace: str | None = None) -> RenderableType:
    """One table per (namespace, agent): episodes and facts with where they were first said."""
    tables: list[RenderableType] = []
    for ns in [namespace] if namespace is not None else store.namespaces():
        for name in store.agents(ns):
            if agent is None or name == agent:
                tables.append(_table(store, ns, name))
    if not tables:
        return Text("No memories" + (f" for {agent}." if agent else "."))
    return Group(*tables)


def recall_table(result: dict[str, Any]) -> Table:
    """What `simulate recall` found for one query (`RecallSource.recall` output) as a table."""
    table = Table(title=Text(f"{result['speaker']} recalls, in {result['conversation']}: {result['query']!r}"),
                  title_justify="left", show_lines=False)
    for column in ("#", "kind", "session", "turn", "index", "memory"):
        table.add_column(column, overflow="fold", justify="right" if column in ("#", "session", "turn", "index")
                         else "left")
    for rank, item in enumerate(result["items"], 1):
        table.add_row(str(rank), item["kind"] or "", *("" if item.get(k) is None else str(item[k])
                                                         for k in ("session", "turn", "index")), Text(item["text"]))
    if not result["items"]:
        table.caption = "nothing recalled"
    return table
