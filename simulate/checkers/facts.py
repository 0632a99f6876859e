"""Claims for memory: what a persona learns from a turn, from both readers.

Memory keeps facts as `Claim`s. The slot grammar gives its own; each open claim ("I knit every evening",
"I've never been to Japan") becomes a Claim keyed by its predicate and object, so that a later statement
about the same thing supersedes it, and a denial is kept as a denial.
"""

from __future__ import annotations

from .claims import Claim, Tense
from .open_claims import OpenClaim, extract_open_claims
from .rules import extract_claims

__all__ = ["claims_for_memory", "open_claim_as_claim"]

_TENSE: dict[str, Tense] = {"present": "present", "now": "present", "recent": "past", "past": "past",
                            "remote": "past", "ever": "past"}


def open_claim_as_claim(claim: OpenClaim) -> Claim:
    """An open claim in the form memory stores: slot "open", key "open:<predicate>|<object>"."""
    value = f"{claim.predicate} {claim.object}".strip()
    return Claim(slot="open", key=f"open:{claim.predicate}|{claim.object}", value=value, polarity=claim.polarity,
                 tense=_TENSE[claim.time], change=claim.change, qualifier=claim.qualifier, span=claim.span,
                 text=claim.text, source="rules", confidence=claim.confidence)


def claims_for_memory(text: str) -> list[Claim]:
    """The slot claims of `text`, then its open claims that say something the slots did not."""
    slots = extract_claims(text)
    covered = {c.span for c in slots}
    return slots + [open_claim_as_claim(c) for c in extract_open_claims(text)
                    if c.span not in covered and c.subject == "i"]
