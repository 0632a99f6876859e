"""Reading JSON Lines that a user gave: each value with its line number, a bad line named by file and line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from .errors import InputError

__all__ = ["json_lines"]


def json_lines(lines: Iterable[bytes], path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, value) of every non-blank line of `lines` (read from `path`).

    Raises:
        InputError: a line that is not JSON, as `path:line: not valid JSON (why)`.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc})") from None
