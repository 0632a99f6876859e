"""Judges through the gateway: each item is asked of every judge; its score is the mean of the readable ones.

A judge is written as a model string, optionally with options after `?`: `openai/gpt-4o`,
`scripted?judge_bias=-1`, `local/smollm2?json=false`. Option `json` (default true for the embedded
models, false otherwise) asks for grammar-constrained JSON; every other option is the provider's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ..errors import InputError
from ..gateway import Gateway
from ..models.base import ChatModel
from ..models.settings import ModelSettings, no_secret_options
from .examples import ExampleWriter
from .rubrics import NO_EXAMPLES, judge_messages
from .scored_items import ScoreItem
from .verdicts import JudgeAnswer, ask_verdict

__all__ = ["JudgeSpec", "JudgeStats", "Judges", "VERDICT_SCHEMA", "parse_judge"]

# `enum`, not minimum/maximum: grammar-constrained decoding (llama.cpp) enforces an enum, not bounds
VERDICT_SCHEMA = {"type": "object", "properties": {"reason": {"type": "string", "maxLength": 300},
                                                   "score": {"type": "integer", "enum": [1, 2, 3, 4, 5]}},
                  "required": ["reason", "score"]}


@dataclass(frozen=True)
class JudgeSpec:
    """One judge: its model, options and the label results name it by."""

    model: str
    label: str
    options: dict[str, Any] = field(default_factory=dict)
    json: bool = False


def _value(text: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def parse_judge(text: str, *, taken: Sequence[str] = ()) -> JudgeSpec:
    """A `--judge` string as a JudgeSpec; a judge named twice gets a numbered label (`scripted#2`).

    Raises:
        InputError: empty, an option without `=`, or a model simulate cannot call.
    """
    from ..models.registry import unknown_model

    model, _, query = text.strip().partition("?")
    if not model:
        raise InputError(f"--judge {text!r}: give a model, e.g. openai/gpt-4o or scripted")
    reason = unknown_model(model)
    if reason:
        raise InputError(f"--judge {text!r}: {reason}")
    options: dict[str, Any] = {}
    for part in filter(None, query.split("&")):
        if "=" not in part:
            raise InputError(f"--judge {text!r}: option {part!r} is not KEY=VALUE")
        (key, raw), = parse_qsl(part, keep_blank_values=True)
        if not key:
            raise InputError(f"--judge {text!r}: option {part!r} has no name")
        options[key] = _value(raw)
    try:
        no_secret_options(options)  # the label is written into score.json: no key may be in it
    except ValueError as exc:
        raise InputError(f"--judge: {exc}") from None
    json_mode = bool(options.pop("json", model.startswith("local/")))
    label, n = text.strip(), 2
    while label in taken:
        label, n = f"{text.strip()}#{n}", n + 1
    return JudgeSpec(model=model, label=label, options=options, json=json_mode)


@dataclass
class JudgeStats:
    """How one judge's verdicts went: every unreadable answer is counted."""

    asked: int = 0
    scored: int = 0
    reasked: int = 0
    unreadable: int = 0  # no score even after the re-ask
    model_errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        """For score.json, with the parse-failure rate over verdicts asked."""
        out: dict[str, Any] = dict(self.__dict__)
        out["parse_failure_rate"] = round(self.unreadable / self.asked, 4) if self.asked else None
        return out


def _seed(item: ScoreItem) -> int:
    digest = hashlib.sha256(f"{item.item}\n{item.turn}\n{item.task}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


class Judges:
    """The ensemble: every judge's model from one gateway, with its stats."""

    def __init__(self, specs: Sequence[JudgeSpec], gateway: Gateway, *, timeout: float = 120.0,
                 max_tokens: int = 300, concurrency: int = 4, examples: JudgeSpec | None = None) -> None:
        if not specs:
            raise InputError("give at least one --judge")
        self.specs = list(specs)
        self.max_tokens = max_tokens
        self.stats = {s.label: JudgeStats() for s in self.specs}
        self._models: list[ChatModel] = [
            gateway.model(ModelSettings(name=s.model, temperature=0.0, max_tokens=max_tokens, timeout=timeout,
                                        retries=2, concurrency=concurrency, options=dict(s.options)))
            for s in self.specs]
        self.examples: ExampleWriter | None = None
        if examples is not None:
            writer = gateway.model(ModelSettings(name=examples.model, temperature=0.0, max_tokens=900, timeout=timeout,
                                                 retries=2, concurrency=concurrency, options=dict(examples.options)))
            self.examples = ExampleWriter(writer, examples.model, json=examples.json)

    async def judge(self, item: ScoreItem) -> list[tuple[str, JudgeAnswer]]:
        """Every judge's verdict on one item, in judge order."""
        score_example = NO_EXAMPLES if self.examples is None else await self.examples.examples(
            task_key=item.task, persona=item.card, question=item.question)
        messages = judge_messages(item.task, persona=item.card, question=item.question, response=item.response,
                                  score_example=score_example)
        context = {"judge": {"task": item.task, "metadata": item.metadata}}
        out = []
        for spec, model in zip(self.specs, self._models):
            options: dict[str, Any] = dict(spec.options)
            if spec.json:
                options["response_format"] = {"type": "json_schema",
                                              "json_schema": {"name": "Verdict", "schema": VERDICT_SCHEMA}}
            answer = await ask_verdict(model, model_name=spec.model, messages=messages, seed=_seed(item),
                                       max_tokens=self.max_tokens, context=context, options=options)
            self._count(spec.label, answer)
            out.append((spec.label, answer))
        return out

    def _count(self, label: str, answer: JudgeAnswer) -> None:
        stats = self.stats[label]
        stats.asked += 1
        stats.reasked += answer.attempts > 1
        if answer.parsed:
            stats.scored += 1
        elif answer.error and answer.error.startswith("model error"):
            stats.model_errors += 1
        else:
            stats.unreadable += 1
