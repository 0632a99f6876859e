"""The conversation graph (networkx) and the turn policies that walk it."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import networkx as nx

from .scenario import Scenario

__all__ = ["ConversationGraph", "TurnTaker"]


class ConversationGraph:
    """Who may address whom, with weights; out-neighbours listed in scenario order."""

    def __init__(self, scenario: Scenario) -> None:
        self.order: list[str] = scenario.names
        self.graph = nx.DiGraph()
        self.graph.add_nodes_from(self.order)
        for edge in scenario.edges():
            self.graph.add_edge(edge.source, edge.target, weight=edge.weight)
        rank = {name: i for i, name in enumerate(self.order)}
        self._out: dict[str, tuple[list[str], list[float]]] = {}
        for name in self.order:
            targets = sorted(self.graph.successors(name), key=rank.__getitem__)
            self._out[name] = (targets, [self.graph[name][t]["weight"] for t in targets])
        self._mention = {name: re.compile(rf"\b{re.escape(name.split()[0])}\b", re.IGNORECASE)
                         for name in self.order}

    def out_neighbours(self, name: str) -> list[str]:
        """Whom `name` may address, in scenario order."""
        return self._out[name][0]

    def may_address(self, speaker: str, addressee: str) -> bool:
        """Is there an edge speaker -> addressee?"""
        return self.graph.has_edge(speaker, addressee)

    def choose(self, speaker: str, rng: random.Random) -> str:
        """A weighted random out-neighbour of `speaker`."""
        targets, weights = self._out[speaker]
        return targets[0] if len(targets) == 1 else rng.choices(targets, weights)[0]

    def mentioned(self, speaker: str, text: str) -> str | None:
        """The first out-neighbour of `speaker` named in `text` (by first name), if any."""
        best: tuple[int, str] | None = None
        for target in self.out_neighbours(speaker):
            match = self._mention[target].search(text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), target)
        return best[1] if best else None

    def unreachable_from(self, start: str) -> list[str]:
        """Personas a walk from `start` can never reach."""
        reached = nx.descendants(self.graph, start) | {start}
        return [n for n in self.order if n not in reached]


class TurnTaker:
    """Picks the speaker of each turn and whom they address, by the scenario's policy.

    - round_robin: speakers in scenario order; each addresses the next persona it may address.
    - random_walk: the addressee is a weighted random out-neighbour, and speaks next.
    - addressed: the speaker addresses whichever out-neighbour it names in its reply (a weighted
      random one if it names none), and that persona speaks next.
    """

    def __init__(self, graph: ConversationGraph, kind: str, start: str | None) -> None:
        self.graph = graph
        self.kind = kind
        self.start = start
        self._current: str | None = None
        self._turn = 0

    def begin_session(self, rng: random.Random) -> None:
        """Reset for a new session; the first speaker is `start` or a seeded choice."""
        self._turn = 0
        if self.start is not None:
            self._current = self.start
        elif self.kind == "round_robin":
            self._current = self.graph.order[0]
        else:
            self._current = rng.choice(self.graph.order)

    def next_speaker(self, rng: random.Random | None) -> tuple[str, str | None, Sequence[str]]:
        """(speaker, addressee or None if the reply decides, candidates the speaker may address)."""
        assert self._current is not None, "begin_session first"
        if self.kind == "round_robin":
            order = self.graph.order
            first = order.index(self.start) if self.start else 0
            speaker = order[(first + self._turn) % len(order)]
            return speaker, self._next_in_order(speaker), self.graph.out_neighbours(speaker)
        speaker = self._current
        targets = self.graph.out_neighbours(speaker)
        if self.kind == "random_walk":
            assert rng is not None, "random_walk needs a random generator"
            return speaker, self.graph.choose(speaker, rng), targets
        return speaker, None, targets

    def _next_in_order(self, speaker: str) -> str:
        order = self.graph.order
        i = order.index(speaker)
        for step in range(1, len(order)):
            candidate = order[(i + step) % len(order)]
            if self.graph.may_address(speaker, candidate):
                return candidate
        raise AssertionError(f"{speaker} has no out-neighbour")

    def resolve(self, speaker: str, addressee: str | None, text: str, rng: random.Random | None) -> str:
        """The addressee once the reply is known; advances the policy."""
        if addressee is None:
            assert rng is not None, "an open addressee needs a random generator"
            addressee = self.graph.mentioned(speaker, text) or self.graph.choose(speaker, rng)
        self._turn += 1
        self._current = addressee
        return addressee
