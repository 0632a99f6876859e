"""Reading conversations: JSONL v1 with errors located by line, and the Synthetic-Persona-Chat adapter."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.checkers.readers import read_conversations
from simulate.errors import InputError, ScenarioError

from conftest import SPC_VALID, needs_spc, write


def test_jsonl_v1_with_defaults_and_unknown_keys(tmp_path: Path) -> None:
    """Sessions default to 0, personas may be missing, unknown keys are kept."""
    path = write(tmp_path / "c.jsonl", '{"id": 7, "turns": [{"speaker": "A", "text": "Hi", "mood": "ok"}], "x": 1}\n\n')
    (conversation,) = list(read_conversations(path))
    assert conversation.id == "7" and conversation.turns[0].session == 0 and conversation.personas == {}


def test_jsonl_errors_name_the_line_and_field(tmp_path: Path) -> None:
    """Every bad line is reported with its number and the field at fault."""
    path = write(tmp_path / "c.jsonl", '{"id": "a", "turns": []}\nnot json\n{"id": "b", "turns": [{"text": "x"}]}\n')
    with pytest.raises(ScenarioError) as info:
        list(read_conversations(path))
    lines = [str(p) for p in info.value.problems]
    assert lines[0].startswith(f"{path}:2:1: not valid JSON")
    assert lines[1] == f"{path}:3:1: turns[0].speaker: field required"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    """No traceback for a typo in a path."""
    with pytest.raises(InputError, match="file not found"):
        read_conversations(tmp_path / "nope.jsonl")


def test_a_csv_that_is_not_spc_is_refused(tmp_path: Path) -> None:
    """The adapter says which columns it needs."""
    path = write(tmp_path / "x.csv", "a,b\n1,2\n")
    with pytest.raises(InputError, match="missing column"):
        list(read_conversations(path))


@needs_spc
def test_spc_adapter_on_real_rows() -> None:
    """Real Synthetic-Persona-Chat rows become two-persona conversations with alternating turns."""
    conversations = list(read_conversations(SPC_VALID))
    assert len(conversations) == 1000
    first = conversations[0]
    assert set(first.personas) == {"User 1", "User 2"}
    assert len(first.personas["User 1"].facts) >= 3 and all(f for f in first.personas["User 1"].facts)
    assert len(first.turns) > 10 and {t.speaker for t in first.turns} == {"User 1", "User 2"}
    assert not any(t.text.startswith("User ") for t in first.turns)
