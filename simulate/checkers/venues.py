"""Places of going out said in passing: "I saw Dune at the cinema last week", "I'm at the gym five days a week",
"At my cousin's wedding last month I gave a speech", "I met my wife at church".

A sentence in which the speaker does something at a venue (a kind listed under `venue` in categories.txt) also
says they went there, at the time of what they did: "I saw Dune at the cinema last week" is "I went to the cinema"
last week, which contradicts "I haven't been to the cinema in years". Only a sentence whose own first-person
claims are affirmed says so: "I never dance at weddings" and "I'd love to see it at the cinema" say nothing of
going, "my son plays at the stadium" is not the speaker's doing, "I work at the pub" is not going out, and "at
the cinema entrance" names another place.

A time said with the visit (`_WHEN`: "last week", "last year", "three months ago") is carried whole into the plain
statement ("I went to the cinema last week"), and open_claims dates that statement as it dates any other. So
`_WHEN` is not open_claims' `_RECENT` (the words that make a past clause recent): it also takes times further
back ("last year", "three months ago": past, not recent), and it leaves out words that also say when a habit is
done ("I eat at the pub for dinner every Friday" is going there, not a recent visit). Without a time of `_WHEN`,
a visit takes the time of the speaker's own claim ("I saw Dune at the cinema the other day": recent, like the
seeing); "I was at the cinema the other day", with no other claim, is a visit in the past.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import CONDITIONAL, FORM_READERS, FUTURE, REPORTED, OpenClaim, SentenceForms, read_statement

_AT = re.compile(r"\bat (?:(?:the|a|an|my|our|his|her|their) )?(?:[a-z]+'s )?(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*)?)\b")
_BEING_AT = re.compile(r"^(?:i|we) (?:am|are|was|were) (?:always |usually |often |normally |basically )?"
                       r"at (?:(?:the|a|an|my|our|his|her|their) )?(?:[a-z]+'s )?"
                       r"(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*)?)\b(?P<rest>.*)$")
_OFTEN = re.compile(r"\b(?:every|most|each|twice|once|three times|four times|five times|(?:two|three|four|five|six) "
                    r"(?:days|nights|times) a|daily|weekly|on (?:sundays|saturdays|weekends|fridays)|religiously)\b")
# a time of a past visit, carried into its plain statement (not open_claims._RECENT: see the module docstring)
_WHEN = re.compile(r"\b(?:last (?:night|week|weekend|month|year|summer|winter|spring|autumn|friday|saturday|sunday|"
                   r"monday|tuesday|wednesday|thursday)|yesterday|this (?:morning|week|weekend)|(?:a few|a couple of|two|three) "
                   r"(?:days|weeks|months) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
_FIRST_PERSON_DOING = re.compile(r"\b(?:i|we) (?!am\b|are\b|was\b|were\b|have\b|had\b)[a-z]+ed\b|\b(?:i|we) (?:saw|met|had|gave|"
                                 r"went|got|did|made|sang|ran|took|ate|drank|bought|spent|wore|won|lost|danced|played)\b")
# a word after the venue that makes it part of another place or thing: "at the cinema entrance", "the gym website"
NOT_THE_VENUE = frozenset({"entrance", "entrances", "door", "doors", "gate", "gates", "website", "site", "app", "hall",
                            "bus", "stop", "car", "parking", "staff", "shop", "cafe", "toilet", "toilets", "queue",
                            "counter", "office", "steps", "reception", "kiosk", "stand", "foyer", "lobby"})
NOT_THE_VENUE_AFTER = rf"(?! (?:{'|'.join(sorted(NOT_THE_VENUE))})\b)"  # the same, as a lookahead after a place
_WORKS_THERE = re.compile(r"\b(?:i|we) (?:[a-z]+ )?(?:work|worked|working|volunteer|volunteered|volunteering|clean|cleaned|"
                          r"cleaning|parked|park|have worked|had worked)\b")
_NOT_HERE = re.compile(r"\b(?:not|never|no|nobody|would|could|should|might|wish|if)\b")


def _venue(phrase: str) -> str | None:
    """The venue `phrase` names, its first two words or its first ("cinema last week" -> "cinema"), if any."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    words = phrase.split()
    for n in (2, 1):
        if len(words) >= n:
            name = knowledge.canonical_noun(" ".join(words[:n]))
            if name == "venue" or "venue" in knowledge.ancestors(name):
                return name if len(words) == n or words[n] not in NOT_THE_VENUE else None
    return None


def venue_claims(forms: SentenceForms) -> list[OpenClaim]:
    """"I saw Dune at the cinema last week": I went to the cinema (last week)."""
    sentence = forms.norm
    if "at " not in sentence:
        return []  # every shape below needs "at": most sentences stop here, before any pattern is tried
    if sentence.rstrip().endswith("?") or CONDITIONAL.search(sentence) or FUTURE.search(sentence) or \
            REPORTED.search(sentence):
        return []
    being = _BEING_AT.match(sentence)
    if being:
        place = _venue(being.group("x"))
        if place and _OFTEN.search(sentence):
            return [replace(c, confidence=0.8) for c in read_statement(f"i go to the {place} every week")]
        if place and sentence.split()[1] in ("was", "were") and not _NOT_HERE.search(sentence):
            when = _WHEN.search(sentence)
            return [replace(c, confidence=0.8)
                    for c in read_statement(f"i went to the {place}" + (f" {when.group(0)}" if when else ""))]
        return []
    if _WORKS_THERE.search(sentence):
        return []  # "I work at the pub", "I volunteer at church": there to work, not to go out
    own = [c for c in forms.read_before if c.text == forms.written and c.polarity == "affirm" and not c.ability
           and c.time != "future" and c.predicate != "have"]  # "my son plays at the stadium": his doing
    if _NOT_HERE.search(sentence) or not (own or _FIRST_PERSON_DOING.search(sentence)):
        return []
    for m in _AT.finditer(sentence):
        place = _venue(m.group("x"))
        if place is None:
            continue
        when = _WHEN.search(sentence)
        if when:
            found = read_statement(f"i went to the {place} {when.group(0)}")
        elif own:
            found = [replace(c, time=own[0].time, qualifier=own[0].qualifier)
                     for c in read_statement(f"i go to the {place}")]
        else:
            found = read_statement(f"i went to the {place}")
        return [replace(c, never=False, confidence=0.8) for c in found]
    return []


FORM_READERS.append(venue_claims)
