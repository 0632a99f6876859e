"""Every example in README.md works: YAML examples validate, Python examples run, JSON examples parse
as the formats they show, and every `simulate ...` command line parses."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import yaml

from conftest import SHARED_DATA

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [(lang, body) for lang, body in FENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))]


def blocks(language: str) -> list[tuple[int, str]]:
    """(position among all blocks, text) of the README's blocks in `language`."""
    return [(i, body) for i, (lang, body) in enumerate(BLOCKS) if lang == language]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the scenarios and persona cards, so examples can be placed beside them."""
    shutil.copytree(ROOT / "scenarios", tmp_path / "repo" / "scenarios")
    shutil.copytree(ROOT / "agents", tmp_path / "repo" / "agents")
    if SHARED_DATA.is_dir():
        (tmp_path / "shared").symlink_to(SHARED_DATA.parent, target_is_directory=True)
    return tmp_path / "repo"


def test_the_readme_has_examples_of_every_kind() -> None:
    assert len(blocks("yaml")) >= 4 and len(blocks("python")) >= 3 and blocks("bash") and blocks("json")


@pytest.mark.parametrize("position,text", blocks("yaml"), ids=lambda v: f"block{v}" if isinstance(v, int) else "")
def test_yaml_examples_validate(position: int, text: str, repo: Path) -> None:
    from simulate.scenario import MemorySettings
    from simulate.validate import validate_files

    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    if set(data) == {"memory"}:
        MemorySettings.model_validate(data["memory"])
        return
    if "scenarios" in data:
        source = data.get("personas", {}).get("path", "")
        if "shared/data" in source and not SHARED_DATA.is_dir():
            pytest.skip("the batch example draws from ../shared/data, which is not present")
        path = repo / "scenarios" / "batches" / f"readme-{position}.yaml"
    elif "personas" in data:
        path = repo / "scenarios" / f"readme-{position}.yaml"
    else:
        path = repo / "agents" / f"readme-{position}.yaml"
    path.write_text(text, encoding="utf-8")
    problems = validate_files([path])
    assert problems == {next(iter(problems)): []}, problems


@pytest.mark.parametrize("position,text", blocks("python"), ids=lambda v: f"block{v}" if isinstance(v, int) else "")
def test_python_examples_run(position: int, text: str, repo: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", text], cwd=repo, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]


def test_json_examples_are_findings_jsonl_v1() -> None:
    from simulate.checkers.findings import Finding

    for _, text in blocks("json"):
        record = orjson.loads(text)
        assert Finding.model_validate(record).record()["kind"] == record["kind"]


def command_lines() -> list[str]:
    lines = []
    for _, text in blocks("bash"):
        for line in text.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("simulate "):
                lines.append(line)
    return lines


@pytest.mark.parametrize("line", command_lines())
def test_command_lines_parse(line: str) -> None:
    """Each `simulate ...` line of the README is a valid command line (parsed, not run)."""
    from simulate.cli import _parser

    args = shlex.split(line)[1:]
    if ">" in args:  # a shell redirection is the shell's, not the command's
        args = args[: args.index(">")]
    namespace = _parser().parse_args(args)
    assert namespace.command == args[0]
