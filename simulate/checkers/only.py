""""Only" one kind of a thing, held against another kind of the same thing.

"I only have cats" cannot be true of someone whose dog sleeps on their bed; "I only have brothers" not of someone
with an older sister; "I only drink tea" not of someone who drinks coffee every morning. The two things must be
named as members of one category, directly (cat and dog are pets; brother and sister are siblings), so "I only eat
fish" says nothing of vegetables. Not held: a count ("I only have one cat" is a number, not a kind), water (drunk by
those who "only drink tea"), and anything knowledge added rather than the speaker said.
"""

from __future__ import annotations

from collections import deque

from .open_ledger import (
    LEDGER_CHECKS,
    OpenConflict,
    OpenLedger,
    OpenRecord,
    exclusive_times,
    finding_confidence,
    narrowed_apart,
)

__all__ = ["note_only", "only_conflicts"]

_ONLY = "only: said"  # per speaker and predicate, the latest "only" claims
_SAID = "only: affirmed"  # per speaker and predicate, the latest affirmations with an object
_KEEP = 8
_NEVER_OTHER = frozenset({"water", "food", "drink", "thing", "stuff"})


def _only(record: OpenRecord) -> bool:
    claim, d = record.claim, record.derived
    return claim.exclusive and not claim.quantity and d.polarity == "affirm" and d.via is None and bool(d.object) and \
        d.object == claim.object and record.turn is not None


def _said(record: OpenRecord) -> bool:
    d = record.derived
    return d.polarity == "affirm" and d.via is None and bool(d.object) and d.object == record.claim.object and \
        record.turn is not None and record.claim.subject == "i" and d.object not in _NEVER_OTHER


def note_only(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep each speaker's latest "only" claims and affirmations, by predicate."""
    if record.derived.via is not None or record.turn is None:
        return  # (what knowledge added, and persona facts, are never compared here)
    for name, keep in ((_ONLY, _only(record)), (_SAID, _said(record) and not _only(record))):
        if keep:
            notes: dict[tuple[str, str], deque[OpenRecord]] = ledger.notes.setdefault(name, {})
            notes.setdefault((record.speaker, record.derived.predicate), deque(maxlen=_KEEP)).append(record)


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


def only_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """An "only" claim against an earlier other kind of the same thing, and the other way round."""
    if record.derived.via is not None or record.turn is None:
        return []
    if _only(record):
        olds = ledger.notes.get(_SAID, {}).get((record.speaker, record.derived.predicate), ())
    elif _said(record):
        olds = ledger.notes.get(_ONLY, {}).get((record.speaker, record.derived.predicate), ())
    else:
        return []
    out = []
    for old in olds:
        if old.turn is None or record.turn is None or old.turn >= record.turn or old.claim.change or record.claim.change:
            continue
        if narrowed_apart(old.claim, record.claim) or narrowed_apart(record.claim, old.claim):
            continue  # "I only drink tea at work" / "I drink coffee at home"
        kind = _siblings(ledger, old.derived.object, record.derived.object)
        overlap = exclusive_times(old.claim, record.claim) if kind else 0.0
        if overlap:
            only, other = (record, old) if _only(record) else (old, record)
            out.append(OpenConflict(old, record.derived, record.claim, finding_confidence(record, old, overlap),
                                    "exclusion", f"only {only.derived.object}, yet {other.derived.object} ({kind})"))
    return out


LEDGER_CHECKS.append((note_only, only_conflicts))
