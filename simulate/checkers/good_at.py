"""Being good at a thing, held against not being able to do it at all.

"I'm good at chess" cannot be true of someone who says "I don't know how to play chess" or "I've never played
chess", whatever the verb of doing the thing is: the check compares the thing itself, so it needs no list of
what is played, done or spoken. A skill said as an -ing ("good at fixing cars") is already an ability the reader
gives; this covers a skill named by a noun.
"""

from __future__ import annotations

import re

from .open_ledger import OpenLedger, OpenRecord, add_two_kind_check, times_overlap

__all__ = ["good_at_judged"]

_GOOD_AT = frozenset({"be good at", "be brilliant at", "be excellent at", "be talented at", "be skilled at",
                      "be an expert at", "be expert at", "be a pro at"})
# a way, a place or a reason a "can't" may be said of, which being good at the thing leaves open
_NOT_AT_ALL = re.compile(r"\b(?:online|professionally|competitively|for money|for a living|anymore|any more|today|"
                         r"tonight|right now|at the moment|these days|with (?:you|him|her|them|my|this|that)|in (?:my|a|the)|"
                         r"on (?:my|a|the)|on stage|in public|live|since|without)\b")


def _good(record: OpenRecord) -> bool:
    d = record.derived
    return d.predicate in _GOOD_AT and d.polarity == "affirm" and bool(d.object)


def _cannot(record: OpenRecord) -> bool:
    d, claim = record.derived, record.claim
    return d.polarity == "deny" and bool(d.object) and d.predicate not in _GOOD_AT and claim.qualifier is None and \
        claim.restriction is None and not _NOT_AT_ALL.search(claim.text.lower()) and \
        (claim.ability or (claim.never and claim.time == "ever"))


def _by_thing(record: OpenRecord) -> tuple[str, str]:
    return record.speaker, record.derived.object


def good_at_judged(ledger: OpenLedger, good: OpenRecord, cannot: OpenRecord) -> tuple[float, str] | None:
    """How surely being good at a thing and not being able to do it speak of one time, and why they clash."""
    overlap = times_overlap(good.claim, cannot.claim, same_session=good.session == cannot.session)
    return (overlap, f"one who is good at {good.claim.object} can do it") if overlap else None


add_two_kind_check("good at", _good, _cannot, _by_thing, good_at_judged)
