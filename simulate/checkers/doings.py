"""Doing an everyday activity said by its events and things: "my flight got delayed", "I did forty lengths",
"we had a layover in Dubai", "my sourdough starter died", "I had a lovely nap".

The table (knowledge/doings.txt) lists, for each activity, the statement of doing it ("fly", "go to the gym") and
the nouns of its events and of the things only its doers have ("flight", "jet lag", "personal trainer"). A noun
is the speaker's doing only in a shape that makes it theirs:

- owned: "my" or "our" before it, with at most three plain modifiers between ("my early-morning flight", "our
  twelve mile hike"); never someone else's ("my son's flight", "my brother's workout").
- taken part in: a first-person verb of doing, having or missing it before an article and the noun ("I caught
  the red-eye", "we did a twenty mile hike", "I got a speeding ticket").
- the way back: "the flight back was bumpy", "the hike home took hours".

Said as a fact only: a wish, a plan, a question, a denial or something to come ("my first flight is next week")
says nothing. The time is the sentence's: past when its verb is, else present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .open_claims import FUTURE, LEAD, SENTENCE_READERS, OpenClaim, Time, read_statement, time_of_sentence
from .words import is_past_form

__all__ = ["DoingsError", "default_doings", "doing_event_claims", "parse_doings"]

_FILE = "doings.txt"


class DoingsError(ValueError):
    """A line of the doings file that does not read; the message names the file and the line."""


@dataclass(frozen=True, slots=True, eq=False)
class DoingTable:
    """The statement of doing each listed noun names (lower case noun -> statement without "I")."""

    by_noun: dict[str, str]


def parse_doings(text: str, where: str) -> DoingTable:
    """Read the table from the text of a doings file (`where` names it in errors)."""
    by_noun: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        doing, colon, rest = line.partition(":")
        nouns = [n.strip().lower() for n in rest.split(",") if n.strip()]
        if not colon or not doing.strip() or not nouns:
            raise DoingsError(f"{where}:{number}: expected 'doing: noun, noun, ...', got {raw!r}")
        for noun in nouns:
            if noun in by_noun:
                raise DoingsError(f"{where}:{number}: {noun!r} is already listed for {by_noun[noun]!r}")
            by_noun[noun] = doing.strip().lower()
    return DoingTable(by_noun)


def load_doings(path: Path) -> DoingTable:
    """The table of a doings file."""
    return parse_doings(path.read_text("utf-8"), str(path))


@lru_cache(maxsize=1)
def default_doings() -> DoingTable:
    """The shipped table (knowledge/doings.txt)."""
    text = resources.files("simulate.checkers").joinpath("knowledge").joinpath(_FILE).read_text("utf-8")
    return parse_doings(text, f"knowledge/{_FILE}")


@lru_cache(maxsize=256)
def doing_claim(doing: str) -> OpenClaim | None:
    """The claim of doing an activity ("go to the gym" -> go to / gym), or None if it does not read as one."""
    claims = read_statement(f"i {doing}")
    return claims[0] if len(claims) == 1 and claims[0].polarity == "affirm" else None


_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_NUMBER = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
           r"forty|fifty|sixty|a hundred|hundred)")
# words that may stand between "my" and the noun: they say which one, not whose ("my early-morning flight")
_MODIFIER = (rf"(?:{_NUMBER}(?:-| )?(?:mile|miles|km|k|kilometre|kilometer|hour|hours|minute|minutes|day|week)?|"
             r"first|second|third|last|latest|recent|usual|regular|daily|weekly|annual|morning|evening|afternoon|"
             r"night|early|early-morning|late|late-night|long|long-haul|short-haul|short|quick|little|big|lovely|"
             r"nice|good|great|overnight|connecting|return|outbound|direct|delayed|cancelled|canceled|"
             r"sunday|saturday|monday|tuesday|wednesday|thursday|friday|weekend|hilly|muddy|cold|wet|new|own|"
             r"whole|brutal|gentle|easy|hard|tough|proper|cheeky|well-earned|much-needed|post-lunch|"
             r"twice-weekly|weekly|local|old|favourite|favorite|beloved|trusty|entire|brand new|latest|"
             r"next|latest)")
_MODIFIERS = rf"(?:{_MODIFIER} ){{0,3}}"
_TAKE_PART = (r"had|have had|have|took|have taken|caught|did|have done|do|went on|go on|have been on|"
              r"finished|completed|ran|have run|run|got|have got|made|swam|hiked|cycled|survived|enjoyed|"
              r"was on|were on|am on|are on|am doing|was doing|just did|just had|just got back from|got back from|"
              r"came back from|am back from|hit|scored|shot|played|changed|replaced|snapped|broke|restrung|wore out|wore through")
# what follows the noun when it is part of a longer name or said of something else: "my flight attendant friend",
# "my parish council", "a flight of stairs"
_NOT_AFTER = (r"(?! (?:of|attendant|attendants|crew|instructor|simulator|school|council|hall|magazine|number|"
              r"deal|deals|price|prices|cost|costs|company|app|apps|ad|ads|path|plan|plans|suggestions?|"
              r"recommendations?|account|accounts|friend|friends|mum|mom|dad|parents|kids|children|son|daughter)\b)")
# a sentence that only wishes, plans, asks or denies
_NOT_FACT = re.compile(r"\b(?:if|would|could|might|wish|want|wanted|wants|hope|hoping|someday|some day|one day|"
                       r"thinking of|thinking about|planning|plan to|going to|gonna|will|shall|should|maybe|may|"
                       r"considering|dream|dreamed|dreamt|never|not|no|nobody|cancel|cancelled|canceled|book|"
                       r"booked|booking|next|tomorrow|soon|upcoming|imagine|pretend|instead of|rather than|skip|"
                       r"skipped|skipping|miss|missed|missing|without)\b")
_OTHERS = re.compile(r"\b(?:my|our|the|his|her|their) (?:[a-z]+ )?(?:[a-z]+'s?|son|daughter|kids?|children|"
                     r"husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|mother|father|parents|brother|sister|"
                     r"friend|friends|boss|colleague|neighbou?r|nan|gran|grandma|grandpa|baby|toddler|students?|"
                     r"clients?|patients?|team|family|fiance|fiancee|cousin|uncle|aunt|niece|nephew)\b")
_JET_LAGGED = re.compile(r"\b(?:i|we) (?:am|are|was|were|feel|felt) (?:still |so |really |very |a bit |a little |"
                         r"totally |completely |badly |super |quite |horribly )?jet[- ]?lagged\b|"
                         r"\b(?:the|this|my) jet ?lag (?:is|has been|was) (?:really |still |properly )?(?:killing|hitting|"
                         r"wrecking|destroying|getting to|messing with|catching up with) (?:me|us)\b")


@lru_cache(maxsize=4)
def _shapes(table: DoingTable) -> tuple[re.Pattern[str], frozenset[str]]:
    nouns = "|".join(re.escape(n) for n in sorted(table.by_noun, key=len, reverse=True))
    shape = re.compile(
        rf"(?:\b(?P<own>my|our) {_MODIFIERS}|\b(?P<subj>i|we) (?:just |also |finally |even |recently |then )?"
        rf"(?:{_TAKE_PART}) (?:a|an|the|my|our|some|another|{_NUMBER}) {_MODIFIERS}"
        rf"|\bthe (?=(?:{nouns}) (?:back|home|out|over|there)\b))"
        rf"(?P<n>{nouns})\b{_NOT_AFTER}(?!'s|-)")
    return shape, frozenset(w for n in table.by_noun for w in _WORD.findall(n))


_PRESENT = frozenset("am is are has have do does keeps gets takes".split())


def _time(sentence: str) -> Time:
    """The sentence's time: its first tensed word says past or present ("my nap is sacred": present)."""
    tensed = next((w for w in _WORD.findall(sentence) if w in _PRESENT or is_past_form(w)), "")
    return time_of_sentence(sentence, "past" if tensed and tensed not in _PRESENT else "present")


def doing_event_claims(sentence: str, table: DoingTable | None = None) -> list[OpenClaim]:
    """The claims of doing an activity a normalised sentence makes by naming one of its events or things."""
    if sentence.rstrip().endswith("?"):
        return []
    if "lag" in sentence and _JET_LAGGED.search(sentence) and not _NOT_FACT.search(sentence):
        base = doing_claim("fly")
        return [replace(base, time="recent", confidence=0.8)] if base else []
    table = table or default_doings()
    shape, vocabulary = _shapes(table)
    if vocabulary.isdisjoint(_WORD.findall(sentence)):
        return []
    m = shape.search(sentence)
    if m is None or _NOT_FACT.search(sentence) or FUTURE.search(sentence) or _OTHERS.search(sentence[:m.end()]):
        return []
    if m.group("subj") is None and m.group("own") is None and not LEAD.sub("", sentence[:m.start()]).strip() == "":
        return []  # "the flight back" opens the sentence: told of one's own trip
    base = doing_claim(table.by_noun[m.group("n")])
    if base is None:
        return []
    subject = "we" if (m.group("own") or m.group("subj")) in ("our", "we") else "i"
    return [replace(base, time=_time(sentence), confidence=0.8, subject=subject)]


def read_doings(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Every claim of doing an activity a sentence makes by naming its events or things."""
    return doing_event_claims(sentence)


SENTENCE_READERS.append(read_doings)
