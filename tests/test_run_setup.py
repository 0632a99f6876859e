"""Manifests and memory set up in one place for runs and batches."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import orjson

from simulate import load_batch, load_scenario, run_batch, run_scenario
from simulate.gateway import Gateway
from simulate.memory import MEMORY_FILE
from simulate.run_folder import MANIFEST, RunFolder
from simulate.run_setup import PACKAGES, end_manifest, installed_versions, new_manifest, open_memory, resume_manifest, run_memory
from simulate.runner import apply_overrides

from batch_helpers import spec_text
from conftest import write

ENVELOPE = {"format", "packages", "python", "platform", "command", "started", "ended", "status"}


def _read(folder: RunFolder) -> dict:
    return orjson.loads((folder.path / MANIFEST).read_bytes())


def test_a_new_manifest_holds_the_fields_the_environment_and_a_masked_command() -> None:
    manifest = new_manifest("simulate.x/1", command="simulate run s.yaml --model-option api_key=sk-abcdefgh12345678",
                            run_id="r1", seed=3)
    assert set(manifest) >= ENVELOPE and manifest["format"] == "simulate.x/1"
    assert manifest["run_id"] == "r1" and manifest["seed"] == 3
    assert manifest["status"] == "running" and manifest["ended"] is None and manifest["started"]
    assert "sk-abcdefgh12345678" not in manifest["command"] and "[REDACTED]" in manifest["command"]
    assert manifest["python"] == sys.version.split()[0]
    assert set(manifest["packages"]) == set(PACKAGES) == set(installed_versions())
    assert manifest["packages"]["orjson"] and new_manifest("f", command=None)["command"] is None


def test_resume_and_end_write_the_status(tmp_path: Path) -> None:
    folder = RunFolder.create(tmp_path, "r1")
    manifest = new_manifest("f", command="first")
    end_manifest(folder, manifest, "interrupted")
    ended = _read(folder)
    assert ended["status"] == "interrupted" and ended["ended"] >= ended["started"]
    resume_manifest(folder, manifest, command=None)
    again = _read(folder)
    assert again["status"] == "running" and again["ended"] is None and again["command"] == "first"
    resume_manifest(folder, manifest, command="second token=abcdef123")
    assert _read(folder)["command"] == "second token=[REDACTED]"
    nowhere = new_manifest("f", command=None)
    end_manifest(None, nowhere, "done")  # a run that writes nothing still records how it ended
    assert nowhere["status"] == "done" and nowhere["ended"]


def test_no_memory_when_the_scenario_remembers_nothing(pair_path: Path) -> None:
    text = pair_path.read_text() + "memory: {mode: 'off'}\n"
    scenario = load_scenario(write(pair_path, text))
    assert open_memory(scenario, Gateway().model, where=":memory:") is None
    manifest: dict = {}
    assert run_memory(scenario, Gateway().model, None, manifest) is None and "memory" not in manifest


def test_a_run_keeps_its_memory_in_its_folder_and_says_so(pair_path: Path, tmp_path: Path) -> None:
    scenario = load_scenario(pair_path)
    folder = RunFolder.create(tmp_path, "r1")
    manifest = new_manifest("f", command=None)
    opened = run_memory(scenario, Gateway().model, folder, manifest)
    assert opened is not None
    store, factory = opened
    try:
        assert callable(factory) and (folder.path / MEMORY_FILE).is_file()
    finally:
        store.close()
    assert _read(folder)["memory"] == {"store": str(folder.path / MEMORY_FILE), "namespace": scenario.memory.namespace}
    # a resume opens the store the manifest names, wherever the scenario would put it now
    elsewhere = str(tmp_path / "kept.sqlite")
    manifest["memory"]["store"] = elsewhere
    store, _ = run_memory(scenario, Gateway().model, folder, manifest)  # type: ignore[misc]
    store.close()
    assert Path(elsewhere).is_file()


def test_runs_and_batches_write_the_same_envelope(pair_path: Path, tmp_path: Path) -> None:
    """Both manifests come from new_manifest and end_manifest: same environment fields, an end and a status."""
    run = asyncio.run(run_scenario(apply_overrides(load_scenario(pair_path), sessions=1, turns=2),
                                   out=tmp_path / "runs", command="simulate run pair.yaml"))
    spec = load_batch(write(tmp_path / "grid.yaml", spec_text().replace("draws: 3", "draws: 1")))
    batch = asyncio.run(run_batch(spec, out=tmp_path / "batches", command="simulate batch grid.yaml"))
    manifests = [orjson.loads((folder / MANIFEST).read_bytes()) for folder in (run.folder, batch.folder)]  # type: ignore[operator]
    for manifest in manifests:
        assert set(manifest) >= ENVELOPE and manifest["status"] == "done" and manifest["ended"]
    assert manifests[0]["format"] == "simulate.run/1" and manifests[1]["format"] == "simulate.batch-run/1"
    assert manifests[0]["packages"] == manifests[1]["packages"]
    assert manifests[0]["platform"] == manifests[1]["platform"]
