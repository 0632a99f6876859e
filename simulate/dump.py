"""Write a scenario back out as YAML that `load_scenario` reads again."""

from __future__ import annotations

from typing import Any

import yaml

from .scenario import Scenario

__all__ = ["dump_scenario"]


def dump_scenario(scenario: Scenario) -> str:
    """YAML for `scenario`, personas inline, defaults left out."""
    data: dict[str, Any] = scenario.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("personas", [{"inline": p.inline.model_dump(mode="json", exclude_defaults=True)}
                                 for p in scenario.personas if p.inline is not None])
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
