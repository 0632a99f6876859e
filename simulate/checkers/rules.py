"""The rules backend: a deterministic grammar for the common persona slots.

`extract_claims(text)` reads first-person statements (negation, numbers written as words, past
against present, statements of change) and returns one Claim per slot statement it recognises.
Anything it does not recognise yields nothing: the grammar prefers silence to a wrong claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

from .claims import Claim, Polarity, Tense
from .lexicon import CONDITIONS, JOB_WORDS, NOT_JOBS, PET_SPECIES, POSSESSIONS, RELIGIONS, VAGUE_PLACES
from .normalize import NUMBER, normalise, parse_number, sentences, without_discourse_markers
from .subjects import supply_subject, with_state_subjects

__all__ = ["SLOTS", "extract_claims"]

SLOTS = ("name", "age", "birthplace", "location", "occupation", "employer", "marital_status", "children",
         "pets", "siblings", "education", "religion", "diet", "health", "hobbies", "likes", "dislikes",
         "possessions")

NEG = r"(?P<neg>not |never |no longer |n't )?"
_PAST = re.compile(r"\b(used to|when i was|back when|back in|years ago|as a (kid|child|teenager)|growing up|"
                   r"previously|formerly|in the past|once upon|before i|until)\b")
_FUTURE = re.compile(r"\b(will|going to(?! (?:the|a|an|my|our|your|his|her|their|this|that|school|work|church|bed|"
                     r"college|class|town|sleep|see)\b)|plan to|planning to|hope to|hoping to|want to|would like to|"
                     r"someday|one day|might|may|would love to|dream of|wish)\b")
_HYPOTHETICAL = re.compile(r"\b(if i|what if|imagine|pretend|would be|could be|should be)\b")
_CUT_PLACE = re.compile(r"\s*(?:\b(?:with|for|since|now|these days|nowadays|currently|and|but|because|where|"
                        r"which|who|when|right now|at the moment|at present|anymore|any more|so|too|as well|"
                        r"though|although|though|while|near|close to|after|before|until|ever since|"
                        r"full time|part time|last|this year|next|recently|ago|in \d{4}|a (?:few|couple)|\d+ (?:years|months))\b|"
                        r"[.!?;:()\"]|, (?:and|but|so|which|where|who)\b).*$")
_CUT_THING = re.compile(r"\s*(?:\b(?:because|when|since|but|and i|so|with my|on weekends|in my free time|a lot|"
                        r"very much|so much|more than|as well|too|though|although|whenever|every|all the time|"
                        r"these days|if|than|especially|anymore|any more|and my)\b|[.!?;:(),\"]).*$")
_CUT_JOB = re.compile(r"\s*(?:\b(?:at|for|in|and|but|who|since|because|with|from|by|on|so|now|these days|as|doing|where|"
                      r"which|that|to|of the|when|while)\b|[.!?;:(),\"]).*$")
_ARTICLE = re.compile(r"^(?:the|a|an|my|some|any|our)\s+")
_JOB_ADJ = re.compile(r"^(?:full[- ]time|part[- ]time|freelance|professional|self[- ]employed|certified|"
                      r"licensed|senior|junior|head|lead|chief|trainee|newly qualified)\s+")
_FILLER = re.compile(r"^(?:well|oh|yes|yeah|no|so|actually|honestly|haha|hmm|um|and|but|also|plus|sure|"
                     r"of course|okay|ok|hi|hello|hey|wow|really|right|well then)[, !]+")


_QUALIFIER = re.compile(r"\b(last (?:year|month|week|summer|winter|spring|fall)|(?:a few|a couple of|\w+) "
                        r"(?:years?|months?|weeks?|days?) ago|since (?:\d{4}|i was \w+)|in \d{4}|"
                        r"when i was (?:a )?\w+|as a (?:kid|child|teenager)|these days|nowadays|right now|"
                        r"recently|next (?:year|month|week)|someday|one day|growing up)\b")


def _qualifier(sentence: str) -> str | None:
    """The time qualifier of a sentence ("last year", "when I was a kid"), if it has one."""
    match = _QUALIFIER.search(sentence)
    return match.group(1) if match else None


def _tense(sentence: str, default: Tense = "present") -> Tense:
    if _PAST.search(sentence):
        return "past"
    if _FUTURE.search(sentence):
        return "future"
    return default


def _clean(value: str, cutter: re.Pattern[str], *, max_words: int = 5) -> str | None:
    value = cutter.sub("", value.strip()).strip(" ,.'\"")
    value = _ARTICLE.sub("", value).strip()
    if not value or len(value.split()) > max_words:
        return None
    return value


def _place(value: str) -> tuple[str, float] | None:
    raw = value.strip()
    if raw.startswith(("my ", "our ", "his ", "her ", "their ", "a new ", "the new ", "your ")):
        return None
    cleaned = _CUT_PLACE.sub("", raw).strip(" ,.'\"")
    if cleaned.startswith("the ") and cleaned not in VAGUE_PLACES:
        cleaned = cleaned[4:]
    if not cleaned or len(cleaned.split()) > 5:
        return None
    vague = cleaned in VAGUE_PLACES or cleaned.startswith(("a ", "an ", "this ", "that "))
    return cleaned, 0.4 if vague else 0.9


def _job(value: str, *, require_lexicon: bool) -> str | None:
    job = _clean(value, _CUT_JOB, max_words=4)
    if job is None:
        return None
    job = _JOB_ADJ.sub("", job)
    head = job.split()[-1]
    if head in NOT_JOBS:
        return None
    if require_lexicon and head not in JOB_WORDS and head.rstrip("s") not in JOB_WORDS:
        return None
    return job


Emit = Callable[..., None]
Handler = Callable[[re.Match[str], str, Emit], None]
Rule = tuple[re.Pattern[str], Handler, frozenset[str]]
_RULES: list[Rule] = []


def rule(pattern: str, *, needs: Iterable[str]) -> Callable[[Handler], Handler]:
    """Register a handler for a regular expression over a normalised sentence. The pattern is tried only
    on sentences that contain one of `needs` (plain substrings, cheap to test), so every match must."""
    compiled = re.compile(pattern)
    required = frozenset(needs)
    if not required:
        raise ValueError(f"rule {pattern!r}: needs at least one substring")

    def register(handler: Handler) -> Handler:
        _RULES.append((compiled, handler, required))
        return handler

    return register


def _negated(match: re.Match[str]) -> bool:
    return bool(match.groupdict().get("neg"))


# --- name ---------------------------------------------------------------------------------------
_NOT_NAMES = frozenset("""at on in back later tomorrow anytime anything if when crazy old a an the what whatever
that this so sure not just really very only glad happy sorry here there home fine good great okay ok new from
sometime sometimes whenever please now by""".split())


_GREETING_NAME = re.compile(r"^(?:hi|hello|hey)(?: there)?[,!.]* (?:i am|this is) (?P<x>[a-z][a-z'-]+)(?=[,.!]|$| and )")


@rule(r"\bmy name is (?P<v>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)|\b(?:call me|i am called) (?P<w>[a-z][a-z'-]+)",
      needs=("my name", "call me", "i am called"))
def _name(m: re.Match[str], s: str, emit: Emit) -> None:
    name = (m.group("v") or m.group("w")).split(" and ")[0].split()[0]
    if name in _NOT_NAMES or name.endswith(("ing", "ed", "ly")):
        return
    emit("name", name, confidence=0.8)


# --- age ----------------------------------------------------------------------------------------
_AGE_TAIL = r" (?:tbh|lol|haha|ngl|honestly|actually|already|myself|though|btw|lmao|here)\b"
@rule(rf"\bi am (?P<neg>not )?(?:only |just |almost |nearly |about |over |under )?(?P<n>{NUMBER})"
      rf"(?: years? old| yrs? old| year-old| years young| ?y/o\b|(?=[.!,;?]|$| and | but | now| this year| today|{_AGE_TAIL}))",
      needs=("i am",))
def _age(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\b(almost|nearly|about|over|under)\b", m.group(0)):
        return
    if s[:m.start()].endswith(("like ", "as if ", "as though ")):
        return  # "my back makes me feel like I'm 80", "I act like I'm 12": a likeness, not an age
    n = parse_number(m.group("n"))
    if n is not None and 0 < n < 125:  # "I'm 24, still figuring out what I want to do": 24 now, not in future
        emit("age", n, polarity="deny" if _negated(m) else "affirm", tense=_age_tense(s))


_AGE_BOUND_END = rf"(?: years? old| yrs? old)?(?=[.!,;?]|$| and | but | now| yet| already| this year| lol|{_AGE_TAIL})"


@rule(rf"\bi am (?:now )?(?:well |way |just |a bit |a little |comfortably )?(?:over|past|older than|north of) "
      rf"(?P<n>{NUMBER}){_AGE_BOUND_END}", needs=("over", "past", "older", "north"))
def _age_over(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm over 60 now": at least that age (a lower bound, as a life stage gives)."""
    n = parse_number(m.group("n"))
    if n is not None and 16 <= n <= 110 and not _AGE_THEN.search(s) and not _NOT_OWN.search(s[: m.start()]):
        emit("age", {"min": n, "max": 124}, tense="present", confidence=0.8)


@rule(rf"\bi am (?:not even|not yet|under|younger than|still under|not quite) (?P<n>{NUMBER}){_AGE_BOUND_END}",
      needs=("not even", "not yet", "under", "younger", "not quite"))
def _age_under(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm not even 30", "I'm under 25": younger than that (an upper bound)."""
    n = parse_number(m.group("n"))
    if n is not None and 16 <= n <= 110 and not _AGE_THEN.search(s):
        emit("age", {"min": 1, "max": n - 1}, tense="present", confidence=0.8)


@rule(rf"\bi am (?:a |an )(?P<n>{NUMBER})[- ]?(?:years?|yr)[- ]old\b|\bi am (?P<m>\d+)(?:years|yrs) old\b",
      needs=("year", "yr"))
def _age_compact(m: re.Match[str], s: str, emit: Emit) -> None:
    n = parse_number(m.group("n") or m.group("m"))
    if n is not None and 0 < n < 125:
        emit("age", n)


@rule(rf"^(?:(?:hello|hi|hey|good question|funny you ask|well|so|honestly|ha|haha|hmm|oh|um|me|ugh|[:;]-?[)(dp])[,!. ]+)*"
      rf"(?:only |just |still |nearly |almost |barely )?(?P<n>{NUMBER})(?:\.|,|!| and (?:counting|loving it|proud)|$)",
      needs=("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "teen", "ty"))
def _age_bare(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Only twenty-five, baby of the office.", "thirty. just thirty. don't remind me": an age said as a bare
    answer. Only a grown-up's number, and not where the sentence counts something else."""
    n = parse_number(m.group("n").replace("-", " "))
    if n is None or not 16 <= n <= 99 or _AGE_THEN.search(s) or re.search(
            r"\b(?:when|people|times|minutes|hours|days|weeks|months|years|dollars|pounds|quid|bucks|miles|"
            r"km|percent|pages|books|cats|dogs|of them|in total|altogether)\b", s):
        return
    emit("age", n, tense="present", confidence=0.75)


@rule(rf"^(?:(?:good question|funny you ask|well|so|honestly|ha|haha|hmm|oh|um|me)[,!. ]+)*(?P<n>{NUMBER}) ?"
      rf"(?:y/o|yo|y\.o\.|yrs? old|years? old)(?=[.!,;?]|$| and | but | now| this year|{_AGE_TAIL})|"
      # "Being forty-two, I'm starting to feel my age"
      rf"^(?:(?:good question|funny you ask|well|so|honestly|ha|haha|hmm|oh)[,!. ]+)*(?:being|now) (?P<b>{NUMBER})"
      r"(?: years old)?, (?=i |we )",
      needs=("y/o", "yo", "y.o.", "yr", "year", "being ", "now "))
def _age_fragment(m: re.Match[str], s: str, emit: Emit) -> None:
    """"19 y/o, first year at uni", "Forty-two years old and still skating", "Being forty-two, I...": an age said as
    a bare answer or a clause of its own."""
    n = parse_number((m.group("n") or m.group("b")).replace("-", " "))
    if n is not None and 5 < n < 125 and not _AGE_THEN.search(s) and not re.search(r"\bwhen\b", s):
        emit("age", n, tense="present", confidence=0.85)


@rule(rf"\bi (?:just |finally |only )?(?:hit|reached) (?:the big )?(?P<n>{NUMBER})(?: years? old)? (?:this (?:year|month|"
      r"week|spring|summer|autumn|fall|winter)|last (?:week|month|year|weekend)|in (?:january|february|march|april|may|"
      r"june|july|august|september|october|november|december)|recently|today|yesterday)\b", needs=("hit", "reached"))
def _age_reached(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I hit fifty this year", "I reached 40 last month": that age now (or one more)."""
    n = parse_number(m.group("n").replace("-", " "))
    if n is not None and 10 <= n < 125 and not _AGE_THEN.search(s):
        emit("age", {"min": n, "max": n + 1}, tense="present", confidence=0.8)


# a sentence told of the past: "was", "used to", or a simple past not after "have" ("As a nurse in my twenties I worked")
_TOLD_OF_THE_PAST = re.compile(r"\b(?:was|were|used to|back then|back when|did)\b|(?<!have )(?<!has )(?<!had )\b[a-z]{3,}ed\b")
_DECADES = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}


@rule(r"(?:\bi am (?P<neg>not )?(?:only |just |still |now |already |well )?|^(?:as |being )(?:a |an )?[a-z' -]{1,30}? )"
      r"in my (?P<part>early |mid |mid-|late )?(?P<d>teens|twenties|thirties|forties|fifties|"
      r"sixties|seventies|eighties|nineties)\b", needs=("in my",))
def _age_decade(m: re.Match[str], s: str, emit: Emit) -> None:
    if not m.group(0).startswith("i") and _TOLD_OF_THE_PAST.search(s):
        return  # "As a nurse in my twenties I worked nights": then, not now
    low = _DECADES[m.group("d")]
    high = 19 if m.group("d") == "teens" else low + 9
    part = (m.group("part") or "").strip(" -")
    if part == "early":
        high = low + 3
    elif part == "late":
        low = high - 3
    elif part == "mid":
        low, high = low + 3, low + 6
    emit("age", {"min": low, "max": high}, polarity="deny" if m.group("neg") else "affirm", confidence=0.85,
         tense=_age_tense(s))


@rule(r"(?:^|\bi am |\bi have been |, )(?:entering|hitting|turning|starting) my (?P<d>twenties|thirties|forties|fifties|"
      r"sixties|seventies|eighties|nineties)\b(?! (?:next|soon|in \w+ years?|was|were)\b)", needs=("my",))
def _age_entering_decade(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Entering my sixties this year": the first years of that decade."""
    if re.search(r"\b(?:was|were|used to|back then|back when|years ago)\b", s):
        return  # "hitting my forties was the best thing ever": told of the past
    low = _DECADES[m.group("d")]
    emit("age", {"min": low - 1, "max": low + 1}, confidence=0.8, tense=_age_tense(s))


@rule(r"(?:^|\bi )(?:just )?(?:had|celebrated) my (?P<n>\d{2})(?:st|nd|rd|th)\b(?P<b> birthday| bday| b-day)?"
      r"(?= (?:birthday|bday|b-day|party|bash|do|celebration|at|in|on|last|yesterday|this)\b|[,.!]|$)", needs=("my",))
def _age_had_birthday(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Had my 21st at the pub last night": that age now, unless the party is dated long ago."""
    if re.search(r"\b(?:years ago|back in|in (?:19|20)\d\d|when|for my (?:son|daughter|wife|husband|mum|mom|dad))\b", s):
        return
    recent = re.search(r"\b(?:last (?:night|weekend|week|saturday|friday|sunday)|yesterday|this (?:weekend|week|morning)|"
                       r"today|tonight|last arvo|just)\b", s)
    if not recent:
        return  # "I had my 18th in Ibiza", "I celebrated my 30th birthday in Vegas": when, it does not say
    n = int(m.group("n"))
    if 10 <= n < 125:
        emit("age", {"min": n, "max": n + 1}, confidence=0.8, tense="present")


@rule(rf"\b(?:i just turned|i turned|my age is|i will be|i will turn) (?P<n>{NUMBER})\b",
      needs=("turn", "my age", "i will be"))
def _age_turned(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\b(?:when|after|before|since|until|by the time|once|the year|the day)\s+$", s[: m.start()]):
        return  # "when I turned ten" is a time, not an age now
    if m.group(0).startswith("i turned") and re.match(r"[^.!?;]{0,12}?\b(?:last year|years ago|(?:a|one|two|three|\d+) "
                                                       r"years? ago|in (?:19|20)\d\d)\b", s[m.end():]):
        return  # "I turned 40 last year": an age then, one more (or not) now
    n = parse_number(m.group("n"))
    if n is not None and 0 < n < 125:
        future = m.group(0).startswith(("i will",))
        emit("age", n, tense="future" if future else "present", change="turned" in m.group(0))


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


@rule(r"(?:\bi was born|(?:^|\bi am [a-z ]{1,20}, |(?:as|being) an? [a-z ]{1,20}, )born) (?:back )?in "
      r"(?:(?P<y>(?:19|20)\d\d)\b|'(?P<yy>\d\d)\b|the (?:(?:19)?(?P<d>[2-9]0)'?s|"
      r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)", needs=("born",))
def _born_year(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I was born in 1999" (or "in the eighties"): an age that the clock turns into years at each turn."""
    if m.group("y"):
        emit("age", {"born": int(m.group("y"))}, tense="present", confidence=0.9)
        return
    if m.group("yy"):  # "born in '82": the last century for a year after this one's
        year = 2000 + int(m.group("yy"))
        emit("age", {"born": year if year <= datetime.now().year else year - 100}, tense="present", confidence=0.85)
        return
    decade = 1900 + (int(m.group("d")) if m.group("d") else _DECADE_WORDS[m.group("w")])
    emit("age", {"born": decade, "born_max": decade + 9}, tense="present", confidence=0.85)


_REMEMBERED = {"moon landing": 1969, "first moon landing": 1969, "kennedy assassination": 1963,
               "jfk assassination": 1963, "fall of the berlin wall": 1989, "berlin wall coming down": 1989,
               "berlin wall come down": 1989, "berlin wall fall": 1989, "death of elvis": 1977, "elvis dying": 1977,
               "elvis died": 1977, "1966 world cup": 1966, "woodstock": 1969, "watergate": 1973,
               "challenger disaster": 1986, "challenger explosion": 1986, "live aid": 1985, "miners' strike": 1984,
               "miners strike": 1984, "princess diana dying": 1997, "death of princess diana": 1997,
               "diana died": 1997, "the coronation": 1953, "queen's coronation": 1953}
_REMEMBERED_RE = "|".join(sorted((re.escape(k) for k in _REMEMBERED), key=len, reverse=True))


@rule(rf"\bi (?:can )?(?:still )?remember (?:watching |seeing |hearing about |when |the day of )?(?:the )?(?P<e>{_REMEMBERED_RE})"
      rf"(?! on (?:youtube|a documentary))", needs=("remember",))
def _remembered_event(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I remember watching the moon landing live": born some years before it."""
    if re.search(r"\b(documentary|film|movie|history class|history lesson|read about|youtube|reruns?|clips?)\b", s):
        return
    emit("age", {"born_by": _REMEMBERED[m.group("e")] - 4}, tense="present", confidence=0.8)


@rule(r"\bi (?:have been|was|am|will have been) (?:happily )?married (?:to [a-z' ]{2,40}? )?(?:for )?"
      r"(?P<n>\w+(?:[- ]\w+)?) years\b", needs=("married",))
def _years_married(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I've been married for thirty years", "we'll have been married twenty years this autumn": at least eighteen
    and that many more (not "if I marry at twenty")."""
    n = parse_number(m.group("n").replace("-", " "))
    if "will" in m.group(0) and re.search(r"\b(?:if|when|once|would)\b", s):
        return
    if n is not None and 10 <= n <= 80 and " was " not in m.group(0):
        emit("age", {"min": n + 18, "max": 125}, tense="present", confidence=0.8)




@rule(rf"^(?:(?:well|so|honestly|ha|haha|hmm|oh|ugh|lol|man|tbh|ngl|yeah|and|but|oh man|oh cool)[,!. ]+)*"
      rf"(?:being|as an?) (?P<n>{NUMBER})(?:[- ]years?[- ]old)?"
      rf"(?: (?:woman|man|guy|girl|lady|bloke|mum|mom|dad|mother|father|grandmother|grandfather|gran|granny|"
      rf"grandad|grandpa|grandma|nan|student|teacher|nurse|runner|retiree|pensioner))?"
      rf"(?: is| has| means| sucks| rocks| feels|,| i| myself)\b", needs=("being", "as a"))
def _age_as_a(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Being nineteen is weird", "As a 23 year old I already feel ancient": an age now."""
    n = parse_number(m.group("n"))
    said_of_anyone = re.search(r"\b(?:must|can|would|could|might) be\b|\bfor (?:a |an |kids|teenagers|teens|people|them|"
                               r"him|her|young|anyone|everyone)\b", s)
    if n is not None and 5 < n < 125 and not said_of_anyone:
        emit("age", n, tense="present", confidence=0.85)


_AGE_THEN = re.compile(r"\b(?:when i was|back (?:then|when|in)|used to|at the time|as a (?:kid|child|teenager))\b")


def _age_tense(sentence: str) -> Tense:
    """An "I am ..." age is now, whatever else the sentence says ("I'm in my fifties, years left before I can
    retire"), unless the sentence tells of a time past."""
    return "past" if _AGE_THEN.search(sentence) else "present"


_SOON = (r"(?:next (?:week|month|weekend|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|"
         r"july|august|september|october|november|december|birthday)|this (?:week|month|weekend|year|spring|summer|autumn|"
         r"fall|winter)|in the (?:spring|summer|autumn|fall|winter|new year)|in (?:january|february|march|april|june|july|"
         r"august|september|october|november|december)|soon|tomorrow|later this (?:week|month|year)|"
         r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))")


@rule(rf"(?:\bi am |\bi |^(?:(?:well|so|honestly|ha|haha|hmm|oh|ugh|yeah)[,!. ]+)*)(?:turning|turn|will be|am) "
      rf"(?P<n>{NUMBER}) {_SOON}\b", needs=("turn", "next", "this", "in ", "soon", "tomorrow", "later", "on "))
def _age_turning_soon(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm turning 50 next month": 49 now (or just 50)."""
    n = parse_number(m.group("n"))
    if n is not None and 1 < n < 125:
        emit("age", {"min": n - 1, "max": n}, tense="present", confidence=0.85)


_ORDINAL = {"eighteenth": 18, "twenty-first": 21, "twenty first": 21, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "sixteenth": 16, "twentieth": 20}


@rule(r"\bmy (?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>eighteenth|twenty-first|twenty first|thirtieth|fortieth|fiftieth|"
      r"sixtieth|seventieth|eightieth|ninetieth|sixteenth|twentieth)) (?:birthday )?(?:party )?(?:was|is today|"
      r"yesterday|last (?:week|month|weekend))\b", needs=("my ",))
def _age_birthday(m: re.Match[str], s: str, emit: Emit) -> None:
    """"My 40th was last month", "my fortieth birthday party was last weekend": that age now (or one more)."""
    n = int(m.group("n")) if m.group("n") else _ORDINAL[m.group("w")]
    if 10 <= n < 125 and not re.search(r"\b(?:son|daughter|wife|husband|mum|mom|dad|'s)\b", s[: m.start()]):
        emit("age", {"min": n, "max": n + 1}, tense="present", confidence=0.8)


@rule(r"\bi am (?:just |only |still )?(?:a (?:teenager|teen)|in (?:high school|secondary school|sixth form|year "
      r"(?:7|8|9|10|11|12|13|seven|eight|nine|ten|eleven|twelve|thirteen)))\b"
      r"|\bi am (?:a |an )?(?:pensioner|oap|old age pensioner|senior citizen)\b",
      needs=("teen", "school", "sixth form", "year", "pensioner", "oap", "senior citizen"))
def _age_life_stage(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm a teenager", "I'm in sixth form" (13 to 19), "I'm a pensioner" (60 or more)."""
    text = m.group(0)
    if any(w in text for w in ("pensioner", "oap", "senior")):
        emit("age", {"min": 60, "max": 124}, tense="present", confidence=0.8)
    elif not re.search(r"\b(?:teacher|teach|work|job|coach)\b", s):
        emit("age", {"min": 11, "max": 19}, tense="present", confidence=0.8)


@rule(r"\bmy only (?P<kind>brother|sister)\b", needs=("my only",))
def _only_sibling_of_a_kind(m: re.Match[str], s: str, emit: Emit) -> None:
    """"My only sister lives in Perth": one sister."""
    if not re.search(r"\b(died|passed|late)\b", s):
        emit("siblings", 1, key=f"siblings:{m.group('kind')}", confidence=0.85)


# --- ages implied by a life stage: a lower bound, never an exact age -----------------------------------------
_NOT_OWN = re.compile(r"\b(?:if|when|once|someday|one day|wish|hope|want|wants|would|could|future|never|no|not|"
                      r"step-?\w+|dream|imagine|like)\s+(?:\w+\s+){0,2}$")


_SOMEONE_ELSE = re.compile(r"\b(?:my|his|her|their) (?:dad|mum|mom|father|mother|husband|wife|grandad|grandpa|grandma|"
                           r"uncle|aunt|friend|neighbou?r|brother|sister|boss|partner)\b")


def _at_least(emit: Emit, low: int) -> None:
    emit("age", {"min": low, "max": 124}, tense="present", confidence=0.8)


@rule(r"\b(?:my|our) (?:\w+ )?(?:great-)?(?:grandson|granddaughter|grandkid|grandchild|grandbaby|grandsons|"
      r"granddaughters|grandkids|grandchildren|grandbabies)\b|\bi am (?:a |now a )?(?:proud )?(?:great-)?"
      r"(?:grandad|granddad|grandpa|grandfather|grandma|grandmother|granny|nana|grandparent)\b",
      needs=("grand",))
def _age_grandparent(m: re.Match[str], s: str, emit: Emit) -> None:
    """"My grandson starts school", "I'm a grandad": at least 35 (a grandchild of one's own)."""
    if not _NOT_OWN.search(s[: m.start()]) and "future" not in m.group(0) and "step" not in m.group(0):
        _at_least(emit, 35)


@rule(rf"\bretired\b[^.!?;]*?\bafter (?:about |nearly |almost |over |more than )?(?P<n>{NUMBER}) years\b"
      rf"|\b(?P<m>{NUMBER}) years'? (?:of )?service\b"
      rf"|\bi have (?:been (?:working|teaching|nursing|farming|driving|serving)|worked|taught|served) [^.!?;]*?\bfor "
      rf"(?:about |nearly |almost |over |more than |the (?:last|past) )?(?P<k>{NUMBER}) years\b",
      needs=("years",))
def _age_years_of_work(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I retired after forty years on the railway", "I've been teaching for thirty years": at least that many
    years past sixteen."""
    n = parse_number(m.group("n") or m.group("m") or m.group("k"))
    if n is not None and 5 <= n <= 70 and not _NOT_OWN.search(s[: m.start()]) and not _SOMEONE_ELSE.search(s):
        _at_least(emit, n + 16)


_BORN_THE_YEAR = {r"obama (?:got |was )?(?:elected|won)": 2008, r"(?:9/11|nine eleven|the twin towers (?:fell|came down))": 2001,
                  r"the berlin wall (?:fell|came down)": 1989, r"england won the world cup": 1966,
                  r"(?:man|we|they) (?:landed|walked) on the moon|of the moon landing": 1969,
                  r"(?:princess )?diana died": 1997, r"elvis died": 1977, r"the queen was crowned": 1953,
                  r"the (?:first )?iphone came out": 2007, r"the millennium|y2k": 2000, r"the euro came in": 2002,
                  r"(?:covid|the pandemic) (?:hit|started|began)": 2020, r"brexit (?:happened|won)|of the brexit vote": 2016,
                  r"the wall street crash": 1929, r"kennedy was shot|jfk was shot": 1963}
_BORN_THE_YEAR_RE = re.compile(r"\bi was born (?:the|in the) year (?:that |when )?(?:of )?(?P<e>"
                               + "|".join(f"(?:{k})" for k in _BORN_THE_YEAR) + ")")


@rule(r"\bi was born (?:the|in the) year\b", needs=("born",))
def _born_the_year_of(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I was born the year Obama got elected", "born the year the Berlin Wall fell": born in that year."""
    event = _BORN_THE_YEAR_RE.search(s)
    if event is None:
        return
    for pattern, year in _BORN_THE_YEAR.items():
        if re.fullmatch(pattern, event.group("e")):
            emit("age", {"born": year}, tense="present", confidence=0.8)
            return


@rule(r"\bmy (?:eldest |oldest |youngest |only |first |)(?:son|daughter|kid|child|boy|girl)(?:'s| has| is| just| recently)? "
      r"(?:just |recently |finally )?(?:graduated from|finished|started|is at|is in (?:his|her|their) (?:first|second|third|"
      r"final) year at|went off to|left for|got into|got married|is getting married|had (?:a baby|twins|her first|his first)|"
      r"moved out|bought (?:a|his|her|their) (?:first )?house)(?: (?:uni|university|college))?\b",
      needs=("my son", "my daughter", "my kid", "my child", "my boy", "my girl", "my eldest", "my oldest", "my youngest",
             "my only", "my first"))
def _age_parent_of_an_adult(m: re.Match[str], s: str, emit: Emit) -> None:
    """"My daughter just graduated from college", "my son got married last summer": a parent of a grown child
    (at least 32)."""
    text = m.group(0)
    grown = re.search(r"\b(?:uni|university|college|married|baby|twins|first|moved out|house)\b", text.split(" ", 2)[-1])
    if grown and "step" not in text and not _NOT_OWN.search(s[: m.start()]) and "school" not in s[m.end(): m.end() + 8]:
        _at_least(emit, 32)


@rule(rf"\bi have been (?:a|an) (?P<job>[a-z]+(?: [a-z]+)?) for (?:about |nearly |almost |over |more than |the (?:last|past) )?"
      rf"(?P<n>{NUMBER}) years\b", needs=("years",))
def _age_years_in_a_job(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I've been a nurse for 25 years": at least that many years past sixteen."""
    job = m.group("job").split()[-1]
    n = parse_number(m.group("n").replace("-", " "))
    if n is None or not 5 <= n <= 70 or job not in JOB_WORDS or job in ("student", "apprentice", "intern", "volunteer") \
            or _NOT_OWN.search(s[: m.start()]):
        return
    _at_least(emit, n + 16)


@rule(rf"\b(?:i (?:got married|married|left school|left home|moved here|emigrated|started work|started working|joined "
      rf"the (?:army|navy|police|raf|force))|married|left school|left home) at (?P<a>{NUMBER})\b[^.!?]{{0,40}}?\b(?:that was|"
      rf"which was|and that was|that is|and that is) (?:about |nearly |almost |over |more than )?(?P<y>{NUMBER}) years ago\b",
      needs=("years ago",))
def _age_then_and_since(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Married at 20, that was 35 years ago": at least 55 now."""
    at = parse_number(m.group("a").replace("-", " "))
    since = parse_number(m.group("y").replace("-", " "))
    if at is None or since is None or not 10 <= at < 100 or not 1 <= since < 90 or \
            re.search(r"\b(?:my|his|her|their) (?:mum|mom|dad|mother|father|parents|grandma|grandad|nan)\b", s):
        return
    low = at + since
    if low < 125:
        emit("age", {"min": low, "max": 124}, tense="present", confidence=0.8)


@rule(r"\bi have (?:\w+ )?(?:great-)?(?:grandchildren|grandkids|grandsons|granddaughters|grandbabies|grandson|"
      r"granddaughter|grandchild)\b", needs=("grand",))
def _age_grandchildren_had(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I have three grandchildren": at least 35."""
    if not _NOT_OWN.search(s[: m.start()]) and "step" not in m.group(0) and not re.search(r"\b(?:no|never)\b", m.group(0)):
        _at_least(emit, 35)


@rule(rf"\bi have been (?:at|with) (?:the same |this |my |the )?(?:firm|company|employer|practice|council|bank|hospital|"
      rf"factory|plant)\b[^.!?]*? for (?:about |nearly |almost |over |more than )?(?P<n>{NUMBER}) years\b"
      r"|\bi (?:just |finally |recently )?(?:got|passed) my (?:driving|driver'?s) (?:licen[cs]e|test)\b"
      r"|\bi drive (?:myself )?to (?:work|the office) (?:every|each|most)\b", needs=("been at", "been with", "driv"))
def _age_of_a_worker_or_driver(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I've been at the same firm for twenty years": at least 36. "I just got my driving licence", "I drive to work
    every day": at least 15."""
    if _NOT_OWN.search(s[: m.start()]) or _AGE_THEN.search(s) or re.search(r"\b(?:when|back then|years ago)\b", s):
        return
    if m.group("n"):
        n = parse_number(m.group("n").replace("-", " "))
        if n is not None and 5 <= n <= 70:
            _at_least(emit, n + 16)
        return
    emit("age", {"min": 15, "max": 124}, tense="present", confidence=0.75)


_DECADE_NAMES = "teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"


def _decade_range(decade: int, part: str) -> tuple[int, int]:
    """The ages of a decade ("20" for the twenties) or part of it ("early", "mid", "late")."""
    low, high = (13, 19) if decade == 13 else (decade, decade + 9)
    if part == "early":
        return low, low + 3
    if part == "late":
        return high - 3, high
    if part == "mid":
        return low + 3, low + 6
    return low, high


@rule(rf"\bi am (?P<neg>not )?(?:only |just |still |now |already |well )?(?:in my (?P<part>early |mid |mid-|late )?"
      rf"(?P<n>[2-9]0)'?s\b|(?P<bare>early |mid |mid-|late )(?P<d>{_DECADE_NAMES}|[2-9]0'?s)\b)", needs=("i am",))
def _age_decade_said_otherwise(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm in my early 20s", "I'm mid-thirties", "I'm late 40s": an age within that part of the decade."""
    word = m.group("d") or ""
    decade = int(m.group("n") or word[:2]) if (m.group("n") or word[:1].isdigit()) else _DECADES[word]
    low, high = _decade_range(decade, (m.group("part") or m.group("bare") or "").strip(" -"))
    emit("age", {"min": low, "max": high}, polarity="deny" if m.group("neg") else "affirm", confidence=0.85,
         tense=_age_tense(s))


@rule(rf"\bi am (?:pushing|knocking on|coming up to|coming up on|fast approaching|approaching|nearly|almost) "
      rf"(?P<n>{NUMBER})\b(?! (?:years? (?:of|in|at|on|as|with|since)|minutes|hours|days|weeks|months|miles|km|pounds|kilos|"
      r"stone|percent|%|quid|dollars|grand|k\b|people|kids|students|books|countries|times))|"
      rf"\bi am on the wrong side of (?P<w>{NUMBER})\b|\bi am (?:a )?(?P<t>twenty|thirty|forty|fifty|sixty|seventy)"
      r"[- ]something\b", needs=("pushing", "knocking", "coming up", "approaching", "nearly", "almost", "wrong side",
                                 "something"))
def _age_about(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I'm pushing forty" (37 to 40), "on the wrong side of fifty" (51 to 59), "I'm thirty-something" (30 to 39)."""
    if m.group("t"):
        low = parse_number(m.group("t"))
        if low is not None:
            emit("age", {"min": low, "max": low + 9}, tense="present", confidence=0.8)
        return
    n = parse_number((m.group("n") or m.group("w")).replace("-", " "))
    if n is None or not 15 <= n < 125 or _AGE_THEN.search(s):
        return
    if m.group("w"):
        emit("age", {"min": n + 1, "max": n + 9}, tense="present", confidence=0.8)
    elif n % 10 == 0 and not re.search(r"\b(?:when|if|as if|would|could|feel)\b", s[: m.start()]):
        emit("age", {"min": n - 3, "max": n}, tense="present", confidence=0.75)


@rule(rf"^(?:(?:well|so|honestly|ha|haha|hmm|oh|um|me|good question|funny you ask)[,!. ]+)*(?P<part>early|mid|late)"
      rf"[- ]?(?P<d>{_DECADE_NAMES}|[2-9]0'?s)(?=[.!,;?]|$| and | but | now| here|{_AGE_TAIL})", needs=("early", "mid", "late"))
def _age_decade_alone(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Mid-twenties, still living with my parents": an age said as a bare answer."""
    word = m.group("d")
    decade = int(word[:2]) if word[:1].isdigit() else _DECADES[word]
    low, high = _decade_range(decade, m.group("part"))
    if not _AGE_THEN.search(s) and not re.search(r"\b(?:when|my (?:mum|mom|dad|son|daughter|wife|husband|partner))\b", s):
        emit("age", {"min": low, "max": high}, tense="present", confidence=0.8)


@rule(rf"\bi (?:just )?(?:hit|reached|turned) the big (?P<d>[1-9])-?(?:0|oh)\b|\bi am (?P<n>{NUMBER})[- ]?ish\b"
      rf"|\bi will be (?P<w>{NUMBER}) (?:next (?:week|month|weekend)|this (?:week|month|weekend|year)|soon|tomorrow|"
      rf"in (?:a (?:few|couple of) )?(?:days|weeks|months)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
      rf"|^(?:i am )?not even (?P<u>{NUMBER}) yet\b", needs=("big", "ish", "i will be", "not even"))
def _age_milestone_said_otherwise(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I just hit the big 5-0" (50 or 51), "I'm forty-ish" (37 to 44), "I'll be 30 next month" (29 or 30),
    "not even 20 yet" (under 20)."""
    if _AGE_THEN.search(s) or re.search(r"\b(?:my|his|her) (?:mum|mom|dad|son|daughter|wife|husband|partner)\b",
                                        s[: m.start()]):
        return
    if m.group("d"):
        decade = int(m.group("d")) * 10
        emit("age", {"min": decade, "max": decade + 1}, tense="present", confidence=0.8)
        return
    n = parse_number((m.group("n") or m.group("w") or m.group("u")).replace("-", " "))
    if n is None or not 5 < n < 125:
        return
    if m.group("n"):
        emit("age", {"min": n - 3, "max": n + 4}, tense="present", confidence=0.75)
    elif m.group("w"):
        emit("age", {"min": n - 1, "max": n}, tense="present", confidence=0.85)
    else:
        emit("age", {"min": 1, "max": n - 1}, tense="present", confidence=0.8)


_CAREER = ("working|teaching|nursing|farming|driving|serving|trucking|preaching|lecturing|policing|cheffing|plumbing|"
           "welding|mining|labouring|laboring|hairdressing|barbering|bartending|waitressing|doctoring")


@rule(rf"(?:^|\bi have )been (?P<v>{_CAREER})\b[^.!?;]*? (?:for )?(?:about |nearly |almost |over |more than |the (?:last|past) )?"
      rf"(?P<n>{NUMBER}) years\b|"
      rf"\bi (?:have )?(?:spent|put in|did|done|worked) (?:about |nearly |almost |over |more than )?(?P<m>{NUMBER}) years "
      rf"(?:as an? (?P<j>[a-z]+)|in the (?:police|army|navy|air force|raf|marines|fire service|force|trade|classroom|mines|"
      r"pits|business|industry|job)|on the (?:railway|railways|buses|force|job|tools|wards|docks|rigs|road|trucks)|"
      rf"(?:{_CAREER}))\b|"
      rf"^(?P<k>{NUMBER}) years (?:in the (?:police|army|navy|force|trade|classroom|job|business)|on the (?:railway|buses|"
      r"force|job|tools|wards|docks|road)|as an? (?P<i>[a-z]+))\b",
      needs=("been ", "years"))
def _age_years_of_a_career(m: re.Match[str], s: str, emit: Emit) -> None:
    """"Been driving a big rig thirty-two years", "I've spent 25 years as a nurse", "Thirty years on the railway":
    at least that many years past sixteen."""
    n = parse_number((m.group("n") or m.group("m") or m.group("k")).replace("-", " "))
    if n is None or not 5 <= n <= 70 or _NOT_OWN.search(s[: m.start()]) or _SOMEONE_ELSE.search(s):
        return
    job = m.group("j") or m.group("i")
    if job and (job not in JOB_WORDS or job in ("student", "apprentice", "intern", "volunteer")):
        return  # "five years as a kid in France" is no career
    if m.group("v") == "working" and re.search(r"\bworking (?:on|at|towards|through) ", s):
        return  # "been working on this quilt for two years" is no career
    _at_least(emit, n + 16)


@rule(r"\b(?:my|our) (?:\w+ )?(?:teenage|teenaged|grown-up|grown) (?:son|daughter|kid|child|boy|girl)s?\b"
      r"|\b(?:my|our) (?:son|daughter|kids|children|boys|girls) (?:are|is) (?:all )?(?:teenagers|a teenager|grown up|"
      r"grown-ups|adults|in (?:their|his|her) (?:twenties|thirties|forties))\b",
      needs=("teen", "grown", "adults", "twenties", "thirties", "forties"))
def _age_parent_of_grown(m: re.Match[str], s: str, emit: Emit) -> None:
    """"My teenage daughter", "my kids are grown up": a parent of at least a teenager (26 or more)."""
    text = m.group(0)
    if _NOT_OWN.search(s[: m.start()]) or "step" in text:
        return
    grown = any(w in text for w in ("grown", "adults", "twenties", "thirties", "forties"))
    _at_least(emit, 60 if "forties" in text else 50 if "thirties" in text else 36 if grown else 26)


# --- birthplace ---------------------------------------------------------------------------------
@rule(r"(?:\bi was |^(?:well, |so |yeah, )?)(?P<neg>not )?born (?:and raised |and bred )?in (?P<v>[^.!?;]+)", needs=("born",))
def _born(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if place and not re.fullmatch(r"(?:the )?(?:\d+s?|'\d+s?|(?:january|february|march|april|may|june|july|august|september|"
                                  r"october|november|december)(?: \d+)?)", place[0]):  # "born in 1990": a year, no place
        emit("birthplace", place[0], tense="present", polarity="deny" if _negated(m) else "affirm",
             confidence=place[1])


# --- location -----------------------------------------------------------------------------------
@rule(r"\bi (?:(?P<neg>do not |don't |never )|(?P<used>used to )|(?P<still>still ))?(?P<verb>live|reside|lived|resided)"
      r" (?:in|at|on|near|outside|outside of) (?P<v>[^.!?;]+)", needs=("live", "resid"))
def _live(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if not place:
        return
    past = bool(m.group("used")) or m.group("verb") in ("lived", "resided")
    tense: Tense = "past" if past else _tense(s)
    if re.search(r"\bi (?:have )?lived in .* for \w+ (years|months)\b", s) and not m.group("used"):
        tense = "present" if "have lived" in s else tense
    if tense == "past" and m.group("neg") and "never" in (m.group("neg") or ""):
        emit("location", place[0], polarity="deny", tense="past", confidence=place[1])
        return
    emit("location", place[0], polarity="deny" if m.group("neg") and tense != "past" else "affirm",
         tense=tense, confidence=place[1])


@rule(r"\bi (?:just |recently |finally )?(?P<verb>moved|relocated) (?:back )?(?:to|into) (?P<v>[^.!?;]+)",
      needs=("moved", "relocated"))
def _moved(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if place and not _FUTURE.search(s[: m.start()]):
        emit("location", place[0], change=True, confidence=place[1])


@rule(r"\bi (?P<neg>do not )?live with [a-z' ]{2,30}? in (?P<v>[^.!?;]+)", needs=("live with",))
def _live_with(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if place:
        emit("location", place[0], polarity="deny" if m.group("neg") else "affirm", confidence=place[1])


@rule(r"\bi am (?:currently |now )?(?:living|based|located) in (?P<v>[^.!?;]+)", needs=("living", "based", "located"))
def _living(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if place:
        emit("location", place[0], confidence=place[1])


@rule(r"\b(?P<v>[a-z][a-z .,'-]{1,40}?) is (?:where i live|my home now|home for me)\b",
      needs=("where i live", "my home", "home for me"))
def _live_inverted(m: re.Match[str], s: str, emit: Emit) -> None:
    place = _place(m.group("v"))
    if place:
        emit("location", place[0], confidence=place[1])


# --- occupation and employer --------------------------------------------------------------------
_ANOTHER_JOB = re.compile(r"\b(?:also|too|as well|on the side|part[- ]time|second job|side job|side hustle)\b")


@rule(r"\bi (?:(?P<neg>do not |never )|(?P<used>used to ))?(?:work|worked|am working|have worked) as (?P<v>[^.!?;]+)",
      needs=("work",))
def _work_as(m: re.Match[str], s: str, emit: Emit) -> None:
    job = _job(m.group("v"), require_lexicon=False)
    if job:
        past = bool(m.group("used")) or " worked as" in m.group(0)
        tense: Tense = "past" if past else _tense(s)
        emit("occupation", job, tense=tense, polarity="deny" if m.group("neg") else "affirm",
             exclusive=not _ANOTHER_JOB.search(s))  # "I work as an artist, and I also clean cages": two jobs


@rule(r"\bi have (?:never|not ever) been (?:a |an )(?P<v>[a-z][a-z -]+)", needs=("never been", "not ever"))
def _never_been(m: re.Match[str], s: str, emit: Emit) -> None:
    value = m.group("v").removeprefix("retired ").removeprefix("former ")
    job = _job(value, require_lexicon=True)
    if job:
        emit("occupation", job, polarity="deny", tense="past")
        emit("occupation", job, polarity="deny", tense="present")


@rule(r"\bi (?P<verb>am|was) (?P<neg>not )?(?:a |an )(?P<v>[a-z][a-z -]+)", needs=("i am", "i was"))
def _am_a(m: re.Match[str], s: str, emit: Emit) -> None:
    value = m.group("v")
    retired = value.startswith("retired ") or value.startswith("former ")
    job = _job(value.removeprefix("retired ").removeprefix("former "), require_lexicon=True)
    if not job:
        return
    if m.group("verb") == "was" or retired:
        emit("occupation", job, tense="past", polarity="deny" if _negated(m) else "affirm")
        if retired and m.group("verb") == "am":
            emit("occupation", "retired", confidence=0.9)
        return
    emit("occupation", job, tense=_tense(s), polarity="deny" if _negated(m) else "affirm")


@rule(r"\bi am (?P<neg>not )?(?P<v>retired|unemployed|out of work|between jobs|a stay[- ]at[- ]home (?:mom|dad|parent)|"
      r"a homemaker|a housewife)\b",
      needs=("retired", "unemployed", "out of work", "between jobs", "stay", "homemaker", "housewife"))
def _status_job(m: re.Match[str], s: str, emit: Emit) -> None:
    value = {"out of work": "unemployed", "between jobs": "unemployed"}.get(m.group("v"), m.group("v"))
    value = value.replace("-", " ")
    value = _ARTICLE.sub("", value)
    emit("occupation", value, polarity="deny" if _negated(m) else "affirm", tense=_tense(s))


@rule(r"\bmy (?:job|profession|occupation) is (?:being )?(?P<v>[^.!?;]+)|\bi am employed as (?P<w>[^.!?;]+)",
      needs=("my job", "my profession", "my occupation", "employed as"))
def _my_job(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\b(?:about|of|with|at|in|for)\s+$", s[: m.start()]):
        return  # "the best thing about my job is ..." says nothing of what the job is
    job = _job(m.group("v") or m.group("w"), require_lexicon=False)
    if job:
        emit("occupation", job, tense=_tense(s), exclusive=True)


@rule(r"\bi (?P<neg>do not |never )?(?:work|worked) (?:at|for) (?P<v>[^.!?;]+)", needs=("work",))
def _work_at(m: re.Match[str], s: str, emit: Emit) -> None:
    employer = _clean(m.group("v"), _CUT_JOB, max_words=5)
    if employer and not employer.startswith(("home", "myself", "a living", "free", "hours", "years", "months")):
        vague = m.group("v").strip().startswith(("a ", "an "))
        emit("employer", employer, polarity="deny" if m.group("neg") else "affirm",
             tense="past" if "worked" in m.group(0) else _tense(s), confidence=0.4 if vague else 0.85, exclusive=True)


# --- marital status -----------------------------------------------------------------------------
_STATUS = r"(?P<v>single|married|divorced|widowed|engaged|separated|a widow|a widower)"


@rule(rf"\bi am (?P<neg>not )?(?:happily |newly |recently |still )?{_STATUS}\b",
      needs=("single", "married", "divorced", "widow", "engaged", "separated"))
def _status(m: re.Match[str], s: str, emit: Emit) -> None:
    value = {"a widow": "widowed", "a widower": "widowed"}.get(m.group("v"), m.group("v"))
    emit("marital_status", value, polarity="deny" if _negated(m) else "affirm", tense=_tense(s))


@rule(r"\bi have been (?:happily |unhappily )?(?P<v>married|divorced|single|widowed|separated|engaged)"
      r"(?: to [a-z' ]{2,40}?)? (?:for|since) ", needs=("married", "divorced", "single", "widow", "separated", "engaged"))
def _status_for(m: re.Match[str], s: str, emit: Emit) -> None:
    """"I've been married to the same woman for twenty years": a status that still holds (not "been married before")."""
    emit("marital_status", m.group("v"), tense="present", change=m.group(0).endswith("since "))  # since: it began then


@rule(r"\bi (?:just |recently )?(?P<v>got married|got divorced|got engaged|remarried|got remarried|married again)\b",
      needs=("got ", "married"))
def _status_change(m: re.Match[str], s: str, emit: Emit) -> None:
    if not _FUTURE.search(s[: m.start()]):
        value = m.group("v").split()[-1]
        emit("marital_status", "married" if value in ("remarried", "again") else value, change=True)


_SPOUSE_GONE = re.compile(r"\b(split|separated|separating|divorc\w*|broke up|left|leaving|lost|widow\w*|died|passed away|"
                          r"death|funeral|grave)\b")


@rule(r"\bi (?:have|have got) (?:a )?(?P<v>wife|husband|spouse)\b|\bmy (?P<w>wife|husband)\b",
      needs=("wife", "husband", "spouse"))
def _spouse(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\b(late|ex|former|deceased)[- ](wife|husband)\b|\bmy (wife|husband) (died|passed)", s) or \
            _SPOUSE_GONE.search(s):
        return  # "I split from my wife in 2018": divorced, not married
    if _tense(s) == "present" and not re.search(r"\b(no|not|never)\b", s[: m.start()]):
        emit("marital_status", "married", confidence=0.8 if m.group("w") else 0.9,
             change=re.search(r"\b(?:remarried|married again)\b", s) is not None)  # "I remarried in 2016 and my wife..."


@rule(r"\bi (?:do not|never) have (?:a )?(?P<v>wife|husband|spouse|partner)\b|\bi have never been married\b",
      needs=("wife", "husband", "spouse", "partner", "married"))
def _no_spouse(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("marital_status", "married", polarity="deny")


# --- children -----------------------------------------------------------------------------------
_KIDS_WORDS = ("kid", "child", "son", "daughter", "boy", "girl", "bab")
_KIDS = r"(?P<kind>kids|children|child|kid|sons|son|daughters|daughter|boys|girls|babies|baby)"


@rule(rf"\bi have (?P<neg>no |never had |not had )?(?:any )?(?P<n>(?:{NUMBER}|a|an) )?(?:(?:beautiful|wonderful|grown|adult|"
      rf"little|young|teenage|grown-up|amazing|lovely|small) )?{_KIDS}\b", needs=_KIDS_WORDS)
def _children(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\bgrand(kids|children|sons|daughters)", m.group(0)):
        return
    kind = m.group("kind")
    if m.group("neg"):
        if kind in ("kids", "children", "child", "kid"):
            emit("children", 0)
        sex = {"son": "sons", "sons": "sons", "boys": "sons", "daughter": "daughters", "daughters": "daughters",
               "girls": "daughters"}.get(kind)
        if sex:
            emit("children", 0, key=f"children:{sex}")
        return
    n = parse_number(m.group("n").strip()) if m.group("n") else None
    plural = kind.endswith(("s", "ren"))
    if m.group("n") and m.group("n").strip() in ("a", "an") and plural:
        n = None  # "a children": a number masked out of the text, not a count
        kind = "some"
    if n is None:
        if kind in ("child", "kid", "son", "daughter", "baby", "some"):
            n = 1
        else:
            return
    exact = kind in ("kids", "children", "child", "kid")
    emit("children", n if exact else {"min": n}, confidence=0.9)
    sex = {"son": "sons", "sons": "sons", "boys": "sons", "daughter": "daughters", "daughters": "daughters",
           "girls": "daughters"}.get(kind)
    if sex:
        emit("children", n, key=f"children:{sex}", confidence=0.85)


@rule(rf"\bi (?:do not|did not|never) (?:have|had|want) (?:any )?{_KIDS}\b|\bi am (?:childless|child-free)\b",
      needs=_KIDS_WORDS + ("childless", "child-free"))
def _no_children(m: re.Match[str], s: str, emit: Emit) -> None:
    if "want" in m.group(0):
        return
    if m.groupdict().get("kind") in (None, "kids", "children", "child", "kid"):
        emit("children", 0)


@rule(r"\bmy (?P<kind>son|daughter|kids|children|boys|girls|oldest|youngest|eldest)\b",
      needs=("my son", "my daughter", "my kid", "my child", "my boy", "my girl", "my oldest", "my youngest",
             "my eldest"))
def _my_child(m: re.Match[str], s: str, emit: Emit) -> None:
    if (re.search(r"\bgrand(son|daughter|kids|children)\b", s) and m.group("kind") in ("son", "daughter")
            and f"grand{m.group('kind')}" in s[max(0, m.start() - 6): m.end()]):
        return
    if _HYPOTHETICAL.search(s) or re.search(r"\b(if|when) i have\b", s):
        return
    plural = m.group("kind") in ("kids", "children", "boys", "girls")
    emit("children", {"min": 2 if plural else 1}, confidence=0.7)
    sex = {"son": "sons", "daughter": "daughters"}.get(m.group("kind"))
    if sex:
        emit("children", {"min": 1}, key=f"children:{sex}", confidence=0.7)


@rule(r"\bmy only (?:child|kid) is (?:a |an |my )?(?P<sex>son|daughter|boy|girl)\b", needs=("my only",))
def _only_child_is(m: re.Match[str], s: str, emit: Emit) -> None:
    son = m.group("sex") in ("son", "boy")
    emit("children", 1)
    emit("children", 1 if son else 0, key="children:sons")
    emit("children", 0 if son else 1, key="children:daughters")


# --- pets ---------------------------------------------------------------------------------------
_SPECIES_WORDS = tuple(PET_SPECIES)
_SPECIES = "|".join(sorted((re.escape(k) for k in PET_SPECIES), key=len, reverse=True))


@rule(rf"\bi (?:(?P<neg>do not |never |have never |have not |did not )|(?P<used>used to ))?"
      rf"(?:have|own|had|owned|have got|adopted|got)"
      rf" (?:any )?(?:(?P<n>{NUMBER}|a|an) )?(?:(?:little|big|old|young|new|pet|rescue|sweet|lovely|beautiful|black|white|brown|"
      rf"golden|small|large|tiny|fat|lazy|adorable|cute|crazy|two-year-old|german|labrador) ){{0,2}}"
      rf"(?:[a-z-]+ ){{0,2}}?(?P<sp>{_SPECIES})\b(?!\s+(?:toys?|food|bed|beds|hair|walker|walking|sitter|sitting|park|"
      r"treats|lover|lovers|person|people|show|shows|videos?|breed|breeds|owners?|trainer|grooming))"
      r"(?: named (?P<name>[a-z]+))?", needs=_SPECIES_WORDS)
def _pets(m: re.Match[str], s: str, emit: Emit) -> None:
    species = PET_SPECIES[m.group("sp")]
    verb_past = " had " in f" {m.group(0)} " and not m.group("neg")
    if m.group("used") or verb_past:
        emit("pets", True, key=f"pets:{species}", tense="past")
        return
    if m.group("neg"):
        emit("pets", True, key=f"pets:{species}", polarity="deny",
             tense="past" if "never" in m.group("neg") and "had" in m.group(0) else _tense(s))
        if "never" in m.group("neg"):
            emit("pets", True, key=f"pets:{species}", polarity="deny", tense="present")
        return
    change = bool(re.search(r"\b(adopted|got)\b", m.group(0))) or bool(re.search(r"\b(just|recently|new)\b", s))
    n = parse_number(m.group("n")) if m.group("n") else None
    if m.group("n") in ("a", "an") and m.group("sp").endswith("s") and m.group("sp") != "fish":
        n = None  # "a dogs": a masked number
    if n == 0:
        emit("pets", True, key=f"pets:{species}", polarity="deny", tense=_tense(s))
        return
    emit("pets", True, key=f"pets:{species}", tense=_tense(s), change=change)
    if n is not None and m.group("n") not in ("a", "an") and not change:
        emit("pets", n, key=f"pets:{species}:count", tense=_tense(s), confidence=0.8)


@rule(rf"\bi (?:have|have got|own) no (?:(?:[a-z]+) )?(?P<sp>{_SPECIES})\b", needs=_SPECIES_WORDS)
def _no_species(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("pets", True, key=f"pets:{PET_SPECIES[m.group('sp')]}", polarity="deny", tense=_tense(s))


@rule(rf"\bmy only (?:pet|animal) is (?:a |an |my )?(?:[a-z]+ )?(?P<sp>{_SPECIES})\b", needs=("my only",))
def _only_pet(m: re.Match[str], s: str, emit: Emit) -> None:
    species = PET_SPECIES[m.group("sp")]
    emit("pets", True, key=f"pets:{species}", tense=_tense(s))
    emit("pets", species, key="pets:only", tense=_tense(s))


@rule(r"\bi (?:do not|never) (?:have|own|had) (?:any )?(?:pets|animals|pet)\b|\bi have no (?:pets|animals|pet)\b",
      needs=("pet", "animal"))
def _no_pets(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("pets", True, key="pets:any", polarity="deny", tense=_tense(s))


@rule(rf"\bmy (?:(?:little|old|new|pet|rescue|sweet|big) )?(?P<sp>{_SPECIES})\b(?! [a-z]+ing\b)", needs=_SPECIES_WORDS)
def _my_pet(m: re.Match[str], s: str, emit: Emit) -> None:
    if _tense(s) != "present" or re.search(r"\b(died|passed|lost|neighbor|neighbour|friend|sister|brother|mom|dad|"
                                            r"parents|grandma|grandpa|sell|sold|selling|rehomed?|gave away|"
                                            r"give away|put down|put to sleep|had to)\b", s):
        return
    if m.group("sp") in ("fish", "chicken", "chickens"):
        return
    emit("pets", True, key=f"pets:{PET_SPECIES[m.group('sp')]}", confidence=0.7)


# --- siblings -----------------------------------------------------------------------------------
@rule(rf"\bi have (?:got )?(?P<neg>no )?(?:(?P<n>{NUMBER}|a|an) )?(?:(?:older|younger|big|little|twin|half|step)[- ])?"
      r"(?P<kind>brothers|brother|sisters|sister|siblings|sibling)\b", needs=("brother", "sister", "sibling"))
def _siblings(m: re.Match[str], s: str, emit: Emit) -> None:
    kind = m.group("kind").rstrip("s")
    key = "siblings" if kind == "sibling" else f"siblings:{kind}"
    if m.group("neg"):
        emit("siblings", 0, key=key)
        return
    n = parse_number(m.group("n")) if m.group("n") else (1 if not m.group("kind").endswith("s") else None)
    if m.group("n") in ("a", "an") and m.group("kind").endswith("s"):
        n = 1 if key != "siblings" else None  # "a brothers": a masked number, at least one
    if n is None:
        return
    emit("siblings", {"min": n} if key != "siblings" and m.group("n") in (None, "a", "an") else n, key=key,
         confidence=0.85)
    if key != "siblings" and n > 0:
        emit("siblings", {"min": n}, key="siblings", confidence=0.85)


@rule(r"\bi (?:do not|did not|never) (?:have|had) (?:a |an |any )?"
      r"(?:(?:older|younger|big|little|twin) )?(?P<kind>brother|sister)s?\b",
      needs=("brother", "sister"))
def _no_sibling_kind(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("siblings", 0, key=f"siblings:{m.group('kind')}")


@rule(r"\bi am an only child\b|\bi (?:do not|never) (?:have|had) (?:any )?(?:siblings|brothers or sisters)\b|"
      r"\bi have no (?:siblings|brothers or sisters)\b", needs=("only child", "sibling", "brothers or sisters"))
def _only_child(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("siblings", 0, key="siblings")


@rule(r"\bmy (?:(?:older|younger|big|little|twin|baby) )?(?P<kind>brother|sister)s?\b", needs=("brother", "sister"))
def _my_sibling(m: re.Match[str], s: str, emit: Emit) -> None:
    if re.search(r"\b(in[- ]law|brotherhood|sisterhood)\b", s[m.start(): m.end() + 8]) or \
            re.search(r"\b(?:basically|like|practically|almost|kind of|sort of|as good as)\s+$", s[: m.start()]):
        return  # "my cousin is basically my sister"
    if _tense(s) != "past" and not re.search(r"\b(died|passed)\b", s):
        emit("siblings", {"min": 1}, key="siblings", confidence=0.7)


# --- education ----------------------------------------------------------------------------------
@rule(r"\bi (?P<neg>never |did not |do not )?(?:went to|go to|attended|attend|graduated from|finished|dropped out of|"
      r"study at|studied at|am studying at|go to|went) (?:the )?(?P<v>college|university|high school|grad school|"
      r"law school|med school|medical school)\b", needs=("college", "university", "school"))
def _school(m: re.Match[str], s: str, emit: Emit) -> None:
    level = {"university": "college", "grad school": "graduate school", "med school": "medical school"}.get(
        m.group("v"), m.group("v"))
    if "dropped out" in m.group(0):
        emit("education", level, key=f"education:graduated:{level}", polarity="deny", tense="present")
        return
    polarity = "deny" if m.group("neg") else "affirm"
    emit("education", level, key=f"education:attended:{level}", polarity=polarity, tense="present")
    if "graduated" in m.group(0):
        emit("education", level, key=f"education:graduated:{level}", polarity=polarity, tense="present")


@rule(r"\bi (?:have|hold|earned|got) (?:a |an )?(?P<v>bachelor|master|phd|doctorate|degree)\b",
      needs=("degree", "bachelor", "master", "phd", "doctorate"))
def _degree(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("education", "college", key="education:attended:college", confidence=0.8)


# --- religion -----------------------------------------------------------------------------------
_RELIGION = "|".join(sorted((re.escape(k) for k in RELIGIONS), key=len, reverse=True))


@rule(rf"\bi am (?P<neg>not )?(?:a |an |very |deeply |devout |devoutly |practicing |practising )*(?P<v>{_RELIGION})\b",
      needs=tuple(RELIGIONS))
def _religion(m: re.Match[str], s: str, emit: Emit) -> None:
    value = RELIGIONS[m.group("v")]
    if value == "none" and m.group("neg"):
        return
    if _negated(m) and value != m.group("v"):
        return  # "I'm not Catholic" denies one church, not every church of its religion (a Protestant is Christian)
    emit("religion", value, polarity="deny" if _negated(m) else "affirm", tense=_tense(s))


# --- diet ---------------------------------------------------------------------------------------
@rule(r"\bi am (?P<neg>not )?(?:a |an |strict |strictly )?(?P<v>vegetarian|vegan|pescatarian|carnivore|meat eater|"
      r"meat-eater|omnivore)\b", needs=("vegetarian", "vegan", "pescatarian", "carnivore", "meat", "omnivore"))
def _diet(m: re.Match[str], s: str, emit: Emit) -> None:
    value = m.group("v").replace("-", " ")
    meat = value in ("carnivore", "meat eater", "omnivore")
    polarity = "deny" if _negated(m) else "affirm"
    emit("diet", not meat if polarity == "affirm" else meat, key="diet:meat_free", tense=_tense(s))
    if value == "vegan":
        emit("diet", polarity == "affirm", key="diet:vegan", tense=_tense(s))


@rule(r"\bi (?P<neg>do not |never |no longer )?(?:eat|love eating|enjoy eating) (?:any |a lot of |lots of )?"
      r"(?P<v>meat|animal products|animals|steak|steaks|beef|pork|bacon|burgers|hamburgers|chicken|ribs|sausages?)\b",
      needs=("eat",))
def _eat_meat(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("diet", bool(m.group("neg")), key="diet:meat_free", tense=_tense(s), confidence=0.85)


# --- health -------------------------------------------------------------------------------------
_CONDITION = "|".join(sorted(CONDITIONS, key=len, reverse=True))


@rule(rf"\bi (?P<neg>do not |never )?(?:have|suffer from|was diagnosed with|live with|struggle with) (?P<v>{_CONDITION})\b",
      needs=tuple(CONDITIONS))
def _condition(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("health", True, key=f"health:{m.group('v')}", polarity="deny" if m.group("neg") else "affirm",
         tense=_tense(s))


@rule(r"\bi am (?P<neg>not )?allergic to (?P<v>[^.!?;]+)", needs=("allergic",))
def _allergy(m: re.Match[str], s: str, emit: Emit) -> None:
    thing = _clean(m.group("v"), _CUT_THING, max_words=3)
    if thing:
        emit("health", True, key=f"health:allergy:{thing}", polarity="deny" if _negated(m) else "affirm",
             tense=_tense(s))


@rule(r"\bi am (?P<neg>not )?(?P<v>blind|deaf|diabetic|asthmatic|in a wheelchair|paralyzed|paralysed|pregnant)\b",
      needs=("blind", "deaf", "diabetic", "asthmatic", "wheelchair", "paraly", "pregnant"))
def _state(m: re.Match[str], s: str, emit: Emit) -> None:
    emit("health", True, key=f"health:{m.group('v')}", polarity="deny" if _negated(m) else "affirm",
         tense=_tense(s))


# --- likes, dislikes, hobbies, favourites ------------------------------------------------------
_LIKE_WORDS = ("love", "like", "enjoy", "adore", "passionate", "obsessed", "fan of", "into ", "hate", "dislike",
               "detest", "despise", "stand", "care for", "mind")
_LIKE = (r"(?P<verb>really love|absolutely love|truly love|love|adore|really like|like|enjoy|really enjoy|am passionate about|"
         r"am obsessed with|am a big fan of|am a fan of|am into|am really into|really love to|love to|like to|enjoy)")
_HATE = (r"(?P<verb>hate|really hate|dislike|really dislike|detest|despise|can not stand|cannot stand|"
         r"do not like|do not really like|do not enjoy|do not care for|am not a fan of|am not into|never liked|"
         r"never enjoy|never enjoyed|do not love)")


def _taste(thing: str) -> str | None:
    value = _clean(thing, _CUT_THING, max_words=8)
    if value is None or value in ("it", "that", "this", "them", "you", "him", "her", "everything", "nothing",
                                  "people", "myself", "to", "so", "being", "life", "my life", "my job",
                                  "my family", "my kids", "my wife", "my husband", "what i do", "a lot"):
        return None
    if value.startswith(("to ", "you", "your", "my ", "our ", "that ", "this ", "how ", "what ", "when ")):
        return None
    return value


@rule(rf"\bi (?:(?P<used>used to )|(?P<still>still ))?{_LIKE} (?P<v>[^.!?;]+)", needs=_LIKE_WORDS)
def _likes(m: re.Match[str], s: str, emit: Emit) -> None:
    before = s[max(0, m.start() - 12): m.start()]
    if re.search(r"\b(would|d|if)\s*$", before) or "would " in m.group(0):
        return
    thing = _taste(m.group("v"))
    if thing:
        tense: Tense = "past" if m.group("used") else _tense(s)
        if tense == "future":
            return
        emit("likes", "like", key=f"taste:{thing}", tense=tense, confidence=0.85)


@rule(rf"\bi (?:(?P<used>used to )|(?P<still>still ))?{_HATE} (?P<v>[^.!?;]+)", needs=_LIKE_WORDS)
def _dislikes(m: re.Match[str], s: str, emit: Emit) -> None:
    thing = _taste(m.group("v"))
    if thing:
        tense: Tense = "past" if m.group("used") or "never liked" in m.group(0) else _tense(s)
        emit("dislikes", "dislike", key=f"taste:{thing}", tense=tense, confidence=0.85)


# Words that cannot be a favourite: a card's "my favorite band is up" is a slip (for U2), not a band named "up".
_NOT_FAVOURITES = frozenset("this that it what which up in on out off down over it's there here i we you he she they"
                            .split())


@rule(r"\bmy (?:all[- ]time |absolute )?(?:favorite|favourite) (?P<cat>[a-z]+(?: [a-z]+)?) "
      r"(?:is|was) (?P<neg>not )?(?P<v>[^.!?;]+)",
      needs=("favorite", "favourite"))
def _favourite(m: re.Match[str], s: str, emit: Emit) -> None:
    value = _clean(m.group("v"), _CUT_THING, max_words=6)
    if value and value.split()[0] not in _NOT_FAVOURITES and m.group("cat") not in ("hobby", "pastime", "thing to do"):
        tense: Tense = "past" if " was " in m.group(0) else _tense(s)
        emit("likes", value, key=f"favourite:{_kind(m.group('cat'))}", tense=tense, confidence=0.85,
             polarity="deny" if m.group("neg") else "affirm")


# one kind of favourite said in other words ("my favourite film", "my favourite movie")
_FAVOURITE_KINDS = {"film": "movie", "flick": "movie", "novel": "book", "colour": "color", "tune": "song", "track": "song",
                    "footy team": "team", "football team": "team"}


def _kind(category: str) -> str:
    """A kind of favourite in one word for all its names ("film" -> "movie")."""
    return _FAVOURITE_KINDS.get(category, category)


@rule(r"^(?P<v>[a-z][a-z' -]{1,40}?) (?:is|are|(?:has|have|'s) (?:always )?been) (?P<neg>not )?my "
      r"(?:all[- ]time |absolute |very )?(?:favorite|favourite) (?P<cat>[a-z]+)\b",
      needs=("favorite", "favourite"))
def _favourite_inverted(m: re.Match[str], s: str, emit: Emit) -> None:
    value = _clean(m.group("v"), _CUT_THING, max_words=6)
    if value and value.split()[0] not in _NOT_FAVOURITES:
        emit("likes", value, key=f"favourite:{_kind(m.group('cat'))}", tense=_tense(s), confidence=0.8,
             polarity="deny" if m.group("neg") else "affirm")


@rule(r"\bi (?:do not|never) (?:really )?(?P<verb>hate|dislike|detest|despise|mind) (?P<v>[^.!?;]+)", needs=_LIKE_WORDS)
def _not_hate(m: re.Match[str], s: str, emit: Emit) -> None:
    thing = _taste(m.group("v"))
    if thing and m.group("verb") != "mind":
        emit("dislikes", "dislike", key=f"taste:{thing}", polarity="deny", tense=_tense(s), confidence=0.85)


@rule(r"\bmy (?:favorite|favourite) (?:hobby|pastime|thing to do) is (?P<v>[^.!?;]+)"
      r"|\bmy (?:hobby|hobbies) (?:is|are|include) (?P<w>[^.!?;]+)",
      needs=("hobby", "hobbies", "pastime", "favorite thing", "favourite thing"))
def _hobby(m: re.Match[str], s: str, emit: Emit) -> None:
    thing = _taste(m.group("v") or m.group("w"))
    if thing:
        emit("hobbies", "like", key=f"taste:{thing}", confidence=0.8)


# --- possessions --------------------------------------------------------------------------------
_THING = "|".join(sorted(POSSESSIONS, key=len, reverse=True))


@rule(rf"\bi (?P<neg>do not |never |have never |have not |did not )?(?:have|own|owned|drive|have got) "
      rf"(?:a |an |my own |two |three )?(?:(?:new|old|red|blue|"
      rf"black|white|little|big|small|vintage|used|electric) )?(?P<v>{_THING})\b", needs=tuple(POSSESSIONS))
def _possession(m: re.Match[str], s: str, emit: Emit) -> None:
    if m.group("v") in ("home", "garden") and not m.group("neg"):
        return
    change = bool(re.search(r"\b(just|recently|new)\b", s)) and not m.group("neg")
    emit("possessions", True, key=f"possessions:{m.group('v')}", polarity="deny" if m.group("neg") else "affirm",
         tense=_tense(s), change=change)


_TRIGGERS = tuple(sorted({t for _, _, needs in _RULES for t in needs}))
_SHORT_TRIGGERS = tuple(t for t in _TRIGGERS if len(t) < 2)


def _by_first_pair(triggers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Triggers of two or more characters, by their first two."""
    index: dict[str, list[str]] = {}
    for trigger in triggers:
        if len(trigger) >= 2:
            index.setdefault(trigger[:2], []).append(trigger)
    return {pair: tuple(group) for pair, group in index.items()}


_TRIGGERS_BY_PAIR = _by_first_pair(_TRIGGERS)


def _triggers(sentence: str) -> set[str]:
    """The trigger strings that occur in `sentence`: only those whose first two characters occur in it are
    tried (plain substring tests, which are fast)."""
    found = {t for t in _SHORT_TRIGGERS if t in sentence}
    for pair in {sentence[i:i + 2] for i in range(len(sentence) - 1)}:
        for trigger in _TRIGGERS_BY_PAIR.get(pair, ()):
            if trigger in sentence:
                found.add(trigger)
    return found


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?")


def _speaks_for_self(sentence: str) -> bool:
    return bool(re.search(r"\b(i|my|me)\b|^(?:(?:well|so|honestly|ha|haha|hmm|oh)[,!. ]+)*being \w+ is\b", sentence)
                or _AGE_ALONE.match(sentence))


# "19 y/o, first year at uni"; "Only twenty-five, baby of the office" (a bare number first, as an answer)
_AGE_ALONE = re.compile(rf"{NUMBER} ?(?:y/o|yo|y\.o\.|yrs? old|years? old)\b|"
                        rf"^(?:(?:hello|hi|hey|well|so|honestly|ha|haha|hmm|oh|um|ugh|[:;]-?[)(dp])[,!. ]+)*"
                        rf"(?:only |just |still |nearly |almost |barely )?{NUMBER}(?:\.|,|!| and (?:counting|loving it|proud)|$)")


def extract_claims(text: str) -> list[Claim]:
    """Every claim `text` makes about its speaker, in text order.

    The last few texts are remembered, so the checker and the memory reading the same turn pay once.
    """
    return list(_remembered(text))


@lru_cache(maxsize=4)  # (safe when two threads read at once, unlike a dict trimmed by hand)
def _remembered(text: str) -> tuple[Claim, ...]:
    return tuple(_extract(text))


def _extract(text: str) -> list[Claim]:
    claims: list[Claim] = []
    for offset, said in sentences(text):
        raw = without_discourse_markers(said)
        if _is_question(raw):
            continue
        greeting = _GREETING_NAME.match(normalise(raw))
        if greeting and greeting.group("x") not in _NOT_NAMES and not greeting.group("x").endswith(("ing", "ed", "ly")):
            claims.append(Claim(slot="name", key="name", value=greeting.group("x"), span=(offset, offset + len(raw)),
                                text=raw.strip(), confidence=0.75))  # "Hi, I'm Alex": an introduction
        sentence = with_state_subjects(supply_subject(_FILLER.sub("", normalise(raw))))
        if not _speaks_for_self(sentence) or re.search(r"\b(you|he|she|they)\s+(said|say|told)\b", sentence):
            continue
        for claim in _sentence_claims(sentence, said, offset):
            claims.append(claim)
    return _dedupe(claims)


_LATER_CLAUSE = re.compile(r"[;:,]|"
                           r" (?:so|but|because|though|although|whereas) ")


def _up_to_clause_end(sentence: str, at: int) -> str:
    """`sentence` up to the end of the clause that holds position `at`: what a later clause says of its own
    time ("I'm only in my fifties, so I've got a few years left before I can retire") does not date it."""
    later = _LATER_CLAUSE.search(sentence, at)
    return sentence[:later.start()] if later else sentence


def _sentence_claims(sentence: str, raw: str, offset: int) -> Iterator[Claim]:
    found: list[Claim] = []
    quoted = re.search(r"\"[^\"]*\"", sentence)
    qualifier = _qualifier(sentence)
    where = [0]  # the start of the match being handled

    def emit(slot: str, value: Any, *, key: str = "", polarity: Polarity = "affirm", tense: Tense | None = None,
             change: bool = False, confidence: float = 0.9, exclusive: bool = False) -> None:
        found.append(Claim(slot=slot, key=key or slot, value=value, polarity=polarity,
                           tense=tense or _tense(_up_to_clause_end(sentence, where[0])), change=change,
                           qualifier=qualifier, exclusive=exclusive,
                           span=(offset, offset + len(raw)),
                           text=raw, source="rules", confidence=confidence))

    present = _triggers(sentence)
    for pattern, handler, need in _RULES:
        if need.isdisjoint(present):
            continue
        for match in pattern.finditer(sentence):
            if quoted and quoted.start() <= match.start() < quoted.end():
                continue
            where[0] = match.start()
            handler(match, sentence, emit)
    yield from found


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple[str, str, str, str], int] = {}
    out: list[Claim] = []
    for claim in claims:
        marker = (claim.index_key, repr(claim.value), claim.polarity, claim.tense)
        if marker in seen:
            continue
        seen[marker] = len(out)
        out.append(claim)
    return out
