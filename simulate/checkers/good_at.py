"""Being good at a thing, held against not being able to do it at all.

"I'm good at chess" cannot be true of someone who says "I don't know how to play chess" or "I've never played
chess", whatever the verb of doing the thing is: the check compares the thing itself, so it needs no list of
what is played, done or spoken. A skill said as an -ing ("good at fixing cars") is already an ability the reader
gives; this covers a skill named by a noun.
"""

from __future__ import annotations

import re
from collections import deque

from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence, times_overlap

__all__ = ["good_at_conflicts", "note_good_at"]

_GOOD_AT = frozenset({"be good at", "be brilliant at", "be excellent at", "be talented at", "be skilled at",
                      "be an expert at", "be expert at", "be a pro at"})
# a way, a place or a reason a "can't" may be said of, which being good at the thing leaves open
_NOT_AT_ALL = re.compile(r"\b(?:online|professionally|competitively|for money|for a living|anymore|any more|today|"
                         r"tonight|right now|at the moment|these days|with (?:you|him|her|them|my|this|that)|in (?:my|a|the)|"
                         r"on (?:my|a|the)|on stage|in public|live|since|without)\b")
_GOOD = "good at: affirmed"
_CANNOT = "good at: cannot"


def _good(record: OpenRecord) -> bool:
    d = record.derived
    return d.predicate in _GOOD_AT and d.polarity == "affirm" and bool(d.object) and d.via is None and \
        record.turn is not None


def _cannot(record: OpenRecord) -> bool:
    d, claim = record.derived, record.claim
    return d.polarity == "deny" and bool(d.object) and d.via is None and record.turn is not None and \
        d.predicate not in _GOOD_AT and claim.qualifier is None and claim.restriction is None and \
        not _NOT_AT_ALL.search(claim.text.lower()) and (claim.ability or (claim.never and claim.time == "ever"))


def note_good_at(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep each speaker's latest skills said by a noun and denials of doing a thing, by the thing."""
    if record.derived.via is not None or record.turn is None:
        return  # (what knowledge added, and persona facts, are never compared here)
    name = _GOOD if _good(record) else _CANNOT if _cannot(record) else None
    if name is None:
        return
    notes: dict[tuple[str, str], deque[OpenRecord]] = ledger.notes.setdefault(name, {})
    notes.setdefault((record.speaker, record.derived.object), deque(maxlen=4)).append(record)


def good_at_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """Good at a thing against an earlier "can't do it" or "never did it", and the other way round."""
    if record.derived.via is not None or record.turn is None:
        return []
    if _good(record):
        olds = ledger.notes.get(_CANNOT, {}).get((record.speaker, record.derived.object), ())
    elif _cannot(record):
        olds = ledger.notes.get(_GOOD, {}).get((record.speaker, record.derived.object), ())
    else:
        return []
    out = []
    for old in olds:
        if old.turn is None or record.turn is None or old.turn >= record.turn or old.claim.change or record.claim.change:
            continue
        good, cannot = (record.claim, old.claim) if _good(record) else (old.claim, record.claim)
        overlap = times_overlap(good, cannot, same_session=old.session == record.session)
        if overlap:
            out.append(OpenConflict(old, record.derived, record.claim, finding_confidence(record, old, overlap),
                                    "exclusion", f"one who is good at {good.object} can do it"))
    return out


LEDGER_CHECKS.append((note_good_at, good_at_conflicts))
