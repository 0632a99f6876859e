"""Trying a thing: "I've never tried ChatGPT" is met by any doing of it ("I use ChatGPT for work all the time").

The reader reads "never tried X" as "never had X" (right for food and drink). Any use of the thing says it was tried,
whatever the verb, so each such doing is also read as trying it, and each "never tried X" as never trying it. Only
"tried" said in so many words is denied this way: "I've never eaten a horse" does not meet "I ride horses".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .knowledge import default_knowledge
from .open_claims import CLAIM_EXTENDERS, HAVE, OpenClaim

TRY = "tri"  # (a stem, as the reader's predicates are)
# "never tried X" with X said whole: what follows X ends the clause ("never tried the train to Paris" is narrowed)
_NEVER_TRIED = re.compile(r"\b(?:never|not)(?: (?:ever|even|really|once|actually))? tried (?:a |an |the |any |out )?"
                          r"(?P<x>[a-z0-9][a-z0-9'-]*(?: [a-z0-9][a-z0-9'-]*){0,2}?)"
                          r"(?=[.,!?;]|$| (?:though|yet|ever|in my life|lol|tbh|honestly|either|myself|personally)\b|"
                          r" before(?=[.,!?;]|$))")
# a never that ends or holds only for a while: "until today", "growing up", "as a kid", "when I was little"
_FOR_A_WHILE = re.compile(r"\b(?:until|till|til|growing up|as a (?:kid|child|teen|teenager)|when i was|back (?:home|then)|"
                          r"at school|before i)\b")
# doings that use the thing they name, which has then been tried (not liking, watching, wanting, taking or having it)
_USES = frozenset("us play eat drink rid driv smok vap do practis practic fly wear".split())
_EATEN = frozenset({"eat", "drink"})
# kinds of thing whose "tried" is eating or drinking it ("never tried horse", "never tried gin"): left to the reader
_TASTED_KINDS = frozenset({"food", "beverage", "animal", "alcohol", "drink"})


def tried_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """A "never tried X" read as never trying X; a doing that uses X, present or past, as having tried X."""
    out: list[OpenClaim] = []
    for c in claims:
        if not c.object or c.bare or c.ability:
            continue
        if c.polarity == "deny" and c.predicate == HAVE and c.never and "tried" in c.text.lower():
            text = c.text.lower()
            m = _NEVER_TRIED.search(text)
            if m and m.group("x").rsplit(" ", 1)[-1].startswith(c.object.rsplit(" ", 1)[-1][:4]) and \
                    not _FOR_A_WHILE.search(text, m.end()) and not _tasted(c.object):
                out.append(replace(c, predicate=TRY))
        elif c.polarity == "affirm" and c.predicate in _USES and (c.predicate in _EATEN or not _tasted(c.object)):
            out.append(replace(c, predicate=TRY, confidence=min(c.confidence, 0.85)))
    return out


def _tasted(thing: str) -> bool:
    """Is the thing one whose trying is tasting it (a food, a drink, an animal)?"""
    return bool(_TASTED_KINDS & set(default_knowledge().ancestors(thing)))


CLAIM_EXTENDERS.append(tried_claims)
