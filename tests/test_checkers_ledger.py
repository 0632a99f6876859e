"""The slot ledger: bounded per key, so a long drifting conversation costs the same per turn."""

from __future__ import annotations

from simulate.checkers.claims import Claim
from simulate.checkers.ledger import Entry, Ledger


def _said(value: str, turn: int) -> Entry:
    return Entry("A", Claim(slot="location", value=value), session=0, turn=turn)


def test_only_the_most_recently_said_values_are_kept_but_the_card_always_is() -> None:
    ledger = Ledger(values=3)
    ledger.add(Entry("A", Claim(slot="location", value="denver"), session=0, fact=0))
    for turn, city in enumerate(["austin", "boston", "chicago", "dallas", "austin"]):
        ledger.add(_said(city, turn))
    kept = {(e.claim.value, e.is_fact) for e in ledger.entries("A", "location")}
    assert kept == {("denver", True), ("chicago", False), ("dallas", False), ("austin", False)}
    assert {e.claim.value for e in ledger.conflicts(_said("eugene", 9))} == {"denver", "chicago", "dallas", "austin"}


def _age(value: object, turn: int, when: str | None) -> Entry:
    from datetime import datetime

    return Entry("A", Claim(slot="age", value=value), session=0, turn=turn,
                 time=datetime.fromisoformat(when) if when else None)


def test_a_birth_year_is_an_age_at_the_time_it_is_compared() -> None:
    """Born in 1999: 26 or 27 in 2026, so 30 contradicts it and 26 does not; in 2032, 32 is right."""
    ledger = Ledger()
    ledger.add(_age({"born": 1999}, 0, "2026-06-01T10:00:00"))
    assert ledger.conflicts(_age(30, 1, "2026-06-01T10:05:00"))
    assert not ledger.conflicts(_age(26, 1, "2026-06-01T10:05:00"))
    assert not ledger.conflicts(_age(32, 1, "2032-06-01T10:05:00"))


def test_undated_birth_years_allow_for_text_written_some_years_ago() -> None:
    """Without times a birth year may be compared as of any of the last five years; a remembered event
    ("born by 1965") gives only a lower bound."""
    ledger = Ledger()
    ledger.add(_age({"born": 1922}, 0, None))
    assert not ledger.conflicts(_age(100, 1, None))
    assert ledger.conflicts(_age(80, 1, None))
    events = Ledger()
    events.add(_age({"born_by": 1965}, 0, None))
    assert events.conflicts(_age(30, 1, None))
    assert not events.conflicts(_age(70, 1, None))
