"""Durations in scenario files."""

from __future__ import annotations

from datetime import timedelta

import pytest

from simulate.durations import format_gap, parse_duration


@pytest.mark.parametrize("text, expected", [
    ("3 weeks", timedelta(days=21)), ("21d", timedelta(days=21)), ("12h", timedelta(hours=12)),
    ("P3W", timedelta(days=21)), ("P1DT2H", timedelta(days=1, hours=2)), ("2 months", timedelta(days=60)),
    ("1 year", timedelta(days=365)), ("90 seconds", timedelta(seconds=90)),
])
def test_parse(text: str, expected: timedelta) -> None:
    """Human and ISO 8601 forms."""
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["3 fortnights", "soon", "P", "-2 days"])
def test_parse_rejects(text: str) -> None:
    """Anything else is an error that says what is accepted."""
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize("gap, text", [
    (timedelta(days=21), "3 weeks"), (timedelta(days=10), "10 days"), (timedelta(hours=5), "5 hours"),
    (timedelta(days=60), "2 months"), (timedelta(seconds=1), "1 second"),
])
def test_format(gap: timedelta, text: str) -> None:
    """Gaps read naturally in prompts."""
    assert format_gap(gap) == text
