"""Run folders: atomic JSON, append-only events, torn last lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.errors import RunError
from simulate.run_folder import RunFolder, atomic_write, new_run_id


def test_events_append_and_read_back(tmp_path: Path) -> None:
    """Each appended event is a line; reading gives them back in order."""
    folder = RunFolder.create(tmp_path, "r1")
    for i in range(3):
        folder.append_event({"type": "turn", "index": i})
    folder.close()
    assert [e["index"] for e in folder.events()] == [0, 1, 2]


def test_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    """A kill mid-write leaves a partial line; complete lines are still read."""
    folder = RunFolder.create(tmp_path, "r1")
    folder.append_event({"index": 0})
    folder.close()
    with open(folder.path / "events.jsonl", "ab") as handle:
        handle.write(b'{"index": 1, "te')
    assert [e["index"] for e in folder.events()] == [0]


def test_a_corrupt_middle_line_is_an_error_with_its_place(tmp_path: Path) -> None:
    """Corruption that is not a torn tail is reported, not skipped."""
    folder = RunFolder.create(tmp_path, "r1")
    (folder.path / "events.jsonl").write_bytes(b'{"index": 0}\nnot json\n{"index": 2}\n')
    with pytest.raises(RunError, match=r"events.jsonl:2"):
        list(folder.events())


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    """The old content is replaced at once and no temp file is left behind."""
    target = tmp_path / "manifest.json"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]


def test_run_folders_are_never_reused(tmp_path: Path) -> None:
    """Creating an existing run folder fails; opening a non-run folder fails."""
    RunFolder.create(tmp_path, "r1")
    with pytest.raises(RunError, match="already exists"):
        RunFolder.create(tmp_path, "r1")
    with pytest.raises(RunError, match="not a run folder"):
        RunFolder.open(tmp_path / "r1")


def test_run_ids_sort_by_time_and_do_not_collide() -> None:
    """Ids carry the scenario and a UTC timestamp, plus a random tail."""
    ids = {new_run_id("cafe") for _ in range(50)}
    assert len(ids) == 50 and all(i.startswith("cafe-20") for i in ids)
