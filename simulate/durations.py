"""Parse simulated-time gaps such as `3 weeks`, `21d`, `12h` or ISO 8601 `P3W`."""

from __future__ import annotations

import re
from datetime import timedelta

from .errors import InputError

__all__ = ["format_gap", "parse_duration"]

_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "wk": 604800, "wks": 604800, "week": 604800, "weeks": 604800,
    "mo": 2592000, "month": 2592000, "months": 2592000,
    "y": 31536000, "yr": 31536000, "yrs": 31536000, "year": 31536000, "years": 31536000,
}
_HUMAN = re.compile(r"^\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*([a-z]+)\s*$", re.IGNORECASE)
_ISO = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def parse_duration(text: str) -> timedelta:
    """`3 weeks` -> 21 days. A month is 30 days and a year 365. Raises InputError (a ValueError) on anything else."""
    match = _HUMAN.match(text)
    if match:
        unit = match.group(2).lower()
        if unit not in _UNITS:
            raise InputError(f"unknown time unit {match.group(2)!r} (use minutes, hours, days, weeks, months or years)")
        return timedelta(seconds=float(match.group(1)) * _UNITS[unit])
    iso = _ISO.match(text.strip().upper())
    if iso and any(iso.groups()):
        y, mo, w, d, h, mi, s = (int(g) if g else 0 for g in iso.groups())
        return timedelta(days=365 * y + 30 * mo + 7 * w + d, hours=h, minutes=mi, seconds=s)
    raise InputError(f"cannot read {text!r} as a duration (e.g. '3 weeks', '21d', 'P3W')")


def format_gap(gap: timedelta) -> str:
    """A human phrase for a gap: `3 weeks`, `2 days`, `5 hours`."""
    seconds = int(gap.total_seconds())
    for unit, size in (("year", 31536000), ("month", 2592000), ("week", 604800), ("day", 86400),
                       ("hour", 3600), ("minute", 60)):
        if seconds >= size and (seconds % size == 0 or seconds >= size * 2):
            n = round(seconds / size)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return f"{seconds} seconds" if seconds != 1 else "1 second"
