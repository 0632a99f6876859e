"""Memory settings; meant to become the scenario's `memory:` section, so field names stay plain."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["EXTRACTIVE_BY_DEFAULT", "MemoryConfig", "MemoryMode", "MemoryOverride", "RecallKind",
           "summarises_with_model"]

MemoryMode = Literal["off", "window", "full"]
RecallKind = Literal["turns", "facts", "episodes"]
Summarise = Literal["auto"] | bool
# Models whose own session notes are mostly unusable (echoes, too long, third person): on `auto` their
# personas get extractive summaries, and no model call is made only to be thrown away. SmolLM2-135M
# wrote 1 usable note in 8 on scenarios/getting-to-know.yaml, 1 in 4 on scenarios/first-run.yaml
# (`bench/summaries.py RUN`).
EXTRACTIVE_BY_DEFAULT = frozenset({"local/smollm2"})
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,119}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class MemoryOverride(_Strict):
    """Memory settings for one persona; unset fields fall back to the scenario's."""

    mode: MemoryMode | None = None
    prompt_budget_tokens: int | None = Field(default=None, ge=0, le=100_000)
    working_budget_tokens: int | None = Field(default=None, ge=0, le=1_000_000)
    summarise: Summarise | None = None


class MemoryConfig(_Strict):
    """How personas remember.

    `mode`: `off` remembers nothing; `window` keeps only the current session's recent turns
    (working memory); `full` adds episodes (a summary per session) and facts (what each persona said
    about itself and learned about the others), retrieved into the prompt within the budget.
    """

    mode: MemoryMode = "full"
    prompt_budget_tokens: int = Field(default=200, ge=0, le=100_000,
                                      description="most estimated tokens of memory lines in a prompt")
    working_budget_tokens: int = Field(default=600, ge=0, le=1_000_000,
                                       description="most estimated tokens of this session's turns kept")
    store: str | None = Field(default=None, description="SQLite file; None: memory.sqlite in the run folder")
    namespace: str | None = Field(default=None, description="share memories across runs and scenarios under "
                                                            "this name; None: each conversation its own")
    summarise: Summarise = Field(default="auto", description="summaries by the persona's own model (true), "
                                 "extractive (false), or auto: the model's unless it is a small embedded model")
    summary_max_tokens: int = Field(default=120, ge=16, le=4096)
    hearers: Literal["auto", "addressee", "everyone"] = Field(
        default="auto", description="who learns what a persona says: the addressee, every other participant, "
                                    "or auto (addressee when the scenario declares graph edges, else everyone)")
    scorer: Literal["bm25", "embeddings", "fused"] = Field(
        default="bm25", description="relevance: bm25; embeddings or fused (both, scaled scores summed) need the "
                                    "embeddings extra")
    embedding_model: str | None = Field(default=None, description="path or name for the embeddings scorer")
    recency_half_life_days: float = Field(default=30.0, gt=0, description="simulated days for recency to halve")
    recency_weight: float = Field(default=0.0, ge=0, le=1, description="share of recency in a memory's score "
                                  "(0: questions may be about any past session; see bench/memory.py)")
    recall: tuple[RecallKind, ...] = Field(
        default=("turns", "facts", "episodes"), min_length=1,
        description="what is retrieved into the prompt: past turns said or heard word for word, facts, summaries")
    once_per_turn: bool = Field(default=True, description="show one memory per past turn (the turn, or a fact "
                                                           "it stated), not both")
    pin_last_session: bool = Field(default=False, description="always show the last session's summary first "
                                   "(the prompt already says how long ago the last session was)")
    per_persona: dict[str, MemoryOverride] = Field(default_factory=dict)

    @field_validator("namespace")
    @classmethod
    def _slug(cls, value: str | None) -> str | None:
        if value is not None and not _SLUG.match(value):
            raise ValueError("use letters, digits, '.', '_', '/' and '-' (at most 120)")
        return value

    def for_persona(self, name: str) -> MemoryConfig:
        """The settings that apply to `name`."""
        override = self.per_persona.get(name)
        if override is None:
            return self
        return self.model_copy(update={**override.model_dump(exclude_none=True), "per_persona": {}})

    def modes(self, names: list[str]) -> dict[str, MemoryMode]:
        """The mode of each persona in `names`."""
        return {name: self.for_persona(name).mode for name in names}


def summarises_with_model(summarise: Summarise, model: str) -> bool:
    """Whether a persona on `model` writes its session summaries with the model."""
    if summarise == "auto":
        return model not in EXTRACTIVE_BY_DEFAULT
    return bool(summarise)
