"""JSON Lines a user gave: values with their line numbers; a bad line named by file and line."""

from __future__ import annotations

import pytest

from simulate.errors import InputError
from simulate.jsonl import json_lines


def test_values_come_with_their_line_numbers_and_blank_lines_are_skipped() -> None:
    assert list(json_lines([b'{"a": 1}\n', b"\n", b"[2]\n"], "q.jsonl")) == [(1, {"a": 1}), (3, [2])]


def test_a_bad_line_is_named_by_file_and_line() -> None:
    with pytest.raises(InputError, match=r"^q\.jsonl:2: not valid JSON"):
        list(json_lines([b"{}", b"{oops"], "q.jsonl"))
