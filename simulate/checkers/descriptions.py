"""Who the speaker is, said without "I am": "Lactose intolerant, sadly.", "Teacher for twenty years.",
"Only child.", "Mum of two.", "Big fan of hiking, I'm out most weekends."

A sentence that opens with a short verbless description of a person is read as "I am" that description, when the
knowledge base knows something the description implies or excludes (a teacher has a job, the lactose intolerant
drink no milk). A single bare word ("Nurse.") may answer a question about someone else and is left alone.
Praise and reactions ("Lucky you.", "Great idea.", "Nurse? Wow.") name nothing the knowledge base
knows, and a question is no statement.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import LEAD_WORDS, SENTENCE_READERS, OpenClaim, read_statement

_LEAD = (rf"^(?:(?:{LEAD_WORDS}|well|oh|ah|yeah|yes|yep|ha|haha|hmm|honestly|lol|ngl|tbh|and|but|so|plus|also|"
         rf"hello|hi|hey|me|myself)[,!. ]+)*")
_DESCRIPTION = re.compile(
    rf"{_LEAD}(?:a |an )?(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){{0,3}}?)"
    r"(?P<tail> for (?:about |almost |nearly |over )?(?:[a-z0-9-]+ ){1,2}(?:years?|months?|decades?)(?: now)?"
    r"| since [a-z0-9' ]+| through and through| and proud| by trade| by profession| here| myself| at heart"
    r"|, me| me| these days| now)?"
    r"(?P<adv>,? (?:sadly|unfortunately|thankfully|luckily|honestly|obviously|actually|i am afraid|as it happens|"
    r"if you can believe it|believe it or not|for my sins|bless me|touch wood))?[.!]*$")
_PARENT_OF = re.compile(rf"{_LEAD}(?:a |an )?(?:proud |busy |working |single |tired |exhausted )?"
                        r"(?:mum|mom|mother|mam|mama|dad|father|papa|parent) of (?P<n>one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|[1-9])(?: (?:kids|children|boys|girls|little ones))?\b")
# Words that make the opening piece a clause, a reaction or a reference to someone else, not a description.
_NOT_A_DESCRIPTION = frozenset("""is are was were be been am has have had do does did can could will would should may might
must not no never the that this these those it its you your yours he him his she her they them their we us our my
mine i what how who why where when which so such very too really pretty quite just same yes yeah nope thanks thank
sorry congrats congratulations welcome nice great good cool awesome lovely lucky wow amazing interesting fun funny
sounds sound looks look seems there here anyone everyone someone something nothing everything all both each either
neither more most less least best worst me make makes made get gets got feel feels keep keeps love loves like likes
hate hates want wants need needs go goes went come comes came take takes took""".split())
_LONGEST = 4  # words in a description: "big fan of hiking"


def description_claims(sentence: str, topic: str | None = None) -> list[OpenClaim]:
    """"Lactose intolerant, sadly." (I am lactose intolerant), "Mum of two." (I have two children)."""
    if sentence.rstrip().endswith("?"):
        return []
    parent = _PARENT_OF.match(sentence)
    if parent:
        return [replace(c, confidence=0.75) for c in read_statement(f"i have {parent.group('n')} children")]
    m = _DESCRIPTION.match(sentence.strip())
    if not m:
        return []
    words = m.group("x").split()
    if len(words) == 1 and not m.group("tail") and not m.group("adv"):
        return []  # "Nurse." may answer "what does your wife do?"; "Nurse for ten years, me." speaks of the speaker
    if len(words) > _LONGEST or _NOT_A_DESCRIPTION.intersection(words) or words[-1].endswith("ly"):
        return []
    article = "an" if words[0][0] in "aeiou" else "a"
    claims = [c for c in read_statement(f"i am {article} {m.group('x')}") if c.polarity == "affirm"]
    if not claims:
        claims = [c for c in read_statement(f"i am {m.group('x')}") if c.polarity == "affirm"]
    return [replace(c, confidence=min(c.confidence, 0.75)) for c in claims if _known(c)]


def _known(claim: OpenClaim) -> bool:
    """Does the knowledge base know what the claim implies or excludes about the speaker (a teacher has a job),
    not only what its word is a kind of (pizza is food)?"""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    derived = knowledge.expand(claim)
    return any(d.predicate != claim.predicate for d in derived) or any(knowledge.exclusions_of(d) for d in derived)


SENTENCE_READERS.append(description_claims)
