"""Hostile input gets exit 2, a place, and bounded time and memory: fixed cases, then a fuzz test.

The fuzz test mutates valid scenarios, persona cards, batch specs and conversation files (characters,
YAML tags, aliases, extreme values, rich markup, bytes that are not UTF-8) and feeds each to `validate`
or `check` in this process: any exception escaping `main` is a traceback, exit 70 an internal error,
more than 60 s a hang (the time bound is generous: the machine may be shared). `SIMULATE_FUZZ_REPORT=1` prints the counts
at the end.
"""

from __future__ import annotations

import io
import os
import re
import signal
import time
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulate.cli import main

from conftest import write

ROOT = Path(__file__).resolve().parent.parent
PLACE = re.compile(r":\d+:\d+: ")


def _cli(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue() + err.getvalue()


def _assert_input_error(code: int, text: str) -> None:
    assert code == 2, text
    problems = [line for line in text.splitlines() if line.startswith(("✗", "error:"))]
    assert problems and all(PLACE.search(line) for line in problems), text
    assert "Traceback" not in text and "internal error" not in text


BOMB = "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
CASES = {
    "alias bomb": "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + BOMB + "personas: *i\n",
    "tagged int": "id: x\npersonas:\n  - inline: {name: Maya, facts: {age: !!int abc}}\n  - inline: {name: Tom}\n",
    "tagged timestamp that is no date": "!!timestamp :# a note (x): the rest\nid: x\n",
    "huge gap": "id: x\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\nsessions: {gap: 999999999}\n",
    "float gap": "id: x\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\nsessions: {gap: 1.0e+20}\n",
    "last day": "id: x\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\nsessions: {start: 9999-12-31}\n",
    "long name": "id: x\npersonas: [{inline: {name: " + "N" * 256 + "}}, {inline: {name: B}}]\n",
    "markup key": "id: x\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\n'[/x]': 1\n",
    "markup value": "id: '[/x]'\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\n",
    "error at line 100": "\n" * 99 + "id: [unclosed\n",
    "empty": "",
    "only a comment": "# nothing\n",
    "a list": "- 1\n- 2\n",
    "deep": "a: " + "[" * 5000 + "]" * 5000 + "\n",
    "draws": f"id: b\nscenarios: [{{path: {ROOT}/scenarios/getting-to-know.yaml}}]\n"
             f"personas: {{source: agents, path: {ROOT}/agents}}\ndraws: 1000000\nmodels: [scripted]\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_yaml_exits_2_with_a_place_quickly(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / "case.yaml", CASES[name])
    started = time.monotonic()
    code, text = _cli("validate", str(path))
    assert time.monotonic() - started < 10
    _assert_input_error(code, text)
    if name == "error at line 100":
        assert "case.yaml:101:" in text  # the place, not an emoji


@pytest.mark.parametrize("name", ["huge gap", "last day", "tagged int", "long name"])
def test_run_of_hostile_yaml_exits_2_before_writing(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / "case.yaml", CASES[name])
    code, text = _cli("run", str(path), "--quiet", "--out", str(tmp_path / "out"))
    _assert_input_error(code, text)
    assert not (tmp_path / "out").exists()


def test_not_utf8_and_too_large_files_are_located(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"id: x\npersonas:\n  - inline: {name: Caf\xe9}\n")
    code, text = _cli("validate", str(latin))
    _assert_input_error(code, text)
    assert "latin.yaml:3:23:" in text
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * (5 * 1024 * 1024) + b"\n")
    _assert_input_error(*_cli("validate", str(big)))


def test_a_path_too_long_for_the_system_is_named_not_a_bug(tmp_path: Path) -> None:
    """A batch whose scenario path is longer than the file system allows gets the place in the batch file; a
    command given such a path gets the path, both with exit 2."""
    batch = tmp_path / "batch.yaml"
    batch.write_text("id: b\nscenarios:\n  - path: " + "N" * 300 + "/x.yaml\npersonas: {source: agents}\n"
                     "models: [{name: scripted}]\n")
    code, text = _cli("validate", str(batch))
    _assert_input_error(code, text)
    assert "scenarios[0].path" in text and "internal error" not in text
    code, text = _cli("check", str(tmp_path / ("N" * 300 + ".jsonl")))
    _assert_input_error(code, text)
    assert "internal error" not in text


def test_a_missing_extra_keeps_its_brackets(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console

    from simulate.cli import _console, _esc
    from simulate.errors import MissingExtraError

    console: Console = _console()
    with console.capture() as captured:
        console.print(f"error: {_esc(MissingExtraError('sentence-transformers', 'embeddings', 'scorer'))}")
    assert "simulate[embeddings]" in captured.get()


SPC_HEADER = "user 1 personas,user 2 personas,Best Generated Conversation\n"
CHECK_CASES = {
    "missing fields.csv": SPC_HEADER + "only one\n",
    "latin-1.csv": (SPC_HEADER + '"I like caf\xe9","x","User 1: hi"\n').encode("latin-1"),
    "long field.csv": SPC_HEADER + '"a","b","User 1: ' + "word " * 40_000 + '"\n',
    "bad json.jsonl": '{"id": "a", "turns": [}\n',
    "missing text.jsonl": '{"id": "a", "personas": {}, "turns": [{"speaker": "A"}]}\n',
    "long turn.jsonl": '{"id": "a", "personas": {}, "turns": [{"speaker": "A", "text": "' + "I am " * 10_000 + '"}]}\n',
    "latin-1.jsonl": '{"id": "a", "personas": {}, "turns": [{"speaker": "A", "text": "caf\xe9"}]}\n'.encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(CHECK_CASES))
def test_check_of_hostile_files_exits_2_with_a_place(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = CHECK_CASES[name]
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    started = time.monotonic()
    code, text = _cli("check", str(path))
    assert time.monotonic() - started < 10
    _assert_input_error(code, text)


@pytest.mark.parametrize("options", [["--limit", "-1"], ["--min-confidence", "nan"], ["--min-confidence", "2"],
                                     ["-o", "missing-folder/out.jsonl"], ["--timeout", "0"], ["--fail-on", "0"]])
def test_check_options_are_validated(tmp_path: Path, options: list[str]) -> None:
    path = write(tmp_path / "c.jsonl", '{"id": "a", "personas": {}, "turns": [{"speaker": "A", "text": "hi"}]}\n')
    options = [str(tmp_path / o) if o.startswith("missing") else o for o in options]
    code, text = _cli("check", str(path), *options)
    assert code == 2 and "Traceback" not in text and "internal error" not in text


# -- the fuzz test ------------------------------------------------------------------------------------------

SEEDS = {
    "scenario.yaml": (ROOT / "scenarios" / "getting-to-know.yaml").read_text(encoding="utf-8"),
    "card.yaml": (ROOT / "agents" / "abena-mensah.yaml").read_text(encoding="utf-8"),
    "batch.yaml": (ROOT / "scenarios" / "batches" / "agents-scripted.yaml").read_text(encoding="utf-8")
    .replace("../getting-to-know.yaml", str(ROOT / "scenarios" / "getting-to-know.yaml"))
    .replace("../interview.yaml", str(ROOT / "scenarios" / "interview.yaml"))
    .replace("../../agents", str(ROOT / "agents")),
    "conversations.jsonl": '{"id": "c1", "personas": {"A": {"facts": ["I am 34 years old.", "I live in Denver."]}}, '
                           '"turns": [{"speaker": "A", "text": "I live in Denver.", "session": 0}, '
                           '{"speaker": "B", "text": "Nice.", "session": 0}, '
                           '{"speaker": "A", "text": "I live in Boston.", "session": 1}]}\n',
    "spc.csv": SPC_HEADER + '"I like cats.\nI am a nurse.","I have a dog.","User 1: Hi there, I am a nurse.\n'
                            'User 2: I have a dog.\nUser 1: I am a teacher."\n',
}
PIECES = [":", "-", "[", "]", "{", "}", "&a", "*a", "!!int ", "!!float ", "!!timestamp ", "!!binary ", "!!str ",
          "!!python/object:os.system ", "|", ">", "'", '"', "#", "\n", "\t", " ", "\x00", "é", "\ufeff", ",",
          "[/x]", ":100:", "1e309", "-1", "9999999999999999999999", "nan", ".inf", "9999-12-31", "0000-00-00",
          "P99999999Y", "1e20", "~", "null", "<<: *a", "? ", "%YAML 1.1\n", "---\n", "...\n", "N" * 300]
RAW = [b"\xff", b"\xe9", b"\xc3", b"\x80\x80", b"\xfe\xff"]
OUTCOMES: Counter[str] = Counter()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed file with a few edits: pieces inserted or substituted, a cut, raw bytes."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    text = SEEDS[name]
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "replace", "cut", "delete"]))
        piece = draw(st.sampled_from(PIECES) | st.text(max_size=8))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "replace":
            text = text[:at] + piece + text[at + draw(st.integers(1, 20)):]
        elif kind == "cut":
            text = text[:at]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(RAW)) + data[at:]
    return name, data


class _Hang(BaseException):  # not an Exception: main must not take it for an internal error
    pass


def _alarm(*_: object) -> None:
    raise _Hang


@settings(max_examples=int(os.environ.get("SIMULATE_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(case=mutated())
def test_fuzzed_inputs_get_exit_0_or_2_with_a_place_never_a_traceback(tmp_path: Path, case: tuple[str, bytes]) -> None:
    name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    command = ["check", str(path)] if name.endswith((".jsonl", ".csv")) else ["validate", str(path)]
    OUTCOMES["cases"] += 1
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(60)
    started = time.monotonic()
    try:
        code, text = _cli(*command)
    except _Hang:
        OUTCOMES["hangs"] += 1
        raise AssertionError(f"{name}: no answer within 60 s") from None
    except BaseException:
        OUTCOMES["tracebacks"] += 1
        raise
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    OUTCOMES["slowest_ms"] = max(OUTCOMES["slowest_ms"], int((time.monotonic() - started) * 1000))
    if code == 70 or "internal error" in text:
        OUTCOMES["internal errors"] += 1
    OUTCOMES[f"exit {code}"] += 1
    assert code in (0, 2), text
    if code == 2:
        _assert_input_error(code, text)


def teardown_module() -> None:
    if os.environ.get("SIMULATE_FUZZ_REPORT"):
        print("\nfuzz:", dict(sorted(OUTCOMES.items())))
