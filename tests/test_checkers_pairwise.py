"""The pairwise stage: candidate retrieval by shared words, and an LLM judge (a test double here) on the
sentences the rules grammar does not read."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from simulate.checkers.conversation import Conversation
from simulate.checkers.pairwise import JUDGE_SYSTEM, CandidateIndex, Judge, Statement, content_words, judge_conversation
from simulate.errors import ServerError
from simulate.models.base import ChatRequest, ChatResponse

SEASICK_FACT = "I get seasick on every boat."


class JudgeDouble:
    """Answers a verdict for each (earlier, later) pair: contradiction for the pairs it is given."""

    name = "judge-double"

    def __init__(self, contradictions: set[tuple[str, str]] = frozenset(), *, answers: list[str] | None = None,
                 reason: str = "both cannot hold") -> None:
        self.contradictions = contradictions
        self.answers = list(answers or [])  # raw texts to give first, in order (for invalid output)
        self.reason = reason
        self.requests: list[ChatRequest] = []

    def pairs(self) -> list[tuple[str, str]]:
        return [_pair(r) for r in self.requests if not _is_reask(r)]

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        if self.answers:
            return ChatResponse(text=self.answers.pop(0), model=self.name)
        verdict = "contradiction" if _pair(request) in self.contradictions else "unrelated"
        return ChatResponse(text=json.dumps({"verdict": verdict, "reason": self.reason}), model=self.name)


def _pair(request: ChatRequest) -> tuple[str, str]:
    match = re.fullmatch(r"Earlier: (.*)\nLater: (.*)", request.messages[1].content)
    assert match, request.messages[1].content
    return match.group(1), match.group(2)


def _is_reask(request: ChatRequest) -> bool:
    return len(request.messages) > 2


def _conversation(turns: list[dict[str, Any]], facts: list[str] = (SEASICK_FACT,)) -> Conversation:
    return Conversation.model_validate({"id": "c1", "personas": {"Ann": {"facts": list(facts)}}, "turns": turns})


def _judge(model: JudgeDouble) -> Judge:
    return Judge(model, model_name="judge-double")


def test_content_words_drop_function_words_and_short_words() -> None:
    assert content_words("I really love my old kayak, and it is so fast!") == {"old", "kayak", "fast"}
    assert content_words("Oh, yes, I do.") == set()


def test_candidates_are_ranked_by_shared_words_then_recency_per_speaker() -> None:
    index = CandidateIndex()
    index.add("Ann", Statement("My kayak is red.", session=0, turn=0))
    index.add("Ann", Statement("My kayak is red and very fast.", session=0, turn=2))
    index.add("Ann", Statement("I paddle my kayak on the lake.", session=0, turn=4))
    index.add("Bob", Statement("My kayak is red and fast.", session=0, turn=1))
    index.add("Ann", Statement("Oh yes.", session=0, turn=6))  # no content words: not indexed
    found = index.candidates("Ann", "Is the red kayak fast?", k=3)
    assert [s.turn for s in found] == [2, 0, 4]  # 3 shared, 2 shared, then 1 shared
    assert [s.turn for s in index.candidates("Ann", "Is the red kayak fast?", k=3, min_shared=2)] == [2, 0]
    assert [s.turn for s in index.candidates("Ann", "A kayak.", k=2)] == [4, 2]  # a tie goes to the latest
    assert [s.turn for s in index.candidates("Bob", "kayak")] == [1]
    assert index.candidates("Cleo", "kayak") == []


def test_postings_are_capped_so_old_statements_fall_out() -> None:
    index = CandidateIndex(cap=2)
    for turn in range(3):
        index.add("Ann", Statement(f"Kayak trip number {turn}.", session=0, turn=turn))
    assert [s.turn for s in index.candidates("Ann", "kayak", k=5)] == [2, 1]


def test_a_judged_contradiction_with_a_persona_fact_and_an_earlier_turn() -> None:
    turns = [{"speaker": "Ann", "text": "Boats make me terribly seasick."},
             {"speaker": "Bob", "text": "Do you like boats?"},
             {"speaker": "Ann", "text": "Honestly, seasick is something I never get. Boats are fun."}]
    later = "Honestly, seasick is something I never get."
    model = JudgeDouble({(SEASICK_FACT, later), ("Boats make me terribly seasick.", later)})
    findings = asyncio.run(judge_conversation(_conversation(turns), _judge(model)))
    assert sorted((f.kind, f.turn, f.against[0]) for f in findings) == [
        ("cross_turn", 2, {"turn": 0}), ("persona", 2, {"fact": 0})]
    persona = next(f for f in findings if f.kind == "persona")
    assert persona.checker == "judge" and persona.speaker == "Ann" and persona.slot is None
    assert persona.message == f'says "{later}"; their persona says "{SEASICK_FACT}" (both cannot hold)'
    assert model.pairs()[0] == (SEASICK_FACT, "Boats make me terribly seasick.")
    assert all(r.messages[0].content == JUDGE_SYSTEM for r in model.requests)


def test_questions_and_sentences_the_rules_read_are_not_judged() -> None:
    turns = [{"speaker": "Ann", "text": "I live in Denver."},  # read by the rules grammar
             {"speaker": "Ann", "text": "Are boats seasick places?"},  # a question
             {"speaker": "Bob", "kind": "probe_question", "text": "Boats make you seasick?"}]
    model = JudgeDouble()
    assert asyncio.run(judge_conversation(_conversation(turns), _judge(model))) == []
    assert model.requests == []


def test_sentences_listed_in_skip_are_indexed_but_not_judged() -> None:
    turns = [{"speaker": "Ann", "text": "Boats make me terribly seasick."},
             {"speaker": "Ann", "text": "Seasick on boats, never me."}]
    model = JudgeDouble({("Boats make me terribly seasick.", "Seasick on boats, never me.")})
    findings = asyncio.run(judge_conversation(_conversation(turns, facts=[]), _judge(model),
                                              skip=[(0, "Boats make me terribly seasick.")]))
    assert model.pairs() == [("Boats make me terribly seasick.", "Seasick on boats, never me.")]
    assert [(f.kind, f.against) for f in findings] == [("cross_turn", [{"turn": 0}])]


def test_kinds_follow_sessions_and_probes_and_evidence_of_one_kind_is_merged() -> None:
    turns = [{"speaker": "Ann", "session": 0, "probe": "boats", "text": "Boats make me terribly seasick."},
             {"speaker": "Ann", "session": 0, "text": "Seasick on a boat is the worst feeling."},
             {"speaker": "Ann", "session": 1, "probe": "boats", "text": "Boats never make me seasick."}]
    later = "Boats never make me seasick."
    model = JudgeDouble({("Boats make me terribly seasick.", later),
                         ("Seasick on a boat is the worst feeling.", later)})
    findings = asyncio.run(judge_conversation(_conversation(turns, facts=[]), _judge(model)))
    assert sorted((f.kind, f.turn, tuple(map(str, f.against))) for f in findings) == [
        ("cross_session", 2, ("{'turn': 1}",)), ("retest", 2, ("{'turn': 0}",))]

    same_session = [{**t, "session": 0, "probe": None} for t in turns]
    findings = asyncio.run(judge_conversation(_conversation(same_session, facts=[]), _judge(JudgeDouble(
        {("Boats make me terribly seasick.", later), ("Seasick on a boat is the worst feeling.", later)}))))
    assert [(f.kind, f.against) for f in findings] == [("cross_turn", [{"turn": 0}, {"turn": 1}])]  # best candidate first


def test_an_invalid_answer_is_asked_again_once_then_counted_as_a_failure() -> None:
    model = JudgeDouble(answers=["not json", '{"verdict": "maybe"}'])
    judge = _judge(model)
    assert asyncio.run(judge.judge("I love boats.", "I hate boats.", seed=7)) is None
    assert judge.stats == {"calls": 1, "invalid": 2, "reasked": 1, "failed": 1, "model_errors": 0}
    first, second = model.requests
    assert (first.seed, second.seed) == (7, 8) and first.temperature == 0.0
    assert first.options["response_format"]["json_schema"]["name"] == "Verdict"
    assert [m.role for m in second.messages] == ["system", "user", "assistant", "user"]
    assert second.messages[2].content == "not json"
    assert second.messages[3].content.startswith("That is not valid (") and "JSON only" in second.messages[3].content


def test_a_valid_answer_after_a_reask_is_used() -> None:
    model = JudgeDouble(answers=["{}", '{"verdict": "contradiction", "reason": "opposite"}'])
    judge = _judge(model)
    verdict = asyncio.run(judge.judge("I love boats.", "I hate boats."))
    assert verdict is not None and (verdict.verdict, verdict.reason) == ("contradiction", "opposite")
    assert judge.stats == {"calls": 1, "invalid": 1, "reasked": 1, "failed": 0, "model_errors": 0}


class Down:
    name = "down"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        raise ServerError("unavailable", model=self.name, status=503)


def test_a_model_error_is_counted_and_gives_no_verdict() -> None:
    judge = Judge(Down(), model_name="down")
    turns = [{"speaker": "Ann", "text": "Boats make me terribly seasick."}]
    assert asyncio.run(judge_conversation(_conversation(turns), judge)) == []
    assert judge.stats == {"calls": 1, "invalid": 0, "reasked": 0, "failed": 1, "model_errors": 1}
