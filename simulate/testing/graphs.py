"""Hypothesis strategies for conversation graphs: who may address whom."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from ..errors import InputError
from ..scenario import Edge, GraphSpec

__all__ = ["conversation_graphs", "mutual_pairs"]


def conversation_graphs(names: Sequence[str], *, allow_complete: bool = True) -> st.SearchStrategy[GraphSpec]:
    """A GraphSpec over `names` in which every persona may address someone.

    Either the complete graph (no edges, if `allow_complete`), or declared edges with weights,
    possibly undirected.

    Raises:
        InputError: at once, for fewer than two distinct names.
    """
    unique = list(dict.fromkeys(names))
    if len(unique) < 2:
        raise InputError("a conversation graph needs at least two personas")
    return _graphs(tuple(unique), allow_complete)


@st.composite
def _graphs(draw: st.DrawFn, names: tuple[str, ...], allow_complete: bool) -> GraphSpec:
    if allow_complete and draw(st.booleans()):
        return GraphSpec()
    undirected = draw(st.booleans())
    pairs: set[tuple[str, str]] = set()
    for name in names:
        others = [n for n in names if n != name]
        for target in draw(st.lists(st.sampled_from(others), min_size=1, max_size=len(others), unique=True)):
            if not (undirected and (target, name) in pairs):
                pairs.add((name, target))
    weights = st.sampled_from([1.0, 2.0, 0.5])
    return GraphSpec(edges=[Edge(source=a, target=b, weight=draw(weights)) for a, b in sorted(pairs)],
                     undirected=undirected)


def mutual_pairs(graph: GraphSpec, names: Sequence[str]) -> list[tuple[str, str]]:
    """(asker, persona) pairs that may address each other both ways (where a probe may be asked)."""
    if not graph.edges:
        return [(a, b) for a in names for b in names if a != b]
    pairs = {(e.source, e.target) for e in graph.edges}
    if graph.undirected:
        pairs |= {(b, a) for a, b in pairs}
    return sorted((a, b) for a, b in pairs if (b, a) in pairs)
