"""Find the model behind a model string. Built-ins are registered as plugins are: by entry point.

Group `simulate.models`: a name (the part of the model string before the first `/`, or the whole
string) mapped to a factory `f(name, *, options) -> ChatModel`. The built-ins are `scripted` and `local`
(the embedded models, `simulate.models.local`), declared in pyproject.toml like any plugin's. Every
other string goes to litellm. A factory validates eagerly: a bad option or a missing optional
dependency (MissingExtraError) fails when the model is created, before a run writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

from .base import ChatModel

__all__ = ["ENTRY_POINT_GROUP", "create_provider", "provider_names", "unknown_model"]

ENTRY_POINT_GROUP = "simulate.models"
Factory = Callable[..., ChatModel]


@lru_cache(maxsize=1)
def _factories() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def provider_names() -> list[str]:
    """Names registered under the entry-point group."""
    return sorted(_factories())


def create_provider(model: str, *, options: Mapping[str, Any] | None = None) -> ChatModel:
    """The bare model (no wrappers) for a model string."""
    prefix = model.split("/", 1)[0]
    entry = _factories().get(model) or _factories().get(prefix)
    if entry is not None:
        factory: Factory = entry.load()
        return factory(model, options=dict(options or {}))
    from .litellm_model import LiteLLMModel

    return LiteLLMModel(model)


@lru_cache(maxsize=1)
def _litellm_bare_names() -> frozenset[str]:
    """Model names litellm knows without a provider prefix (its bundled price map), read without importing it."""
    import importlib.util
    from pathlib import Path

    import orjson

    spec = importlib.util.find_spec("litellm")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    table = Path(next(iter(spec.submodule_search_locations))) / "model_prices_and_context_window_backup.json"
    try:
        return frozenset(orjson.loads(table.read_bytes()))
    except (OSError, orjson.JSONDecodeError):
        return frozenset()


_IN_PROCESS = frozenset({"simulate-interviewer"})  # simulate.testing's interviewer: its provider is passed in


def unknown_model(model: str) -> str | None:
    """Why `model` names no model simulate can call, or None when it may: a registered name (scripted,
    local/...), `provider/model` for litellm, or a bare name litellm knows (gpt-4o-mini)."""
    prefix = model.split("/", 1)[0]
    if model in _IN_PROCESS or model in _factories() or prefix in _factories() or "/" in model:
        return None
    if model in _litellm_bare_names():
        return None
    return (f"unknown model {model!r}: use scripted, local/smollm2, a litellm `provider/model` string "
            "(openai/gpt-4o-mini, ollama/llama3) or a model name litellm knows")
