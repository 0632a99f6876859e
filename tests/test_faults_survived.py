"""Faults are survived, not multiplied: malformed answers re-asked, bad model names and Ray addresses said plainly."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from simulate import load_scenario, run_scenario
from simulate.cli import main

from conftest import write

MALFORMED = """\
id: flaky
personas:
  - inline: {name: Maya, facts: {age: 34, occupation: nurse, location: Denver, likes: [hiking]}}
  - inline: {name: Tom, facts: {age: 40, occupation: chef, location: Boston, likes: [jazz]}}
sessions: {count: 3, turns: 4, gap: 1 week}
model: {name: scripted, retries: 0, faults: {malformed: 0.1}}
memory: {summarise: false}
conversations: 40
seed: 4
"""


def test_ten_percent_malformed_answers_are_asked_again_and_rarely_fail_a_conversation(tmp_path: Path) -> None:
    """12 calls a conversation at 10% malformed: without a re-ask about 72% of conversations fail; asked again
    once, a call fails only when both answers are malformed (1%), about 11% of conversations."""
    result = asyncio.run(run_scenario(load_scenario(write(tmp_path / "flaky.yaml", MALFORMED)), out=tmp_path / "out"))
    failed = result.summary["conversations"]["failed"]
    assert failed <= 40 // 4, result.summary["failures"]
    assert all("MalformedResponseError" in f["error"] for f in result.summary["failures"])
    stats = result.summary["models"]["scripted"]
    assert stats["errors"].get("MalformedResponseError", 0) == stats["failures"]  # counted
    assert stats["reasked"] > 0  # the faults happened, and were asked again
    assert sum(1 for t in result.turns if t.metadata.get("reasked")) == stats["reasked"]


SCENARIO = """\
id: named
personas:
  - inline: {name: Maya}
  - inline: {name: Tom}
sessions: {count: 1, turns: 2}
model: {name: MODEL}
"""


def test_an_unknown_model_name_fails_validate_with_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "named.yaml", SCENARIO.replace("MODEL", "scriptd"))
    assert main(["validate", str(path)]) == 2
    assert "named.yaml:6:" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["scripted", "openai/gpt-4o-mini", "gpt-4o-mini", "local/smollm2", "ollama/llama3"])
def test_known_model_names_pass_validate(tmp_path: Path, name: str) -> None:
    assert main(["validate", str(write(tmp_path / "named.yaml", SCENARIO.replace("MODEL", name)))]) == 0


def test_an_unknown_model_on_the_command_line_exits_2_before_anything_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "named.yaml", SCENARIO.replace("MODEL", "scripted"))
    assert main(["run", str(path), "--model", "scriptd", "--quiet", "--out", str(tmp_path / "out")]) == 2
    assert "unknown model 'scriptd'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_unreachable_ray_address_says_which_and_how_to_start_one(
        tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a local port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = main(["batch", str(root / "scenarios" / "batches" / "agents-scripted.yaml"), "--executor", "ray",
                 "--address", f"127.0.0.1:{port}", "--quiet", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"127.0.0.1:{port}" in err and "ray start --head" in err and "--address auto" in err
    assert "internal error" not in err
