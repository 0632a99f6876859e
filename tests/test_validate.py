"""`validate_files`: persona cards, scenarios and batch specs told apart, folders walked, problems located."""

from __future__ import annotations

import shutil
from pathlib import Path

from simulate.validate import validate_files

from conftest import write

ROOT = Path(__file__).resolve().parent.parent


def test_validate_files_walks_folders(tmp_path: Path) -> None:
    """Folders are searched; cards and scenarios are told apart."""
    write(tmp_path / "agents" / "a.yaml", "name: A\n")
    write(tmp_path / "agents" / "b.yaml", "name: B\nfacts: {age: x}\n")
    results = validate_files([tmp_path / "agents"])
    assert sorted(len(v) for v in results.values()) == [0, 1]


def test_a_batch_spec_is_validated_as_one_with_the_files_it_names(tmp_path: Path) -> None:
    """A file with a `scenarios` key is a batch spec: a template it names that is missing is its problem."""
    shutil.copytree(ROOT / "scenarios", tmp_path / "scenarios")
    shutil.copytree(ROOT / "agents", tmp_path / "agents")
    spec = tmp_path / "scenarios" / "batches" / "agents-scripted.yaml"
    assert validate_files([spec]) == {str(spec): []}
    (tmp_path / "scenarios" / "interview.yaml").unlink()
    problems = validate_files([spec])[str(spec)]
    assert problems and all(p.file == str(spec) for p in problems)
    assert any("interview.yaml" in p.message for p in problems)
