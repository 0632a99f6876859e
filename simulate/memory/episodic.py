"""Episodic memory: at the end of a session, each persona's own summary of it.

The persona's own model writes 2-4 first-person sentences. When the model fails (a ModelError) or
its answer is junk (empty, too short, too long, an echo of the instructions or transcript, not in
the first person), the extractive summary is used instead, and the fallback is counted by reason
in `stats` and recorded on the episode: never silent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from string import Template
from typing import Any

from ..errors import ModelError
from ..models.base import ChatModel, ChatRequest, Message
from ..models.settings import ModelSettings
from ..turn import Turn
from .entries import SummarySource
from .extractive import extractive_summary
from .perspective import join_names, sentences
from .tokens import estimate_tokens

__all__ = ["FALLBACK_REASONS", "Summariser", "SummaryResult", "judge_summary", "summary_request"]

INSTRUCTIONS = Template(
    "You are ${name}. You have just talked with ${partners}${occasion}; the conversation is below.\n"
    "Write a short private note about it for yourself: 2 to 4 sentences in the first person (\"I ...\"), "
    "saying what you talked about, what you told them and what you learned about them.\n"
    "Write only the note."
)
FALLBACK_REASONS = ("model_error", "empty", "too_short", "too_long", "echo", "not_first_person", "no_model")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|us|our|i'm|i've|i'd|i'll)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:\**\s*)?(?:my\s+)?(?:private\s+)?(?:note|summary|diary)\s*:?\**\s*", re.IGNORECASE)
_WORDS = re.compile(r"[a-z0-9']+")
_MIN_WORDS = 6
_MAX_SENTENCES = 6


def _transcript(agent: str, turns: Sequence[Turn]) -> str:
    return "\n".join(f"{'You' if t.speaker == agent else t.speaker}: {t.text}" for t in turns)


def summary_request(agent: str, turns: Sequence[Turn], *, settings: ModelSettings, topic: str | None,
                    max_tokens: int, seed: int) -> ChatRequest:
    """The request that asks `agent`'s model for its note on `turns`."""
    partners = sorted({n for t in turns for n in (t.speaker, t.addressee) if n and n != agent})
    system = INSTRUCTIONS.substitute(name=agent, partners=join_names(partners) if partners else "no one",
                                     occasion=f" ({topic})" if topic else "")
    return ChatRequest(
        model=settings.name, temperature=settings.temperature, max_tokens=max_tokens, seed=seed % 2**31,
        api_base=settings.api_base, options=settings.options,
        messages=(Message("system", system), Message("user", _transcript(agent, turns) + "\n\nYour note:")),
        context={"speaker": agent, "purpose": "memory_summary", "history": ()},
    )


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def clean_summary(text: str) -> str:
    """The model's note without surrounding quotes or a leading "Note:" label."""
    text = _LABEL.sub("", text.strip(), count=1).strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    return text.strip("“”").strip()


def judge_summary(text: str, *, request: ChatRequest, max_tokens: int) -> str | None:
    """Why `text` is not a usable summary for `request` (a FALLBACK_REASONS entry), or None if it is."""
    if not text:
        return "empty"
    if len(_WORDS.findall(text.lower())) < _MIN_WORDS:
        return "too_short"
    instructions, transcript = request.messages[0].content, request.messages[-1].content
    labels = {line.split(":", 1)[0] + ":" for line in transcript.splitlines() if ":" in line}
    if _ngrams(text, 6) & _ngrams(instructions, 6) or any(line.lstrip().startswith(tuple(labels))
                                                            for line in text.splitlines()):
        return "echo"
    if estimate_tokens(text) > max_tokens or len(sentences(text)) > _MAX_SENTENCES:
        return "too_long"
    if not _FIRST_PERSON.search(text):
        return "not_first_person"
    return None


@dataclass(frozen=True)
class SummaryResult:
    """A summary, where it came from, and why the model's was not used (if it was not)."""

    text: str
    source: SummarySource
    fallback_reason: str | None = None


@dataclass
class _Stats:
    model: int = 0
    extractive: int = 0
    fallbacks: dict[str, int] = field(default_factory=dict)


class Summariser:
    """Writes session summaries and counts how each was made.

    Args:
        use_model: ask the persona's model (else every summary is extractive, by choice, not a fallback).
        max_tokens: the model's token budget for a note, and the most a usable note may take.
    """

    def __init__(self, *, use_model: bool = True, max_tokens: int = 120) -> None:
        self.use_model = use_model
        self.max_tokens = max_tokens
        self._stats = _Stats()

    async def summarise(self, agent: str, turns: Sequence[Turn], *, topic: str | None = None,
                        model: ChatModel | None = None, settings: ModelSettings | None = None,
                        seed: int = 0, use_model: bool | None = None) -> SummaryResult:
        """`agent`'s summary of `turns`: the model's if usable, else the extractive one (counted).

        `use_model` overrides the summariser's setting for this call (a per-persona choice).
        """
        if not (self.use_model if use_model is None else use_model):
            self._stats.extractive += 1
            return SummaryResult(extractive_summary(agent, turns, topic=topic), "extractive")
        reason = "no_model"
        if model is not None and settings is not None:
            request = summary_request(agent, turns, settings=settings, topic=topic, max_tokens=self.max_tokens,
                                      seed=seed)
            try:
                response = await model.complete(request)
            except ModelError:
                reason = "model_error"
            else:
                text = clean_summary(response.text)
                reason = judge_summary(text, request=request, max_tokens=self.max_tokens) or ""
                if not reason:
                    self._stats.model += 1
                    return SummaryResult(text, "model")
        self._stats.extractive += 1
        self._stats.fallbacks[reason] = self._stats.fallbacks.get(reason, 0) + 1
        return SummaryResult(extractive_summary(agent, turns, topic=topic), "extractive", reason)

    @property
    def stats(self) -> dict[str, Any]:
        """Summaries by the model, extractive ones, and fallbacks by reason."""
        s = self._stats
        return {"summaries": s.model + s.extractive, "model": s.model, "extractive": s.extractive,
                "fallbacks": sum(s.fallbacks.values()), "fallback_reasons": dict(sorted(s.fallbacks.items()))}

    def get_state(self) -> dict[str, Any]:
        """Settings and counts."""
        return {"use_model": self.use_model, "max_tokens": self.max_tokens, "stats": self.stats}

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore from `get_state` output."""
        self.use_model = bool(state["use_model"])
        self.max_tokens = int(state["max_tokens"])
        stats = state["stats"]
        self._stats = _Stats(stats["model"], stats["extractive"], dict(stats["fallback_reasons"]))
