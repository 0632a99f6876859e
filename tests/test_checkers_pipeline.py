"""The three checker backends over conversations: rules, model (claims by a model) and judge (rules plus
an LLM judge), with test doubles for the models."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from simulate.checkers.conversation import Conversation
from simulate.checkers.pipeline import Backend, CheckResult, check_conversations
from simulate.models.base import ChatRequest, ChatResponse


def _conversation(ident: str, turns: list[tuple[str, str]], facts: list[str]) -> Conversation:
    return Conversation.model_validate({
        "id": ident, "personas": {"Ann": {"facts": facts}},
        "turns": [{"speaker": speaker, "text": text, "session": 0} for speaker, text in turns]})


AGE = _conversation("age", [("Ann", "I am 52 years old."), ("Bob", "Nice."), ("Ann", "I am 52 years old.")],
                    ["I am 34 years old."])
SEASICK = _conversation("boats", [("Ann", "Boats make me terribly seasick."), ("Bob", "Oh?"),
                                  ("Ann", "Boats never make me seasick.")], [])


class Double:
    """A model answering JSON by the request's system prompt: claims for the extractor, verdicts for the judge."""

    name = "double"

    def __init__(self) -> None:
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        said = request.messages[1].content
        if said.startswith("Earlier: "):
            answer: dict[str, Any] = {"verdict": "contradiction" if "never" in said else "unrelated"}
        else:
            ages = [w for w in said.split() if w.isdigit()]
            answer = {"claims": [{"slot": "age", "value": a} for a in ages]}
        return ChatResponse(text=json.dumps(answer), model=self.name)


def test_the_rules_backend_needs_no_model_and_counts_what_it_read() -> None:
    result = asyncio.run(check_conversations([AGE, SEASICK]))
    assert (result.conversations, result.turns) == (2, 6)
    assert [(f.conversation, f.kind, f.turn, f.checker) for f in result.findings] == [
        ("age", "persona", 0, "rules"), ("age", "persona", 2, "rules")]
    assert result.model_stats == {}
    assert result.coverage.turns == 6 and result.coverage.checkable_turns >= 2


@pytest.mark.parametrize("backend", ["model", "judge"])
def test_a_model_backend_without_a_model_is_refused(backend: Backend) -> None:
    with pytest.raises(ValueError, match=f"the {backend} backend needs a model"):
        asyncio.run(check_conversations([AGE], backend=backend))


def test_the_model_backend_reads_claims_with_the_model_once_per_distinct_text() -> None:
    model = Double()
    result = asyncio.run(check_conversations([AGE], backend="model", model=model, model_name="double"))
    assert [(f.kind, f.turn, f.checker, f.against) for f in result.findings] == [
        ("persona", 0, "model", [{"fact": 0}]), ("persona", 2, "model", [{"fact": 0}])]
    asked = sorted(r.messages[1].content for r in model.requests)
    assert asked == ["I am 34 years old.", "I am 52 years old.", "Nice."]  # the repeated turn is read once
    assert result.model_stats == {"calls": 3, "invalid": 0, "reasked": 0, "failed": 0, "model_errors": 0}
    assert result.coverage.claims >= 2


def test_the_judge_backend_adds_judged_findings_to_the_rules_findings() -> None:
    model = Double()
    result = asyncio.run(check_conversations([AGE, SEASICK], backend="judge", model=model, model_name="double"))
    assert [(f.conversation, f.kind, f.turn, f.checker) for f in result.findings] == [
        ("age", "persona", 0, "rules"), ("age", "persona", 2, "rules"), ("boats", "cross_turn", 2, "judge")]
    assert result.model_stats["calls"] == len(model.requests) == 1
    assert model.requests[0].messages[1].content == ("Earlier: Boats make me terribly seasick.\n"
                                                     "Later: Boats never make me seasick.")


def test_the_coverage_line_says_what_the_verdict_rests_on() -> None:
    result = CheckResult()
    assert result.coverage_line() == "0 of 0 turns checkable; 0 claims read, 0 compared with an earlier statement or persona fact"
    c = result.coverage
    c.turns, c.checkable_turns, c.claims, c.compared = 2000, 500, 812, 1234
    assert result.coverage_line() == ("500 of 2,000 turns checkable (25.0%); 812 claims read, 1,234 compared "
                                      "with an earlier statement or persona fact")
