"""Senses, fears and skills said in passing: what the open-claim reader's clause grammar leaves out.

"I fall asleep listening to podcasts" (I listen to podcasts), "I won't go anywhere near deep water" (I am
afraid of deep water), "I refuse to get on a plane" (I do not fly), "spotted a kingfisher" (I spot things,
which a blind person does not): each becomes the claim the checker compares with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from .open_claims import CLAIM_EXTENDERS, SENTENCE_READERS, OpenClaim, read_statement

_LEAD = r"^(?:(?:oh|well|yeah|yes|no|honestly|haha|so|and|but|ha)[,!.]? )*"
_THING = r"(?P<x>(?:the |a |an |any )?[a-z][a-z' -]{1,30}?)"
_END = r"(?:$|[,.!;]| (?:it|they|that) | because | since | ever | at all| again| if )"

# "... listening to podcasts", "... watching the sunrise": the speaker does it while doing the main verb
_PARTICIPLE = re.compile(r"^i (?!(?:would|could|might|will|want|wish|hope|plan|used to)\b)[a-z' ]+? "
                         rf"(?P<verb>listening to|watching) {_THING}{_END}")
_VERB = {"listening to": "listen to", "watching": "watch"}

# "I won't go anywhere near deep water", "I'd never go near the sea", "I lose it around dogs"
_AVOID = re.compile(rf"{_LEAD}(?:i|we) (?:will not|would not|would never|never|do not|can not) (?:even )?"
                    rf"(?:go|get|set foot) (?:anywhere )?near {_THING}{_END}")
_LOSE_IT = re.compile(rf"{_LEAD}i (?:totally |completely )?(?:lose it|freak out|panic) (?:around|near|whenever i see) "
                      rf"{_THING}{_END}")
# "I refuse to get on a plane", "you won't get me on a plane", "I will never set foot on a plane again"
_NO_PLANE = re.compile(rf"{_LEAD}(?:i (?:refuse to|will not|would not|would never|never|am too scared to(?: ever)?|"
                       r"am too afraid to(?: ever)?) (?:get|set foot|step) on|"
                       r"you will (?:not|never) get me on) (?:a |an )?(?:plane|aeroplane|airplane|aircraft|flight)s?\b")
_FEARED = frozenset(("water, deep water, sea, ocean, heights, dogs, dog, cats, horses, spiders, snakes, needles, needle, "
                     "hospitals, crowds, lifts, elevators, boats, boat, planes, plane, the water").split(", "))


def participle_claims(sentence: str) -> list[OpenClaim]:
    """"I fall asleep every night listening to podcasts": I listen to podcasts."""
    m = _PARTICIPLE.match(sentence)
    if not m:
        return []
    return [replace(c, confidence=min(c.confidence, 0.85))
            for c in read_statement(f"i {_VERB[m.group('verb')]} {m.group('x')}") if c.polarity == "affirm"]


def avoidance_claims(sentence: str) -> list[OpenClaim]:
    """"I won't go anywhere near deep water", "I freak out around dogs": I am afraid of it. "I refuse to get on
    a plane": I never fly (a refusal speaks of any time, not only of habit)."""
    if _NO_PLANE.match(sentence):
        return [replace(c, confidence=0.8) for c in read_statement("i never fly")]
    m = _AVOID.match(sentence) or _LOSE_IT.match(sentence)
    if not m:
        return []
    thing = m.group("x").strip()
    if thing.removeprefix("the ").removeprefix("a ") not in _FEARED and thing not in _FEARED:
        return []
    return [replace(c, confidence=0.75) for c in read_statement(f"i am afraid of {thing}")]


# "I can touch type", "I'm a touch typist" against "still typing with two fingers", "I hunt and peck"
_TOUCH_TYPES = re.compile(rf"{_LEAD}i (?:can |could always |have always been able to )?(?:touch[- ]type|am a touch[- ]typist)\b|"
                          rf"{_LEAD}i (?:can )?type (?:at )?(?:about |around |like |over )?(?:[6-9]\d|1\d\d|sixty|seventy|eighty|"
                          r"ninety|a hundred)(?: [a-z]+)? (?:words a minute|words per minute|wpm)\b")
_TWO_FINGERS = re.compile(rf"{_LEAD}(?:i (?:still |only |just )?(?:type|am typing|am still typing)|(?:still |only )?typing) "
                          r"(?:with|using) (?:two|one|2|1|a couple of|my two|my index) fingers?\b|"
                          rf"{_LEAD}i (?:still |just )?(?:hunt and peck|am a (?:two|one)[- ]finger(?:ed)? typist)\b|"
                          rf"{_LEAD}i (?:can not|never learned to|never learnt to) touch[- ]type\b|"
                          rf"{_LEAD}i can not type without looking\b")


_SMALL_SCREEN = re.compile(r"\b(?:phone|mobile|tablet|ipad|remote|touch ?screen)\b")


def touch_typing_claims(sentence: str) -> list[OpenClaim]:
    """"I can touch type" is the ability (and so is typing); "still typing with two fingers" and "I hunt and peck"
    deny it."""
    polarity: Literal["affirm", "deny"]
    if _TWO_FINGERS.match(sentence) and not _SMALL_SCREEN.search(sentence):
        polarity = "deny"
    elif _TOUCH_TYPES.match(sentence) and " not " not in sentence.split(",")[0]:
        polarity = "affirm"
    else:
        return []
    typing = read_statement("i can type")
    touch = [replace(c, predicate="touch typ", polarity=polarity, never=False, confidence=0.85) for c in typing]
    return touch + ([replace(c, confidence=0.85) for c in typing] if polarity == "affirm" else [])  # one who touch
    # types can type; one who types with two fingers can type too


def senses_reader(sentence: str, topic: str | None) -> list[OpenClaim]:
    """The readers of this module, for one normalised sentence as typed (each only where its words occur)."""
    out: list[OpenClaim] = []
    if "listening to " in sentence or "watching " in sentence:
        out += participle_claims(sentence)
    if any(word in sentence for word in (" near ", " around ", " see ", "plane", "flight", "aircraft")):
        out += avoidance_claims(sentence)
    if "typ" in sentence or "hunt and peck" in sentence:
        out += touch_typing_claims(sentence)
    return out


_SIGHT = frozenset({"spot", "notice", "catch sight of"})


_VISUAL = frozenset(("sunset, sunrise, sun go down, sun come up, sun set, sun rise, star, northern light, aurora, "
                     "fireworks, firework, cloud, shooting star, eclipse").split(", "))


def _seen(claim: OpenClaim) -> bool:
    """Does the claim say the speaker saw something with their eyes?"""
    if claim.predicate in _SIGHT:
        return bool(claim.object)
    return (claim.predicate == "watch" and claim.object in _VISUAL) or claim.predicate in ("birdwatch", "stargaz")


def sight_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """Spotting or noticing something, watching a sunset or the stars, is seeing: "spotted a kingfisher" and
    "watched the sun go down" are also "I spot" (see exclusions). Watching a match or a film says nothing."""
    return [replace(c, predicate="spot", object="", confidence=min(c.confidence, 0.8)) for c in claims
            if _seen(c) and c.polarity == "affirm" and not c.ability and c.subject == "i"]


_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest|another) ")


def ordinal_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"Got my second tattoo" is also "got a tattoo": an ordinal before an affirmed object is dropped (not from a
    name of its own: "New York" is no York, nor "New Zealand" a Zealand)."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    return [replace(c, object=_ORDINAL.sub("", c.object)) for c in claims
            if c.polarity == "affirm" and _ORDINAL.match(c.object) and " " in c.object and "'s " not in c.predicate
            and not _a_name_of_its_own(c.object, default_knowledge().known(c.object))]


def _a_name_of_its_own(phrase: str, known: bool) -> bool:
    """Is `phrase` a thing of its own the knowledge base or the gazetteer names ("new york", "new zealand")?"""
    if known:
        return True
    from .places import resolve  # noqa: PLC0415  (the gazetteer loads on first use)

    return phrase.startswith("new ") and bool(resolve(phrase))


_NOT_A_SKILL = frozenset("be go get make do have take come stand say tell afford wait help see hear find keep let "
                         "imagine believe understand remember think feel live sleep eat drink walk run".split())


def bare_ability_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"I can whistle any tune you like" is also "I can whistle", which "I can't whistle to save my life" denies."""
    return [replace(c, object="", confidence=min(c.confidence, 0.8)) for c in claims
            if c.ability and c.polarity == "affirm" and c.object and c.subject == "i" and c.time == "present"
            and " " not in c.predicate and c.predicate not in _NOT_A_SKILL]


SENTENCE_READERS.append(senses_reader)
CLAIM_EXTENDERS.append(sight_claims)
CLAIM_EXTENDERS.append(ordinal_claims)
CLAIM_EXTENDERS.append(bare_ability_claims)
