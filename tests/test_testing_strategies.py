"""Every strategy of simulate.testing produces objects the engine's own loaders and models accept, and
the ground truth the strategies carry is what the engine does."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import orjson
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from simulate import Scenario, dump_scenario, load_persona, load_scenario, run_scenario
from simulate.checkers.conversation import Conversation, TurnIn, persona_facts
from simulate.checkers.engine import check_conversation
from simulate.checkers.findings import CONTRADICTION_KINDS
from simulate.checkers.readers import read_jsonl
from simulate.errors import InputError
from simulate.graph import ConversationGraph
from simulate.models.scripted import ScriptedModel
from simulate.persona import PersonaCard
from simulate.scenario import ModelSettings, reference_problems
from simulate.testing import InjectedTranscript, ProbePlan, persona_questions, run_interview
from simulate.testing import strategies as sst
from simulate.testing.graphs import mutual_pairs
from simulate.testing.interview import interview_scenario


def _found(findings: list) -> set:  # type: ignore[type-arg]
    """The contradictions found (generated transcripts repeat facts word for word on purpose)."""
    return {(f.turn, f.kind, frozenset(tuple(a.items())[0] for a in f.against)) for f in findings
            if f.kind in CONTRADICTION_KINDS}


@settings(max_examples=40)
@given(card=sst.persona_cards())
def test_persona_cards_load_back_through_the_loader(card: PersonaCard, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A generated card written as a card file loads back equal, timeline in session order."""
    path = tmp_path_factory.mktemp("cards") / "card.yaml"
    path.write_text(yaml.safe_dump(card.model_dump(mode="json", exclude_defaults=True), sort_keys=False),
                    encoding="utf-8")
    assert load_persona(path) == card
    assert [e.session for e in card.timeline] == sorted(e.session for e in card.timeline)
    assert all(e.changes.changed() for e in card.timeline)


@settings(max_examples=40)
@given(card=sst.persona_cards(timeline=False))
def test_a_persona_reciting_its_own_card_is_never_flagged(card: PersonaCard) -> None:
    """Generated cards are self-consistent as the rules checker reads them (twice over, across sessions)."""
    said = card.facts.sentences()
    turns = [TurnIn(speaker=card.name, text=s, session=i // max(1, len(said))) for i, s in enumerate(said * 2)]
    conversation = Conversation(id="recite", personas={card.name: persona_facts(card)}, turns=turns)
    assert [f for f in check_conversation(conversation) if f.kind in CONTRADICTION_KINDS] == []


@settings(max_examples=40)
@given(data=st.data(), names=st.lists(st.sampled_from(["Ana", "Ben", "Cleo", "Dev"]), min_size=2, max_size=4,
                                      unique=True))
def test_conversation_graphs_are_valid_in_a_scenario(data: st.DataObject, names: list[str]) -> None:
    """Every persona may address someone; mutual pairs really go both ways."""
    graph = data.draw(sst.conversation_graphs(names))
    scenario = Scenario.model_validate({"id": "g", "personas": [{"inline": {"name": n}} for n in names],
                                        "graph": graph})
    assert reference_problems(scenario) == []
    engine = ConversationGraph(scenario)
    assert all(any(engine.may_address(a, b) for b in names if b != a) for a in names)
    for asker, persona in mutual_pairs(graph, names):
        assert engine.may_address(asker, persona) and engine.may_address(persona, asker)


@settings(max_examples=25)
@given(scenario=sst.scenarios(max_conversations=2))
def test_scenarios_round_trip_through_the_loader_and_run(scenario: Scenario,
                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    """dump_scenario -> load_scenario gives the scenario back; the engine runs it to the end."""
    path = tmp_path_factory.mktemp("scn") / "s.yaml"
    path.write_text(dump_scenario(scenario), encoding="utf-8")
    assert load_scenario(path) == scenario
    result = asyncio.run(run_scenario(scenario))
    points = sum(len(p.at) for p in scenario.probes)
    per_conversation = scenario.sessions.count * scenario.sessions.turns + 2 * points
    assert result.ok and len(result.turns) == scenario.conversations * per_conversation


@settings(max_examples=40)
@given(data=st.data(), card=sst.persona_cards(min_facts=1))
def test_probe_plans_are_valid_and_bounded(data: st.DataObject, card: PersonaCard) -> None:
    """Plans use the given questions (each once, in some order), within the bounds, asking something."""
    questions = persona_questions(card)
    plan = data.draw(sst.probe_plans(questions, max_sessions=3, max_questions=2, gaps=["1 day", "3 weeks"]))
    assert ProbePlan.model_validate(plan.model_dump()) == plan
    assert sorted(plan.questions) == sorted(questions)
    assert 1 <= len(plan.sessions) <= 3 and all(len(s) <= 2 for s in plan.sessions) and plan.asked >= 1
    assert plan.gap in (timedelta(days=1), timedelta(weeks=3))


@settings(max_examples=20)
@given(data=st.data(), card=sst.persona_cards(min_facts=1))
def test_an_interview_asks_the_plan_in_order(data: st.DataObject, card: PersonaCard,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    """The interview scenario loads back through the loader, and its transcript asks exactly the
    plan's questions, session by session, each answered once by the persona."""
    plan = data.draw(sst.probe_plans(persona_questions(card)))
    scenario = interview_scenario(card, plan, model=ModelSettings(name="scripted"))
    path = tmp_path_factory.mktemp("iv") / "s.yaml"
    path.write_text(dump_scenario(scenario), encoding="utf-8")
    assert load_scenario(path) == scenario
    interview = asyncio.run(run_interview(card, plan, ScriptedModel()))
    asked = [[t.text for t in interview.turns if t.session == s and t.kind == "probe_question"]
             for s in range(len(plan.sessions))]
    assert asked == [[plan.questions[i] for i in session] for session in plan.sessions]
    answers = [t for t in interview.turns if t.kind == "probe_answer"]
    assert len(answers) == plan.asked and all(t.speaker == card.name for t in answers)
    assert interview.error is None and interview.findings == []


@settings(max_examples=40)
@given(transcript=sst.transcripts())
def test_transcripts_read_back_as_conversation_jsonl(transcript: InjectedTranscript,
                                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    """A generated transcript written as Conversation JSONL v1 reads back equal through the reader."""
    path: Path = tmp_path_factory.mktemp("jsonl") / "c.jsonl"
    path.write_bytes(orjson.dumps(transcript.conversation.model_dump(mode="json")) + b"\n")
    (back,) = list(read_jsonl(path))
    assert back == transcript.conversation
    assert 1 <= len(transcript.injections) <= 3
    assert all(PersonaCard.model_validate(c.model_dump()) == c for c in transcript.cards.values())


@settings(max_examples=40)
@given(transcript=sst.transcripts(max_turns=18, max_injections=4))
def test_the_checker_finds_exactly_the_injected_contradictions(transcript: InjectedTranscript) -> None:
    """Same turns, kinds and evidence as injected; nothing invented."""
    assert _found(check_conversation(transcript.conversation)) == transcript.expected()


@settings(max_examples=30)
@given(transcript=sst.transcripts(min_injections=0, max_injections=0))
def test_transcripts_without_injections_are_clean(transcript: InjectedTranscript) -> None:
    """With no injection, the checker finds nothing."""
    assert transcript.injections == () and not _found(check_conversation(transcript.conversation))


def test_the_transcript_strategy_covers_every_kind() -> None:
    """Across a derandomised sample, every finding kind is injected (the strategy can exercise them all)."""
    kinds: set[str] = set()

    @settings(max_examples=200, derandomize=True, database=None)
    @given(transcript=sst.transcripts())
    def collect(transcript: InjectedTranscript) -> None:
        kinds.update(i.kind for i in transcript.injections)

    collect()
    assert kinds == {"persona", "cross_turn", "cross_session", "retest"}


@pytest.mark.parametrize("data, message", [
    ({"questions": ["A?", "A?"], "sessions": [[0]]}, "distinct"),
    ({"questions": ["A?"], "sessions": [[1]]}, "out of range"),
    ({"questions": ["A?", "B?"], "sessions": [[1, 0]]}, "must increase"),
    ({"questions": ["A?"], "sessions": []}, "at least 1"),
    ({"questions": ["A?"], "sessions": [[0]], "gap": "-1 day"}, "gap"),
])
def test_invalid_plans_are_refused(data: dict, message: str) -> None:  # type: ignore[type-arg]
    """ProbePlan checks its invariants at construction."""
    with pytest.raises(ValueError, match=message):
        ProbePlan.model_validate(data)


def test_strategy_arguments_are_checked() -> None:
    """Bad bounds fail at once with a clear message, not deep inside a test."""
    with pytest.raises(InputError, match="at least 1"):
        sst.probe_plans(["A?"], max_sessions=0)
    with pytest.raises(InputError, match="at least one question"):
        sst.probe_plans([" "])
    with pytest.raises(InputError, match="none negative"):
        sst.probe_plans(["A?"], gaps=[])
    with pytest.raises(InputError, match="two personas"):
        sst.conversation_graphs(["Ana", "Ana"])
    with pytest.raises(InputError, match="two speakers"):
        sst.transcripts(speakers=["Ana"])
    with pytest.raises(InputError, match="min_injections"):
        sst.transcripts(min_injections=2, max_injections=1)
    with pytest.raises(InputError, match="two names"):
        sst.scenarios(names=["Ana"])
