"""Exports of conversations as training and analysis data.

    records = read_records("outputs/my-batch")      # a batch folder or a `simulate run` folder
    with open("train.jsonl", "wb") as out:
        export(records, out, "openai", consistent_only=True)

Formats: see simulate.exports.formats; the record every format reads: simulate.exports.records.
"""

from __future__ import annotations

from .formats import FORMATS, export, system_prompt
from .records import BATCH_FILE, BATCH_RECORD_FORMAT, batch_record, read_records

__all__ = ["BATCH_FILE", "BATCH_RECORD_FORMAT", "FORMATS", "batch_record", "export", "read_records", "system_prompt"]
