"""The command line: exit codes, messages, and a fast --help."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from simulate.cli import EXIT_FAILED, EXIT_INPUT, EXIT_OK, main

from conftest import write


def test_help_does_not_import_heavy_modules() -> None:
    """`simulate --help` imports neither litellm nor the engine."""
    code = ("import sys; from simulate.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('litellm', 'pydantic', 'networkx', 'rich', 'llama_cpp') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("simulate 0.")


def test_validate_reports_every_problem_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Invalid files: file:line:col messages, exit code 2, no traceback."""
    bad = write(tmp_path / "bad.yaml", "id: s\npersonas: [{inline: {name: A}}, {inline: {name: B, age: 3}}]\n")
    good = write(tmp_path / "agents" / "a.yaml", "name: A\n")
    assert main(["validate", str(bad), str(good)]) == EXIT_INPUT
    out = capsys.readouterr().out
    assert "bad.yaml:2:52: personas[1].inline.age: unknown field 'age'" in out.replace("\n", "")
    assert "Traceback" not in out
    assert main(["validate", str(good)]) == EXIT_OK


def test_run_then_export(pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quiet run writes a run folder; export writes Conversation JSONL v1."""
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out"), "--turns", "2"]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    target = tmp_path / "conv.jsonl"
    assert main(["export", str(folder), "-o", str(target)]) == EXIT_OK
    (record,) = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    assert len(record["turns"]) == 6 and set(record["personas"]) == {"Maya", "Tom"}


def test_run_on_the_embedded_model_without_its_extra_exits_2_with_the_install_hint(
        pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`--model local/smollm2` without llama-cpp-python: exit 2 and the install hint, no retries, nothing written."""
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # `import llama_cpp` raises ImportError, as when not installed
    out = tmp_path / "out"
    assert main(["run", str(pair_path), "--model", "local/smollm2", "--quiet", "--out", str(out)]) == EXIT_INPUT
    captured = capsys.readouterr()
    err = captured.err.replace("\n", "")
    assert "error: the embedded model local/smollm2 needs the optional package 'llama-cpp-python'" in err
    assert "pip install 'simulate[local]'" in err
    assert "Traceback" not in err and "conversation(s) done" not in captured.out
    assert not out.exists()


def test_run_with_a_bad_scenario_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A scenario error is printed with its place; nothing is written."""
    bad = write(tmp_path / "s.yaml", "id: s\npersonas: []\n")
    assert main(["run", str(bad), "--out", str(tmp_path / "out")]) == EXIT_INPUT
    assert "s.yaml:2:11: personas" in capsys.readouterr().err.replace("\n", "")
    assert not (tmp_path / "out").exists()


def test_run_with_failing_model_exits_3(pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A model that always fails: conversations fail, exit code 3, the run folder says so."""
    text = pair_path.read_text().replace("model: {name: scripted}",
                                         "model: {name: scripted, retries: 0, faults: {server_error: 1.0}}")
    path = write(tmp_path / "failing.yaml", text)
    assert main(["run", str(path), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_FAILED
    (folder,) = (tmp_path / "out").iterdir()
    assert orjson.loads((folder / "manifest.json").read_bytes())["status"] == "failed"


def test_bad_model_option_exits_2(pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An impossible drift rate is an input error with a message, not a traceback."""
    out = tmp_path / "out"
    code = main(["run", str(pair_path), "--quiet", "--out", str(out), "--model-option", "drift_rate=2"])
    assert code == EXIT_INPUT and "drift_rate" in capsys.readouterr().err
    assert not out.exists()


def test_missing_run_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exporting something that is not a run folder is an input error."""
    assert main(["export", str(tmp_path)]) == EXIT_INPUT
    assert "neither a batch folder" in capsys.readouterr().err


def test_validate_does_not_import_litellm(root: Path) -> None:
    """Validating the shipped files loads no model code (a batch spec over ../shared data only when it is there)."""
    from conftest import PERSONAGYM

    files = [str(p) for p in sorted((root / "scenarios").rglob("*.yaml"))
             if PERSONAGYM.is_file() or "personagym" not in p.name]
    code = ("import sys; from simulate.cli import main\n"
            f"code = main(['validate', *{files!r}, {str(root / 'agents')!r}])\n"
            "print(code, 'litellm' in sys.modules, 'llama_cpp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 False False"


def test_check_exit_codes_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check prints Findings JSONL v1 and exits 1 once --fail-on is reached."""
    data = ('{"id": "c1", "personas": {"A": {"facts": ["I live in Denver."]}}, '
            '"turns": [{"speaker": "A", "text": "I live in Boston."}, {"speaker": "A", "text": "I love jazz."}]}\n')
    path = write(tmp_path / "c.jsonl", data)
    assert main(["check", str(path), "--format", "jsonl"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    record = orjson.loads(line)
    assert record["kind"] == "persona" and record["against"] == [{"fact": 0}] and record["turn"] == 0
    assert main(["check", str(path), "--format", "jsonl", "--fail-on", "1"]) == 1
    assert main(["check", str(path), "--format", "jsonl", "--fail-on", "2"]) == EXIT_OK
    capsys.readouterr()
    assert main(["check", str(path)]) == EXIT_OK
    assert "1 finding(s) in 1 conversation(s)" in capsys.readouterr().out.replace("\n", " ")


def test_check_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken line is located; nothing else is printed as a traceback."""
    path = write(tmp_path / "c.jsonl", '{"id": "c1", "turns": [{"speaker": "A"}]}\n')
    assert main(["check", str(path)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "c.jsonl:1:1: turns[0].text: field required" in err.replace("\n", "")


def test_memory_command_shows_what_personas_remember(pair_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """After a run, `simulate memory RUN --json` lists facts with their provenance; tables by default."""
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    capsys.readouterr()
    assert main(["memory", str(folder), "--json", "--agent", "Tom"]) == EXIT_OK
    data = orjson.loads(capsys.readouterr().out)
    text = orjson.dumps(data).decode()
    assert "Maya" in text and "session" in text
    assert main(["memory", str(folder)]) == EXIT_OK
    assert "Maya" in capsys.readouterr().out


def test_resume_refuses_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume continues a run as it was started; other options are refused with a message."""
    assert main(["run", "--resume", str(tmp_path), "--turns", "3"]) == EXIT_INPUT
    assert "drop turns" in capsys.readouterr().err


def test_run_ends_with_a_report_and_writes_the_html_one(pair_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A run (not --quiet) prints per-persona figures, the drift table and where report.html is."""
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["run", str(pair_path), "--out", str(tmp_path / "out"), "--turns", "2",
                 "--model-option", "drift_rate=0.5"]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    out = capsys.readouterr().out
    assert "Personas" in out and "Drift" in out and "session 1" in out
    assert "report.html" in out.replace("\n", "") and (folder / "report.html").is_file()
    assert (folder / "findings.jsonl").is_file()


def test_report_and_runs_commands(pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`report RUN -o FILE` writes one HTML file; `runs` lists the run with its status and turns."""
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out"), "--turns", "2"]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    target = tmp_path / "r.html"
    assert main(["report", str(folder), "-o", str(target)]) == EXIT_OK
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert main(["report", str(tmp_path / "missing")]) == EXIT_INPUT
    capsys.readouterr()
    assert main(["runs", "--out", str(tmp_path / "out")]) == EXIT_OK
    out = capsys.readouterr().out
    turns = orjson.loads((folder / "summary.json").read_bytes())["turns"]
    row = next(line for line in out.splitlines() if "done" in line)  # the turns column, not a digit of the run's time
    assert turns > 0 and re.search(rf"│\s+{turns}\s+│", row), row


def test_check_reads_run_folders_and_shows_evidence_at_80_columns(pair_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`check RUN` checks a run folder's transcripts; at 80 columns the message and evidence are shown."""
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out"),
                 "--model-option", "drift_rate=0.5"]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    capsys.readouterr()
    assert main(["check", str(folder), "--format", "jsonl"]) == EXIT_OK
    lines = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(line["conversation"].startswith("pair") for line in lines)
    assert main(["check", str(folder)]) == EXIT_OK
    out = capsys.readouterr().out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "evidence: " in out and ("fact " in out or "turn " in out)
    first = lines[0]["message"].split()[0]
    assert first in out


def test_retry_failed_needs_resume(pair_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(pair_path), "--retry-failed"]) == EXIT_INPUT
    assert "--retry-failed goes with --resume" in capsys.readouterr().err


def test_check_tells_contradictions_from_adherence_findings(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A repeated turn is counted apart from the contradictions: it contradicts nothing."""
    said = "I agree. It's a great way to unwind after a long day."
    data = orjson.dumps({"id": "c1", "personas": {"A": {"facts": ["I live in Denver."]}}, "turns": [
        {"speaker": "A", "text": "I live in Boston."}, {"speaker": "B", "text": "Nice."},
        {"speaker": "A", "text": said}, {"speaker": "B", "text": "Sure."}, {"speaker": "A", "text": said}]})
    path = write(tmp_path / "c.jsonl", data.decode() + "\n")
    assert main(["check", str(path)]) == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())
    assert "2 finding(s)" in out and "1 contradiction(s); 1 adherence finding(s)" in out


def test_check_kinds_filters_what_is_reported_and_gated(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """--kinds contradictions gates on contradictions only; a kind that does not exist exits 2."""
    said = "I agree. It's a great way to unwind after a long day."
    turns = [{"speaker": "A", "text": said}, {"speaker": "B", "text": "Sure."}, {"speaker": "A", "text": said}]
    path = write(tmp_path / "c.jsonl", orjson.dumps({"id": "c1", "turns": turns}).decode() + "\n")
    assert main(["check", str(path), "--format", "jsonl", "--fail-on", "1"]) == 1
    assert orjson.loads(capsys.readouterr().out)["kind"] == "repetition"
    args = ["check", str(path), "--format", "jsonl", "--fail-on", "1"]
    assert main([*args, "--kinds", "contradictions"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert main([*args, "--kinds", "cross_turn,repetition"]) == 1
    capsys.readouterr()
    assert main([*args, "--kinds", "contradiction"]) == EXIT_INPUT
    assert "--kinds: unknown kind 'contradiction'" in capsys.readouterr().err
