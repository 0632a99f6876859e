"""Export a run's transcripts: Conversation JSONL v1 (the format `simulate check` reads)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from .checkers.conversation import persona_facts
from .errors import InputError
from .persona import PersonaCard
from .store import SCENARIO, RunFolder

__all__ = ["FORMATS", "conversations_v1", "export_run"]

FORMATS = ("conversations",)


def _personas(scenario: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for entry in scenario.get("personas", []):
        card = PersonaCard.model_validate(entry["inline"])
        out[card.name] = persona_facts(card).model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        out[card.name].setdefault("facts", [])
    return out


def conversations_v1(folder: RunFolder) -> Iterator[dict[str, Any]]:
    """One Conversation JSONL v1 record per conversation, in conversation order, turns in order."""
    scenario = folder.read_json(SCENARIO)
    personas = _personas(scenario)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for event in folder.events():
        if event.get("type") == "turn":
            grouped.setdefault(event["conversation"], []).append(event)
    for conversation in sorted(grouped):
        turns = sorted(grouped[conversation], key=lambda e: e["index"])
        yield {
            "id": conversation,
            "scenario": scenario.get("id"),
            "personas": personas,
            "turns": [_turn(e) for e in turns],
        }


def _turn(event: dict[str, Any]) -> dict[str, Any]:
    turn: dict[str, Any] = {"session": event["session"], "speaker": event["speaker"], "text": event["text"],
                            "time": event["time"]}
    if event.get("addressee"):
        turn["addressee"] = event["addressee"]
    if event.get("kind", "turn") != "turn":
        turn["kind"] = event["kind"]
        turn["probe"] = event.get("probe")
    return turn


def export_run(run: str | Path, out: IO[bytes], *, fmt: str = "conversations") -> int:
    """Write run `run` to `out` in format `fmt`; returns the number of records."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    folder = RunFolder.open(run)
    count = 0
    for record in conversations_v1(folder):
        out.write(orjson.dumps(record) + b"\n")
        count += 1
    return count
