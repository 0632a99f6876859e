"""Exports of conversations as training and analysis data.

    records = read_records("outputs/my-batch")      # a batch folder or a `simulate run` folder
    with open("train.jsonl", "wb") as out:
        export(records, out, "openai", consistent_only=True)

Formats: see simulate.exports.formats; the record every format reads: simulate.exports.batch_records;
Conversation JSONL v1 and a run's bare export (`export_run`): simulate.exports.conversations.
"""

from __future__ import annotations

from .batch_records import BATCH_FILE, BATCH_RECORD_FORMAT, batch_record, read_records, run_records
from .conversations import conversation_v1, export_run
from .formats import FORMATS, export, system_prompt

__all__ = ["BATCH_FILE", "BATCH_RECORD_FORMAT", "FORMATS", "batch_record", "conversation_v1", "export", "export_run",
           "read_records", "run_records", "system_prompt"]
