"""Same input, same output, whatever PYTHONHASHSEED: a scripted run and a batch compared file by file."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from conftest import write

ROOT = Path(__file__).resolve().parent.parent
_WALL_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")
_LATENCY = re.compile(r'"latency_s":[0-9.e-]+,?')
WALL_CLOCK = {"started", "ended", "wall_s", "turns_per_s", "conversations_per_s", "latency_s", "resumed"}
SCENARIO = """\
id: hashed
personas:
  - inline:
      name: Maya
      facts: {age: 34, occupation: nurse, location: Denver, pets: [{species: dog, name: Max}],
              likes: [hiking, jazz, bread, chess], dislikes: [rain]}
  - inline:
      name: Tom
      facts: {age: 40, occupation: chef, location: Boston, likes: [jazz, sailing, tea], dislikes: [opera]}
  - inline:
      name: Ann
      facts: {age: 51, occupation: pilot, location: Oslo, likes: [maps, coffee]}
sessions: {count: 3, turns: 8, gap: 2 weeks}
probes:
  - {persona: Maya, question: "What do you do for work?", at: [{session: 0, turn: 2}, {session: 2, turn: 3}]}
model: {name: scripted, options: {drift_rate: 0.3}}
memory: {summarise: false}
conversations: 3
seed: 7
"""


def _simulate(cwd: Path, hash_seed: str, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-m", "simulate", *args], cwd=cwd, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def _normal(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: None if k in WALL_CLOCK else _normal(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v, names) for v in value]
    if isinstance(value, str):
        for name, stand_in in names.items():
            value = value.replace(name, stand_in)
        return value
    return value


def _contents(folder: Path) -> dict[str, Any]:
    """Every file of an output folder; run ids and wall-clock fields set aside, SQLite as its rows."""
    names = {p.name: f"<{p.name[:-23]}>" for p in folder.iterdir()}  # <id>-<YYYYmmdd-HHMMSS>-<random>
    out: dict[str, Any] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == ".lock" or path.suffix in (".sqlite-wal", ".sqlite-shm"):
            continue
        key = _normal(str(path.relative_to(folder)), names)
        if path.suffix == ".sqlite":
            with sqlite3.connect(path) as db:  # rows in key order; a wall-clock stamp (microseconds) set aside
                out[key] = sorted(_LATENCY.sub("", _WALL_STAMP.sub("<stamp>", line))
                                  for line in _normal(list(db.iterdump()), names))
        elif path.suffix == ".jsonl":
            out[key] = [_normal(orjson.loads(line), names) for line in path.read_bytes().splitlines()]
        elif path.suffix == ".json":
            out[key] = _normal(orjson.loads(path.read_bytes()), names)
        else:
            out[key] = path.read_bytes()
    return out


def _outputs(tmp_path: Path, hash_seed: str) -> dict[str, Any]:
    cwd = tmp_path / f"hash{hash_seed}"
    scenario = write(cwd / "hashed.yaml", SCENARIO)
    _simulate(cwd, hash_seed, "run", str(scenario.name), "--quiet", "--out", "outputs")
    _simulate(cwd, hash_seed, "batch", str(ROOT / "scenarios" / "batches" / "agents-scripted.yaml"), "--quiet",
              "--out", "outputs")
    return _contents(cwd / "outputs")


def test_a_run_and_a_batch_write_the_same_files_under_two_hash_seeds(tmp_path: Path) -> None:
    first, second = _outputs(tmp_path, "1"), _outputs(tmp_path, "2")
    assert sorted(first) == sorted(second)
    for name in first:
        assert first[name] == second[name], name
