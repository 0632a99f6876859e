"""The spending journal of a batch: one line per real model call, appended and flushed as it settles.

The manifest's budget figures are written at the end of a run; a kill -9 would lose them and a resume
would start the budget from zero. The journal (`spend.log` in the batch folder: `tokens cost` per line,
cost `-` when the provider reported none) is what a resume adds up instead. Ray workers on the same
machine append to the same file (lines are single small writes in append mode).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

__all__ = ["SPEND_LOG", "SpendJournal", "journal_totals"]

SPEND_LOG = "spend.log"


class SpendJournal:
    """Append `tokens cost` lines to a file; call it as the Budget's `journal`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._handle: IO[bytes] | None = None

    def __call__(self, tokens: int, cost: float | None) -> None:
        if self._handle is None:
            self._handle = open(self.path, "ab", buffering=0)  # noqa: SIM115 (kept open; close() closes it)
        self._handle.write(f"{tokens} {'-' if cost is None else repr(cost)}\n".encode())

    def close(self) -> None:
        """Close the file (safe to call twice)."""
        if self._handle is not None:
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None


def journal_totals(path: str | Path) -> tuple[int, float, int]:
    """Tokens, cost and calls without a cost recorded in a journal; a torn last line is skipped."""
    tokens, cost, unknown = 0, 0.0, 0
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return 0, 0.0, 0
    for line in data[: data.rfind(b"\n") + 1].splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        tokens += int(parts[0])
        if parts[1] == b"-":
            unknown += 1
        else:
            cost += float(parts[1])
    return tokens, cost, unknown
