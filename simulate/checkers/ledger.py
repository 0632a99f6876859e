"""The ledger: every claim each speaker has made, indexed by speaker and key, with provenance.

Lookups touch only the claims of one speaker and one key, grouped by distinct value, so checking a
new turn costs the same at turn 100 and at turn 10,000.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from .claims import Claim
from .conflicts import conflict, related_keys

__all__ = ["Entry", "Ledger"]


@dataclass(frozen=True, slots=True)
class Entry:
    """A claim with its provenance: a turn (index, session, time, probe) or a persona fact (index)."""

    speaker: str
    claim: Claim
    session: int
    turn: int | None = None
    fact: int | None = None
    time: datetime | None = None
    probe: str | None = None

    @property
    def is_fact(self) -> bool:
        """Does this entry come from the persona card?"""
        return self.fact is not None


def _dated(entry: Entry) -> Claim:
    """An age said as a year ("I was born in 1999", "I remember the moon landing") as the age range it gives
    at the time the entry was said (for text without times, any of the last five years)."""
    value = entry.claim.value
    if not isinstance(value, dict) or not ({"born", "born_by"} & value.keys()):
        return entry.claim
    year = (entry.time or datetime.now()).year
    undated = 5 if entry.time is None else 0  # text without times may have been written some years ago
    if "born" in value:
        born = int(value["born"])
        low, high = year - undated - int(value.get("born_max") or born) - 1, year - born
    else:
        low, high = year - undated - int(value["born_by"]) - 1, 125
    return entry.claim.model_copy(update={"value": {"min": max(0, low), "max": max(0, high)}})


def _years(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return (b - a).total_seconds() / (365.2425 * 86400)


class Ledger:
    """Claims per (speaker, key), grouped by (value, polarity, tense); at most `keep` turns per group
    (the most recent), at most `values` groups of turns per key (the most recently said; a persona fact's
    group is always kept), and at most `cite` earlier turns named as evidence per finding. The bounds keep
    the cost of a turn flat however long a conversation drifts."""

    def __init__(self, *, keep: int = 4, cite: int = 6, values: int = 8) -> None:
        self.keep = keep
        self.cite = cite
        self.values = values
        self._groups: dict[tuple[str, str], dict[tuple[str, str, str, str], deque[Entry]]] = {}
        self._keys_by_prefix: dict[tuple[str, str], set[str]] = {}

    def add(self, entry: Entry) -> None:
        """Record an entry; a statement of change starts the key afresh for the speaker's turns."""
        key = (entry.speaker, entry.claim.index_key)
        groups = self._groups.setdefault(key, {})
        if entry.claim.change and not entry.is_fact:
            for signature in [s for s, items in groups.items() if items and not items[0].is_fact]:
                del groups[signature]
            for items in groups.values():
                kept = [e for e in items if e.is_fact]
                items.clear()
                items.extend(kept)
        claim = entry.claim
        signature = (repr(claim.value), claim.polarity, claim.tense, str(claim.exclusive))
        bucket = groups.pop(signature, None)  # re-inserted last: groups stay in the order last said
        if bucket is None:
            bucket = deque()
            said = [s for s, items in groups.items() if not any(e.is_fact for e in items)]
            for stale in said[: max(0, len(said) - self.values + 1)]:
                del groups[stale]  # the value said longest ago makes room
        groups[signature] = bucket
        if entry.is_fact:
            bucket.appendleft(entry)
        else:
            bucket.append(entry)
            turns = sum(1 for e in bucket if not e.is_fact)
            if turns > self.keep:
                for i, e in enumerate(bucket):
                    if not e.is_fact:
                        del bucket[i]
                        break
        prefix = claim.index_key.split(":", 1)[0]
        self._keys_by_prefix.setdefault((entry.speaker, prefix), set()).add(claim.index_key)

    def replace_facts(self, speaker: str, key: str, entries: list[Entry]) -> None:
        """A timeline event: the key's facts are replaced and its earlier turns no longer count."""
        self._groups.pop((speaker, key), None)
        for entry in entries:
            self.add(entry)

    def entries(self, speaker: str, key: str) -> Iterator[Entry]:
        """Every kept entry of one speaker and key."""
        for items in self._groups.get((speaker, key), {}).values():
            yield from items

    def _groups_for(self, speaker: str, key: str) -> Iterator[deque[Entry]]:
        yield from self._groups.get((speaker, key), {}).values()
        for other in related_keys(key):
            yield from self._groups.get((speaker, other), {}).values()
        if key == "pets:any":
            for other in sorted(self._keys_by_prefix.get((speaker, "pets"), ())):
                if other != "pets:any" and not other.endswith(":count"):
                    yield from self._groups.get((speaker, other), {}).values()

    def conflicts(self, entry: Entry) -> list[Entry]:
        """Earlier entries of the same speaker that `entry` contradicts, facts first then turns in order.

        Entries of one group share value, polarity and tense, so one comparison decides the whole
        group; only ages, which depend on when each was said, are compared entry by entry.
        """
        found = []
        by_time = entry.claim.index_key == "age"
        for group in self._groups_for(entry.speaker, entry.claim.index_key):
            if not group:
                continue
            candidates = list(group) if by_time else [group[0]]
            for old in candidates:
                if entry.claim.change and not old.is_fact and not by_time:
                    continue  # a stated change ("I moved to ...") does not contradict what came before
                years = _years(old.time, entry.time)
                new_claim, old_claim = (_dated(entry), _dated(old)) if by_time else (entry.claim, old.claim)
                if conflict(new_claim, old_claim, years_between=years, same_session=old.session == entry.session):
                    if by_time:
                        found.append(old)
                    else:
                        found.extend(e for e in group if e.is_fact or not entry.claim.change)
        found = [e for e in found if e.turn is None or entry.turn is None or e.turn < entry.turn]
        facts = sorted((e for e in found if e.is_fact), key=lambda e: e.fact or 0)
        turns = sorted((e for e in found if not e.is_fact), key=lambda e: e.turn or 0)
        return facts + turns[-self.cite:]

    def get_state(self) -> dict[str, object]:
        """Counts per speaker and key (for inspection)."""
        return {f"{s}|{k}": sum(len(v) for v in groups.values()) for (s, k), groups in self._groups.items()}
