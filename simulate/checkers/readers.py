"""Read conversations to check: Conversation JSONL v1, and Synthetic-Persona-Chat CSV through an adapter."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import orjson
from pydantic import ValidationError

from ..errors import InputError, Problem, ScenarioError
from ..yamlsource import dotted
from .conversation import Conversation, PersonaFacts, TurnIn

__all__ = ["read_conversations", "read_jsonl", "read_spc_csv"]

SPC_COLUMNS = ("user 1 personas", "user 2 personas", "Best Generated Conversation")
_SPC_LINE = re.compile(r"^\s*(User [12])\s*:\s*(.*)$")


def read_jsonl(path: Path) -> Iterator[Conversation]:
    """Conversation JSONL v1, one conversation per line. Bad lines are reported together at the end."""
    problems: list[Problem] = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                problems.append(Problem(str(path), number, None, "", f"not valid JSON ({exc})"))
                continue
            try:
                yield Conversation.model_validate(data)
            except ValidationError as exc:
                for error in exc.errors(include_url=False):
                    problems.append(Problem(str(path), number, None, dotted(error["loc"]), error["msg"].lower()))
    if problems:
        raise ScenarioError(problems)


def _spc_turns(text: str) -> list[TurnIn]:
    turns: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = _SPC_LINE.match(line)
        if match:
            turns.append((match.group(1), match.group(2).strip()))
        elif line.strip() and turns:
            speaker, said = turns[-1]
            turns[-1] = (speaker, f"{said} {line.strip()}")
    return [TurnIn(speaker=speaker, text=said) for speaker, said in turns if said]


def read_spc_csv(path: Path) -> Iterator[Conversation]:
    """Synthetic-Persona-Chat CSV rows as conversations: `User 1` and `User 2` with their profiles."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in SPC_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}:1: not a Synthetic-Persona-Chat CSV (missing column(s) {', '.join(missing)})")
        for row_number, row in enumerate(reader):
            personas = {
                "User 1": PersonaFacts(facts=[s.strip() for s in row["user 1 personas"].splitlines() if s.strip()]),
                "User 2": PersonaFacts(facts=[s.strip() for s in row["user 2 personas"].splitlines() if s.strip()]),
            }
            yield Conversation(id=f"{path.stem}-{row_number:04d}", personas=personas,
                               turns=_spc_turns(row["Best Generated Conversation"]))


def read_conversations(path: str | Path) -> Iterator[Conversation]:
    """Conversations from a `.jsonl` (Conversation JSONL v1) or `.csv` (Synthetic-Persona-Chat) file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if path.suffix.lower() == ".csv":
        return read_spc_csv(path)
    return read_jsonl(path)
