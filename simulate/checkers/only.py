""""Only" one kind of a thing, held against another kind of the same thing.

"I only have cats" cannot be true of someone whose dog sleeps on their bed; "I only have brothers" not of someone
with an older sister; "I only drink tea" not of someone who drinks coffee every morning. The two things must be
named as members of one category, directly (cat and dog are pets; brother and sister are siblings), so "I only eat
fish" says nothing of vegetables. Not held: a count ("I only have one cat" is a number, not a kind), water (drunk by
those who "only drink tea"), and anything knowledge added rather than the speaker said.
"""

from __future__ import annotations

from .open_ledger import OpenLedger, OpenRecord, add_two_kind_check, exclusive_times, narrowed_apart

__all__ = ["only_judged"]

_NEVER_OTHER = frozenset({"water", "food", "drink", "thing", "stuff"})


def _only(record: OpenRecord) -> bool:
    claim, d = record.claim, record.derived
    return claim.exclusive and not claim.quantity and d.polarity == "affirm" and bool(d.object) and d.object == claim.object


def _said(record: OpenRecord) -> bool:
    d = record.derived
    return d.polarity == "affirm" and bool(d.object) and d.object == record.claim.object and \
        record.claim.subject == "i" and d.object not in _NEVER_OTHER and not _only(record)


def _by_predicate(record: OpenRecord) -> tuple[str, str]:
    return record.speaker, record.derived.predicate


def _siblings(ledger: OpenLedger, a: str, b: str) -> str | None:
    """The category both things are direct members of, if they are different things of one kind."""
    if a == b:
        return None
    kb = ledger.knowledge
    near_a = {c for c, distance in kb.ancestors(a).items() if distance == 1}
    near_b = {c for c, distance in kb.ancestors(b).items() if distance == 1}
    if a in kb.ancestors(b) or b in kb.ancestors(a):
        return None  # one is a kind of the other
    shared = sorted(near_a & near_b - {"possessable"})
    return shared[0] if shared else None


def only_judged(ledger: OpenLedger, only: OpenRecord, other: OpenRecord) -> tuple[float, str] | None:
    """How surely "only" one kind and another kind of the same thing speak of one time, and why they clash."""
    if narrowed_apart(other.claim, only.claim) or narrowed_apart(only.claim, other.claim):
        return None  # "I only drink tea at work" / "I drink coffee at home"
    kind = _siblings(ledger, only.derived.object, other.derived.object)
    overlap = exclusive_times(only.claim, other.claim) if kind else 0.0
    return (overlap, f"only {only.derived.object}, yet {other.derived.object} ({kind})") if overlap else None


add_two_kind_check("only", _only, _said, _by_predicate, only_judged, keep=8)
