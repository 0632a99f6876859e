"""The Ray executor on a local Ray instance: the same records as the local executor, and resume works alike."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulate.batch import load_batch, resume_batch, run_batch

from batch_helpers import by_item, records, spec_text
from conftest import write

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray instance for the module (starting one takes seconds)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_gives_the_records_of_the_local_executor(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(extra="preferences: 2"))
    local = asyncio.run(run_batch(load_batch(spec), out=tmp_path / "out"))
    remote = asyncio.run(run_batch(load_batch(spec), out=tmp_path / "out", executor="ray"))
    assert remote.ok and remote.manifest["status"] == "done"
    rows = records(remote.folder)
    assert len(rows) == len({r["item"] for r in rows}) == 12
    assert by_item(rows) == by_item(records(local.folder))
    calls = remote.summary["calls_this_run"]["scripted"]
    assert calls["calls"] == local.summary["calls_this_run"]["scripted"]["calls"] > 0  # the workers' counts came back


def test_ray_stops_at_the_budget_and_resumes_like_the_local_executor(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    reference = by_item(records(asyncio.run(run_batch(load_batch(spec), out=tmp_path / "ref")).folder))
    stopped = asyncio.run(run_batch(load_batch(spec), out=tmp_path / "out", executor="ray", max_tokens=30_000,
                                     concurrency=2))
    assert stopped.manifest["status"] == "budget" and "budget spent" in (stopped.stopped or "")
    assert stopped.manifest["budget"]["tokens"] <= 30_000
    partial = records(stopped.folder)
    assert 0 < len(partial) < 12 and all(by_item([r])[r["item"]] == reference[r["item"]] for r in partial)
    done = asyncio.run(resume_batch(stopped.folder, executor="ray", max_tokens=10_000_000))
    rows = records(stopped.folder)
    assert done.ok and len(rows) == 12 and by_item(rows) == reference


def test_ctrl_c_under_ray_drains_the_shards_and_resumes(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    import orjson

    spec = write(tmp_path / "b.yaml", spec_text(latency=0.1))
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "simulate", "batch", str(spec), "--quiet", "--out", str(out),
                                "--executor", "ray", "--concurrency", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "RAY_ADDRESS": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(f.stat().st_size for f in out.glob("*/conversations.jsonl")):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=180)
    assert process.returncode == 130, err.decode()[-2000:]
    folder = next(out.iterdir())
    rows = records(folder)
    assert orjson.loads((folder / "manifest.json").read_bytes())["status"] == "interrupted"
    assert 1 <= len(rows) < 12 and all(r["status"] == "done" for r in rows)
    result = asyncio.run(resume_batch(folder))
    assert result.ok and len(records(folder)) == 12 == len({r["item"] for r in records(folder)})
