"""Turn policies over the conversation graph."""

from __future__ import annotations

import random

from simulate.graph import ConversationGraph, TurnTaker
from simulate.scenario import Scenario


def scenario(edges: list, kind: str = "round_robin", names: str = "ABCD") -> Scenario:
    """A scenario with inline personas named by letters."""
    return Scenario.model_validate({
        "id": "g", "personas": [{"inline": {"name": n}} for n in names],
        "graph": {"edges": edges}, "policy": {"kind": kind},
    })


STAR = ["A -> B", "A -> C", "A -> D", "B -> A", "C -> A", "D -> A"]


def walk(s: Scenario, turns: int, seed: int = 0, texts: list[str] | None = None) -> list[tuple[str, str]]:
    """(speaker, addressee) for `turns` turns of one session."""
    graph = ConversationGraph(s)
    taker = TurnTaker(graph, s.policy.kind, s.policy.start)
    taker.begin_session(random.Random(seed))
    out = []
    for t in range(turns):
        rng = random.Random(seed * 1000 + t)
        speaker, addressee, _ = taker.next_speaker(rng)
        text = texts[t] if texts else "hello"
        out.append((speaker, taker.resolve(speaker, addressee, text, rng)))
    return out


def test_round_robin_cycles_and_addresses_the_next_reachable() -> None:
    """Speakers in order; each addresses the next persona it has an edge to."""
    pairs = walk(scenario(STAR), 5)
    assert [s for s, _ in pairs] == ["A", "B", "C", "D", "A"]
    assert pairs[1] == ("B", "A") and pairs[0] == ("A", "B")


def test_random_walk_follows_edges_and_addressee_speaks_next() -> None:
    """Each turn is an edge; the addressee is the next speaker."""
    pairs = walk(scenario(STAR, "random_walk"), 200, seed=3)
    graph = ConversationGraph(scenario(STAR))
    assert all(graph.may_address(s, a) for s, a in pairs)
    assert all(pairs[i][1] == pairs[i + 1][0] for i in range(len(pairs) - 1))
    assert {a for s, a in pairs if s == "A"} == {"B", "C", "D"}


def test_random_walk_respects_weights() -> None:
    """A heavier edge is chosen more often."""
    s = scenario(["A -> B", ["A", "C", 9.0], "B -> A", "C -> A"], "random_walk", names="ABC")
    pairs = walk(s, 2000, seed=1)
    from_a = [a for sp, a in pairs if sp == "A"]
    assert from_a.count("C") > 4 * from_a.count("B")


def test_addressed_policy_follows_the_name_in_the_reply() -> None:
    """The speaker addresses whoever it names; unnamed falls back to a graph choice."""
    s = scenario(STAR, "addressed")
    s = s.model_copy(update={"policy": s.policy.model_copy(update={"start": "A"})})
    pairs = walk(s, 3, texts=["What do you think, d?", "I agree with you.", "Carl? No, c!"])
    assert pairs[0] == ("A", "D") and pairs[1] == ("D", "A") and pairs[2] == ("A", "C")


def test_mentions_use_the_first_name_and_earliest_position() -> None:
    """`mentioned` picks the earliest out-neighbour named."""
    s = Scenario.model_validate({"id": "g", "personas": [{"inline": {"name": n}} for n in
                                                          ("Ann Lee", "Bob Ray", "Cy Young")]})
    graph = ConversationGraph(s)
    assert graph.mentioned("Ann Lee", "cy, and also Bob") == "Cy Young"
    assert graph.mentioned("Ann Lee", "Bobby is here") is None
