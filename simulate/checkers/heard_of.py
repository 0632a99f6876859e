"""Never having heard of a thing, held against the speaker's own earlier talk of it.

"I've never heard of rap music" cannot be true of someone who said, earlier in the conversation, "I've never really
listened to rap music. What's it like?": whatever they said of it, affirmed or denied, they had heard of it. Not
held: talk of it by the other speaker (a name heard for the first time), a denial that says it is new ("until
now", "until you mentioned it", "before today"), and a mention inside the same turn.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence

__all__ = ["heard_of_conflicts", "note_mention"]

_MENTIONS = "mentions"  # the key of this check's notes in the ledger
_KEEP = 200  # the things each speaker spoke of most recently, kept to check against
_HEARD_OF = frozenset({"hear of", "hear about"})
# "never heard of it until now", "before you mentioned it", "till today": news, not a denial of all time
# "never heard of a dog that doesn't like walks", "of anyone who...": a kind described, not the thing itself
_A_KIND_DESCRIBED = re.compile(r"\bheard (?:of|about) (?:a|an|any|anyone|anybody|someone|somebody|people)\b|"
                               r"\bheard (?:of|about) [a-z' -]+? (?:that|who|which|with|where|being|on|in)\b")
_UNTIL_NOW = re.compile(r"\b(?:until|till|til|before) (?:now|today|tonight|recently|you|this|just now|last)\b|"
                        r"\bup to now\b|\buntil (?:i|we) (?:met|read|saw|heard|moved|started)\b")


def _mention(record: OpenRecord) -> bool:
    """Does the record name a thing the speaker spoke of in their own words (not a category knowledge added)?"""
    d = record.derived
    return bool(d.object) and d.via is None and record.derived.predicate not in _HEARD_OF and \
        not record.is_fact and record.turn is not None and len(d.object) > 2


def note_mention(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep the things each speaker spoke of (the most recent few hundred), by name."""
    if not _mention(record):
        return
    mentions: OrderedDict[str, OpenRecord] = ledger.notes.setdefault(_MENTIONS, {}).setdefault(record.speaker,
                                                                                               OrderedDict())
    mentions[record.derived.object] = record
    mentions.move_to_end(record.derived.object)
    while len(mentions) > _KEEP:
        mentions.popitem(last=False)


def heard_of_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """"Never heard of X" against the speaker's own earlier talk of X, in an earlier turn."""
    d, claim = record.derived, record.claim
    if d.predicate not in _HEARD_OF or d.polarity != "deny" or not claim.never or not d.object or \
            _UNTIL_NOW.search(claim.text.lower()) or _A_KIND_DESCRIBED.search(claim.text.lower()):
        return []
    old = ledger.notes.get(_MENTIONS, {}).get(record.speaker, {}).get(d.object)
    if old is None or old.turn is None or record.turn is None or old.turn >= record.turn:
        return []
    return [OpenConflict(old, d, claim, finding_confidence(record, old, 0.8), "exclusion",
                         f"one who spoke of {d.object} has heard of it")]


LEDGER_CHECKS.append((note_mention, heard_of_conflicts))
