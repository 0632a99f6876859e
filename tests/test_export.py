"""Conversation JSONL v1 export."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import orjson
import pytest

from simulate import apply_overrides, load_scenario, run_scenario
from simulate.export import export_run


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
    with pytest.raises(ValueError, match="unknown format"):
        export_run(result.folder, io.BytesIO(), fmt="csv")
