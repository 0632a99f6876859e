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
