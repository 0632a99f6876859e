"""A judge's verdict (score 1-5, reason): parsed from its answer, asked again once when it cannot be read.

Two answer forms are read: the JSON the prompt asks for (`{"reason": ..., "score": 4}`, also inside a
code fence or after some text), and PersonaGym's own closing sentence ("Therefore, the final score
is 4"). Anything else is a parse failure: the judge is told why and asked once more; a second
failure leaves the verdict without a score, and it is counted, never read as a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from ..errors import ModelError
from ..models.base import ChatModel, ChatRequest, Message

__all__ = ["JudgeAnswer", "VerdictError", "ask_verdict", "parse_verdict"]

_FINAL = re.compile(r"final score (?:is|=|:)\s*\**\s*([1-5](?:\.0)?)\b", re.I)
_OBJECT = re.compile(r"\{[^{}]*\}", re.S)
_MAX_REASON = 400


class VerdictError(ValueError):
    """A judge's answer holds no readable score; the message says what was wrong."""


@dataclass(frozen=True)
class JudgeAnswer:
    """One judge's verdict on one response: `score` is None when no answer could be read."""

    score: int | None
    reason: str
    attempts: int
    error: str | None = None

    @property
    def parsed(self) -> bool:
        """Did the judge give a readable score?"""
        return self.score is not None


def _score(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise VerdictError(f"the score must be a whole number from 1 to 5, got {value!r}")
    try:
        number = float(value)
    except ValueError:
        raise VerdictError(f"the score must be a whole number from 1 to 5, got {value!r}") from None
    if number != int(number) or not 1 <= number <= 5:
        raise VerdictError(f"the score must be a whole number from 1 to 5, got {value!r}")
    return int(number)


def parse_verdict(text: str) -> tuple[int, str]:
    """(score, reason) from a judge's answer.

    Raises:
        VerdictError: no JSON object with a valid `score`, and no "final score is N" sentence.
    """
    problem = "no JSON object with a score and no sentence \"the final score is N\""
    start, end = text.find("{"), text.rfind("}")
    whole = [text[start:end + 1]] if 0 <= start < end else []  # the answer's object, braces in its strings too
    for candidate in [*whole, *(m.group(0) for m in reversed(list(_OBJECT.finditer(text))))]:
        try:  # a raw line break inside a string is common in judges' JSON: read it as a space
            data = orjson.loads(" ".join(candidate.splitlines()))
        except orjson.JSONDecodeError:
            continue
        if isinstance(data, dict) and "score" in data:
            score = _score(data["score"])  # a bad score in the JSON is the error to report
            return score, str(data.get("reason", "")).strip()[:_MAX_REASON]
    final = list(_FINAL.finditer(text))
    if final:
        last = final[-1]
        return _score(last.group(1)), text[:last.start()].strip()[-_MAX_REASON:]
    if not text.strip():
        problem = "the answer is empty"
    raise VerdictError(problem)


async def ask_verdict(model: ChatModel, *, model_name: str, messages: tuple[Message, ...], seed: int,
                      max_tokens: int = 300, reasks: int = 1, context: Mapping[str, Any] | None = None,
                      options: Mapping[str, Any] | None = None) -> JudgeAnswer:
    """Ask `model` for a verdict; on an unreadable answer, say why and ask again (`reasks` times).

    A ModelError (the gateway gave up) ends the verdict without a score; it is not re-asked here.
    """
    history = list(messages)
    error = "not asked"
    for attempt in range(1, reasks + 2):
        request = ChatRequest(model=model_name, messages=tuple(history), temperature=0.0, max_tokens=max_tokens,
                              seed=seed + attempt - 1, options=dict(options or {}), context=dict(context or {}))
        try:
            response = await model.complete(request)
        except ModelError as exc:
            return JudgeAnswer(None, "", attempt, f"model error: {exc}")
        try:
            score, reason = parse_verdict(response.text)
        except VerdictError as exc:
            error = str(exc)
            history += [Message("assistant", response.text[:2000]),
                        Message("user", f"Your answer could not be read ({error}). Answer again with JSON only: "
                                        '{"reason": "<one or two sentences>", "score": <1-5>}.')]
            continue
        return JudgeAnswer(score, reason, attempt)
    return JudgeAnswer(None, "", reasks + 1, f"unreadable: {error}")
