"""Being and having told by its everyday evidence, in shapes the clause reader does not read.

People rarely name a state; they tell of what it brings:

- a smoker counts cigarettes by the day without naming them ("I'm on about twenty a day", "down to ten a day",
  "a pack a day"): smoking now (only counts of ten and more, or packs: "five a day" is fruit);
- a routine is said with the doing as its subject ("Getting the tube to the office every morning is a
  nightmare", "Feeding the chickens every morning is my first job"): the speaker does it, read as "I am getting
  the tube to the office every morning";
- a workplace is said by one's shift in it ("my shift on the maternity ward ran over", "my night shifts at the
  care home"): working there, read as "I work on the maternity ward";
- an operation is said by its name ("after my tonsillectomy"): had it, which knowledge relates to the organ kept
  or the surgery denied;
- a past state is said as the time of something else ("when I was pregnant with my son I craved pickles", "back
  when I was married"): it held then;
- schooling is said by its furniture ("my old PE teacher", "my secondary school", "my school uniform", "back at
  school"): having gone to school;
- the sea is placed by distance ("I live five minutes from the beach", "right on the seafront": by the sea; "I
  live hours from the sea", "nowhere near the coast": inland);
- a life event is said as a time ("during my pregnancy", "since my divorce", "after my retirement"): it happened,
  read as the plain statement `_LIFE_EVENTS` gives for it.

Each becomes what the same thing said plainly reads as, so `implications.txt` and `exclusions.txt` reason over
it; a sentence that wishes, supposes or tells of someone else says nothing.

A country one lives in, told by its everyday evidence ("I get the tube to work"), is held against a home said
outright by `homes.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import CONDITIONAL, SENTENCE_READERS, OpenClaim, read_statement

__all__ = ["read_evidence"]

_COUNT = (r"(?:ten|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|1\d|2\d|3\d|40|50|60|"
          r"a pack|a packet|half a pack|a pack and a half|a box|two packs|a deck)")
_CIGARETTES_A_DAY = re.compile(rf"\b(?:i am|i have been|i am still) (?:on|down to|up to|back on|back up to|smoking) "
                               rf"(?:about |around |like |maybe |roughly |nearly |over |at least |only |just )?"
                               rf"{_COUNT} a day\b|\b(?:i am |i have )?(?:cut|cutting) (?:it )?down to (?:about |around )?"
                               rf"{_COUNT} a day\b")
# the same said of the past: "I was on twenty a day for ten years", "I used to get through forty a day"
_CIGARETTES_A_DAY_PAST = re.compile(rf"\bi (?:was|used to be) (?:on|up to|smoking) (?:about |around |like |nearly |over )?"
                                    rf"{_COUNT} a day\b|\bi (?:used to get through|got through|used to smoke) "
                                    rf"(?:about |around |like |nearly |over )?{_COUNT} a day\b")
_NOT_SMOKING = re.compile(r"\b(?:steps|cups?|coffees?|teas?|glass(?:es)?|pints?|calories|emails|pages|words|miles|"
                          r"km|push-?ups|sit-?ups|squats|tablets|pills|meals|snacks|eggs|bananas|apples|portions|"
                          r"litres|liters|hours|minutes|patients|calls|customers|clients|orders|lessons|gums?|lozenges|patches)\b")

_HABIT_TIME = (r"(?:every|each) (?:single )?(?:morning|day|night|evening|afternoon|week|weekday|weekend|monday|"
               r"tuesday|wednesday|thursday|friday|saturday|sunday)")
_DOING_AS_SUBJECT = re.compile(rf"^(?P<v>[a-z]+ing) (?P<rest>(?:the|my|our) [a-z' -]+?) (?P<t>{_HABIT_TIME})"
                               r"(?: [a-z' -]+?)?,? (?:is|was|has been|gets|makes|takes|beats|keeps)\b")
_NOT_DOING = frozenset({"nothing", "something", "everything", "morning", "evening", "thing", "being", "during",
                        "according", "including", "spring", "king", "ring", "building", "ceiling", "wedding",
                        "string", "wing", "sibling", "darling", "pudding", "clothing", "feeling", "ending"})
_SOMEONE_ELSES = re.compile(r"\b(?:his|her|their|your)\b|\bmy (?:son|daughter|husband|wife|partner|mum|mom|dad|"
                            r"brother|sister|friend|boss|neighbou?r)'s\b")

_MY_SHIFT = re.compile(r"\bmy (?:night |day |early |late |long |weekend |twelve-hour |12-hour |evening |morning )?"
                       r"(?:shift|shifts|rota) (?P<p>on|at|in) (?P<x>(?:the |a )?[a-z' -]+?)"
                       r"(?=$|[,.;!]| ran| runs| starts| started| finishes| finished| ends| ended| was| is| went| goes|"
                       r" and| so| but| today| tonight| tomorrow| yesterday| last| this| again)")
_SHIFT_GONE = re.compile(r"\b(?:used to|back when|when i was|before i|i quit|i left|i lost|old job|former|last ever)\b")

_OPERATION_WORDS = re.compile(r"ectomy|section|caesarean|cesarean|gastric")
_OPERATION = re.compile(r"\b(?:my|i had an?|i have had an?) (?P<x>tonsillectomy|appendectomy|appendicectomy|hysterectomy|"
                        r"mastectomy|vasectomy|cholecystectomy|splenectomy|thyroidectomy|c-section|caesarean|"
                        r"cesarean|caesarean section|gastric bypass|gastric band)\b"
                        r"(?! (?:is|will be) (?:next|booked|scheduled|tomorrow|on))")


_WHEN_I_WAS = re.compile(r"\b(?:when|while|whilst|back when|since|until|till) i was (?P<x>[a-z][a-z' -]+?)"
                         r"(?=$|[,.;!]| i | we | and | but | with | so | because )")
_NOT_A_STATE = re.compile(r"^(?:\d|(?:a |an )?(?:kid|child|boy|girl|baby|teen|teenager|toddler|little|young|younger|"
                          r"small|tiny|old|older|age|aged|about|going|told|asked|given|supposed|meant|there|here|"
                          r"away|out|born|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)\b)")
_LIFE_EVENTS = {"pregnancy": "i was pregnant", "divorce": "i was divorced", "wedding": "i got married",
                "honeymoon": "i got married", "retirement": "i retired", "maternity leave": "i was on maternity leave",
                "paternity leave": "i was on paternity leave", "bar mitzvah": "i had a bar mitzvah",
                "bat mitzvah": "i had a bat mitzvah", "graduation": "i graduated",
                "first communion": "i took my first communion", "chemo": "i had chemo", "chemotherapy": "i had chemo",
                "heart attack": "i had a heart attack", "operation": "i had surgery", "surgery": "i had surgery",
                "hajj": "i went on hajj"}
_DURING_MY = re.compile(r"\b(?:during|since|after|throughout|at the time of) my (?:(?:first|second|third|last) )?"
                        rf"(?P<x>{'|'.join(sorted(_LIFE_EVENTS, key=len, reverse=True))})\b"
                        # "my pregnancy scare", "my surgery consultation": something else than the event
                        r"(?! (?:scares?|tests?|plans?|planning|fund|savings|pot|scans?|fears?|worries|consultations?|"
                        r"appointments?|date|party|parties|waiting list)\b)")
_SCHOOL_DAYS = re.compile(r"(?:\bmy (?:old |former |favourite |favorite |first |last )?(?:(?:form|homeroom|pe|gym|maths|math|"
                          r"english|history|geography|science|chemistry|physics|biology|french|spanish|german|latin|"
                          r"primary school|high school|secondary school|grade school|elementary school|year \w+|"
                          r"\w+ grade) teacher|(?:primary|secondary|high|elementary|middle|junior|infant|boarding|"
                          r"grammar|comprehensive|catholic|convent) school|school (?:days|uniform|friends?|reunion|"
                          r"report|bully|bullies|dinners|trips?))\b|\b(?:back|when i was|while i was) at school\b|"
                          r"\bmy (?:old |former |favourite |favorite )?teachers? (?:at|in) (?:primary|secondary|high|"
                          r"elementary|middle|junior|infant|boarding|grammar) school\b)"
                          r"(?! (?:business|shop|shops|company|supplier|suppliers|store|stall)\b)")  # "my school uniform shop"
_SEA = r"(?:the |any )?(?P<x>beach|sea|seafront|sea front|coast|ocean|harbour|harbor|seaside)\b"
_NEAR_THE_SEA = re.compile(r"\b(?:i|we) live (?:(?:just |only |about |around |like )?(?:a (?:few|couple of) |\w+ |a )?"
                           r"(?:minutes?|mins?|seconds?|blocks?|steps?|stone's throw|short walk|short drive)(?: walk| drive)?"
                           r" (?:from|away from|to)|right (?:on|by|next to)|near|close to|next to|opposite|across from|"
                           rf"round the corner from|on) {_SEA}")
_FAR_FROM_THE_SEA = re.compile(r"\b(?:i|we) live (?:(?:way|far|deep|well|miles) inland\b|(?:(?:hours|miles|a long way|"
                               rf"far|days|a day's drive) (?:away )?from|nowhere near|far away from) {_SEA})")


def _affirmed(statement: str, confidence: float, *, cap: bool = False, past: bool = False) -> list[OpenClaim]:
    """The affirmed claims of `statement` said plainly, at `confidence` (at most, with `cap`), in the past with `past`."""
    out = []
    for claim in read_statement(statement):
        if claim.polarity == "affirm":
            claim = replace(claim, confidence=min(claim.confidence, confidence) if cap else confidence)
            out.append(replace(claim, time="past") if past else claim)
    return out


def read_evidence(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Cigarettes counted by the day, a routine with the doing as its subject, a shift at a workplace, an
    operation named, a past state or a life event said as a time: each read as the plain statement it stands for."""
    if CONDITIONAL.search(sentence):
        return []
    out: list[OpenClaim] = []
    m = _CIGARETTES_A_DAY.search(sentence) if " a day" in sentence else None
    if m and not _NOT_SMOKING.search(sentence[m.start():]):
        out += _affirmed("i smoke", 0.75)
    m = _CIGARETTES_A_DAY_PAST.search(sentence) if " a day" in sentence else None
    if m and not _NOT_SMOKING.search(sentence[m.start():]):
        out += _affirmed("i smoked", 0.75)
    m = _DOING_AS_SUBJECT.match(sentence) if "ing " in sentence[:20] else None
    if m and m.group("v") not in _NOT_DOING and not _SOMEONE_ELSES.search(m.group("rest")):
        said = f"i am {m.group('v')} {m.group('rest')} {m.group('t')}"
        out += _affirmed(said, 0.75, cap=True)
    m = _MY_SHIFT.search(sentence) if "my " in sentence and ("shift" in sentence or "rota" in sentence) else None
    if m and not _SHIFT_GONE.search(sentence):
        out += _affirmed(f"i work {m.group('p')} {m.group('x')}", 0.8)
    m = _OPERATION.search(sentence) if _OPERATION_WORDS.search(sentence) else None
    if m:
        out += _affirmed(f"i had a {m.group('x')}", 0.8, past=True)
    m = _WHEN_I_WAS.search(sentence) if "i was " in sentence else None
    if m and not _NOT_A_STATE.match(m.group("x")):
        out += _affirmed(f"i was {m.group('x')}", 0.8, cap=True, past=True)
    if ("school" in sentence or "teacher" in sentence) and _SCHOOL_DAYS.search(sentence) and not _SOMEONE_ELSES.search(sentence):
        out += _affirmed("i went to school", 0.75, past=True)
    if " live " in sentence:
        if _FAR_FROM_THE_SEA.search(sentence):
            out += _affirmed("i live inland", 0.8)
        elif _NEAR_THE_SEA.search(sentence):
            out += _affirmed("i live by the sea", 0.8)
    m = _DURING_MY.search(sentence) if " my " in sentence else None
    if m:
        out += _affirmed(_LIFE_EVENTS[m.group("x")], 0.8, cap=True)
    return out


SENTENCE_READERS.append(read_evidence)
