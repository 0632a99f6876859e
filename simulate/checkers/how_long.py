"""How long a state has held, held against the speaker's own earlier word on it.

"I've been teaching for 20 years" and, a week later, "I've only been a teacher for two years" cannot both be true;
nor "My partner and I have been together ten years" and "We've only been together eight months", nor "I went vegan
three years ago" and "I've only been vegan for about two months". Each says how long the same state has held, in
months; the earlier figure grows by the time between the two statements, and two figures that differ by far
(one at least two and a half times the other, and six months or more apart) contradict each other. Only a state
said to hold now is measured (not "I lived in Paris for three years"), only one said in the speaker's own words (not
what knowledge drew from it), and only where the sentence gives one length of time.
"""

from __future__ import annotations

import re
from datetime import datetime

from .normalize import NUMBER, parse_number
from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence

__all__ = ["held_for", "how_long_conflicts", "note_how_long"]

_NOTES = "how long"  # the key of this check's notes in the ledger
_KEEP = 50  # the states each speaker said a length of, most recent first out
_RATIO = 2.5  # how many times the one length the other must be
_APART = 6  # ... and by how many months at least

# the counts said without a numeral (the rest are read by the shared number grammar)
_FEW = {"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "a few": 3}
_NUMBER = rf"(?P<n>{NUMBER}|a couple of|a couple|a few|an|a)"
_UNIT_MONTHS = {"week": 0.25, "weeks": 0.25, "month": 1, "months": 1, "year": 12, "years": 12, "yrs": 12, "decade": 120,
                "decades": 120}
_LENGTH = re.compile(rf"\b{_NUMBER} (?P<u>weeks?|months?|years?|yrs|decades?)\b(?P<half> and a half)?(?P<after> [a-z]+)?")
# what makes a length of time no length of the state: an age, a future, a comparison, a frequency, a plan
_NOT_HELD = frozenset({"old", "younger", "older", "later", "before", "after", "apart", "between", "from", "time",
                       "ahead", "running", "longer", "shorter", "more", "less", "earlier", "sooner"})
_BEFORE_NOT_HELD = re.compile(r"\b(?:in|every|within|after|per|each|next|another|over the next|once|twice|times)(?: the)? $")
# a clause that narrows the state to an instance, a place, a company, a manner or a new start ("a nurse here", "this
# dog", "running again", "chess online", "tennis with Dave"): its length is not the state's
_NARROWED = re.compile(r"\b(?:this|these|that|those|here|there|current|currently|again|properly|seriously|"
                       r"competitively|professionally|online|second|another|first|new|same|with|at|in|on|for|to|member)\b")
# the words that lead into a length ("for about", "for the last"), left out with it
_LEAD_IN = re.compile(r"(?:\b(?:for|about|around|nearly|almost|over|well over|just|only|the last|the past|a good)\s+)+$")
_CLAUSE_BREAK = re.compile(r"[,;:]| but | and (?!a half)| though | so | because | since | after | before | when ")
# a state held until now: "I've been ...", "I have had ...", "... now", "for the last ..."
_HELD_NOW = re.compile(r"\b(?:have|has|'ve|ve)(?: (?:only|just|now|already|actually|really|honestly|probably))* "
                       r"(?:been|had|lived|worked|played|done|known|owned|kept|taught|run|"
                       r"studied|practi[sc]ed|used|driven|ridden|smoked|followed|gone|volunteered|coached|trained)\b|"
                       r"\b(?:i|we) have\b")
# the start of a state said with "ago": "I went vegan three years ago", "took up the guitar six months ago"
_STARTED = re.compile(r"\b(?:went|became|started|began|took up|picked up|got into|switched|converted|turned|joined|"
                      r"moved|got married|got together|qualified|retired|quit|gave up|stopped)\b")
_AGO = re.compile(r"\bago\b")
_PAST_ONLY = re.compile(r"\b(?:when i was|used to|back then|at the time|as a (?:kid|child|teenager)|until|till|was|were|"
                        r"did|spent|had been|lasted)\b")


def held_for(text: str) -> float | None:
    """The months a sentence says its state has held (see `length_said`), or None."""
    said = length_said(text)
    return said[0] if said else None


def length_said(text: str) -> tuple[float, str] | None:
    """The months a sentence says its state has held, or None: "I've been vegan for about two months" (2), "We've
    been together ten years" (120), "I went vegan three years ago" (36); None for no length or more than one."""
    whole = text.lower().replace("\u2019", "'")
    lengths = [m for m in _LENGTH.finditer(whole) if (m.group("after") or "").strip() not in _NOT_HELD and
               not _BEFORE_NOT_HELD.search(whole[:m.start()])]
    if len(lengths) != 1 or _PAST_ONLY.search(whole):
        return None
    at = lengths[0].start()
    starts = [0] + [b.end() for b in _CLAUSE_BREAK.finditer(whole) if b.end() <= at]
    ends = [b.start() for b in _CLAUSE_BREAK.finditer(whole) if b.start() > at] + [len(whole)]
    lowered = whole[starts[-1]:ends[0]].strip()  # the clause that says the length
    m = _LENGTH.search(lowered)
    if m is None or _NARROWED.search(_LEAD_IN.sub("", lowered[:m.start()]) + " " + lowered[m.end():]):
        return None
    ago = (m.group("after") or "").strip() == "ago" or _AGO.match(lowered, m.end() + 1) is not None
    if ago and not _STARTED.search(lowered[:m.start()]):
        return None
    if not ago and not _HELD_NOW.search(lowered[:m.start()]) and not re.search(r"\b(?:now|so far)\b", lowered):
        return None
    number = m.group("n")
    count = _FEW[number] if number in _FEW else parse_number(number) or 0
    unit = _UNIT_MONTHS[m.group("u")]
    months = count * unit + (unit / 2 if m.group("half") else 0)
    return (months, lowered) if months else None


def _measured(record: OpenRecord) -> float | None:
    """The months the record's state has held, where its own words say so."""
    d, claim = record.derived, record.claim
    if d.via is not None or (d.predicate, d.object) != claim.key or d.polarity != "affirm" or claim.ability or \
            record.turn is None or not claim.text:
        return None  # (the claim itself: not a kind of it, "a dog" had is "an animal" had, nor what it implies)
    if claim.time not in ("present", "now", "ever") and not claim.change:
        return None
    said = length_said(claim.text)
    if said is None:
        return None
    months, clause = said
    word = (claim.object or claim.predicate).rsplit(" ", 1)[-1][:4]
    return months if word and word in clause else None  # (the state the length's clause speaks of)


def note_how_long(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep each speaker's states with the length said of them."""
    months = _measured(record)
    if months is None:
        return
    said = ledger.notes.setdefault(_NOTES, {}).setdefault(record.speaker, [])
    said.append((record, months))
    del said[:-_KEEP]


def _months_between(old: datetime | None, new: datetime | None) -> float:
    return max(0.0, (new - old).days / 30.4) if old and new else 0.0


def how_long_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """A length of a state against an earlier length of the same state that differs by far."""
    months = _measured(record)
    if months is None:
        return []
    d = record.derived
    out: list[OpenConflict] = []
    for old, old_months in ledger.notes.get(_NOTES, {}).get(record.speaker, []):
        if old.turn is None or record.turn is None or old.turn >= record.turn or \
                (old.derived.predicate, old.derived.object) != (d.predicate, d.object):
            continue
        then = old_months + _months_between(old.time, record.time)
        low, high = sorted((then, float(months)))
        if high >= _RATIO * low and high - low >= _APART:
            out.append(OpenConflict(old, d, record.claim, finding_confidence(record, old, 0.8), "exclusion",
                                    f"{_said(old_months)} then and {_said(months)} now"))
    return out[-1:]


def _said(months: float) -> str:
    if months < 2:
        return f"{round(months * 4)} weeks"
    return f"{int(months // 12)} years" if months >= 24 and months % 12 == 0 else f"{round(months)} months"


LEDGER_CHECKS.append((note_how_long, how_long_conflicts))
