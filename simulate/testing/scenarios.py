"""Hypothesis strategies for whole scenarios: personas, graph, policy, sessions, probes, memory, model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from ..errors import InputError
from ..scenario import Scenario
from .graphs import conversation_graphs, mutual_pairs
from .persona_strategies import NAMES, persona_cards

__all__ = ["scenarios"]

TOPICS = ("a campus cafe", "the book club", "a long train ride", "a rainy afternoon")
QUESTIONS = ("What do you do for a living?", "Where do you live?", "How old are you?", "Do you have any pets?")


def scenarios(*, model: str = "scripted", names: Sequence[str] = NAMES, max_personas: int = 3,
              max_sessions: int = 3, max_turns: int = 5, max_conversations: int = 1,
              drift_rates: Sequence[float] = (0.0, 0.2), memory_modes: Sequence[str] = ("full", "window", "off"),
              probes: bool = True, timelines: bool = True, topics: bool = True) -> st.SearchStrategy[Scenario]:
    """A valid, resolved Scenario (every persona inline) that the engine can run as it is.

    With the default `model="scripted"`, `drift_rates` are the scripted model's contradiction rates.

    Raises:
        InputError: at once, for fewer than two names or bounds below 1.
    """
    if len(set(names)) < 2 or min(max_personas, max_sessions, max_turns, max_conversations) < 1:
        raise InputError("scenarios need two names or more and bounds of at least 1 (max_personas at least 2)")
    if not drift_rates or not memory_modes:
        raise InputError("give at least one drift rate and one memory mode")
    return _scenarios(model, tuple(dict.fromkeys(names)), max_personas, max_sessions, max_turns, max_conversations,
                      tuple(drift_rates), tuple(memory_modes), probes, timelines, topics)


@st.composite
def _scenarios(draw: st.DrawFn, model: str, names: tuple[str, ...], max_personas: int, max_sessions: int,
               max_turns: int, max_conversations: int, drift_rates: tuple[float, ...], memory_modes: tuple[str, ...],
               probes: bool, timelines: bool, topics: bool) -> Scenario:
    people = draw(st.lists(st.sampled_from(list(names)), min_size=2, max_size=max(2, max_personas), unique=True))
    count = draw(st.integers(1, max_sessions))
    turns = draw(st.integers(1, max_turns))
    cards = [draw(persona_cards(name=n, timeline=timelines, max_session=count)) for n in people]
    graph = draw(conversation_graphs(people))
    data: dict[str, Any] = {
        "id": "generated",
        "personas": [{"inline": card} for card in cards],
        "graph": graph,
        "policy": {"kind": draw(st.sampled_from(["round_robin", "random_walk", "addressed"])),
                   "start": draw(st.one_of(st.none(), st.sampled_from(people)))},
        "sessions": {"count": count, "turns": turns, "gap": draw(st.sampled_from(["2 days", "3 weeks", "13 months"])),
                     "topics": draw(st.lists(st.sampled_from(TOPICS), max_size=count)) if topics else []},
        "model": {"name": model, "options": {"drift_rate": draw(st.sampled_from(list(drift_rates)))}
                  if model == "scripted" else {}},
        "memory": {"mode": draw(st.sampled_from(list(memory_modes))),
                   "hearers": draw(st.sampled_from(["auto", "addressee", "everyone"]))},
        "conversations": draw(st.integers(1, max(1, max_conversations))),
        "seed": draw(st.integers(0, 2**31)),
    }
    pairs = mutual_pairs(graph, people)
    if probes and pairs and draw(st.booleans()):
        asker, persona = draw(st.sampled_from(pairs))
        points = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, turns)), min_size=1,
                               max_size=3, unique=True))
        data["probes"] = [{"id": "p0", "persona": persona, "asker": asker,
                           "question": draw(st.sampled_from(QUESTIONS)),
                           "at": [{"session": s, "turn": t} for s, t in sorted(points)]}]
    return Scenario.model_validate(data)
