"""The scenario model: edges, sessions, model settings, cross-references."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from simulate.scenario import Edge, ModelSettings, Scenario, SessionPlan


def people(*names: str) -> list[dict]:
    """Inline persona entries."""
    return [{"inline": {"name": n}} for n in names]


def test_edge_short_forms() -> None:
    """Edges may be written as arrows, lists or mappings."""
    assert Edge.model_validate("A -> B") == Edge(source="A", target="B")
    assert Edge.model_validate(["A", "B", 2]).weight == 2
    assert Edge.model_validate({"from": "A", "to": "B"}).target == "B"
    with pytest.raises(ValidationError):
        Edge.model_validate("A B")


def test_default_graph_is_complete_and_undirected_doubles() -> None:
    """No edges: everyone addresses everyone; undirected: each edge both ways."""
    s = Scenario(id="x", personas=people("A", "B", "C"))
    assert len(s.edges()) == 6
    s = Scenario(id="x", personas=people("A", "B"), graph={"edges": ["A -> B"], "undirected": True})
    assert {(e.source, e.target) for e in s.edges()} == {("A", "B"), ("B", "A")}


def test_gaps_and_session_times() -> None:
    """Gaps read human durations; sessions start after the previous one and the gap."""
    plan = SessionPlan(count=3, turns=2, gap="3 weeks", turn_gap="1 minute", start="2026-03-01")
    assert plan.gap == timedelta(days=21)
    assert plan.starts_at(1) - plan.starts_at(0) == timedelta(days=21, minutes=2)


@pytest.mark.parametrize("data, fragment", [
    ({"graph": {"edges": ["A -> C"]}}, "'C' is not a persona"),
    ({"graph": {"edges": ["A -> A"]}}, "cannot address themselves"),
    ({"graph": {"edges": ["A -> B"]}}, "'B' has no one to address"),
    ({"policy": {"kind": "random_walk", "start": "Z"}}, "'Z' is not a persona"),
    ({"probes": [{"persona": "A", "question": "q", "at": [{"session": 5}]}]}, "session 5 does not exist"),
    ({"model": {"per_persona": {"Q": {"temperature": 0}}}}, "'Q' is not a persona"),
    ({"model": {"options": {"api_key": "x"}}}, "environment variables"),
    ({"sessions": {"count": 1, "topics": ["a", "b"]}}, "2 topics for 1 sessions"),
])
def test_cross_references_are_checked(data: dict, fragment: str) -> None:
    """References to unknown personas and impossible plans are refused."""
    with pytest.raises(ValidationError, match=fragment):
        Scenario.model_validate({"id": "x", "personas": people("A", "B"), **data})


def test_per_persona_model_settings() -> None:
    """A persona's override replaces only what it sets."""
    settings = ModelSettings(name="scripted", temperature=0.5, per_persona={"A": {"temperature": 0.1}})
    assert settings.for_persona("A").temperature == 0.1
    assert settings.for_persona("A").name == "scripted"
    assert settings.for_persona("B").temperature == 0.5
