"""Run a checker backend over conversations: rules (offline, instant), model (claims extracted by a
model), or judge (rules, plus an LLM judge on the statements the rules do not cover)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..errors import InputError
from ..models.base import ChatModel
from .claims import Claim
from .conversation import Conversation
from .engine import Coverage, check_conversation
from .findings import Finding
from .model_extract import ModelExtractor
from .pairwise import Judge, judge_conversation

__all__ = ["Backend", "CheckResult", "check_conversations"]

Backend = Literal["rules", "model", "judge"]


@dataclass
class CheckResult:
    """Findings and what it took to get them."""

    findings: list[Finding] = field(default_factory=list)
    conversations: int = 0
    turns: int = 0
    coverage: Coverage = field(default_factory=Coverage)
    model_stats: dict[str, int] = field(default_factory=dict)

    def coverage_line(self) -> str:
        """What the verdict rests on, in words: checkable turns, claims read and compared."""
        c = self.coverage
        share = f" ({100 * c.checkable_turns / c.turns:.1f}%)" if c.turns else ""
        return (f"{c.checkable_turns:,} of {c.turns:,} turns checkable{share}; {c.claims:,} claims read, "
                f"{c.compared:,} compared with an earlier statement or persona fact")


async def _model_findings(conversation: Conversation, extractor: ModelExtractor, coverage: Coverage) -> list[Finding]:
    texts = [t.text for t in conversation.turns] + [f for p in conversation.personas.values() for f in p.facts]
    cache: dict[str, list[Claim]] = {}
    for number, text in enumerate(dict.fromkeys(texts)):
        cache[text] = await extractor.extract(text, seed=number)
    return check_conversation(conversation, extractor=lambda text: cache.get(text, []), checker="model",
                              coverage=coverage, open_extractor=None)


async def check_conversations(conversations: Iterable[Conversation], *, backend: Backend = "rules",
                              model: ChatModel | None = None, model_name: str = "") -> CheckResult:
    """Check every conversation with `backend`; `model` (through the gateway) serves model and judge."""
    if backend != "rules" and model is None:
        raise InputError(f"the {backend} backend needs a model")
    result = CheckResult()
    extractor = ModelExtractor(model, model_name=model_name) if backend == "model" and model else None
    judge = Judge(model, model_name=model_name) if backend == "judge" and model else None
    for conversation in conversations:
        result.conversations += 1
        result.turns += len(conversation.turns)
        if extractor is not None:
            result.findings.extend(await _model_findings(conversation, extractor, result.coverage))
            continue
        rules = check_conversation(conversation, coverage=result.coverage)
        result.findings.extend(rules)
        if judge is not None:
            result.findings.extend(await judge_conversation(conversation, judge))
    if extractor is not None:
        result.model_stats = extractor.stats
    if judge is not None:
        result.model_stats = judge.stats
    return result
