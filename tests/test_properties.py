"""Invariants of the engine, as property tests."""

from __future__ import annotations

import asyncio
import io
import random
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from engine_strategies import scenarios, yaml_data
from simulate import Scenario, dump_scenario, load_scenario, run_scenario
from simulate.errors import ScenarioError
from simulate.exports import export_run
from simulate.graph import ConversationGraph
from simulate.models.base import ChatRequest, ChatResponse
from simulate.models.scripted import ScriptedModel


class Jittery:
    """The scripted model, answering after a random delay so completion order varies."""

    def __init__(self, seed: int) -> None:
        self.name = "scripted"
        self.inner = ScriptedModel()
        self.rng = random.Random(seed)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        await asyncio.sleep(self.rng.random() * 0.002)
        return await self.inner.complete(request)


def _comparable(result) -> list[dict]:  # type: ignore[no-untyped-def]
    return [t.model_dump(exclude={"latency_s"}) for t in result.turns]


@settings(max_examples=15)
@given(data=scenarios(), conversations=st.integers(1, 5), in_flight=st.integers(2, 5), jitter=st.integers(0, 99))
def test_same_seed_same_output_whatever_the_concurrency(data: dict, conversations: int, in_flight: int,
                                                         jitter: int, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Sequential and concurrent runs with shuffled timing give identical transcripts and exports."""
    scenario = Scenario.model_validate({**data, "conversations": conversations})
    out = tmp_path_factory.mktemp("runs")
    one = asyncio.run(run_scenario(scenario, out=out, max_in_flight=1))
    many = asyncio.run(run_scenario(scenario, out=out, max_in_flight=in_flight, provider=lambda s: Jittery(jitter)))
    assert _comparable(one) == _comparable(many)
    exports = []
    for result in (one, many):
        buffer = io.BytesIO()
        export_run(result.folder, buffer)
        exports.append(buffer.getvalue())
    assert exports[0] == exports[1]


@settings(max_examples=40)
@given(data=scenarios())
def test_turn_order_obeys_the_graph(data: dict) -> None:
    """Every turn is along an edge; in walk policies the addressee speaks next."""
    scenario = Scenario.model_validate(data)
    result = asyncio.run(run_scenario(scenario))
    graph = ConversationGraph(scenario)
    turns = result.turns
    assert all(graph.may_address(t.speaker, t.addressee) for t in turns)
    policy_turns = [t for t in turns if t.kind == "turn"]
    if scenario.policy.kind != "round_robin":
        for before, after in zip(policy_turns, policy_turns[1:]):
            if before.session == after.session:
                assert after.speaker == before.addressee
    else:
        order = scenario.names
        for session in range(scenario.sessions.count):
            speakers = [t.speaker for t in policy_turns if t.session == session]
            assert speakers == [order[i % len(order)] for i in range(len(speakers))]


@settings(max_examples=40)
@given(data=scenarios())
def test_dump_and_load_round_trip(data: dict, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """A scenario written out by dump_scenario loads back equal."""
    scenario = Scenario.model_validate(data)
    path = tmp_path_factory.mktemp("dump") / "s.yaml"
    path.write_text(dump_scenario(scenario), encoding="utf-8")
    assert load_scenario(path) == scenario


@settings(max_examples=150)
@given(data=yaml_data)
def test_validation_raises_only_our_error_on_arbitrary_yaml(data: object, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Whatever the document, loading either succeeds or raises ScenarioError."""
    path = tmp_path_factory.mktemp("yaml") / "s.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    try:
        load_scenario(path)
    except ScenarioError as exc:
        assert exc.problems and all(p.file for p in exc.problems)


@settings(max_examples=150)
@given(text=st.text(max_size=200))
def test_validation_raises_only_our_error_on_arbitrary_text(text: str, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Even text that is not YAML gives a ScenarioError, never another exception."""
    path: Path = tmp_path_factory.mktemp("text") / "s.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_scenario(path)
    except ScenarioError as exc:
        assert exc.problems
