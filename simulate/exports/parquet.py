"""Parquet export: one row per turn, with its conversation's provenance and its findings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from ..errors import MissingExtraError

__all__ = ["COLUMNS", "write_parquet"]

COLUMNS = ("item", "template", "draw", "repeat", "model", "seed", "conversation", "status", "persona", "addressee",
           "session", "turn_index", "kind", "probe", "text", "time", "prompt_tokens", "completion_tokens", "findings",
           "finding_kinds", "finding_messages")
ROWS_PER_GROUP = 50_000


def _schema(pa: Any) -> Any:
    text, number = pa.string(), pa.int64()
    types = {"seed": number, "draw": number, "repeat": number, "session": number, "turn_index": number,
             "prompt_tokens": number, "completion_tokens": number, "findings": number,
             "finding_kinds": pa.list_(pa.string()), "finding_messages": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types.get(name, text)) for name in COLUMNS])


def _rows(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    kinds: dict[int, list[str]] = {}
    messages: dict[int, list[str]] = {}
    for finding in record.get("findings") or ():
        kinds.setdefault(finding["turn"], []).append(finding["kind"])
        messages.setdefault(finding["turn"], []).append(finding.get("message", ""))
    for turn in record.get("turns") or ():
        flagged = kinds.get(turn["index"], [])
        yield {"item": record["item"], "template": record.get("template"), "draw": record.get("draw"),
               "repeat": record.get("repeat"), "model": record.get("model"),
               "seed": record.get("seed"), "conversation": record.get("conversation"),
               "status": record.get("status", "done"), "persona": turn["speaker"], "addressee": turn.get("addressee"),
               "session": turn["session"], "turn_index": turn["index"], "kind": turn.get("kind", "turn"),
               "probe": turn.get("probe"), "text": turn["text"], "time": turn["time"],
               "prompt_tokens": turn.get("prompt_tokens", 0), "completion_tokens": turn.get("completion_tokens", 0),
               "findings": len(flagged), "finding_kinds": flagged,
               "finding_messages": messages.get(turn["index"], [])}


def write_parquet(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """Write one row per turn of `records` to `out`; returns the number of conversations written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("pyarrow", "parquet", "The parquet export") from None
    schema = _schema(pa)
    count = 0
    buffer: list[dict[str, Any]] = []
    writer = pq.ParquetWriter(out, schema)
    try:
        for record in records:
            count += 1
            buffer.extend(_rows(record))
            if len(buffer) >= ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer.clear()
        if buffer:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
    finally:
        writer.close()
    return count
