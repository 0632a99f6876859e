"""Hypothesis strategies for the engine's own objects (scenarios, graphs, YAML-ish data)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

NAMES = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"]
WORDS = st.text(alphabet="abcdefghij klmno", min_size=1, max_size=12).map(str.strip).filter(bool)
# things people like, as they would say them (random letters can spell function words: "a", "gonna"); none is a kind
# of another, for the ground truth knows only the fact a drift denies ("I can't stand board games" also meets a
# liking of chess, a board game)
THINGS = st.sampled_from(["hiking", "jazz", "knitting", "gardening", "sushi", "football", "poetry", "old films",
                          "board games", "baking bread", "cold mornings", "tango", "crosswords", "sailing"])


@st.composite
def facts(draw: st.DrawFn) -> dict[str, Any]:
    """CoreFacts data."""
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["age"] = draw(st.integers(18, 90))
    if draw(st.booleans()):
        out["occupation"] = draw(st.sampled_from(["nurse", "chef", "pilot", "teacher"]))
    if draw(st.booleans()):
        out["location"] = draw(st.sampled_from(["Denver", "Lagos", "Oslo", "Austin, Texas"]))
    if draw(st.booleans()):
        out["pets"] = [{"species": s} for s in draw(st.lists(st.sampled_from(["dog", "cat"]), max_size=2))]
    if draw(st.booleans()):
        out["likes"] = draw(st.lists(THINGS, max_size=3, unique=True))
    if draw(st.booleans()):
        out["marital_status"] = draw(st.sampled_from(["single", "married", "divorced"]))
    return out


@st.composite
def edges(draw: st.DrawFn, names: list[str]) -> list[list[Any]]:
    """A directed graph in which every persona may address someone."""
    result: set[tuple[str, str]] = set()
    for name in names:
        others = [n for n in names if n != name]
        for target in draw(st.lists(st.sampled_from(others), min_size=1, max_size=len(others), unique=True)):
            result.add((name, target))
    return [[a, b, draw(st.sampled_from([1.0, 2.0, 0.5]))] for a, b in sorted(result)]


@st.composite
def scenarios(draw: st.DrawFn, *, model: str = "scripted", max_people: int = 4) -> dict[str, Any]:
    """Scenario data with inline personas, a graph, a policy, sessions and maybe probes."""
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=max_people, unique=True))
    count = draw(st.integers(1, 3))
    turns = draw(st.integers(1, 6))
    personas = [{"inline": {"name": n, "facts": draw(facts())}} for n in names]
    graph_edges = draw(edges(names))
    data: dict[str, Any] = {
        "id": "prop",
        "personas": personas,
        "graph": {"edges": graph_edges},
        "policy": {"kind": draw(st.sampled_from(["round_robin", "random_walk", "addressed"]))},
        "sessions": {"count": count, "turns": turns, "gap": draw(st.sampled_from(["3 weeks", "2 days", "1 year"])),
                     "topics": draw(st.lists(WORDS, max_size=count))},
        "model": {"name": model, "options": {"drift_rate": draw(st.sampled_from([0.0, 0.2]))}},
        "seed": draw(st.integers(0, 2**31)),
    }
    pairs = {(a, b) for a, b, _ in graph_edges}
    both = [(a, b) for a, b in pairs if (b, a) in pairs]
    if both and draw(st.booleans()):
        asker, persona = draw(st.sampled_from(sorted(both)))
        data["probes"] = [{"persona": persona, "asker": asker, "question": "What do you do for work?",
                           "at": [{"session": s, "turn": draw(st.integers(0, turns))} for s in range(count)]}]
    return data


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False),
                         st.text(max_size=20))
FIELD_NAMES = ["id", "personas", "inline", "card", "name", "facts", "age", "graph", "edges", "sessions",
               "count", "turns", "gap", "model", "probes", "at", "session", "policy", "kind", "timeline"]
yaml_data = st.recursive(
    yaml_scalars,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)),
                                               children, max_size=5)),
    max_leaves=25,
)
