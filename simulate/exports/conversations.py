"""Conversation JSONL v1 (the format `simulate check` reads): the one builder of its records.

`conversation_v1` turns a batch record (see simulate.exports.batch_records) into a v1 record; the
`conversations` export format adds its `meta` to it, and `export_run` writes a run folder's
conversations with it as they are, finished or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import orjson

from ..checkers.conversation import persona_facts
from ..errors import InputError
from ..persona import PersonaCard
from .batch_records import run_records

__all__ = ["conversation_v1", "export_run", "v1_turn"]


def conversation_v1(record: Mapping[str, Any]) -> dict[str, Any]:
    """The Conversation JSONL v1 record of a batch record: id, scenario, personas (their fact sentences), turns."""
    personas: dict[str, dict[str, Any]] = {}
    for name, card in (record.get("personas") or {}).items():
        facts = persona_facts(PersonaCard.model_validate(card))
        personas[name] = facts.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        personas[name].setdefault("facts", [])
    return {
        "id": record["conversation"],
        "scenario": record.get("template"),
        "personas": personas,
        "turns": [v1_turn(turn) for turn in record.get("turns") or ()],
    }


def v1_turn(turn: Mapping[str, Any]) -> dict[str, Any]:
    """One v1 turn from a stored turn (Turn JSON or a turn event): session, speaker, text, time, and
    the addressee, kind and probe when they say something."""
    out: dict[str, Any] = {"session": turn["session"], "speaker": turn["speaker"], "text": turn["text"],
                           "time": turn["time"]}
    if turn.get("addressee"):
        out["addressee"] = turn["addressee"]
    if turn.get("kind", "turn") != "turn":
        out["kind"] = turn["kind"]
        out["probe"] = turn.get("probe")
    return out


def export_run(run: str | Path, out: IO[bytes], *, fmt: str = "conversations") -> int:
    """Write the conversations of run folder `run` to `out` as Conversation JSONL v1; returns the number of records.

    Every conversation with at least one turn is written, finished or not, in conversation order,
    without the `meta` the `conversations` format of `simulate export` adds. `fmt` must be
    "conversations" (the only format of a bare run export; `simulate.exports.export` writes the others).

    Raises:
        InputError: an unknown `fmt`.
        RunError: `run` is not a run folder.
    """
    if fmt != "conversations":
        raise InputError(f"unknown format {fmt!r}; known: conversations")
    count = 0
    for record in run_records(run, unfinished=True):
        if record["turns"]:
            out.write(orjson.dumps(conversation_v1(record)) + b"\n")
            count += 1
    return count
