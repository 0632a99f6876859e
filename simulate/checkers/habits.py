"""Habits, skills and likes said in passing: what the open-claim reader's clause grammar leaves out.

"Never learned to ride a bike" (no "I"), "I'm up at five every day", "just finished the new Stephen King",
"changing a tyre's easy, I've done it loads of times", "sunk four hundred hours into Zelda", "I post pics on
Instagram", "board games bore me": each becomes the claim the checker compares with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gated import GatedReaders
from .open_claims import SENTENCE_READERS, OpenClaim, read_statement
from .pastimes import HABITUAL, LEAD, NOT_SO, WORD, activities, kinds_of, pastime_claims

_SUBJECTLESS_CLAUSE = re.compile(rf"{LEAD}(?P<rest>(?:never (?:learned|learnt|tried|done|been|played|smoked|drunk|"
                                 rf"drank|owned|had|ridden|driven|swum|skied|surfed|cooked|watched|touched|held|"
                                 rf"used|kept|worn|sung|danced|climbed|fished|knitted|sewn|painted|learned how)|"
                                 rf"can not|cannot|could not (?:even|ever)|would not (?:know|have a clue|have any idea)|"
                                 rf"been [a-z]+ing (?:since|for)|still [a-z]+ing)\b.*)$")


_INVERTED_NEVER = re.compile(rf"{LEAD}(?:not once|never|not ever|not (?:a single|one) (?P<x>[a-z]+(?: [a-z]+)?))"
                             r"(?: in my (?:whole |entire )?life)? (?P<aux>have|had|did) (?:i|we) (?:ever )?(?P<vp>[a-z].+)$")


def inverted_never_claims(sentence: str) -> list[OpenClaim]:
    """"Not once have I sailed", "Never did I learn to swim", "Not a single jigsaw have I done": I have never."""
    m = _INVERTED_NEVER.match(sentence)
    if not m:
        return []
    lead = "i have never" if m.group("aux") in ("have", "had") else "i never"
    vp = m.group("vp")
    if m.group("x") and m.group("x") not in ("time", "day", "bit", "moment", "second", "minute", "once"):
        # "Not a single jigsaw have I done in my life": I have never done a jigsaw ("not a single time": never)
        verb, _, rest = vp.partition(" ")
        vp = f"{verb} a {m.group('x')} {rest}".rstrip()
    return read_statement(f"{lead} {vp}") + pastime_claims(f"{lead} {vp}")


def subjectless_clause_claims(sentence: str) -> list[OpenClaim]:
    """A statement that leaves out its "I" ("Never learned to ride a bike", "Can't tie a tie", "Been smoking
    since I was fifteen", "Swam out to the island on Saturday"): read as if it had it. Only clauses that
    could be nobody else's: a denial, an ability, a habit, or an activity verb in the past."""
    m = _SUBJECTLESS_CLAUSE.match(sentence)
    if m:
        rest = m.group("rest")
        rest = f"have {rest}" if rest.startswith("been ") else rest
        return read_statement(f"i {rest}") + pastime_claims(f"i {rest}")
    pair = _ME_AND.match(sentence)
    if pair:  # "Me and the missus ride our bikes to the coast": we do
        return read_statement(f"we {pair.group('rest')}")
    first = WORD.match(sentence)
    if not first or not (_did_an_activity(first.group(0)) or first.group(0) in _HAD):
        return []
    claims = [c for c in read_statement(f"i {sentence}") if c.polarity == "affirm"]
    return claims + [replace(c, predicate=c.predicate.split()[0], object="") for c in claims
                     if " " in c.predicate and c.predicate.split()[0] in activities()]


_ME_AND = re.compile(rf"{LEAD}me (?:and|&) (?:my |the |our )?[a-z]+ (?P<rest>(?:[a-z]+ ){{0,1}}[a-z]+ .+)$")
_HAD = frozenset("had grabbed ate drank bought".split())
_BORES_ME = re.compile(rf"^{LEAD}(?P<x>[a-z][a-z -]{{1,30}}?) (?:bores?|bored) me(?: to tears| stiff| silly| senseless|"
                       rf" to death|$|[,.!])")


def bores_me_claims(sentence: str) -> list[OpenClaim]:
    """"Board games bore me to tears": I do not like board games."""
    m = _BORES_ME.match(sentence)
    if not m or m.group("x") in ("it", "that", "this", "he", "she", "they", "you", "everything", "nothing"):
        return []
    return [replace(c, confidence=0.8) for c in read_statement(f"i do not like {m.group('x')}")]


def _did_an_activity(word: str) -> bool:
    """Is `word` the past tense of a verb that is an activity ("swam", "drove", "walked")?"""
    from .words import IRREGULAR_PAST, verb_stem  # noqa: PLC0415

    if word not in IRREGULAR_PAST and not (word.endswith("ed") and len(word) > 4):
        return False
    return verb_stem(word) in activities()


_HOURS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "noon": 12,
          "midday": 12, "dawn": 5, "sunrise": 6, "the crack of dawn": 5, "lunchtime": 12, "lunch": 12}
_HOUR = r"(?P<h>\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|noon|midday|dawn|sunrise|the crack of dawn|lunchtime|lunch)"
_UP_AT = re.compile(rf"\b(?:i am|i get|i wake|i am always|i get up|i wake up|i am usually)? ?(?:up|awake) (?:at|by|around|"
                    rf"before) {_HOUR}(?:(?::\d\d)? ?(?:am|a\.m\.|in the morning))?\b")
_NEVER_UP = re.compile(rf"(?:\bi (?:never|do not ever|rarely|seldom) (?:get up|wake up|wake|surface|get out of bed|roll out of "
                       rf"bed) (?:before|until|till)|\bi (?:always |usually )?(?:sleep in|lie in|stay in bed) (?:until|till)) "
                       rf"{_HOUR}\b")
_MORNING_PERSON = re.compile(r"\bi am (?:an? )?(?:early bird|early riser|morning person|up with the lark)\b")
_NOT_MORNINGS = re.compile(r"\b(?:i am (?:hopeless|useless|terrible|rubbish|awful) (?:at|with) mornings|mornings are "
                           r"(?:not for me|evil|the worst|not my thing)|i am not (?:a|an) (?:morning person|early riser|"
                           r"early bird))\b")


_FINISHED = (r"\bi (?:have |had )?(?:just |finally |only just )?(?:finished|started|am halfway through|am half way through|"
             r"am (?:currently |still )?reading|devoured|reread|re-read|polished off|could not put down|am stuck into|"
             r"am nearly through|got through) ")
_READ_A_BOOK = re.compile(_FINISHED + r"(?:the |a |my |this |that |another )?(?:[a-z0-9'-]+ ){0,5}?"
                          r"(?P<n>novel|book|memoir|biography|autobiography|thriller|whodunnit|whodunit|trilogy|"
                          r"paperback|crime novel|detective novel)s?\b(?! club)")
_READ_AN_AUTHOR = re.compile(_FINISHED + r"(?:the )?(?:new|latest|last|first|second|third|fourth|fifth|old|early) "
                             r"(?P<who>[a-z][a-z.' -]{2,30}?)(?: one| novel| book)?(?:[,.!;]|$| and | but | in | on )")


def reading_claims(sentence: str) -> list[OpenClaim]:
    """"I've just finished the third Thursday Murder Club novel", "halfway through the new Stephen King":
    reading books (and novels, when it says so) lately."""
    m = _READ_A_BOOK.search(sentence)
    if m and not NOT_SO.search(sentence[:m.start()]):
        noun = "novel" if "novel" in m.group("n") or m.group("n") in ("thriller", "whodunnit", "whodunit") else "book"
        nouns = ("novels", "books") if noun == "novel" else ("books",)  # a novel is a book
        return [replace(c, time="recent", confidence=0.8) for n in nouns for c in read_statement(f"i read {n}")] + \
            [OpenClaim(predicate=c.predicate, object="", time="recent", confidence=0.8) for c in read_statement("i read")]
    m = _READ_AN_AUTHOR.search(sentence)
    if m and not NOT_SO.search(sentence[:m.start()]) and "novelist" in kinds_of(m.group("who")):
        return [replace(c, time="recent", confidence=0.8) for c in read_statement(f"i read {m.group('who')}")]
    return []


_EASY_FOR_ME = re.compile(rf"^{LEAD}(?P<g>[a-z]+ing(?: [a-z'-]+?){{0,3}}?)(?: is|'s) (?:really |so |dead |pretty )?"
                          rf"(?:easy|a doddle|a piece of cake|simple|no problem|second nature|child's play|a breeze|"
                          rf"nothing)\b(?=.*\bi (?:have done (?:it|that)|do (?:it|that)|can do (?:it|that)))")


def easy_for_me_claims(sentence: str) -> list[OpenClaim]:
    """"Changing a tyre's easy, I've done it loads of times": I can change a tyre."""
    m = _EASY_FOR_ME.search(sentence)
    if not m:
        return []
    return [replace(c, polarity="affirm", time="present", ability=True, never=False, confidence=0.8)
            for c in read_statement(f"i am {m.group('g')}") if c.polarity == "affirm"]


_HOURS_INTO = re.compile(rf"^{LEAD}(?:i |we )?(?:have )?(?:sunk|put|spent|logged|clocked|clocked up) (?:about |over |"
                         rf"around |nearly |almost |like |well over )?(?:\d+|[a-z]+)(?: hundred| thousand)? hours "
                         rf"(?:into|on|in|playing) (?:the new |the |my )?(?P<x>[a-z][a-z0-9' :-]{{1,30}}?)"
                         rf"(?:[,.!]|$| this | last | alone| since| already)")


def hours_into_claims(sentence: str) -> list[OpenClaim]:
    """"Sunk about four hundred hours into Zelda this year": plays it (a game the knowledge base knows)."""
    m = _HOURS_INTO.search(sentence)
    if not m or not (kinds_of(m.group("x")) & {"video game", "board game", "game"}):
        return []
    return [replace(c, confidence=0.85) for c in read_statement(f"i play {m.group('x')}")]


_POSTED_ON = re.compile(rf"(?:^{LEAD}|\b(?:i|we) (?:have |just |always |usually |often |also |am )?)(?:post|posted|"
                        r"posting|share|shared|sharing|upload|uploaded|uploading|put|tweet|tweeted)\b"
                        r"[a-z0-9' ]{0,40}? (?:on|to) (?:my |our )?(?P<x>[a-z]+)\b")
_MY_ACCOUNT = re.compile(r"\b(?:my|our) (?P<x>[a-z]+) (?:story|stories|feed|account|page|profile|followers|post|posts|"
                         r"channel|reel|reels|handle|dms)\b")


def social_media_claims(sentence: str) -> list[OpenClaim]:
    """"I post pics of my lunch on Instagram", "Did you see my Instagram story?": on Instagram."""
    for pattern in (_POSTED_ON, _MY_ACCOUNT):
        m = pattern.search(sentence)
        if m and "social media" in kinds_of(m.group("x")) and not NOT_SO.search(sentence[:m.start()]):
            return [replace(c, confidence=0.85) for c in read_statement(f"i am on {m.group('x')}")]
    return []


def waking_claims(sentence: str) -> list[OpenClaim]:
    """When the speaker gets up: "I'm up at five every day", "I'm an early bird" (gets up early); "I never get
    up before ten", "I'm hopeless at mornings" (does not). One claim, getting up early, affirmed or denied."""
    early = OpenClaim(predicate="get up", object="early", confidence=0.85)
    m = _NEVER_UP.search(sentence)
    if m and _hour(m.group("h")) >= 9:
        return [replace(early, polarity="deny")]
    if _NOT_MORNINGS.search(sentence):
        return [replace(early, polarity="deny", confidence=0.75)]
    if _MORNING_PERSON.search(sentence):
        return [replace(early, confidence=0.8)]
    m = _UP_AT.search(sentence)
    if m and _hour(m.group("h")) <= 6 and (HABITUAL.search(sentence) or re.search(r"\bweekends\b", sentence)) \
            and not NOT_SO.search(sentence[:m.start()]):
        return [early]
    return []


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS.get(word, 0)


def read_habits(sentence: str, topic: str | None = None) -> list[OpenClaim]:
    """Every claim about habits and skills said in passing that a normalised sentence makes."""
    out = subjectless_clause_claims(sentence) + inverted_never_claims(sentence)
    return out + _READERS.read(sentence)  # each reader only where a word it needs is


_READERS = GatedReaders((
    (("bore",), bores_me_claims),
    (("up ", "awake", "morning", "early", "lark"), waking_claims),
    (("finished", "started", "halfway", "half way", "reading", "devoured", "read", "polished", "put down",
      "stuck into", "through"), reading_claims),
    (("easy", "doddle", "cake", "simple", "problem", "nature", "play", "breeze", "nothing"), easy_for_me_claims),
    ((" hours ",), hours_into_claims),
    (("my ", "our ", "post", "shar", "upload", "put", "tweet"), social_media_claims),
))


SENTENCE_READERS.append(read_habits)
