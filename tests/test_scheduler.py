"""The scheduler on its own: bounded concurrency, order, determinism, regeneration, failures, probes,
replay and preference pairs, with test doubles for the model and the observer."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
import yaml

from simulate.checkers.findings import Finding
from simulate.checkers.run_checker import RunChecker
from simulate.errors import AuthenticationError, RunError
from simulate.gateway import Gateway
from simulate.models.base import ChatModel, ChatRequest, ChatResponse
from simulate.scenario import Scenario
from simulate.scheduler import REGENERATIONS, ConversationResult, Scheduler, conversation_id
from simulate.turn import Turn

from conftest import TWO_PEOPLE


def _scenario(conversations: int = 1, **changes: Any) -> Scenario:
    data = yaml.safe_load(TWO_PEOPLE)  # Maya and Tom, 3 sessions of 4 turns
    data.update(conversations=conversations, **changes)
    return Scenario.model_validate(data)


class Says:
    """A model double: '<speaker> says <seed>', so a text tells who was asked with which seed."""

    name = "says"

    def __init__(self, *, delay: float = 0.0, jitter: bool = False) -> None:
        self.delay, self.jitter = delay, jitter
        self.calls: list[ChatRequest] = []
        self.asked: list[tuple[str, int, int | None]] = []  # (speaker, turns before, seed) at call time
        self.active = self.peak = 0

    def text(self, request: ChatRequest) -> str:
        return f"{request.context['speaker']} says {request.seed}."

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls.append(request)
        self.asked.append((request.context["speaker"], len(request.context["history"]), request.seed))
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await asyncio.sleep(random.random() * 0.003 if self.jitter else self.delay)
            return ChatResponse(text=self.text(request), model=self.name)
        finally:
            self.active -= 1


@dataclass
class Log:
    """An observer that writes down everything it is told, in order, with what the scheduler stored."""

    events: list[tuple[Any, ...]] = field(default_factory=list)
    stored: list[Turn] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    running: int = 0
    peak: int = 0

    def store(self, turn: Turn) -> None:
        self.stored.append(turn)
        self.events.append(("stored", turn.conversation, turn.index))

    def store_finding(self, finding: Finding) -> None:
        self.findings.append(finding)
        self.events.append(("stored finding", finding.conversation, finding.turn))

    def session_started(self, conversation: str, session: int, when: datetime, topic: str | None) -> None:
        if session == 0:
            self.running += 1
            self.peak = max(self.peak, self.running)
        self.events.append(("session", conversation, session))

    def turn_finished(self, turn: Turn) -> None:
        self.events.append(("turn", turn.conversation, turn.index))

    def conversation_finished(self, result: ConversationResult) -> None:
        self.running -= 1
        self.events.append(("finished", result.id, result.error))

    def finding_found(self, finding: Finding) -> None:
        self.events.append(("finding", finding.conversation, finding.turn))


def _run(scenario: Scenario, model: ChatModel, log: Log | None = None, *, indices: list[int] | None = None,
         prior: dict[int, list[Turn]] | None = None, **options: Any) -> list[ConversationResult]:
    log = log or Log()
    scheduler = Scheduler(scenario, gateway=Gateway(provider=lambda _settings: model), emit=log.store,
                          emit_finding=log.store_finding, observer=log, **options)
    return asyncio.run(scheduler.run(indices, prior))


def _said(results: list[ConversationResult]) -> list[list[tuple[str, str | None, str, int, int]]]:
    return [[(t.speaker, t.addressee, t.text, t.session, t.turn) for t in r.turns] for r in results]


def test_max_in_flight_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_in_flight"):
        Scheduler(_scenario(), gateway=Gateway(provider=lambda _s: Says()), emit=lambda _t: None,
                  observer=Log(), max_in_flight=0)


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_no_more_conversations_run_at_once_than_max_in_flight(limit: int) -> None:
    log = Log()
    results = _run(_scenario(conversations=5), Says(delay=0.001), log, max_in_flight=limit)
    assert all(r.ok for r in results) and len(results) == 5
    assert log.peak == limit  # reached, never passed


def test_results_come_in_index_order_with_stable_ids() -> None:
    scenario = _scenario(conversations=4)
    results = _run(scenario, Says(jitter=True), max_in_flight=4)
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.id for r in results] == [conversation_id(scenario, i) for i in range(4)]
    assert results[2].id == f"pair-s{scenario.seed}-c0002"


def test_the_transcripts_do_not_depend_on_concurrency_or_timing() -> None:
    scenario = _scenario(conversations=4)
    one_at_a_time = _said(_run(scenario, Says(jitter=True), max_in_flight=1))
    all_at_once = _said(_run(scenario, Says(jitter=True), max_in_flight=4))
    assert one_at_a_time == all_at_once
    assert one_at_a_time[0] != one_at_a_time[1]  # each conversation has its own seeds


def test_a_changed_seed_changes_the_transcript() -> None:
    first = _said(_run(_scenario(seed=1), Says()))
    second = _said(_run(_scenario(seed=2), Says()))
    assert first != second


def test_sessions_and_turns_run_in_order_and_alternate_speakers() -> None:
    results = _run(_scenario(), Says())
    turns = results[0].turns
    assert len(turns) == 12
    assert [t.index for t in turns] == list(range(12))
    assert [(t.session, t.turn) for t in turns] == [(s, k) for s in range(3) for k in range(4)]
    for turn in turns:
        assert turn.addressee == ("Tom" if turn.speaker == "Maya" else "Maya")
        assert turn.text == f"{turn.speaker} says {turn.text.split()[-1]}"
    assert all(a.speaker != b.speaker for a, b in zip(turns, turns[1:]) if a.session == b.session)
    times = [t.time for t in turns]
    assert times == sorted(times) and times[4] > times[3]


def test_each_turn_is_stored_before_the_observer_hears_of_it() -> None:
    log = Log()
    _run(_scenario(), Says(), log)
    cid = conversation_id(_scenario(), 0)
    sessions = [e for e in log.events if e[0] == "session"]
    assert sessions == [("session", cid, 0), ("session", cid, 1), ("session", cid, 2)]
    for index in range(12):
        assert log.events.index(("stored", cid, index)) < log.events.index(("turn", cid, index))
    assert log.events.index(("session", cid, 1)) > log.events.index(("turn", cid, 3))
    assert log.events[-1] == ("finished", cid, None)
    assert [t.index for t in log.stored] == list(range(12))


def test_only_the_given_indices_run() -> None:
    scenario = _scenario(conversations=4)
    model = Says()
    results = _run(scenario, model, indices=[1, 3])
    assert [r.id for r in results] == [conversation_id(scenario, 1), conversation_id(scenario, 3)]
    assert {r.context["conversation"] for r in model.calls} == {results[0].id, results[1].id}


class FailsFor(Says):
    """Refuses every call of one conversation, with a key in its message."""

    def __init__(self, conversation: str) -> None:
        super().__init__()
        self.conversation = conversation

    async def complete(self, request: ChatRequest) -> ChatResponse:
        if request.context["conversation"] == self.conversation:
            raise AuthenticationError("key sk-abcdefghijklmnopqrstuvwxyz was refused", model=self.name)
        return await super().complete(request)


def test_a_model_error_ends_its_conversation_only_and_is_redacted() -> None:
    scenario = _scenario(conversations=3)
    log = Log()
    results = _run(scenario, FailsFor(conversation_id(scenario, 1)), log)
    assert [r.ok for r in results] == [True, False, True]
    assert [len(r.turns) for r in results] == [12, 0, 12]
    error = results[1].error or ""
    assert error.startswith("AuthenticationError: says: key ") and "was refused" in error
    assert "sk-abcdefghijklmnop" not in error and "[REDACTED]" in error
    assert ("finished", results[1].id, results[1].error) in log.events


class OthersLines(Says):
    """Writes only the other persona's lines for the first `bad` tries of Maya's first turn."""

    def __init__(self, bad: int) -> None:
        super().__init__()
        self.bad = bad

    def text(self, request: ChatRequest) -> str:
        first_turn = request.context["speaker"] == "Maya" and not request.context["history"]
        if first_turn and sum(1 for _, before, _ in self.asked if before == 0) <= self.bad:
            return "Tom: Hello Maya, how are you?"
        return super().text(request)


def test_a_reply_holding_only_another_personas_lines_is_regenerated_with_the_next_seed() -> None:
    model = OthersLines(bad=1)
    results = _run(_scenario(), model)
    first = results[0].turns[0]
    tries = [seed for _, before, seed in model.asked if before == 0]
    assert len(tries) == 2 and tries[1] == (tries[0] or 0) + 1
    assert first.text == f"Maya says {tries[1]}."
    assert first.metadata["regenerated"] == 1 and "raw_text" not in first.metadata  # the kept reply needed no cleaning
    assert "regenerated" not in results[0].turns[1].metadata


def test_regeneration_gives_up_with_a_malformed_response_error() -> None:
    model = OthersLines(bad=REGENERATIONS + 1)
    results = _run(_scenario(), model)
    assert not results[0].ok and results[0].turns == []
    assert results[0].error == (f"MalformedResponseError: says: {REGENERATIONS + 1} replies held only "
                                "another persona's lines")


def test_probes_are_asked_at_their_turn_and_answered_by_the_persona() -> None:
    scenario = _scenario(probes=[{"id": "job", "persona": "Maya", "question": "What is your job?",
                                  "at": [{"session": 1, "turn": 2}, {"session": 2, "turn": 4}]}])
    model = Says()
    turns = _run(scenario, model)[0].turns
    assert len(turns) == 12 + 4
    questions = [t for t in turns if t.kind == "probe_question"]
    answers = [t for t in turns if t.kind == "probe_answer"]
    assert [(q.session, q.turn, q.speaker, q.addressee, q.text) for q in questions] == [
        (1, 2, "Tom", "Maya", "What is your job?"), (2, 4, "Tom", "Maya", "What is your job?")]
    for question in questions:
        answer = turns[question.index + 1]
        assert answer in answers and answer.speaker == "Maya" and answer.addressee == "Tom"
        assert answer.probe == question.probe == "job"
    asked = [c for c in model.calls if c.context["probe"] is not None]
    assert len(asked) == 2 and all(c.context["probe"] == "What is your job?" for c in asked)
    assert turns[-1].kind == "probe_answer"  # a probe at turn 4 of a 4-turn session comes after the last turn


def test_stored_turns_are_replayed_not_regenerated_and_the_run_goes_on_identically() -> None:
    scenario = _scenario(conversations=2)
    whole = _run(scenario, Says())
    model, log = Says(), Log()
    resumed = _run(scenario, model, log, prior={0: whole[0].turns[:5]})
    assert _said(resumed) == _said(whole)
    assert len(model.calls) == 24 - 5
    assert [t.index for t in log.stored if t.conversation == whole[0].id] == list(range(5, 12))
    assert [e for e in log.events if e[0] == "turn" and e[1] == whole[0].id] == [
        ("turn", whole[0].id, i) for i in range(12)]  # replayed turns still reach the observer


def test_a_stored_turn_the_scenario_would_not_play_stops_the_resume() -> None:
    scenario = _scenario()
    whole = _run(scenario, Says())[0].turns
    wrong = [whole[0].model_copy(update={"speaker": "Tom"})]
    with pytest.raises(RunError, match="cannot be resumed"):
        _run(scenario, Says(), prior={0: wrong})


class LiesOnce(Says):
    """Maya's first answer contradicts her card (she is 34); every other answer is harmless."""

    def __init__(self) -> None:
        super().__init__()
        self.first: int | None = None

    def text(self, request: ChatRequest) -> str:
        if request.context["speaker"] == "Maya" and self.first is None:
            self.first = request.seed
        if request.context["speaker"] == "Maya" and request.seed == self.first:
            return "I am 99 years old."
        return f"I really love hiking, says {request.context['speaker']}."


def test_findings_are_stored_then_reported_after_their_turn() -> None:
    scenario, log = _scenario(), Log()
    _run(scenario, LiesOnce(), log, checker=RunChecker(scenario))
    cid = conversation_id(scenario, 0)
    assert [(f.kind, f.against) for f in log.findings if f.turn == 0] == [("persona", [{"fact": 0}])]
    order = [e for e in log.events if e[0] != "session" and e[1:] == (cid, 0)]
    assert order == [("stored", cid, 0), ("stored finding", cid, 0), ("turn", cid, 0), ("finding", cid, 0)]


def test_a_flagged_turn_gets_a_preference_pair_from_later_seeds() -> None:
    scenario, model, log = _scenario(), LiesOnce(), Log()
    turns = _run(scenario, model, log, checker=RunChecker(scenario), preferences=2)[0].turns
    flagged = turns[0]
    assert flagged.text == "I am 99 years old."
    pair = flagged.metadata["preference"]
    assert pair["findings"] == ["persona"] and pair["tried"] == 1
    assert pair["chosen_seed"] == (model.first or 0) + REGENERATIONS + 1
    assert pair["chosen"] == "I really love hiking, says Maya."
    assert pair["prompt"][0]["role"] == "system" and "You are Maya." in pair["prompt"][0]["content"]
    flagged_turns = {f.turn for f in log.findings}
    assert all(("preference" in t.metadata) == (t.index in flagged_turns) for t in turns)


def test_without_preferences_a_flagged_turn_is_not_regenerated() -> None:
    scenario, model = _scenario(), LiesOnce()
    turns = _run(scenario, model, checker=RunChecker(scenario))[0].turns
    assert "preference" not in turns[0].metadata and len(model.calls) == 12


class EchoesName(Says):
    def text(self, request: ChatRequest) -> str:
        return f"{request.context['speaker']}: Hello there.\nTom: and my answer"


def test_an_echoed_name_and_lines_for_others_are_cut_and_the_raw_reply_kept() -> None:
    turns = _run(_scenario(), EchoesName())[0].turns
    maya = next(t for t in turns if t.speaker == "Maya")
    assert maya.text == "Hello there."
    assert maya.metadata["raw_text"] == "Maya: Hello there.\nTom: and my answer"


def test_a_stored_turn_addressing_someone_the_policy_would_not_stops_the_resume() -> None:
    scenario = _scenario()
    whole = _run(scenario, Says())[0].turns
    wrong = [whole[0].model_copy(update={"addressee": whole[0].speaker})]
    with pytest.raises(RunError, match="turn policy gives someone else"):
        _run(scenario, Says(), prior={0: wrong})


class CandidateFails(LiesOnce):
    async def complete(self, request: ChatRequest) -> ChatResponse:
        if self.first is not None and request.seed == self.first + REGENERATIONS + 1:
            raise AuthenticationError("no more calls", model=self.name)
        return await super().complete(request)


def test_a_failed_candidate_leaves_the_flagged_turn_standing_without_a_choice() -> None:
    scenario = _scenario()
    results = _run(scenario, CandidateFails(), checker=RunChecker(scenario), preferences=2)
    assert results[0].ok
    pair = results[0].turns[0].metadata["preference"]
    assert (pair["tried"], pair["chosen"], pair["chosen_seed"]) == (1, None, None)
