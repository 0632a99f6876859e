"""`simulate runs`: the run and batch folders under an outputs folder, with status, turns and findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.markup import escape
from rich.table import Table

__all__ = ["RunInfo", "list_runs", "render_runs"]


@dataclass(frozen=True)
class RunInfo:
    """One run or batch folder, as `simulate runs` lists it."""

    path: Path
    kind: str
    status: str
    started: str
    turns: int | None
    findings: int | None


def _json(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _count_lines(path: Path, kind: str | None = None) -> int | None:
    if not path.is_file():
        return None
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            if kind is None or f'"type":"{kind}"'.encode() in line:
                count += 1
    return count


def _batch_totals(folder: Path) -> tuple[int | None, int | None]:
    file = folder / "conversations.jsonl"
    if not file.is_file():
        return None, None
    last: dict[str, tuple[int, int]] = {}
    with open(file, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("item"), str):
                last[record["item"]] = (len(record.get("turns", ())), len(record.get("findings", ())))
    return sum(t for t, _ in last.values()), sum(f for _, f in last.values())


def _info(folder: Path) -> RunInfo | None:
    manifest = _json(folder / "manifest.json")
    if not manifest:
        return None
    started = str(manifest.get("started") or "")[:19].replace("T", " ")
    status = str(manifest.get("status", "?"))
    if (folder / "conversations.jsonl").is_file() or (folder / "batch.json").is_file():
        turns, findings = _batch_totals(folder)
        return RunInfo(folder, "batch", status, started, turns, findings)
    summary = _json(folder / "summary.json")
    turns = summary.get("turns") if isinstance(summary.get("turns"), int) else _count_lines(folder / "events.jsonl", "turn")
    return RunInfo(folder, "run", status, started, turns, _count_lines(folder / "findings.jsonl"))


def list_runs(root: str | Path) -> list[RunInfo]:
    """Every run or batch folder directly under `root`, oldest first."""
    base = Path(root)
    if not base.is_dir():
        return []
    infos = [info for child in base.iterdir() if child.is_dir() and (info := _info(child)) is not None]
    return sorted(infos, key=lambda i: (i.started, i.path.name))


def render_runs(console: Console, runs: list[RunInfo], root: str | Path) -> None:
    """A table of runs; a one-line note when there are none."""
    if not runs:
        console.print(f"No runs in {escape(str(root))}/ yet: `simulate run SCENARIO` makes one.")
        return
    table = Table(title=f"Runs in {escape(str(root))}/", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("run", overflow="fold")
    table.add_column("kind")
    table.add_column("status")
    table.add_column("started (UTC)", no_wrap=True)
    table.add_column("turns", justify="right")
    table.add_column("findings", justify="right")
    colour = {"done": "green", "running": "yellow", "interrupted": "yellow", "failed": "red", "error": "red",
              "budget": "yellow"}
    for info in runs:
        table.add_row(escape(info.path.name), info.kind, f"[{colour.get(info.status, 'white')}]{escape(info.status)}[/]",
                      info.started, "?" if info.turns is None else str(info.turns),
                      "?" if info.findings is None else str(info.findings))
    console.print(table)
