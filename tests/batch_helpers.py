"""Batch specs and helpers shared by the batch tests (scripted model: no weights needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent

SPEC = f"""\
id: grid
scenarios:
  - path: {ROOT}/scenarios/getting-to-know.yaml
    sessions: 2
    turns: 3
  - path: {ROOT}/scenarios/interview.yaml
    roles: [Arthur Pennington]
    sessions: 2
    turns: 2
personas:
  source: agents
  path: {ROOT}/agents
draws: 3
models:
  - name: scripted
    label: faithful
    options: {{drift_rate: 0.0, latency_s: LATENCY}}
  - name: scripted
    label: drifting
    options: {{drift_rate: 0.3, latency_s: LATENCY}}
seed: 5
EXTRA
"""


def spec_text(latency: float = 0.0, extra: str = "") -> str:
    """The grid spec with a per-call latency and extra top-level YAML."""
    return SPEC.replace("LATENCY", str(latency)).replace("EXTRA", extra)


def records(folder: Path) -> list[dict[str, Any]]:
    """Every record line of a batch folder, in file order."""
    file = folder / "conversations.jsonl"
    return [orjson.loads(line) for line in file.read_bytes().splitlines()] if file.exists() else []


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its wall-clock fields (the record's wall_s, each turn's latency_s)."""
    out = {k: v for k, v in record.items() if k not in ("wall_s", "attempt")}
    out["turns"] = [{k: v for k, v in t.items() if k != "latency_s"} for t in record["turns"]]
    return out


def by_item(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The last record of each item, comparable."""
    return {r["item"]: comparable(r) for r in rows}
