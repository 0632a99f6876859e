"""Taking part in a thing, said by its sessions or one's role in it, held against never doing it.

"Our D&D campaign hit session 80 last night" says the speaker plays D&D, whatever D&D is; "Union rep at work,
twelve years" says they are in a union; "Every Sunday we are having carrom tournament" that they play carrom. None
of these names needs to be known: the thing is whatever stands before a word only its takers-part use
(campaign, tournament, lessons, rehearsal, "X night") or before a role in it (rep, steward, captain, champion).
The reader says "take part in X"; the check holds it against the speaker's own "I've never played X",
"I'm not in a union", "I don't do X" and the like, in either order.

Left out on purpose: "team", "club" and "league" ("my football team lost again" is a team one supports), a group
that is someone else's ("my son's chess lessons"), and a plan, a wish or a question.
"""

from __future__ import annotations

import re
from typing import Literal

from .open_claims import LAPSED, SENTENCE_READERS, OpenClaim, time_of_sentence
from .open_ledger import OpenLedger, OpenRecord, add_two_kind_check, times_overlap
from .words import singular

__all__ = ["participation_claims", "participation_judged"]

TAKE_PART = "take part in"
_LEAD = (r"^(?:(?:nah|no|yes|yeah|well|oh|so|and|but|honestly|funny you ask|good question|ha|haha|lol|tbh|ngl|"
         r"fair enough|hi|hello|hey)[,!. ]+)*")
_THING = r"(?P<x>[a-z0-9&+][a-z0-9&+' -]{0,24}?)"
_SESSIONS = (r"campaign|campaigns|tournament|tournaments|lessons|lesson|classes|rehearsal|rehearsals|sessions|"
             r"practice|practices|game night|games night|night|nights|jam|jams|meetup|meet-up|circle")
# ("X is my absolute jam", "my total obsession night": a degree, not a thing taken part in)
_MINE = re.compile(rf"\b(?P<who>my|our) (?!(?:absolute|total|real|true|biggest|big|favou?rite|whole|own) "
                   rf"(?:{_SESSIONS})\b){_THING} (?:{_SESSIONS})\b")
_WE_HOLD = re.compile(rf"\b(?P<who>we|i) (?:are having|have|had|play|played|do|did) "
                      rf"(?:a |an |our |the |weekly |monthly )?{_THING} (?:{_SESSIONS})\b")
_ROLE = re.compile(rf"{_LEAD}(?:(?:i am|i have been|i was) (?:the |a |an )?|(?=[a-z]))(?:(?:reigning|current|local|"
                   rf"workplace|elected) )?{_THING} (?:rep|steward|shop steward|captain|champion)\b(?! (?:is|was|came|"
                   r"has|had|said|told|at our|of our|in our))")
_NOT_SO = re.compile(r"\b(?:if|would|could|might|wish|want|wanted|hope|hoping|someday|one day|thinking of|planning|"
                     r"back in|back when|at school|in school|as a kid|as a teen|booked|host|hosts|hosted|hosting|"
                     r"watch|watched|watching|i just do|i only do|tea urn|raffle|raises money|"
                     r"going to|gonna|will|maybe|never|not|no|used to|when i was|as a kid|as a child|signed up|"
                     r"sign up|start|starting|next)\b")
_HINTS = ("campaign", "tournament", "lesson", "class", "rehearsal", "session", "practice", "night", "jam", "meet",
          "circle", "rep", "steward", "captain", "champion")  # one of which every shape read here holds
_NOT_THINGS = frozenset("""a an the my our your his her their its this that last first next every each one some any
other same new old big little weekly monthly school work date movie film family friday saturday sunday monday tuesday
wednesday thursday weeknight late early quiet good great long whole to at in on of for with and or but we i you he she
they it been be being is are was were have has had do does did won few many more most lot lots online private free
husband wife son sons daughter daughters kid kids child children mum mom dad mother father brother sister friend
friends boss partner boyfriend girlfriend grandson granddaughter sales service customer account insurance support
field medical pharmaceutical pharma regional area company student class""".split())
_SAID_OF_SOMEONE = re.compile(r"(?:ing|est|ly|'s)$")  # "been taking", "my biggest lesson", "friday's"
_TAKING_PART = frozenset({"play", "do", "be in", "join", "practis", "practic", "learn", "go to", TAKE_PART, "belong to",
                          "be member of", "be a member of"})


def _thing(said: str) -> str | None:
    """The thing as named, or None when the words before the group name none ("our weekly night")."""
    words = said.strip(" -'").split()
    if not words or len(words) > 2 or any(w in _NOT_THINGS or _SAID_OF_SOMEONE.search(w) for w in words):
        return None
    return singular(" ".join(words))


def participation_claims(sentence: str, topic: str | None) -> list[OpenClaim]:
    """"take part in X" for a thing said by its sessions or a role in it."""
    if not any(word in sentence for word in _HINTS) or _NOT_SO.search(sentence) or sentence.rstrip().endswith("?") or \
            LAPSED.search(sentence):
        return []
    out = []
    for pattern in (_MINE, _WE_HOLD, _ROLE):
        m = pattern.search(sentence)
        thing = _thing(m.group("x")) if m else None
        if m and thing:
            subject: Literal["i", "we"] = "we" if "who" in m.groupdict() and m.group("who") in ("our", "we") else "i"
            out.append(OpenClaim(TAKE_PART, thing, time=time_of_sentence(sentence, "present"), subject=subject,
                                 confidence=0.8))
    return out[:1]


def key(thing: str) -> str:
    """A thing named two ways ("D&D", "d d") as one key."""
    return re.sub(r"[^a-z0-9]", "", thing)


def _took_part(record: OpenRecord) -> bool:
    d = record.derived
    return d.predicate == TAKE_PART and d.polarity == "affirm"


def _denied(record: OpenRecord) -> bool:
    d = record.derived
    return d.predicate in _TAKING_PART and d.predicate != TAKE_PART and d.polarity == "deny" and bool(d.object) and \
        not record.claim.ability


def _by_thing(record: OpenRecord) -> tuple[str, str]:
    return record.speaker, key(record.derived.object)


def participation_judged(ledger: OpenLedger, took: OpenRecord, denied: OpenRecord) -> tuple[float, str] | None:
    """How surely taking part in a thing and denying doing it speak of one time, and why they clash."""
    overlap = times_overlap(took.claim, denied.claim, same_session=took.session == denied.session)
    return (overlap, f"one who takes part in {took.claim.object} does it") if overlap else None


SENTENCE_READERS.append(participation_claims)
add_two_kind_check("participation", _took_part, _denied, _by_thing, participation_judged)
