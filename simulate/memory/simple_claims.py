"""A tiny stand-in claim extractor: a few first-person patterns, for tests and as a last resort.

The engine's extractor is `simulate.checkers.rules.extract_claims`; `default_extractor` uses it when
it is installed and says so when it falls back to this one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..checkers.claims import Claim

__all__ = ["Extractor", "default_extractor", "simple_extract_claims"]

Extractor = Callable[[str], list[Claim]]

_NUMBERS = {"no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PETS = "dog|cat|parrot|rabbit|hamster|horse|fish|bird|turtle|snake|lizard|goldfish"
_STATUS = "single|dating|engaged|married|partnered|divorced|separated|widowed"
_END = r"(?=\s*(?:[.!?;]|,\s|$))"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("location", re.compile(r"\bI (?:live|am living) in ([A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*)")),
    ("location_change", re.compile(r"\bI (?:just |recently )?moved to ([A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*)")),
    ("occupation", re.compile(r"\bI (?:work as|am working as) an? ([a-z][a-z -]*?)(?: at [^.!?]+)?" + _END)),
    ("age", re.compile(r"\bI am (\d{1,3}) years old\b")),
    ("pets_deny", re.compile(rf"\bI have never had an? ({_PETS})\b", re.IGNORECASE)),
    ("pets", re.compile(rf"\bI have an? ({_PETS})(?: named ([A-Z]\w+))?\b", re.IGNORECASE)),
    ("marital_status", re.compile(rf"\bI am ({_STATUS})\b")),
    ("children", re.compile(r"\bI have (no|one|two|three|four|five|six|\d+) (?:child|children|kids?)\b")),
    ("likes", re.compile(r"\bI (?:really )?(?:love|like|enjoy) ([a-z][\w -]*?)" + _END)),
    ("dislikes", re.compile(r"\bI (?:can['’]t stand|dislike|hate) ([a-z][\w -]*?)" + _END)),
]


def _claim(kind: str, match: re.Match[str]) -> Claim:
    raw = match.group(1).strip()
    span, said = (match.start(), match.end()), match.group(0)
    if kind == "age":
        return Claim(slot="age", key="age", value=int(raw), span=span, text=said)
    if kind == "children":
        count = _NUMBERS.get(raw.lower())
        return Claim(slot="children", key="children", value=count if count is not None else int(raw),
                     span=span, text=said)
    if kind in ("pets", "pets_deny"):
        return Claim(slot="pets", key=f"pets:{raw.lower()}", value=True,
                     polarity="deny" if kind == "pets_deny" else "affirm", span=span, text=said)
    if kind in ("likes", "dislikes"):
        return Claim(slot=kind, key=f"taste:{raw.lower()}", value=kind[:-1], span=span, text=said)
    if kind == "location_change":
        return Claim(slot="location", key="location", value=raw.lower(), change=True, span=span, text=said)
    return Claim(slot=kind, key=kind, value=raw.lower(), span=span, text=said)


def simple_extract_claims(text: str) -> list[Claim]:
    """Claims from a handful of first-person patterns ("I live in X", "I work as a X", "I have a dog named X")."""
    claims = [_claim(kind, m) for kind, pattern in _PATTERNS for m in pattern.finditer(text)]
    return sorted(claims, key=lambda c: c.span)


def default_extractor() -> tuple[Extractor, str]:
    """The checkers' readers (slot grammar and open claims) if installed, else this module's; with the
    name of the one chosen."""
    try:
        from ..checkers.facts import claims_for_memory
    except ModuleNotFoundError as exc:
        if exc.name not in ("simulate.checkers.facts", "simulate.checkers"):
            raise
        return simple_extract_claims, "simple"
    return claims_for_memory, "rules+open"
