"""Verdicts: parsed from JSON or PersonaGym's closing sentence; one re-ask on an unreadable answer."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import ServerError
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.score.verdicts import VerdictError, ask_verdict, parse_verdict


@pytest.mark.parametrize("text, score", [
    ('{"reason": "stays in character", "score": 4}', 4),
    ('Sure.\n```json\n{"reason": "drifts", "score": 2}\n```', 2),
    ('{"score": "5", "reason": "fine"}', 5),
    ('{"reason": "ok", "score": 3.0}', 3),
    ("The response contradicts the persona. Therefore, the final score is 1.", 1),
    ("... Therefore, the final score is **3**", 3),
    ('{ "reason": "}\nEvaluation: fine {really}", "score": 4}', 4),
])
def test_readable_answers(text: str, score: int) -> None:
    assert parse_verdict(text)[0] == score


def test_the_reason_is_kept() -> None:
    assert parse_verdict('{"reason": "says she is a pilot", "score": 1}') == (1, "says she is a pilot")


@pytest.mark.parametrize("text, problem", [
    ("", "empty"),
    ("I think it is quite good.", "no JSON object"),
    ('{"reason": "x", "score": 7}', "from 1 to 5"),
    ('{"reason": "x", "score": 2.5}', "whole number"),
    ('{"reason": "x", "score": true}', "whole number"),
])
def test_unreadable_answers_say_why(text: str, problem: str) -> None:
    with pytest.raises(VerdictError, match=problem):
        parse_verdict(text)


class Answers:
    """A model that answers from a list, recording the requests."""

    name = "answers"

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        text = self.texts.pop(0)
        if text == "!error":
            raise ServerError("down", model=self.name)
        return ChatResponse(text=text, model=self.name)


MESSAGES = (Message("system", "judge"), Message("user", "rubric"))


def _ask(model: Answers) -> object:
    return asyncio.run(ask_verdict(model, model_name="m", messages=MESSAGES, seed=5))


def test_a_readable_first_answer_is_asked_once() -> None:
    model = Answers('{"reason": "r", "score": 5}')
    answer = _ask(model)
    assert (answer.score, answer.attempts, answer.error) == (5, 1, None)
    assert len(model.requests) == 1 and model.requests[0].temperature == 0.0


def test_an_unreadable_answer_is_asked_again_once_with_the_reason() -> None:
    model = Answers("It is good.", '{"reason": "r", "score": 2}')
    answer = _ask(model)
    assert (answer.score, answer.attempts) == (2, 2)
    again = model.requests[1].messages
    assert again[-2] == Message("assistant", "It is good.")
    assert "could not be read" in again[-1].content and "no JSON object" in again[-1].content


def test_two_unreadable_answers_leave_no_score_and_say_so() -> None:
    model = Answers("good", "very good", '{"score": 5}')
    answer = _ask(model)
    assert answer.score is None and answer.attempts == 2 and answer.error.startswith("unreadable")
    assert len(model.requests) == 2  # one re-ask only


def test_a_model_error_ends_the_verdict_without_a_score() -> None:
    answer = _ask(Answers("!error"))
    assert answer.score is None and answer.error.startswith("model error")
