"""Ages across generations: a parent is more than a dozen years older than their child.

"I'm 19" and "my kids are 12 and 15" cannot both be true, nor "I'm 40" and "my mum is 45", whenever each was said:
two people age alike, so the gap between their ages does not change. The speaker's own age is read as the slot
grammar reads it ("I'm 19", "I'm in my early twenties"); the ages of their children, grandchildren, parents and
grandparents are read where the speaker names them as theirs ("my son is 15", "my eldest just turned 20", "my
nan's 90"). Someone else's relatives ("my friend's son is 15"), steps ("my stepson"), hypotheses and amounts that are
not ages ("my son is 15 minutes late") say nothing. A gap is impossible below 12 years for a parent and child and
below 28 for a grandparent and grandchild.
"""

from __future__ import annotations

import re

from .normalize import parse_number
from .open_claims import CONDITIONAL, SENTENCE_READERS, OpenClaim
from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence
from .rules import extract_claims

__all__ = ["generation_age_claims", "generation_conflicts", "note_generation_age"]

OWN = "be aged"
_GENERATION_OF = {  # the relative's generation, counted from the speaker's (children are one below)
    **dict.fromkeys("son sons daughter daughters kid kids child children boy boys girl girls eldest youngest oldest".split(), -1),
    **dict.fromkeys("grandson grandsons granddaughter granddaughters grandchild grandchildren grandkid grandkids".split(), -2),
    **dict.fromkeys("mum mom mother dad father".split(), 1),
    **dict.fromkeys("gran granny grandma grandmother nan nana nanna grandad granddad grandpa grandfather".split(), 2),
}
_PREDICATE = {-2: "grandchild aged", -1: "child aged", 1: "parent aged", 2: "grandparent aged"}
_GENERATION = {predicate: generation for generation, predicate in _PREDICATE.items()} | {OWN: 0}
_GAP = 12  # the least gap in years between a parent and a child (two generations: twice this, plus four)

_NUMBER = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_RELATIVE_AGE = re.compile(
    r"\bmy (?:(?:eldest|youngest|oldest|little|baby|older|younger|big|two|three|four) )?"
    rf"(?P<who>{'|'.join(sorted(_GENERATION_OF, key=len, reverse=True))})"
    r"(?: is| are| has just turned| just turned| turned| turns| is turning| will be)? "
    rf"(?P<ages>{_NUMBER}(?:(?:,| and|, and) {_NUMBER})*)(?! and (?:a )?half\b)"
    r"(?=$|[,.!;?]| (?:years?|yrs?) old\b| now| this year| and | but | so | already| today| next| last)")


# a sentence where the slot grammar may read the speaker's age (it is read only there: it is the costly reader)
_OWN_AGE_HINT = re.compile(r"\bi (?:am|turned|just turned|have just turned|will be)\b[^.!?]*?\b(?:\d{1,3}|[a-z]+(?:ty|teen)|"
                           r"ten|eleven|twelve|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")


def _ages(said: str) -> list[int]:
    """"12 and 15" -> [12, 15]; anything that is not a plausible age -> []."""
    ages = [parse_number(word) for word in re.split(r",? and |, ", said)]
    return [int(a) for a in ages if a is not None and 0 <= a <= 120 and a == int(a)] if all(
        a is not None for a in ages) else []


def generation_age_claims(sentence: str, topic: str | None = None) -> list[OpenClaim]:
    """The speaker's own age and the ages of their children, grandchildren, parents and grandparents."""
    if CONDITIONAL.search(sentence):
        return []
    out: list[OpenClaim] = []
    for claim in extract_claims(sentence) if _OWN_AGE_HINT.search(sentence) else ():
        if claim.slot == "age" and claim.polarity == "affirm" and claim.tense == "present":
            value = claim.value
            if isinstance(value, int):
                out.append(OpenClaim(predicate=OWN, object=f"{value}-{value}", confidence=0.9))
            elif isinstance(value, dict) and {"min", "max"} <= value.keys():
                out.append(OpenClaim(predicate=OWN, object=f"{value['min']}-{value['max']}", confidence=0.85))
    for m in _RELATIVE_AGE.finditer(sentence) if "my " in sentence else ():
        predicate = _PREDICATE[_GENERATION_OF[m.group("who")]]
        out.extend(OpenClaim(predicate=predicate, object=f"{age}-{age}", confidence=0.85) for age in _ages(m.group("ages")))
    return out


_NOTES = "generations"  # the key of this check's notes in the ledger


def _span(record: OpenRecord) -> tuple[int, int] | None:
    """The (youngest, oldest) age a record gives, if it is an age of this check."""
    if record.derived.predicate not in _GENERATION or record.derived.polarity != "affirm":
        return None
    low, _, high = record.derived.object.partition("-")
    return (int(low), int(high)) if low.isdigit() and high.isdigit() else None


def note_generation_age(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep the speaker's ages of this check (the last twenty)."""
    if _span(record) is None:
        return
    ages = ledger.notes.setdefault(_NOTES, {}).setdefault(record.speaker, [])
    ages.append(record)
    del ages[:-20]


def _impossible(older: tuple[int, int], younger: tuple[int, int], generations: int) -> bool:
    """Can someone aged `older` not be `generations` generations above someone aged `younger`?"""
    least = _GAP * generations + 4 * (generations - 1)
    return older[1] - younger[0] < least


def generation_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """The speaker's age against a relative's, or a relative's against the speaker's, when the gap is impossible."""
    span = _span(record)
    if span is None:
        return []
    mine = _GENERATION[record.derived.predicate]
    out = []
    for old in ledger.notes.get(_NOTES, {}).get(record.speaker, ()):
        other = _span(old)
        theirs = _GENERATION[old.derived.predicate]
        if other is None or (mine == 0) == (theirs == 0) or old.claim.text == record.claim.text:
            continue  # the speaker's age against a relative's only
        up = theirs - mine  # how many generations the old record's person is above the new one's
        if up == 0 or not (_impossible(other, span, up) if up > 0 else _impossible(span, other, -up)):
            continue
        out.append(OpenConflict(old, record.derived, record.claim, finding_confidence(record, old, 0.9), "exclusion",
                                "a parent is more than twelve years older than their child"))
    return out


SENTENCE_READERS.append(generation_age_claims)
LEDGER_CHECKS.append((note_generation_age, generation_conflicts))
