"""`simulate batch` and `simulate export` on a batch, from the command line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from simulate.cli import EXIT_BUDGET, EXIT_INPUT, EXIT_OK, main

from batch_helpers import records, spec_text
from conftest import write


def test_batch_then_export_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(extra="preferences: 3"))
    assert main(["batch", str(spec), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_OK
    folder = next((tmp_path / "out").iterdir())
    assert "12/12 conversation(s) done" in capsys.readouterr().out
    counts = {}
    for fmt in ("conversations", "openai", "sharegpt", "dpo", "kto", "parquet"):
        target = tmp_path / f"x.{fmt}"
        assert main(["export", str(folder), "--format", fmt, "-o", str(target)]) == EXIT_OK
        if fmt != "parquet":
            counts[fmt] = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    assert len(counts["conversations"]) == 12 and len(counts["openai"]) == len(counts["sharegpt"]) == 24
    assert counts["dpo"] and len(counts["kto"]) == 2 * len(counts["dpo"])
    flagged = {r["item"] for r in records(folder) if r["findings"]}
    assert main(["export", str(folder), "--format", "conversations", "--consistent-only",
                 "-o", str(tmp_path / "c.jsonl")]) == EXIT_OK
    kept = [orjson.loads(line) for line in (tmp_path / "c.jsonl").read_bytes().splitlines()]
    assert len(kept) == 12 - len(flagged) and not {k["meta"]["item"] for k in kept} & flagged


def test_budget_stop_exits_4_and_says_how_to_go_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    code = main(["batch", str(spec), "--quiet", "--out", str(tmp_path / "out"), "--max-tokens", "20000",
                 "--concurrency", "2"])
    out = capsys.readouterr().out
    assert code == EXIT_BUDGET and "budget" in out and "--resume" in out
    folder = next((tmp_path / "out").iterdir())
    assert main(["batch", "--resume", str(folder), "--quiet", "--max-tokens", "10000000"]) == EXIT_OK
    assert len(records(folder)) == 12


@pytest.mark.parametrize(("argv", "message"), [
    (["batch"], "give a batch spec file"),
    (["batch", "--resume", "nowhere", "--retry-failed", "x.yaml"], "drop the spec file"),
    (["batch", "x.yaml", "--retry-failed"], "--retry-failed goes with --resume"),
    (["batch", "x.yaml", "--address", "ray://h:1"], "--address goes with --executor ray"),
    (["batch", "x.yaml", "--max-tokens", "0"], "--max-tokens must be at least 1"),
    (["batch", "x.yaml", "--max-cost", "-1"], "--max-cost must be more than 0"),
])
def test_bad_batch_usage_exits_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_INPUT
    assert message in capsys.readouterr().err


def test_a_bad_spec_exits_2_with_file_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text().replace("repeats", "x").replace("draws: 3", "draws: -1"))
    assert main(["batch", str(spec), "--out", str(tmp_path / "out")]) == EXIT_INPUT
    assert "b.yaml:13:8: draws: input should be greater than or equal to 1" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_replay_needs_a_cache_to_answer_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    assert main(["batch", str(spec), "--quiet", "--replay", "--cache", str(tmp_path / "none.sqlite"),
                 "--out", str(tmp_path / "out")]) == EXIT_INPUT
    assert "no call cache there" in capsys.readouterr().err
    assert not any((tmp_path / "out").iterdir())


def test_a_batch_on_the_embedded_model_without_its_extra_exits_2_before_writing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A spec naming `local/smollm2` without llama-cpp-python: exit 2, the install hint, no batch folder."""
    import sys

    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # as when the `local` extra is not installed
    spec = write(tmp_path / "b.yaml", spec_text().replace("- name: scripted\n    label: drifting",
                                                          "- name: local/smollm2\n    label: drifting"))
    out = tmp_path / "out"
    assert main(["batch", str(spec), "--quiet", "--out", str(out)]) == EXIT_INPUT
    assert "pip install 'simulate[local]'" in capsys.readouterr().err.replace("\n", "")
    assert not out.exists()
