"""Memory settings: strict, with per-persona overrides."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from simulate.memory import MemoryConfig


def test_per_persona_overrides_fall_back_to_the_defaults() -> None:
    """Unset override fields keep the scenario-wide value."""
    config = MemoryConfig(prompt_budget_tokens=150, per_persona={"Tom": {"mode": "window"}})
    tom = config.for_persona("Tom")
    assert (tom.mode, tom.prompt_budget_tokens, tom.per_persona) == ("window", 150, {})
    assert config.for_persona("Maya") is config
    assert config.modes(["Maya", "Tom"]) == {"Maya": "full", "Tom": "window"}


@pytest.mark.parametrize("data", [{"mode": "sometimes"}, {"prompt_budget_tokens": -1}, {"namespace": "a b"},
                                  {"budget": 3}, {"per_persona": {"Tom": {"colour": "red"}}},
                                  {"recency_weight": 2}])
def test_bad_settings_are_rejected(data: dict) -> None:
    """Unknown fields and out-of-range values fail validation."""
    with pytest.raises(ValidationError):
        MemoryConfig.model_validate(data)


def test_settings_are_frozen() -> None:
    """A config is a value."""
    with pytest.raises(ValidationError):
        MemoryConfig().mode = "off"  # type: ignore[misc]


def test_summaries_on_auto_come_from_the_model_except_on_small_embedded_ones() -> None:
    from simulate.memory.config import summarises_with_model

    assert MemoryConfig().summarise == "auto"
    assert summarises_with_model("auto", "openai/gpt-4o-mini") and summarises_with_model("auto", "scripted")
    assert not summarises_with_model("auto", "local/smollm2")
    assert summarises_with_model(True, "local/smollm2") and not summarises_with_model(False, "scripted")
