"""Batch specs: scenario templates x persona draws x models x repeats, with budget, rate limits and cache."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..models.settings import FaultSettings, no_secret_options, no_url_password

__all__ = ["BatchModel", "BatchSpec", "Budget", "PersonaSourceSpec", "ProbeSetSpec", "TemplateSpec"]

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class TemplateSpec(_Strict):
    """A scenario file used as a template: the personas named in `roles` are filled by drawn personas."""

    path: str = Field(min_length=1, description="scenario YAML, relative to the batch spec")
    roles: list[str] | None = Field(default=None, description="persona names of the template to fill; "
                                    "default: every persona")
    sessions: int | None = Field(default=None, ge=1, le=1000)
    turns: int | None = Field(default=None, ge=1, le=100_000)


class PersonaSourceSpec(_Strict):
    """Where drawn personas come from, and how they are drawn into roles."""

    source: Literal["agents", "personagym", "spc", "jsonl", "csv"]
    path: str | None = Field(default=None, description="file or folder, relative to the batch spec; "
                             "default for `agents`: the agents/ folder beside the spec")
    limit: int | None = Field(default=None, ge=2, description="use only the first N personas of the source")
    draw: Literal["shuffle", "random"] = Field(
        default="shuffle", description="shuffle: walk a seeded permutation, so every persona is used before any "
        "is used again; random: an independent seeded sample for each draw")

    @model_validator(mode="after")
    def _path_given(self) -> PersonaSourceSpec:
        if self.source != "agents" and self.path is None:
            raise ValueError(f"a `{self.source}` source needs `path`")
        return self


class BatchModel(_Strict):
    """One model the batch runs every draw on; settings not given keep the template's."""

    name: str = Field(min_length=1, description="a litellm model string, local/smollm2 or scripted")
    label: str | None = Field(default=None, description="how records and summaries name it; default: name")
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, ge=1, le=32_768)
    timeout: float | None = Field(default=None, gt=0)
    retries: int | None = Field(default=None, ge=0, le=20)
    concurrency: int | None = Field(default=None, ge=1, le=10_000, description="calls in flight to this model")
    api_base: str | None = None
    options: dict[str, Any] = Field(default_factory=dict)
    faults: FaultSettings | None = None
    rpm: float | None = Field(default=None, gt=0, description="requests per minute (token bucket)")
    tpm: float | None = Field(default=None, gt=0, description="tokens per minute (token bucket)")

    @property
    def key(self) -> str:
        """The label, or the model name."""
        return self.label or self.name

    _no_secrets = field_validator("options")(classmethod(lambda cls, v, info: no_secret_options(v, info)))
    _no_url_password = field_validator("api_base")(classmethod(lambda cls, v: no_url_password(v)))

    @field_validator("label")
    @classmethod
    def _slug(cls, value: str | None) -> str | None:
        if value is not None and not _SLUG.match(value):
            raise ValueError("a label is letters, digits, '.', '_' or '-' (up to 80)")
        return value


class Budget(_Strict):
    """Spending limits for the whole batch (real model calls; cache hits are free)."""

    max_tokens: int | None = Field(default=None, ge=1)
    max_cost_usd: float | None = Field(default=None, gt=0)


MAX_ITEMS = 200_000  # conversations in one batch: what validating and resuming it may cost stays bounded


class ProbeSetSpec(_Strict):
    """PersonaGym questions asked of every drawn persona in every session, scored by `simulate score`."""

    source: Literal["personagym"] = "personagym"
    path: str | None = Field(default=None, description="PersonaGym's questions_benchmark_v1.jsonl, relative to "
                             "the spec; needed unless every persona's questions are generated")
    per_task: int = Field(default=1, ge=1, le=10, description="questions per task and persona")
    tasks: list[str] | None = Field(default=None, description="task keys (default: all five)")
    generator: str | None = Field(default=None, description="model that writes questions for personas that have "
                                  "none of their own (not from PersonaGym)")
    cache: str | None = Field(default=None, description="JSONL of generated questions, relative to the spec "
                              "(default: ~/.cache/simulate/probe-questions.jsonl)")

    @field_validator("tasks")
    @classmethod
    def _tasks(cls, value: list[str] | None) -> list[str] | None:
        from ..score.rubrics import TASKS

        known = [t.key for t in TASKS]
        for key in value or ():
            if key not in known:
                raise ValueError(f"unknown task {key!r}; known: {', '.join(known)}")
        return value

    @model_validator(mode="after")
    def _a_source(self) -> ProbeSetSpec:
        if self.path is None and self.generator is None:
            raise ValueError("give `path` (PersonaGym's questions) or `generator` (a model that writes them)")
        return self


class BatchSpec(_Strict):
    """A batch: every template, for `draws` persona groups, on every model, `repeats` times."""

    id: str
    description: str = ""
    scenarios: list[TemplateSpec] = Field(min_length=1)
    personas: PersonaSourceSpec
    draws: int = Field(default=1, ge=1, le=1_000_000, description="persona groups drawn per template")
    repeats: int = Field(default=1, ge=1, le=10_000, description="conversations per group and model (new seeds)")
    models: list[str | BatchModel] = Field(min_length=1)
    seed: int = 0
    budget: Budget = Field(default_factory=Budget)
    concurrency: int = Field(default=256, ge=1, le=1_000_000, description="conversations in flight")
    cache: str = Field(default="run", description="run: calls.sqlite in the batch folder; off; or a path to share")

    @field_validator("cache", mode="before")
    @classmethod
    def _off(cls, value: Any) -> Any:
        return "off" if value is False else value  # YAML reads a bare `off` as false
    preferences: int = Field(default=0, ge=0, le=16, description="for each flagged turn, regenerate up to N "
                             "candidates and keep the first the checkers pass (DPO/KTO pairs)")
    check: bool = Field(default=True, description="run the checkers on every turn")
    probes: ProbeSetSpec | None = Field(default=None, description="PersonaGym probe sets for `simulate score`")

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("an id is letters, digits, '.', '_' or '-' (up to 80), starting with a letter or digit")
        return value

    @field_validator("models")
    @classmethod
    def _models(cls, value: list[str | BatchModel]) -> list[str | BatchModel]:
        keys = [m if isinstance(m, str) else m.key for m in value]
        duplicated = sorted({k for k in keys if keys.count(k) > 1})
        if duplicated:
            raise ValueError(f"two models share the name {', '.join(map(repr, duplicated))}; give each a distinct "
                             "`label`")
        return value

    @model_validator(mode="after")
    def _preferences_need_checks(self) -> BatchSpec:
        if self.preferences and not self.check:
            raise ValueError("`preferences` regenerates the turns the checkers flag, so it needs `check: true`")
        items = len(self.scenarios) * self.draws * self.repeats * len(self.models)
        if items > MAX_ITEMS:
            raise ValueError(f"{items:,} conversations (templates x draws x repeats x models): at most {MAX_ITEMS:,} "
                             "in one batch; split it into several batches")
        return self

    def model_entries(self) -> list[BatchModel]:
        """Every model as a BatchModel."""
        return [BatchModel(name=m) if isinstance(m, str) else m for m in self.models]

    def cache_path(self, folder: Path) -> Path | None:
        """Where the call cache lives for a batch written to `folder`."""
        if self.cache == "off":
            return None
        return folder / "calls.sqlite" if self.cache == "run" else Path(self.cache)
