"""Anchored example answers, as PersonaGym gives its judges: for one persona, question and task, an example
answer for each score from 1 to 5, written once by a model through the gateway (its cache keeps them).

An example set that cannot be read after one re-ask is counted and the rubric's criteria stand alone
(`rubrics.NO_EXAMPLES`); it is never invented.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..errors import ModelError
from ..models.base import ChatModel, ChatRequest, Message
from .rubrics import NO_EXAMPLES, rubric, task

__all__ = ["ExampleWriter", "EXAMPLES_SCHEMA", "format_examples", "parse_examples"]

EXAMPLES_SCHEMA = {"type": "object", "properties": {str(k): {"type": "string", "maxLength": 600} for k in range(1, 6)},
                   "required": [str(k) for k in range(1, 6)]}
_SYSTEM = ("You write example answers for a judge's rubric. Given the rubric of one evaluation task, a persona "
           "and a question, write five answers the persona could give, one for each score from 1 (worst) to 5 "
           "(best) under that rubric, each a few sentences in the persona's voice. Answer with JSON only: "
           '{"1": "<answer that deserves 1>", "2": "...", "3": "...", "4": "...", "5": "..."}.')


def parse_examples(text: str) -> dict[int, str] | None:
    """The five examples by score, or None when the answer does not hold all five."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        return None
    try:
        data = orjson.loads(text[start:end + 1])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    out = {k: " ".join(str(data.get(str(k), "")).split()) for k in range(1, 6)}
    return out if all(out.values()) else None


def format_examples(examples: Mapping[int, str] | None) -> str:
    """The text that fills a rubric's `{score_example}`."""
    if not examples:
        return NO_EXAMPLES
    return "\n\n".join(f"Score {k}: {examples[k]}" for k in range(1, 6))


@dataclass
class ExampleWriter:
    """Writes the example answers with `model`; counts what it wrote and what it could not read."""

    model: ChatModel
    model_name: str
    json: bool = False
    written: int = 0
    failed: int = 0
    _sets: dict[str, asyncio.Task[str]] = field(default_factory=dict, repr=False)

    async def examples(self, *, task_key: str, persona: str, question: str) -> str:
        """The `{score_example}` text for one persona, question and task, written once per process."""
        key = hashlib.sha256(f"{task_key}\n{persona}\n{question}".encode()).hexdigest()
        if key not in self._sets:
            self._sets[key] = asyncio.ensure_future(self._write(task_key, persona, question,
                                                                int(key[:8], 16)))
        return await self._sets[key]

    async def _write(self, task_key: str, persona: str, question: str, seed: int) -> str:
        criteria = rubric(task_key).split("------------------------------")[0].strip()
        messages = [Message("system", _SYSTEM),
                    Message("user", f"Rubric ({task(task_key).name}):\n{criteria}\n\nPersona: {persona}\n\n"
                                    f"Question: {question}")]
        options: dict[str, Any] = {}
        if self.json:
            options["response_format"] = {"type": "json_schema",
                                          "json_schema": {"name": "Examples", "schema": EXAMPLES_SCHEMA}}
        for attempt in range(2):
            request = ChatRequest(model=self.model_name, messages=tuple(messages), temperature=0.0, max_tokens=900,
                                  seed=seed + attempt, options=options,
                                  context={"examples": {"task": task_key}})
            try:
                response = await self.model.complete(request)
            except ModelError:
                break
            found = parse_examples(response.text)
            if found:
                self.written += 1
                return format_examples(found)
            messages += [Message("assistant", response.text[:2000]),
                         Message("user", 'That could not be read. Answer with JSON only: {"1": "...", ..., "5": "..."}.')]
        self.failed += 1
        return NO_EXAMPLES
