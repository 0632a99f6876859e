"""A memory store shared by runs (`memory: {store: PATH, namespace: N}`): reuse, concurrent writers, later scenarios."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from simulate import load_scenario, run_scenario
from simulate.memory import MemoryStore
from simulate.runner import apply_overrides, resume_run

from conftest import write

SCENARIO = """\
id: ID
personas:
  - inline:
      name: Maya
      facts: {age: 34, occupation: nurse, location: Denver, pets: [{species: dog, name: Max}], likes: [hiking]}
  - inline:
      name: Tom
      facts: {age: 40, occupation: chef, location: Boston, likes: [jazz]}
sessions: {count: 2, turns: 6, gap: 2 weeks}
model: {name: scripted, options: {drift_rate: 0.2}}
memory: {store: STORE, namespace: friends, summarise: false}
seed: 5
"""


def _scenario(tmp_path: Path, store: Path, ident: str = "shared") -> Path:
    text = SCENARIO.replace("STORE", str(store)).replace("ID", ident)
    return write(tmp_path / f"{ident}.yaml", text)


def _run(path: Path, out: Path, seed: int | None = None):
    scenario = apply_overrides(load_scenario(path), seed=seed)
    return asyncio.run(run_scenario(scenario, out=out))


def test_the_same_scenario_runs_again_on_the_store_with_the_same_and_another_seed(tmp_path: Path) -> None:
    store = tmp_path / "shared.sqlite"
    path = _scenario(tmp_path, store)
    results = [_run(path, tmp_path / "out"), _run(path, tmp_path / "out"), _run(path, tmp_path / "out", seed=9)]
    for result in results:
        assert result.ok, result.summary["failures"]
        assert result.manifest["status"] == "done"
    with MemoryStore(store, create=False) as memory:
        assert memory.facts("friends/c0000", "Maya")  # the namespace still reads back, every fact valid


def test_a_later_scenario_on_the_same_namespace_runs_and_remembers(tmp_path: Path) -> None:
    store = tmp_path / "shared.sqlite"
    first = _run(_scenario(tmp_path, store, "first"), tmp_path / "out")
    second = _run(_scenario(tmp_path, store, "second"), tmp_path / "out")
    assert first.ok and second.ok, second.summary["failures"]
    with MemoryStore(store, create=False) as memory:
        said = {f.since.conversation.split("/")[0] for f in memory.facts("friends/c0000", "Maya", current=False)}
    assert {first.folder.name, second.folder.name} <= said


def test_six_runs_at_once_in_one_namespace_all_finish_and_the_store_stays_usable(tmp_path: Path) -> None:
    store = tmp_path / "shared.sqlite"
    path = _scenario(tmp_path, store)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    processes = [subprocess.Popen([sys.executable, "-m", "simulate", "run", str(path), "--quiet", "--out",
                                   str(tmp_path / "out"), "--seed", str(seed)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env) for seed in range(6)]
    outcomes = [(p.wait(timeout=300), p.stderr.read().decode()) for p in processes]
    assert [code for code, _ in outcomes] == [0] * 6, outcomes
    for manifest in (tmp_path / "out").glob("*/manifest.json"):
        assert orjson.loads(manifest.read_bytes())["status"] == "done"
    later = _run(path, tmp_path / "out", seed=99)
    assert later.ok
    viewer = subprocess.run([sys.executable, "-m", "simulate", "memory", str(later.folder), "--json"],
                            capture_output=True, env=env)
    assert viewer.returncode == 0, viewer.stderr


def test_a_run_stopped_with_a_shared_store_resumes(tmp_path: Path) -> None:
    store = tmp_path / "shared.sqlite"
    done = _run(_scenario(tmp_path, store), tmp_path / "out")
    manifest = orjson.loads((done.folder / "manifest.json").read_bytes())
    manifest["status"] = "interrupted"
    (done.folder / "manifest.json").write_bytes(orjson.dumps(manifest))
    resumed = asyncio.run(resume_run(done.folder))
    assert resumed.ok and resumed.summary["turns"] == done.summary["turns"]


def test_cleanup_never_hides_the_error_that_ended_the_run(tmp_path: Path) -> None:
    store = MemoryStore(tmp_path / "m.sqlite")
    with store.transaction():
        for index in range(3):
            store._conn.execute("INSERT INTO sessions VALUES ('n', 'c', ?, 'closed')", (index,))
    pending = store._conn.execute("SELECT * FROM sessions")  # a statement left open: checkpoint is locked out
    pending.fetchone()
    with pytest.raises(RuntimeError, match="the first error"):
        try:
            raise RuntimeError("the first error")
        finally:
            store.close()
    with MemoryStore(tmp_path / "m.sqlite", create=False) as again:
        assert len(again.get_state()["sessions"]) == 3
