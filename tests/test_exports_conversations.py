"""Conversation JSONL v1: the v1 builder and a run's bare export."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import orjson
import pytest

from simulate import InputError, apply_overrides, load_scenario, run_scenario
from simulate.exports import conversation_v1, export_run
from simulate.persona import PersonaCard


def test_export_follows_the_v1_format(pair_path: Path, tmp_path: Path) -> None:
    """One record per conversation; personas with their fact sentences; turns in order with sessions."""
    text = pair_path.read_text() + "probes:\n  - {persona: Maya, question: 'What is your job?', at: [{session: 1, turn: 1}]}\n"
    pair_path.write_text(text)
    scenario = apply_overrides(load_scenario(pair_path), conversations=2)
    result = asyncio.run(run_scenario(scenario, out=tmp_path, max_in_flight=2))
    buffer = io.BytesIO()
    assert export_run(result.folder, buffer) == 2
    records = [orjson.loads(line) for line in buffer.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["pair-s0-c0000", "pair-s0-c0001"]
    first = records[0]
    assert first["personas"]["Maya"]["facts"][:2] == ["I am 34 years old.", "I work as a nurse."]
    assert [t["session"] for t in first["turns"]] == [0] * 4 + [1] * 6 + [2] * 4
    assert {"session", "speaker", "text", "time"} <= set(first["turns"][0])
    probes = [t for t in first["turns"] if t.get("kind")]
    assert [t["kind"] for t in probes] == ["probe_question", "probe_answer"]
    assert probes[0]["text"] == "What is your job?" and probes[1]["speaker"] == "Maya"


def test_unknown_format_is_refused(pair_path: Path, tmp_path: Path) -> None:
    """Only known formats are written."""
    result = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path))
    with pytest.raises(InputError, match="unknown format"):
        export_run(result.folder, io.BytesIO(), fmt="csv")


def test_a_run_export_keeps_unfinished_conversations(pair_path: Path, tmp_path: Path) -> None:
    """A stopped run exports what it said: a conversation with turns but no end event is written too."""
    scenario = apply_overrides(load_scenario(pair_path), conversations=2)
    folder = asyncio.run(run_scenario(scenario, out=tmp_path)).folder
    assert folder is not None
    events = [orjson.loads(line) for line in (folder / "events.jsonl").read_bytes().splitlines()]
    kept = [e for e in events if not (e["type"] == "conversation" and e["conversation"].endswith("c0001"))]
    (folder / "events.jsonl").write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in kept))
    buffer = io.BytesIO()
    assert export_run(folder, buffer) == 2
    second = orjson.loads(buffer.getvalue().splitlines()[1])
    assert second["id"] == "pair-s0-c0001"
    assert len(second["turns"]) == sum(1 for e in kept if e["type"] == "turn" and e["conversation"] == second["id"])


def test_conversation_v1_from_a_hand_written_record() -> None:
    """The v1 block: fact sentences per persona, turns with addressee, kind and probe only when they say something."""
    record = {"conversation": "c", "template": "t",
              "personas": {"Ann": PersonaCard.model_validate({"name": "Ann", "facts": {"age": 40}}).model_dump(mode="json")},
              "turns": [{"session": 0, "speaker": "Ann", "text": "Hi", "time": "2026-01-05T18:00:00Z", "kind": "turn",
                         "addressee": None, "probe": None},
                        {"session": 1, "speaker": "Bo", "text": "Age?", "time": "2026-01-26T18:00:00Z",
                         "kind": "probe_question", "addressee": "Ann", "probe": "p0"}]}
    assert conversation_v1(record) == {
        "id": "c", "scenario": "t", "personas": {"Ann": {"facts": ["I am 40 years old.", "My name is Ann."]}},
        "turns": [{"session": 0, "speaker": "Ann", "text": "Hi", "time": "2026-01-05T18:00:00Z"},
                  {"session": 1, "speaker": "Bo", "text": "Age?", "time": "2026-01-26T18:00:00Z", "addressee": "Ann",
                   "kind": "probe_question", "probe": "p0"}]}
