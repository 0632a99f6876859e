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
says nothing; so does a noun followed by "of" or by a noun it qualifies ("my plane of existence", "my campfire
stories") and a sentence that denies the doing after the noun ("my cooking is so bad I never do it"). The time is the
sentence's: past when its verb is, else present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from .open_claims import FUTURE, LEAD, SENTENCE_READERS, OpenClaim, Time, read_statement, time_of_sentence
from .venues import NOT_THE_VENUE_AFTER
from .words import is_past_form

Subject = Literal["i", "we"]

__all__ = ["DoingsError", "default_doings", "doing_event_claims", "parse_doings"]

_FILE = "doings.txt"


class DoingsError(ValueError):
    """A line of the doings file that does not read; the message names the file and the line."""


@dataclass(frozen=True, slots=True, eq=False)
class DoingTable:
    """The statement of doing each listed noun names (lower case noun -> statement without "I")."""

    by_noun: dict[str, str]
    mine_only: frozenset[str] = frozenset()  # nouns read only after "my" ("my church": "our church" may be the village's)
    by_place: dict[str, str] = field(default_factory=dict)  # "the driving range" -> "play golf": being there is doing it


def parse_doings(text: str, where: str) -> DoingTable:
    """Read the table from the text of a doings file (`where` names it in errors)."""
    by_noun: dict[str, str] = {}
    by_place: dict[str, str] = {}
    mine_only: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        doing, colon, rest = line.partition(":")
        nouns = [n.strip().lower() for n in rest.split(",") if n.strip()]
        if not colon or not doing.strip() or not nouns:
            raise DoingsError(f"{where}:{number}: expected 'doing: noun, noun, ...', got {raw!r}")
        for noun in nouns:
            if noun.startswith("the "):
                if noun[4:] in by_place:
                    raise DoingsError(f"{where}:{number}: {noun!r} is already listed for {by_place[noun[4:]]!r}")
                by_place[noun[4:]] = doing.strip().lower()
                continue
            if noun.startswith("my "):
                noun = noun[3:]
                mine_only.add(noun)
            if noun in by_noun:
                raise DoingsError(f"{where}:{number}: {noun!r} is already listed for {by_noun[noun]!r}")
            by_noun[noun] = doing.strip().lower()
    return DoingTable(by_noun, frozenset(mine_only), by_place)


def load_doings(path: Path) -> DoingTable:
    """The table of a doings file."""
    return parse_doings(path.read_text("utf-8"), str(path))


@lru_cache(maxsize=1)
def default_doings() -> DoingTable:
    """The shipped table (knowledge/doings.txt)."""
    text = resources.files("simulate.checkers").joinpath("knowledge").joinpath(_FILE).read_text("utf-8")
    return parse_doings(text, f"knowledge/{_FILE}")


@lru_cache(maxsize=256)
def affirmed_doing_claim(doing: str) -> OpenClaim | None:
    """The one claim "I <doing>" reads as, when it is affirmed ("go to the gym" -> go to / gym); else None
    (unlike pastimes.doing_claim, which takes the one claim of either polarity)."""
    claims = read_statement(f"i {doing}")
    return claims[0] if len(claims) == 1 and claims[0].polarity == "affirm" else None


_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_NUMBER = (r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|"
           r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
           r"nineteen|a hundred|hundred|half)")
# words that may stand between "my" and the noun: they say which one, not whose ("my early-morning flight")
_MODIFIER = (rf"(?:{_NUMBER}(?:-| )?(?:mile|miles|km|k|kilometre|kilometer|hour|hours|minute|minutes|day|week)?|"
             r"first|second|third|last|latest|recent|usual|regular|daily|weekly|annual|morning|evening|afternoon|"
             r"night|early|early-morning|late|late-night|long|long-haul|short-haul|short|quick|little|big|lovely|"
             r"nice|good|great|overnight|connecting|return|outbound|direct|delayed|cancelled|canceled|"
             r"sunday|saturday|monday|tuesday|wednesday|thursday|friday|weekend|hilly|muddy|cold|wet|new|own|"
             r"whole|brutal|gentle|easy|hard|tough|proper|cheeky|well-earned|much-needed|post-lunch|terrible|awful|bad|"
             r"horrible|dreadful|massive|huge|serious|mild|"
             r"twice-weekly|local|trusty|entire|brand new|(?:half )?an? hour's|"
             rf"{_NUMBER} hours'|catholic|parish|village|methodist|baptist|anglican|evangelical)")
_MODIFIERS = rf"(?:{_MODIFIER} ){{0,3}}"
_TAKE_PART = (r"had|have had|have|took|have taken|caught|did|have done|do|went on|go on|have been on|"
              r"finished|completed|ran|have run|run|got|have got|made|swam|hiked|cycled|survived|enjoyed|"
              r"was on|were on|am on|are on|am doing|was doing|just did|just had|just got back from|got back from|"
              r"came back from|am back from|hit|scored|shot|played|play|managed|tackled|conquered|nailed|changed|replaced|"
              r"snapped|broke|restrung|wore out|wore through|smashed|set|fell off|rode|got on|got off|went for|go for|"
              r"am off for|are off for|have been for|been for|headed out for|nipped out for|popped out for")
# the same said without "I", in the past only ("Got a hole in one at the 7th"): "have a lovely flight!" is a wish
_TOOK_PART = (r"had|took|caught|did|went on|finished|completed|ran|got|made|swam|hiked|cycled|survived|enjoyed|hit|"
              r"scored|shot|played|managed|tackled|conquered|nailed|smashed|snapped|broke|restrung|fell off|rode|"
              r"went for|off for|been for|just been for|headed out for|nipped out for|popped out for")
# what follows the noun when it is part of a longer name or said of something else: "my flight attendant friend",
# "my parish council", "a flight of stairs"
_NOT_AFTER = (r"(?! (?:of (?!(?:the|my|our|his|her|their)\b)|attendant|attendants|clothes|outfit|gear|account|accounts|"
              r"page|profile|story|stories|chair|chairs|business|"
              r"is (?:the|my) (?:great )?(?:outdoors|nature|woods|forest|mountains|hills|sea|beach|garden|kitchen|sofa)|"
              r"crew|instructor|simulator|school|council|hall|magazine|number|deal|deals|price|prices|cost|costs|"
              r"company|app|apps|ad|ads|path|plan|plans|suggestions?|recommendations?|wedding|weddings|building|roof|"
              r"bells?|tower|spire|fete|jumble|days|career|careers|session|sessions|meeting|meetings|bonus|raise|rise|"
              r"salary|pay|loan|debt|deposit|budget|followers|subscribers|views|likes|steps|pounds|dollars|quid|bucks|"
              r"euros|a year|per|in (?:the )?(?:rent|pay|prices?|fees|rates|tax|taxes|interest|premiums|bills?|costs?)|"
              r"friend|friends|mum|mom|dad|parents|kids|children|son|daughter|book|books|teacher|teachers|class|"
              r"classes)\b)")
# a sentence that only wishes, plans, asks or denies
_WISH = re.compile(r"\b(?:if|would|could|might|wish|want|wanted|hope|hoping|someday|some day|one day|thinking of|"
                   r"thinking about|planning|plan to|should|maybe|may|considering|dream|dreamed|dreamt|imagine|pretend|"
                   r"instead of|rather than)\b")  # before the noun: "I'd love a flight somewhere hot"
# anywhere in the sentence: a plan, something to come, something not done or done no more
_NOT_FACT = re.compile(r"\b(?:going to|gonna|will|shall|cancel|cancelled|canceled|book (?:a|an|the|my|our|it)|booked|"
                       r"booking|next (?:week|month|year|time|summer|winter|spring|autumn|fall|weekend|monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday)|tomorrow|soon|upcoming|skip|skipped|skipping|miss|"
                       r"missed|missing|without|used to|gave up|give up|given up|quit|stopped|no longer|anymore|any more|"
                       r"wedding|funeral|christening|married)\b")
# a thing given is not yet used: "I got paintbrushes for Christmas"
_GIVEN = re.compile(r"\b(?:got|have got|received|was given|were given|bought)\b.*\b(?:for|as) (?:a |my |our )?"
                    r"(?:christmas|xmas|birthday|present|gift|anniversary)\b")
# after the noun, a denial of doing it at all: "my cooking is so bad I never do it", "no skiing though", "my guitar
# strings are rusty, I haven't played in years"
_DENIED_AFTER = re.compile(r"\b(?:never|no [a-z]+ing|in (?:years|ages|months|decades|a long time|forever))\b")
# a denial before the noun ("I have never had a layover"); after it, one says how the event went ("the flight wasn't bad")
_DENIED = re.compile(r"\b(?:never|not|no|nobody|none)\b")
_OTHERS = re.compile(r"\b(?:my|our|the|his|her|their) (?:[a-z]+ )?(?:[a-z]+'s?|son|daughter|kids?|children|"
                     r"husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|mother|father|parents|brother|sister|"
                     r"friend|friends|boss|colleague|neighbou?r|nan|gran|grandma|grandpa|baby|toddler|students?|"
                     r"clients?|patients?|team|family|fiance|fiancee|cousin|uncle|aunt|niece|nephew)\b")
_JET_LAGGED = re.compile(r"\b(?:i|we) (?:am|are|was|were|feel|felt) (?:still |so |really |very |a bit |a little |"
                         r"totally |completely |badly |super |quite |horribly )?jet[- ]?lagged\b|"
                         r"\b(?:the|this|my) jet ?lag (?:is|has been|was) (?:really |still |properly )?(?:killing|hitting|"
                         r"wrecking|destroying|getting to|messing with|catching up with) (?:me|us)\b")


# Shapes of doing that name no event noun of the table, each with the doing it says and a word it needs.
_SUBJECT = r"(?:^(?:just )?|\b(?:i|we) (?:have |had )?(?:just |also |finally |even |recently )?)"
_IDIOMS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    # "we did the whole Appalachian Trail", "I walked the Camino last spring"
    (("trail", "camino", "coast path"),
     re.compile(rf"{_SUBJECT}(?P<v>did|done|walked|hiked|finished|completed) (?:the|a|an) (?:whole |entire )?"
                r"(?:[a-z'-]+ ){0,3}(?:trail|camino|coast path)\b"), "hike"),
    # "saw Coldplay live", "I've seen them live three times"
    (("live",), re.compile(rf"{_SUBJECT}(?:saw|seen|caught) (?:(?!(?:the|a|an|it|that|this|match|game|final|race|fight|"
                           r"musical|play|show|comedy|comedian|ballet|video|clip|stream|footage)\b)[a-z0-9&'.-]+ ){1,3}"
                           r"(?:play )?live\b(?! (?:on|stream|streamed|online|broadcast|feed|footage)\b)"), "go to concerts"),
    # "we saw the new Bond film at the Odeon", "caught a late showing at the cinema"
    (("cinema", "pictures", "flicks", "odeon", "imax", "multiplex", "cineworld", "vue"),
     re.compile(rf"{_SUBJECT}(?:saw|seen|watched|caught) (?:[a-z0-9&'.-]+ ){{1,5}}at the (?:local )?(?:cinema|pictures|"
                rf"flicks|odeon|imax|multiplex|cineworld|vue)\b{NOT_THE_VENUE_AFTER}"), "go to the cinema"),
    # "I scored two goals on Sunday", "scored a try in the cup match": played (not "we scored": a fan says that too)
    (("scored", "wickets"),
     re.compile(r"(?:^(?:just )?|\bi (?:have |had )?(?:just |also |finally |even )?)(?:scored|took) (?:a|an|my first|the "
                r"winning|the|two|three|four|five|\d+) (?:[a-z-]+ ){0,2}(?P<x>goals?|tries|try|touchdowns?|home runs?|"
                r"half-century|century|wickets?)\b"), "{x}"),
    # "we landed at Heathrow at midnight", "just touched down in Lagos"
    (("landed", "touched down"), re.compile(rf"{_SUBJECT}(?:landed|touched down) (?:at|in)\b"), "fly"),
    # "I can't put this novel down": reading it
    (("put",), re.compile(r"\b(?:i|we) (?:can not|could not) put (?:this|the|my|that|it) (?:[a-z'-]+ ){0,2}(?:book|novel|"
                          r"thriller|memoir|biography|paperback) down\b"), "read"),
    # "I watched the match on telly last night"
    (("tv", "telly", "television", "the box"),
     re.compile(rf"{_SUBJECT}(?:watched|watch|caught|saw|binged) (?:[a-z0-9&'.-]+ ){{1,5}}on (?:the )?(?:tv|telly|"
                r"television|box)\b"), "watch tv"),
    # "restrung my ukulele", "I tuned the cello": playing it
    (("restrung", "tuned", "practised on", "practiced on"),
     re.compile(rf"{_SUBJECT}(?:restrung|re-strung|tuned|practised on|practiced on) (?:my|our|the) (?P<x>[a-z]+)\b"),
     "play the {x}"),
    # "Got my cello out and played through the Bach suite": playing it
    (("out",),
     re.compile(rf"{_SUBJECT}(?:got|get|dug|fished) (?:my|our) (?:old |trusty )?(?P<x>[a-z]+) out (?:again )?and "
                r"(?:played|play|practised|practiced|had a play|jammed|strummed)\b"), "play the {x}"),
    # "lost my voice singing along at the gig", "I was at the concert last night"
    (("gig", "concert"), re.compile(rf"{_SUBJECT}(?!(?:he|she|they|you|it|the|a|an|this|that|there|everyone|everybody|"
                                    r"nobody|someone|people)\b)(?:[a-z'-]+ ){0,6}at (?:the|a|last night's|"
                                    rf"saturday's|friday's) (?:gig|concert)\b(?! (?:hall|venue)\b)"), "go to concerts"),
    # "my video went viral"
    (("viral",), re.compile(r"\b(?:my|our) (?:[a-z]+ )?(?:post|video|tweet|reel|tiktok|photo|pic|selfie) went viral\b"),
     "am on social media"),
    # "got upgraded to business class"
    (("upgraded",), re.compile(rf"{_SUBJECT}(?:got |was |were )?upgraded to (?:business|premium economy)"
                               r"(?: class)?\b"), "fly"),
    # "did 2k in the pool", "swam forty laps in the lido"
    (("pool", "lido"), re.compile(rf"{_SUBJECT}(?:did|swam|do|swim) (?:\d+|a|an|[a-z]+)(?: ?k| ?km| metres| meters| miles| laps|"
                                  r" lengths)? (?:in|at) the (?:local )?(?:pool|lido)\b"), "swim"),
    # "I'm training for the Great North Run", "training for my first half marathon"
    (("training for",), re.compile(r"\b(?:i am|we are|i have been|we have been) training for (?:a|an|the|my) "
                                   r"(?:[a-z0-9'-]+ ){0,3}(?:marathon|half marathon|half|10k|5k|run|ultra)\b"), "run"),
    # "wrote 2000 words today"
    (("words",), re.compile(rf"{_SUBJECT}(?:wrote|write|have written|written|managed|hit) (?:\d[\d,]*|a thousand|[a-z]+ "
                            r"(?:thousand|hundred)) words\b"), "write"),
    # "I made a lasagne from scratch", "we cooked everything from scratch"
    (("scratch",), re.compile(rf"{_SUBJECT}(?:made|make|cook|cooked|whipped up|rustled up|knocked up|baked|bake|do|did) "
                           r"(?:[a-z'-]+ ){0,5}from scratch\b"), "cook"),
    # "I passed grade 8 piano", "got my grade five violin"
    (("grade",), re.compile(rf"{_SUBJECT}(?:passed|got|took|sat|did|have|finished) (?:my )?grade (?:\d|one|two|three|"
                         r"four|five|six|seven|eight) (?:in |on )?(?:the )?(?P<x>[a-z]+)\b"), "play the {x}"),
)
# what one plays who scored it
_SCORED = {"goal": "play sports", "try": "play rugby", "touchdown": "play american football", "home run": "play baseball",
           "half-century": "play cricket", "century": "play cricket", "wicket": "play cricket"}
_SPORT = re.compile(r"\b(?:match|game|games|cup|league|won|lost|beat|draw|drew|score|scored|goal|goals|vs|versus|"
                    r"against|season ticket|team|kick-off|kick off|fight|race|tournament)\b")
# "just back from Bali, the fourteen-hour flight wasn't bad": the trip told of is one's own
_BACK_FROM = re.compile(r"^(?:(?:i am|we are|i have|we have|i got|we got) )?(?:just )?(?:got )?back from\b")


def _idiom_claims(sentence: str) -> list[OpenClaim]:
    """Doing said by an idiom of its own: a trail walked, a band seen live, a dish made from scratch, a grade passed."""
    out: list[OpenClaim] = []
    for needed, shape, doing in _IDIOMS:
        if not any(word in sentence for word in needed):
            continue
        m = shape.search(sentence)
        if m is None or _NOT_FACT.search(sentence[:m.start()]) or _WISH.search(sentence[:m.start()]) or \
                _DENIED.search(sentence[:m.start()]) or \
                _OTHERS.search(sentence[:m.end()]):
            continue
        if needed == ("live",) and _SPORT.search(sentence):
            continue  # "saw England live at Wembley, they won": a match
        if doing == "{x}":
            doing = _SCORED[m.group("x").rstrip("s") if m.group("x") != "tries" else "try"]
        elif "{x}" in doing:
            named = next((x for x in (m.group("x"), m.group("x").split()[0]) if _an_instrument(x)), None)
            if named is None:  # "chords on my guitar today": the guitar
                continue
            doing = doing.format(x=named)
        base = affirmed_doing_claim(doing)
        if base is not None:
            subject: Subject = "we" if re.search(r"\bwe\b", m.group(0)) else "i"
            out.append(replace(base, time=_time(sentence), confidence=0.8, subject=subject))
    return out


def _an_instrument(noun: str) -> bool:
    """Is `noun` a musical instrument ("cello", "Stratocaster": a kind of string instrument)?"""
    return any(kind.endswith("instrument") for kind in _kinds(noun))


def _kinds(noun: str) -> frozenset[str]:
    from .pastimes import kinds_of  # noqa: PLC0415  (the knowledge base loads on first use)

    return kinds_of(noun)


@lru_cache(maxsize=4)
def _shapes(table: DoingTable) -> tuple[re.Pattern[str], frozenset[str]]:
    nouns = "|".join(re.escape(n) for n in sorted(table.by_noun, key=len, reverse=True))
    shape = re.compile(
        rf"(?:\b(?P<own>my|our) {_MODIFIERS}|\b(?P<subj>i|we) (?:just |also |finally |even |recently |then )?"
        rf"(?:{_TAKE_PART}) (?:(?:a|an|the|my|our|some|another|{_NUMBER}) )?{_MODIFIERS}"
        rf"|^(?:just )?(?:{_TOOK_PART}) (?:(?:a|an|the|my|our|some|another|{_NUMBER}) )?{_MODIFIERS}"
        rf"|\bthe (?=(?:{nouns}) (?:back|home|out|over|there)\b)|, the {_MODIFIERS}"
        rf"|^the (?=(?:{nouns}) on (?:my|our) way (?:back |home )?from\b))"
        rf"(?P<n>{nouns})\b{_NOT_AFTER}(?!'s|-)")
    return shape, frozenset(w for n in table.by_noun for w in _WORD.findall(n))


_PRESENT = frozenset("am is are has have do does keeps gets takes".split())


@lru_cache(maxsize=4)
def _place_shape(table: DoingTable) -> re.Pattern[str] | None:
    if not table.by_place:
        return None
    places = "|".join(re.escape(p) for p in sorted(table.by_place, key=len, reverse=True))
    return re.compile(rf"(?:^(?:just )?|\b(?:i|we) (?:have |had )?(?:just |also |finally )?)(?:went|go|goes|was|were|am|are|"
                      rf"been|spent(?: [a-z]+){{1,3}}|off|headed|heading|got back|came back|just back|back|popped|nipped|dashed)"
                      rf"(?: down| up| over| out)? (?:to|at|from) the (?:local |new |indoor |outdoor )?(?P<p>{places})\b"
                      rf"{NOT_THE_VENUE_AFTER}")


def _place_claims(sentence: str, table: DoingTable) -> list[OpenClaim]:
    """"Spent the afternoon at the driving range", "we went to the ice rink": being there is doing it."""
    shape = _place_shape(table)
    m = shape.search(sentence) if shape and " the " in sentence else None
    if m is None or _NOT_FACT.search(sentence) or _WISH.search(sentence[:m.end()]) or _DENIED.search(sentence[:m.end()]) \
            or _OTHERS.search(sentence[:m.end()]):
        return []
    base = affirmed_doing_claim(table.by_place[m.group("p")])
    if base is None:
        return []
    subject: Subject = "we" if re.match(r"we\b", m.group(0)) else "i"
    return [replace(base, time=_time(sentence), confidence=0.75, subject=subject)]


def _time(sentence: str) -> Time:
    """The sentence's time: its first tensed word says past or present ("my nap is sacred": present)."""
    tensed = next((w for w in _WORD.findall(sentence) if w in _PRESENT or is_past_form(w)), "")
    return time_of_sentence(sentence, "past" if tensed and tensed not in _PRESENT else "present")


def doing_event_claims(sentence: str, table: DoingTable | None = None) -> list[OpenClaim]:
    """The claims of doing an activity a normalised sentence makes by naming one of its events or things."""
    if sentence.rstrip().endswith("?"):
        return []
    if "lag" in sentence and _JET_LAGGED.search(sentence) and not _NOT_FACT.search(sentence) and \
            not _WISH.search(sentence) and not _DENIED.search(sentence):
        base = affirmed_doing_claim("fly")
        return [replace(base, time="recent", confidence=0.8)] if base else []
    if FUTURE.search(sentence):
        return []
    out = _idiom_claims(sentence)
    table = table or default_doings()
    out += [c for c in _place_claims(sentence, table) if all(c.key != o.key for o in out)]
    shape, vocabulary = _shapes(table)
    if vocabulary.isdisjoint(_WORD.findall(sentence)):
        return out
    m = shape.search(sentence)
    if m is None or _NOT_FACT.search(sentence) or _WISH.search(sentence[:m.end()]) or _DENIED.search(sentence[:m.end()]) \
            or _DENIED_AFTER.search(sentence, m.end()) or _OTHERS.search(sentence[:m.end()]) or _GIVEN.search(sentence):
        return out
    opening = LEAD.sub("", sentence[:m.start()]).strip()
    if m.group("subj") is None and m.group("own") is None and opening and not _BACK_FROM.match(opening):
        return out  # "the flight back" opens the sentence, or follows "back from Bali": told of one's own trip
    if m.group("n") in table.mine_only and m.group("own") != "my":
        return out
    base = affirmed_doing_claim(table.by_noun[m.group("n")])
    if base is None:
        return out
    subject: Subject = "we" if (m.group("own") or m.group("subj")) in ("our", "we") else "i"
    time: Time = "recent" if _BACK_FROM.match(opening) else _time(sentence)
    if any(c.key == base.key for c in out):
        return out  # "did forty lengths in the pool": one doing, said twice
    return [*out, replace(base, time=time, confidence=0.8, subject=subject)]


def read_doings(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Every claim of doing an activity a sentence makes by naming its events or things."""
    return doing_event_claims(sentence)


SENTENCE_READERS.append(read_doings)
