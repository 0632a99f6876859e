"""Read conversations to check: Conversation JSONL v1, and Synthetic-Persona-Chat CSV through an adapter.

Both are streamed, one conversation at a time. What one conversation may cost is capped: a line of
JSONL at MAX_LINE_BYTES, a CSV field and a turn's text at MAX_TURN_CHARS. Anything unreadable is a
Problem naming file, line and column; bad lines are reported together at the end.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import orjson
from pydantic import ValidationError

from ..errors import Problem, ScenarioError
from ..yamlsource import dotted
from .conversation import Conversation, PersonaFacts, TurnIn

__all__ = ["MAX_LINE_BYTES", "MAX_TURN_CHARS", "read_conversations", "read_jsonl", "read_spc_csv"]

MAX_LINE_BYTES = 16 * 1024 * 1024   # one conversation of Conversation JSONL v1
MAX_TURN_CHARS = 20_000             # one turn (and one CSV field): far past any utterance

SPC_COLUMNS = ("user 1 personas", "user 2 personas", "Best Generated Conversation")
_SPC_LINE = re.compile(r"^\s*(User [12])\s*:\s*(.*)$")


def read_jsonl(path: Path) -> Iterator[Conversation]:
    """Conversation JSONL v1, one conversation per line. Bad lines are reported together at the end."""
    problems: list[Problem] = []
    with open(path, "rb") as handle:
        number = 0
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                problems.append(Problem(str(path), number, 1, "", f"line longer than {MAX_LINE_BYTES // 2**20} MB"))
                while line and not line.endswith(b"\n"):  # skip the rest of it without holding it
                    line = handle.readline(MAX_LINE_BYTES)
                continue
            if not line.strip():
                continue
            conversation = _conversation(path, number, line, problems)
            if conversation is not None:
                yield conversation
    if problems:
        raise ScenarioError(problems)


def _conversation(path: Path, number: int, line: bytes, problems: list[Problem]) -> Conversation | None:
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        problems.append(Problem(str(path), number, max(1, exc.colno), "", f"not valid JSON ({exc.msg})"))
        return None
    too_long = _long_turn(data)
    if too_long is not None:
        problems.append(Problem(str(path), number, 1, f"turns[{too_long}].text",
                                f"longer than {MAX_TURN_CHARS:,} characters"))
        return None
    try:
        return Conversation.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            problems.append(Problem(str(path), number, 1, dotted(error["loc"]), error["msg"].lower()))
    return None


def _long_turn(data: object) -> int | None:
    """The index of the first turn whose text is over MAX_TURN_CHARS, if any."""
    turns = data.get("turns") if isinstance(data, dict) else None
    if not isinstance(turns, list):
        return None
    for index, turn in enumerate(turns):
        text = turn.get("text") if isinstance(turn, dict) else None
        if isinstance(text, str) and len(text) > MAX_TURN_CHARS:
            return index
    return None


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
    problems: list[Problem] = []
    with open(path, "rb") as handle:
        reader = csv.DictReader(_utf8_lines(handle))
        try:
            with _field_limit(MAX_TURN_CHARS * 50):  # a whole conversation is one field
                missing = [c for c in SPC_COLUMNS if c not in (reader.fieldnames or [])]
                if missing:
                    raise ScenarioError([Problem(str(path), 1, 1, "", "not a Synthetic-Persona-Chat CSV (missing "
                                                 f"column(s) {', '.join(missing)})")])
                for row_number, row in enumerate(reader):
                    conversation = _spc_row(path, row_number, reader.line_num, row, problems)
                    if conversation is not None:
                        yield conversation
        except _NotUtf8 as exc:
            problems.append(Problem(str(path), exc.line, exc.column, "", "not UTF-8 text; save the file as UTF-8"))
        except csv.Error as exc:
            problems.append(Problem(str(path), reader.line_num or 1, 1, "", f"not valid CSV ({exc})"))
    if problems:
        raise ScenarioError(problems)


def _spc_row(path: Path, row_number: int, line: int, row: dict[str | None, str | None],
             problems: list[Problem]) -> Conversation | None:
    empty = [c for c in SPC_COLUMNS if row.get(c) is None]
    if empty:
        problems.append(Problem(str(path), line, 1, "", f"row {row_number + 1} has no {', '.join(empty)} field(s)"))
        return None
    turns = _spc_turns(row["Best Generated Conversation"] or "")
    long = next((i for i, t in enumerate(turns) if len(t.text) > MAX_TURN_CHARS), None)
    if long is not None:
        problems.append(Problem(str(path), line, 1, f"turns[{long}]", f"longer than {MAX_TURN_CHARS:,} characters"))
        return None
    personas = {
        "User 1": PersonaFacts(facts=[s.strip() for s in (row["user 1 personas"] or "").splitlines() if s.strip()]),
        "User 2": PersonaFacts(facts=[s.strip() for s in (row["user 2 personas"] or "").splitlines() if s.strip()]),
    }
    try:
        return Conversation(id=f"{path.stem}-{row_number:04d}", personas=personas, turns=turns)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        problems.append(Problem(str(path), line, 1, dotted(error["loc"]), error["msg"].lower()))
        return None


class _field_limit:  # noqa: N801 - used as a context manager, named for what it sets
    """csv's field size limit for the duration of a read (it is process-wide)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.before = 0

    def __enter__(self) -> None:
        self.before = csv.field_size_limit(self.limit)

    def __exit__(self, *exc: object) -> None:
        csv.field_size_limit(self.before)


class _NotUtf8(Exception):
    def __init__(self, line: int, column: int) -> None:
        self.line, self.column = line, column


def _utf8_lines(handle: BinaryIO) -> Iterator[str]:
    """The file's lines as text, one at a time, each at most MAX_LINE_BYTES; stops at a byte not UTF-8."""
    number = 0
    while True:
        raw = handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES:
            raise csv.Error(f"line {number} is longer than {MAX_LINE_BYTES // 2**20} MB")
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _NotUtf8(number, exc.start + 1) from None


def read_conversations(path: str | Path) -> Iterator[Conversation]:
    """Conversations from a `.jsonl` (Conversation JSONL v1) or `.csv` (Synthetic-Persona-Chat) file."""
    path = Path(path)
    if not path.is_file():
        raise ScenarioError([Problem(str(path), 1, 1, "", "file not found" if not path.exists() else "not a file")])
    if path.suffix.lower() == ".csv":
        return read_spc_csv(path)
    return read_jsonl(path)
