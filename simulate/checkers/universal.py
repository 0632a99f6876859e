"""A denial of every object, held against an affirmation of one.

"I've never won anything" cannot be true of someone who says "I won a raffle last year"; "I'm not afraid of
anything" not of someone who is terrified of geese. The reader marks such a denial `universal` only when
nothing narrows "anything" ("anything with gluten", "anything today", "anything but water" deny only some).
Only the speaker's own words are compared (not a kind knowledge added), and only claims with an object.
A denial of every thing of one kind ("I've never met anyone famous") clashes only with a thing said to be of
that kind ("I met a famous actor once").
"""

from __future__ import annotations

import re

from .open_ledger import OpenLedger, OpenRecord, add_two_kind_check, times_overlap

__all__ = ["universal_judged"]

_NO_THING = frozenset({"argument", "bet", "fight", "debate", "battle", "war", "heart", "day", "point", "toss"})  # won
# the argument: no thing of the kind denied


# "anyone famous", "anything spicy": every thing of one kind, named by one word
_ANY_KIND = re.compile(r"^(?:anyone|anybody|anything|anywhere) (?P<kind>[a-z]{3,})$")


def _denied(record: OpenRecord) -> bool:
    return record.derived.polarity == "deny" and (record.claim.universal or
                                                  _ANY_KIND.match(record.derived.object) is not None)


def _affirmed(record: OpenRecord) -> bool:
    d = record.derived
    return d.polarity == "affirm" and bool(d.object) and record.claim.subject == "i" and not record.claim.universal and \
        d.object not in _NO_THING


def _by_predicate(record: OpenRecord) -> tuple[str, str]:
    return record.speaker, record.derived.predicate


def universal_judged(ledger: OpenLedger, denied: OpenRecord, affirmed: OpenRecord) -> tuple[float, str] | None:
    """How surely a denial of every object and an affirmation of one speak of one time, and why they clash."""
    kind = _ANY_KIND.match(denied.derived.object)
    if kind and kind.group("kind") not in affirmed.derived.object.split():
        return None
    overlap = times_overlap(affirmed.claim, denied.claim, same_session=affirmed.session == denied.session)
    thing = f"{affirmed.claim.predicate} {affirmed.claim.object}"
    why = f"'{thing}' is {kind.group('kind')}, and nothing {kind.group('kind')} was" if kind else \
        f"'{thing}' is one thing of every thing denied"
    return (overlap, why) if overlap else None


add_two_kind_check("universal", _denied, _affirmed, _by_predicate, universal_judged, keep=8)
