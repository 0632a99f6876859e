"""Trying a thing: "I've never tried ChatGPT" is met by any doing of it ("I use ChatGPT for work all the time").

The reader reads "never tried X" as "never had X" (right for food and drink). Any use of the thing says it was tried,
whatever the verb, so each such doing is also read as trying it, and each "never tried X" as never trying it. Only
"tried" said in so many words is denied this way: "I've never eaten a horse" does not meet "I ride horses".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import CLAIM_EXTENDERS, HAVE, OpenClaim

TRY = "tri"  # (a stem, as the reader's predicates are)
_NEVER_TRIED = re.compile(r"\b(?:never|not)(?: (?:ever|even|really|once|actually))? tried (?:a |an |the |any |out )?"
                          r"(?P<x>[a-z0-9][a-z0-9' -]*)")
_UNTIL = re.compile(r"\b(?:until|till|til)\b")  # "I'd never tried archery until today": tried now
# doings that use the thing they name, which has then been tried (not liking, watching, wanting or having it)
_USES = frozenset("us play eat drink rid driv smok vap do practis practic fly wear tak".split())


def tried_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """A "never tried X" read as never trying X; a doing that uses X, present or past, as having tried X."""
    out: list[OpenClaim] = []
    for c in claims:
        if not c.object or c.bare or c.ability:
            continue
        if c.polarity == "deny" and c.predicate == HAVE and c.never and "tried" in c.text.lower():
            m = _NEVER_TRIED.search(c.text.lower())
            if m and c.object.rsplit(" ", 1)[-1][:4] in m.group("x") and not _UNTIL.search(c.text.lower(), m.end()):
                out.append(replace(c, predicate=TRY))
        elif c.polarity == "affirm" and c.predicate in _USES:
            out.append(replace(c, predicate=TRY, confidence=min(c.confidence, 0.85)))
    return out


CLAIM_EXTENDERS.append(tried_claims)
