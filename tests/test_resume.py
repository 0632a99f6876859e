"""Stop a run with SIGKILL in a real subprocess, resume it: nothing lost, nothing written twice."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from simulate import load_scenario, run_scenario
from simulate.errors import RunError
from simulate.exports import export_run
from simulate.runner import resume_run

from conftest import write

SCENARIO = """\
id: resumable
personas:
  - inline:
      name: Maya
      facts: {age: 34, occupation: nurse, location: Denver, pets: [{species: dog, name: Max}], likes: [hiking]}
  - inline:
      name: Tom
      facts: {age: 40, occupation: chef, location: Boston, likes: [jazz]}
  - inline:
      name: Ann
      facts: {age: 51, occupation: pilot, location: Oslo}
policy: random_walk
sessions: {count: 3, turns: 6, gap: 2 weeks}
probes:
  - {persona: Maya, question: "What do you do for work?", at: [{session: 0, turn: 2}, {session: 2, turn: 3}]}
model: {name: scripted, options: {drift_rate: 0.2, latency_s: LATENCY}}
conversations: 3
seed: 11
"""


def _export(folder: Path) -> bytes:
    buffer = io.BytesIO()
    export_run(folder, buffer)
    return buffer.getvalue()


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()] if path.exists() else []


def _run_and_kill(scenario: Path, out: Path, *, after_lines: int) -> Path:
    """Run `simulate run` in a subprocess, SIGKILL it once events.jsonl has `after_lines` lines."""
    process = subprocess.Popen([sys.executable, "-m", "simulate", "run", str(scenario), "--quiet", "--out", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        events = next(out.glob("*/events.jsonl"), None) if out.exists() else None
        if events is not None and events.read_bytes().count(b"\n") >= after_lines:
            break
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    (folder,) = out.iterdir()
    return folder


def test_kill_then_resume_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    """The resumed run equals an uninterrupted one: transcripts, findings, and no line twice."""
    reference = asyncio.run(run_scenario(load_scenario(write(tmp_path / "ref.yaml", SCENARIO.replace("LATENCY", "0"))),
                                         out=tmp_path / "ref"))
    folder = _run_and_kill(write(tmp_path / "s.yaml", SCENARIO.replace("LATENCY", "0.03")), tmp_path / "out",
                           after_lines=20)
    stored = sum(1 for e in _lines(folder / "events.jsonl") if e["type"] == "turn")
    assert 20 <= stored < len(reference.turns), "the kill should land mid-run"
    assert orjson.loads((folder / "manifest.json").read_bytes())["status"] == "running"

    resumed = asyncio.run(resume_run(folder))
    assert resumed.ok and len(resumed.turns) == len(reference.turns)
    assert _export(folder) == _export(reference.folder)  # type: ignore[arg-type]
    turns = Counter((e["conversation"], e["index"]) for e in _lines(folder / "events.jsonl") if e["type"] == "turn")
    assert set(turns.values()) == {1}
    ends = [e["conversation"] for e in _lines(folder / "events.jsonl") if e["type"] == "conversation"]
    assert sorted(ends) == sorted(set(ends)) and len(ends) == 3
    key = lambda f: (f["conversation"], f["turn"], f["kind"])  # noqa: E731
    found = sorted(_lines(folder / "findings.jsonl"), key=key)
    assert found == sorted(_lines(reference.folder / "findings.jsonl"), key=key)  # type: ignore[operator]
    assert len({key(f) for f in found}) == len(found)
    assert resumed.summary["findings"]["total"] == reference.summary["findings"]["total"]
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    assert manifest["status"] == "done" and len(manifest["resumed"]) == 1
    # each conversation's usage covers its turns, those said before the kill too
    for end in (e for e in _lines(folder / "events.jsonl") if e["type"] == "conversation"):
        said = [e for e in _lines(folder / "events.jsonl")
                if e["type"] == "turn" and e["conversation"] == end["conversation"] and e["kind"] != "probe_question"]
        assert end["usage"]["calls"] >= len(said) > 0
        assert end["usage"]["prompt_tokens"] >= sum(e["prompt_tokens"] for e in said)


def test_memory_continues_from_the_store_after_a_kill(tmp_path: Path) -> None:
    """The resumed run's memory holds what the uninterrupted run's memory holds."""
    from simulate.memory import MemoryStore, memory_json

    text = SCENARIO.replace("conversations: 3", "conversations: 1")
    reference = asyncio.run(run_scenario(load_scenario(write(tmp_path / "ref.yaml", text.replace("LATENCY", "0"))),
                                         out=tmp_path / "ref"))
    folder = _run_and_kill(write(tmp_path / "s.yaml", text.replace("LATENCY", "0.05")), tmp_path / "out",
                           after_lines=12)
    asyncio.run(resume_run(folder))
    with MemoryStore(folder / "memory.sqlite", create=False) as mine, \
            MemoryStore(reference.folder / "memory.sqlite", create=False) as theirs:  # type: ignore[operator]
        assert memory_json(mine) == memory_json(theirs)


def test_a_finished_run_is_not_resumed(tmp_path: Path, pair_path: Path) -> None:
    """Resuming a finished run is refused with a clear error."""
    result = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path))
    with pytest.raises(RunError, match="already finished"):
        asyncio.run(resume_run(result.folder))  # type: ignore[arg-type]


def test_a_changed_scenario_is_refused(tmp_path: Path, pair_path: Path) -> None:
    """If scenario.json was edited, resuming would mix two scenarios: refused."""
    result = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path))
    folder: Path = result.folder  # type: ignore[assignment]
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    manifest["status"] = "running"
    (folder / "manifest.json").write_bytes(orjson.dumps(manifest))
    data = orjson.loads((folder / "scenario.json").read_bytes())
    data["seed"] = 99
    (folder / "scenario.json").write_bytes(orjson.dumps(data))
    with pytest.raises(RunError, match="changed since the run started"):
        asyncio.run(resume_run(folder))
