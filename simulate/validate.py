"""Validate files of any kind the engine reads: batch specs, scenarios and persona cards (`simulate validate`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .batch.expand import load_batch
from .errors import InputError, Problem, ScenarioError
from .loader import display_path, load_persona, load_scenario
from .yamlsource import read_yaml

__all__ = ["validate_files"]


def validate_files(paths: Iterable[str | Path]) -> dict[str, list[Problem]]:
    """Validate batch specs, scenario and persona files: a file with a `scenarios` key is a batch spec
    (its templates and persona source are resolved too), one with a `personas` key a scenario."""
    results: dict[str, list[Problem]] = {}
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]
        for file in files:
            try:
                doc = read_yaml(file, display_name=display_path(file))
                keys = doc.data if isinstance(doc.data, dict) else {}
                if "scenarios" in keys:
                    load_batch(file)
                elif "personas" in keys:
                    load_scenario(file)
                else:
                    load_persona(file)
                results[display_path(file)] = []
            except ScenarioError as exc:
                results[display_path(file)] = exc.problems
            except InputError as exc:
                results[display_path(file)] = [Problem(display_path(file), 1, 1, "", str(exc))]
    return results
