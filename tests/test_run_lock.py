"""One writer per run folder: a second `run --resume` (or one beside the running run) exits 2 naming the holder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import orjson

from conftest import write

SCENARIO = """\
id: locked
personas:
  - inline: {name: Maya, facts: {age: 34, occupation: nurse, location: Denver}}
  - inline: {name: Tom, facts: {age: 40, occupation: chef, location: Boston}}
sessions: {count: 2, turns: 6, gap: 1 week}
model: {name: scripted, options: {drift_rate: 0.2, latency_s: 0.3}}
conversations: 2
seed: 3
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}


def _simulate(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "simulate", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env())


def _wait_for_events(out: Path, process: subprocess.Popen[bytes]) -> Path:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        events = list(out.glob("*/events.jsonl"))
        if events and events[0].stat().st_size > 0:
            return events[0].parent
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError("the run wrote no event")


def _wait_for_holder(folder: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    lock = folder / ".lock"
    while time.monotonic() < deadline:
        if lock.is_file() and lock.read_text().strip() == str(process.pid):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError("the resume took no lock")


def test_resume_while_the_run_goes_on_exits_2_naming_the_pid_and_leaves_the_run_resumable(tmp_path: Path) -> None:
    scenario = write(tmp_path / "locked.yaml", SCENARIO)
    out = tmp_path / "out"
    first = _simulate("run", str(scenario), "--quiet", "--out", str(out))
    folder = _wait_for_events(out, first)
    second = _simulate("run", "--resume", str(folder), "--quiet")
    _, err = second.communicate(timeout=60)
    assert second.returncode == 2, err
    assert str(first.pid) in err.decode() and "Traceback" not in err.decode()
    assert first.wait(timeout=120) == 0
    events = [orjson.loads(line) for line in (folder / "events.jsonl").read_bytes().splitlines()]
    keys = [(e["conversation"], e["index"]) for e in events if e["type"] == "turn"]
    assert len(keys) == len(set(keys)) == 2 * 2 * 6
    assert orjson.loads((folder / "manifest.json").read_bytes())["status"] == "done"


def test_two_resumes_at_once_one_works_one_refuses_nothing_duplicated(tmp_path: Path) -> None:
    scenario = write(tmp_path / "locked.yaml", SCENARIO)
    out = tmp_path / "out"
    first = _simulate("run", str(scenario), "--quiet", "--out", str(out))
    folder = _wait_for_events(out, first)
    first.kill()
    first.wait()
    a = _simulate("run", "--resume", str(folder), "--quiet")
    _wait_for_holder(folder, a)
    b = _simulate("run", "--resume", str(folder), "--quiet")
    codes = sorted([a.wait(timeout=120), b.wait(timeout=120)])
    assert codes == [0, 2]
    events = [orjson.loads(line) for line in (folder / "events.jsonl").read_bytes().splitlines()]
    keys = [(e["conversation"], e["index"]) for e in events if e["type"] == "turn"]
    assert len(keys) == len(set(keys)) == 2 * 2 * 6
    assert orjson.loads((folder / "manifest.json").read_bytes())["status"] == "done"
