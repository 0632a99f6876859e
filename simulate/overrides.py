"""Command-line style changes to a loaded scenario (model, seed, sessions, turns...), validated."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from .errors import InputError
from .models.registry import unknown_model
from .models.settings import ALLOW_SECRETS
from .scenario import Scenario, reference_problems

__all__ = ["apply_overrides"]


def apply_overrides(scenario: Scenario, *, model: str | None = None, seed: int | None = None,
                    sessions: int | None = None, turns: int | None = None,
                    conversations: int | None = None, model_options: dict[str, Any] | None = None) -> Scenario:
    """A copy of `scenario` with command-line style overrides applied and validated."""
    data = scenario.model_dump(mode="json")
    if model is not None:
        data["model"]["name"] = model
        data["model"]["per_persona"] = {k: {**v, "name": None} for k, v in data["model"]["per_persona"].items()}
    if model_options:
        data["model"]["options"] = {**data["model"]["options"], **model_options}
    if seed is not None:
        data["seed"] = seed
    if sessions is not None:
        data["sessions"]["count"] = sessions
        data["sessions"]["topics"] = data["sessions"]["topics"][:sessions]
        data["probes"] = [
            {**p, "at": [a for a in p["at"] if a["session"] < sessions]} for p in data["probes"]
        ]
        data["probes"] = [p for p in data["probes"] if p["at"]]
    if turns is not None:
        data["sessions"]["turns"] = turns
        for p in data["probes"]:
            p["at"] = [{**a, "turn": min(a["turn"], turns)} for a in p["at"]]
    if conversations is not None:
        data["conversations"] = conversations
    try:
        updated = Scenario.model_validate(data, context={ALLOW_SECRETS: True})
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"override makes the scenario invalid: {where}: {first['msg']}") from None
    problems = reference_problems(updated)
    if model is not None:
        reason = unknown_model(model)
        if reason:
            raise InputError(f"--model: {reason}")
    if problems:
        raise InputError(f"override makes the scenario invalid: {problems[0][1]}")
    return updated
