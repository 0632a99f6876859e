"""A denial of every object, held against an affirmation of one.

"I've never won anything" cannot be true of someone who says "I won a raffle last year"; "I'm not afraid of
anything" not of someone who is terrified of geese. The reader marks such a denial `universal` only when
nothing narrows "anything" ("anything with gluten", "anything today", "anything but water" deny only some).
Only the speaker's own words are compared (not a kind knowledge added), and only claims with an object.
"""

from __future__ import annotations

from collections import deque

from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence, times_overlap

__all__ = ["universal_conflicts", "note_universal"]

_AFFIRMED = "universal: affirmed"  # per speaker and predicate, the latest affirmations with an object
_DENIED = "universal: denied"  # per speaker and predicate, the latest denials of every object
_KEEP = 8


_NO_THING = frozenset({"argument", "bet", "fight", "debate", "battle", "war", "heart", "day", "point", "toss"})  # won
# the argument: no thing of the kind denied


def _affirmed(record: OpenRecord) -> bool:
    d = record.derived
    return d.polarity == "affirm" and bool(d.object) and d.via is None and record.turn is not None and \
        record.claim.subject == "i" and not record.claim.universal and d.object not in _NO_THING


def _denied(record: OpenRecord) -> bool:
    return record.claim.universal and record.derived.via is None and record.derived.polarity == "deny" and \
        record.turn is not None


def note_universal(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep the speaker's latest affirmations with an object and their denials of every object, by predicate."""
    if record.derived.via is not None or record.turn is None:
        return  # (what knowledge added, and persona facts, are never compared here)
    name = _AFFIRMED if _affirmed(record) else _DENIED if _denied(record) else None
    if name is None:
        return
    notes: dict[tuple[str, str], deque[OpenRecord]] = ledger.notes.setdefault(name, {})
    notes.setdefault((record.speaker, record.derived.predicate), deque(maxlen=_KEEP)).append(record)


def universal_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """A denial of every object against an earlier affirmation of one, and the other way round."""
    if record.derived.via is not None or record.turn is None:
        return []
    if _denied(record):
        olds = ledger.notes.get(_AFFIRMED, {}).get((record.speaker, record.derived.predicate), ())
    elif _affirmed(record):
        olds = ledger.notes.get(_DENIED, {}).get((record.speaker, record.derived.predicate), ())
    else:
        return []
    out = []
    for old in olds:
        if old.turn is None or record.turn is None or old.turn >= record.turn or old.claim.change or record.claim.change:
            continue
        affirmed, denied = (old.claim, record.claim) if _denied(record) else (record.claim, old.claim)
        overlap = times_overlap(affirmed, denied, same_session=old.session == record.session)
        if overlap:
            thing = affirmed.object
            out.append(OpenConflict(old, record.derived, record.claim, finding_confidence(record, old, overlap),
                                    "exclusion", f"'{affirmed.predicate} {thing}' is one thing of every thing denied"))
    return out


LEDGER_CHECKS.append((note_universal, universal_conflicts))
