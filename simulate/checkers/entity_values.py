"""One entity, one value: what the speaker says of their own people and things, and values that cannot both hold.

A sentence that gives one of the speaker's own people or things a value along a dimension ("my wife's name is
Sarah", "my dog is a beagle", "I have blue eyes", "my mother lives alone in Florida", "my only degree is in
chemistry", "I've been married for ten years") is read as a claim whose predicate names the entity and the
dimension ("my wife's name") and whose object is the value ("sarah"). The open ledger then holds two
different values of one dimension of one entity against each other when the entity is one of a kind: a
spouse, a parent, the speaker's eyes, hair, job or marriage, or anything the speaker called their only or one
("my only car", "I have one cat", "I have a dog"). Values that nest are one value ("a spaniel" and "a cocker
spaniel", "Florida" and "Miami"); "my other dog", "my first car", "my late husband", "my sister's dog",
another speaker's dog, the past ("my hair was brown") and changes told as such ("I dyed my hair", "my mum
lives with us now" after "she lives alone") are not held against anything.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from .open_claims import FORM_READERS, HAVE, OpenClaim, SentenceForms
from .open_ledger import LEDGER_CHECKS, OpenConflict, OpenLedger, OpenRecord, finding_confidence
from .words import singular

__all__ = ["entity_value_claims", "value_conflicts"]

_KEEP = 6  # values kept per speaker, entity and dimension (the most recent)

# --- entities -----------------------------------------------------------------------------------------
_ENTITY = {"wife": "wife", "missus": "wife", "husband": "husband", "hubby": "husband", "partner": "partner",
           "boyfriend": "boyfriend", "girlfriend": "girlfriend", "fiance": "fiance", "fiancee": "fiance",
           "mom": "mother", "mum": "mother", "mam": "mother", "mother": "mother", "mommy": "mother",
           "mummy": "mother", "dad": "father", "father": "father", "daddy": "father", "parents": "parents",
           "son": "son", "daughter": "daughter", "brother": "brother", "sister": "sister", "child": "child",
           "kid": "child", "dog": "dog", "puppy": "dog", "pup": "dog", "cat": "cat", "kitten": "cat", "horse": "horse",
           "pony": "horse", "rabbit": "rabbit", "car": "car", "truck": "truck", "eyes": "eye", "hair": "hair",
           "degree": "degree", "job": "job", "tattoo": "tattoo"}
_PEOPLE = frozenset("wife husband partner boyfriend girlfriend fiance mother father parents son daughter brother "
                    "sister child".split())
_ANIMALS = frozenset("dog cat horse rabbit".split())
# one of a kind whatever else is said: a spouse, a parent, one's eyes, hair, job and marriage
_ONE_OF_A_KIND = frozenset("wife husband partner boyfriend girlfriend fiance mother father parents eye hair job "
                           "marriage birthday height".split()) | {"first language", "star sign", "blood type"}
_DIMENSIONS = {  # what each kind of entity can be said to have one value of
    "person": frozenset({"name", "job", "home", "origin", "age", "marriage"}),
    "child": frozenset({"name", "job", "home", "origin", "sex", "age"}),
    "animal": frozenset({"name", "breed", "coat", "colour", "age"}),
    "car": frozenset({"make", "model", "colour", "age"}), "truck": frozenset({"make", "colour"}),
    "eye": frozenset({"colour"}), "hair": frozenset({"colour", "texture"}), "degree": frozenset({"subject"}),
    "job": frozenset({"place"}), "tattoo": frozenset(), "marriage": frozenset({"length", "count"}),
    "birthday": frozenset({"month"}), "height": frozenset({"inches"}), "blood type": frozenset({"group"}),
    "first language": frozenset({"name"}), "star sign": frozenset({"name"}),
    "thing": frozenset({"name", "colour", "age"}),
}
_MODS = r"(?:(?:lovely|dear|darling|sweet|beautiful|wonderful|amazing|dear old|own) )?"
_MY = re.compile(rf"(?:\b(?:my|our) |^(?:(?:ha|haha|lol|oh|well|yeah|and|but|so)[,.!]? )*(?:the )?(?=(?:mum|mom|dad|hubby|"
                 rf"missus|wife|husband|partner)\b))(?P<only>one and only |only |one |sole )?{_MODS}(?P<e>[a-z]+)\b")
# "my mother-in-law", "my sisters", "my dog's bed" (but "my dog's a beagle", "my mum's in Leeds" are said of them)
_IN_LAW = re.compile(r"^(?:-in-law|-in-laws| in law| in-law|s\b|s' |'s (?!(?:name|a|an|the|in|at|from|called|named|"
                     r"originally|still|only|just|very|so|really|about|nearly|almost|living|\d+|[a-z]+ing|[a-z]+ly|my|jet|light|dark|bright|pale|deep|"
                     r"dirty|platinum|blonde?|brunette|ginger|auburn|red|black|brown|grey|gray|white|blue|green|hazel|"
                     r"curly|straight|wavy)\b))")
_NOT_SO = re.compile(r"\b(?:if|would|could|should|might|wish|hope|imagine|pretend|dream|dreamt|dreamed|used to|"
                     r"was|were|(?<!have )had|(?<!have )lived|(?<!have )worked|"
                     r"when i was|back then|not|never|no longer|anymore|any more|"
                     r"someday|one day|will|going to|gonna|want|wants|wanted|like to|hoping|planning|thinks|"
                     r"think|maybe|probably|perhaps|supposed|pretends|says she|says he|said)\b")
_CHANGED = re.compile(r"\b(?:now|these days|nowadays|since|just(?! (?:the one|one|got (?:the )?one|the two|two)\b)|"
                      r"recently|finally|"
                      r"new(?! (?:york|jersey|zealand|mexico|hampshire|orleans|delhi|england|south wales|brunswick)\b)|"
                      r"newly|switched|changed|changing|"
                      r"started|starting|became|become|becoming|last (?:week|month|year|summer|spring|autumn|fall|winter)|"
                      r"ago|this (?:week|month|year)|anymore|at the moment|currently|for now|temporarily)\b")
# changes that touch one dimension only: "my mum Carol is retired" changes her job, not her name
_CHANGED_FOR = {
    "job": re.compile(r"\b(?:retired|retiring|retire|quit|quitting|left|leaving|promoted|retrained|career)\b"),
    "place": re.compile(r"\b(?:retired|retiring|retire|quit|quitting|left|leaving|moved|moving|transferred)\b"),
    "home": re.compile(r"\b(?:moved|moving|move|went|gone|going|took|taken|sold|bought)\b"),
    "colour": re.compile(r"\b(?:dyed|dye|dyes|dyeing|bleached|bleach|coloured|colored|went|gone|going|turned|turning|"
                         r"painted|resprayed|sprayed|wrapped)\b"),
    "age": re.compile(r"\b(?:turned|turning|turns|birthday|will be|next (?:week|month|year))\b"),
    "texture": re.compile(r"\b(?:permed|perm|straightened|straighten|relaxed|went|gone|going|turned|turning)\b"),
}
_MIXED = re.compile(r"\b(?:mix|mixed|cross|crossed|mutt|mongrel|part|half|bit of|and a|or a|x)\b|-")

# --- values -----------------------------------------------------------------------------------------
_HAIR_COLOURS = {"blonde": "blonde", "blond": "blonde", "brunette": "brown", "brown": "brown", "ginger": "red",
                 "red": "red", "auburn": "red", "black": "black", "strawberry blonde": "blonde"}
_TEXTURES = {"curly": "curly", "straight": "straight", "frizzy": "curly", "poker straight": "straight"}
_EYE_COLOURS = frozenset("blue brown green grey gray hazel amber black".split())
_NEAR_COLOURS = {frozenset({"hazel", "green"}), frozenset({"hazel", "brown"}), frozenset({"hazel", "amber"}),
                 frozenset({"amber", "brown"}), frozenset({"grey", "blue"}), frozenset({"gray", "blue"}),
                 frozenset({"grey", "gray"}), frozenset({"black", "brown"}), frozenset({"grey", "green"})}
_COATS = frozenset("tabby ginger cat ginger tom tortoiseshell tortie calico tuxedo cat black cat".split())
_WITH_ME = re.compile(r"^(?:with (?:us|me|me and [a-z]+|my (?:wife|husband|family|partner) and me|us now|me now)|"
                      r"in (?:our|my) (?:house|home|place|flat|spare room|annex|annexe|basement)|under (?:our|my) roof)\b")
_NEXT_DOOR = re.compile(r"^(?:right |just )?(?:next door|across the (?:road|street|hall)|upstairs|downstairs)\b")
_ALONE = re.compile(r"^(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|solo)\b")
_CARE_HOME = re.compile(r"^in (?:a |the )?(?:care home|nursing home|retirement home|assisted living|old people's home|"
                        r"home for the elderly)\b")
_PLACE_WORDS = r"(?P<p>[a-z][a-z.' -]{1,40}?)(?=$|[,.;!]| (?:and|but|with|near|where|which|who|now|since|for|so|" \
               r"because|these|at|on|in|alone|by|originally|though|too|as well)\b)"
_NAME_STOP = frozenset("""is was are were and or but who which that has had have does did do says said also just still
always never not really too so very now then the a an of in on at for to from with by as my our your his her their
its here there when while if because since though although again even only ever usually often sometimes currently
actually literally totally basically honestly definitely recently finally already loves loved likes liked hates works
worked lives lived thinks thought wants wanted makes made gets got goes went will would can could should might must
keeps kept insists reckons is's""".split())
_NAME_VERBS = frozenset("is was has and loves likes hates works lives says said keeps thinks wants does makes gets "
                        "goes always never just still also".split())
_NAME = r"(?P<n>[a-z][a-z'-]{1,15})"
# "I have one cat, a Persian", "I have a dog named Max", "I have one daughter, Emma"
_HAVE_ONE = re.compile(r"\b(?:i|we) (?:only |just )?(?:have (?:only |just )?(?:got )?|got )"
                       r"(?P<q>a|an|one|just one|only one|the one|the only) (?P<e>[a-z]+)"
                       r"(?:, (?:a|an|my) (?P<v>[a-z][a-z -]*?)(?=$|[,.;!]| (?:and|but|who|which|called|named)\b)|"
                       r"(?P<rest>(?: called| named|,) [a-z].*))")
_MARRIED_FOR = re.compile(r"\b(?:i|we) have been married (?:for )?(?:almost |nearly |about |over |just over |around )?"
                          r"(?P<q>[a-z0-9-]+(?: and a half)?) years?\b(?! ago)")
# how long: "ten years", "a few months", "a couple of weeks", and the words that hedge it before "ago"
_AMOUNT = r"(?P<q>[a-z0-9-]+|a few|a couple of) (?P<u>years?|months?|weeks?|days?)"
_ABOUT = r"(?:about |almost |nearly |around |over |just )?"
_MARRIED_AGO = re.compile(rf"\b(?:i|we) (?:only |just |actually |finally )?(?:got|were|was) married {_ABOUT}{_AMOUNT} ago\b")
_MARRIED_WHEN = re.compile(r"\b(?:i|we) (?:only |just |actually |finally )?(?:got|were|was) married "
                           r"(?P<w>last year|last month|this year|this month|"
                           r"last week|this summer|last summer|in the spring|a few months ago|months ago)\b")
_ANNIVERSARY = re.compile(r"\bour (?P<q>[a-z0-9-]+?)(?:st|nd|rd|th)? (?:wedding )?anniversary\b")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
             "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_OTHER_MARRIAGE = re.compile(r"\b(?:again|remarried|second|first|previous|last (?:marriage|wife|husband)|ex|before|twice|"
                             r"divorce|divorced|"
                             r"widow|widowed|late|was married|were married for)\b")
_EYES = re.compile(r"\b(?:i have got|i have|with) (?P<v>[a-z]+(?: [a-z]+)?) eyes\b")
_HAIR = re.compile(r"\b(?:i have got|i have) (?:(?:long|short|thick|thin|shoulder-length|medium-length) )?"
                   r"(?P<v>[a-z]+(?: [a-z]+)?) hair\b")
_I_AM_HAIR = re.compile(r"\bi am (?:a )?(?:natural |naturally )?(?P<v>blonde|blond|brunette|redhead|ginger)\b")
_DRIVE = re.compile(r"\bi drive (?:a |an )(?:(?:old|new|little|red|blue|black|white|silver|grey) )?"
                    r"(?P<v>[a-z][a-z0-9-]+(?: [a-z0-9-]+)?)")
_WORK_AT = re.compile(r"\bi (?:work|have worked|have been working) (?:at|for) (?:the |a |an )?"
                      r"(?P<v>[a-z][a-z'&-]+(?: [a-z'&-]+){0,2}?)(?=$|[,.;!]| (?:and|but|as|in|on|for|since|now|"
                      r"so|because|where|which|downtown|part|full)\b)")
_SUBJECT = re.compile(r"\b(?:i have (?:a |one )|i got (?:a |my )|i did (?:a |my ))(?:[a-z']+ )?degree in "
                      r"(?P<v>[a-z][a-z ]{1,30}?)(?=$|[,.;!]| (?:and|but|from|at|in|so|because|which)\b)")


# the words without which no sentence gives a value: one search for any of them decides whether the reader reads on
_GATE_WORDS = ("my ", "our ", "mum", "mom", "dad", "hubby", "missus", "wife", "husband", "partner", "he ", "eyes", "hair",
               "blond", "brunette", "redhead", "ginger", "drive ", "work at", "work for", "degree in", "married", "divorced",
               "anniversary", "had my", "had our", "have a", "have one", "have got", "got a", "got one", "have only",
               "have just", "birthday", "born", "native", "first language", "mother tongue", "sign is", "aries", "taurus",
               "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces",
               "i am ", "blood")
_GATE = re.compile("|".join(re.escape(word) for word in _GATE_WORDS))


def _kb() -> Any:
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (the knowledge base loads on first use)

    return None if knowledge_loading() else default_knowledge()


def _kind_of(entity: str) -> str:
    if entity in _DIMENSIONS or entity in _PEOPLE or entity in _ANIMALS:
        return "child" if entity == "child" else "person" if entity in _PEOPLE else "animal" if entity in _ANIMALS else entity
    kb = _kb()
    ancestors = kb.ancestors(entity) if kb is not None else {}
    return "person" if "family member" in ancestors else "animal" if "animal" in ancestors or "pet" in ancestors else "thing"


def _entity_of(kb: Any, word: str) -> str | None:
    """The entity "my <word>" names: a known one ("mum": mother), or anything the knowledge base says one can have."""
    known = _ENTITY.get(word)
    if known is not None:
        return known
    noun = singular(word)
    if noun not in kb.possessable or noun in _NOT_ENTITIES or _named_by_kind(kb, noun):
        return None  # "my Ford Pinto" is a car, not a Ford named Pinto
    return kb.canonical_noun(noun)


_NOT_ENTITIES = frozenset("pet animal family kid child parent sibling relative house home place flat apartment room "
                          "garden yard friend".split())
_SHE = frozenset("wife mother sister daughter girlfriend fiance grandmother aunt niece".split())
_HE = frozenset("husband father brother son boyfriend grandfather uncle nephew".split())
_PRONOUN = re.compile(r"^(?:(?:and|but|oh|well|so|yeah|anyway),? )?(?P<p>she|he)(?P<rest>(?:'s| is| lives| works| has| "
                      r"was| goes)\b.*)$")
# "my dog is 3", "my mum is 62 years old", "my car, which is ten years old"
_AGE = re.compile(r"^(?:'s|,? who is|,? which is| is) (?:only |just |nearly |almost |about )?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
                  r"(?: (?:years?|yrs?) old| years? of age)?(?=$|[,.;!]| (?:and|but|now|so)\b)")
# "I've had my dog for ten years" / "I got my dog six months ago": how long the speaker has had it
_HAD_FOR = re.compile(r"\b(?:i|we) have had (?:my|our) (?P<e>[a-z]+) (?:for )?(?:almost |nearly |about |over |just over |"
                      rf"around )?{_AMOUNT}\b(?! ago)")
_GOT_AGO = re.compile(r"\b(?:i|we) (?:got|bought|adopted|rescued|picked up|inherited) (?:my|our) (?P<e>[a-z]+) "
                      rf"(?:{_ABOUT}{_AMOUNT} ago|(?P<w>last year|last month|this year|last week|this month))\b")
# "my cat is an only child": the one cat
_ONLY_CHILD = re.compile(r"^(?:'s| is) (?:an|the) only (?:child|one)\b")
# "my only pet is a hamster named Nibbles": the hamster is the one pet, and Nibbles its name
_ONE_KIND = re.compile(r"^(?:'s| is) (?:a|an) (?P<v>[a-z]+(?: [a-z]+)?)(?P<rest>(?: named| called) [a-z].*)?"
                       r"(?=$|[,.;!]| and | but )")
_IS_MY_ONLY = re.compile(r"^(?:'s| is) my (?:only|one) (?P<y>[a-z]+)\b")
# entities that are kinds of others: the one pet is a rabbit, the one sibling a brother
_KINDS = frozenset("pet animal sibling child parent grandparent".split())


_KIND_NAMES = (("car brand", "car", "make"), ("dog breed", "dog", "breed"), ("cat breed", "cat", "breed"))
_NOT_KIND_NAMES = frozenset("lab boxer pointer setter mini smart genesis seat jazz golf focus accord civic".split())


def _named_by_kind(kb: Any, word: str) -> tuple[str, str] | None:
    """The entity and dimension a make or breed said on its own stands for ("my Toyota": a car's make)."""
    if word in _NOT_KIND_NAMES or len(word) < 3:
        return None
    ancestors = kb.ancestors(kb.canonical_noun(singular(word)))
    return next(((entity, dimension) for category, entity, dimension in _KIND_NAMES if category in ancestors), None)


def _referred(kb: Any, pronoun: str, before: tuple[OpenClaim, ...]) -> tuple[str, bool] | None:
    """The one person a "she"/"he" opening a sentence refers to: the one of that sex the sentence before said the
    speaker has ("I have one sister. She lives in Boston"), with whether it was said to be the only one."""
    if not before:
        return None
    last = before[-1].span
    found = [(e, c.quantity == 1 or c.exclusive) for c in before if c.span == last and c.predicate == HAVE
             and c.polarity == "affirm" and (e := _entity_of(kb, c.object)) is not None
             and (e in (_SHE if pronoun == "she" else _HE) or _kind_of(e) == "animal")]
    return found[0] if len(found) == 1 else None


def _claim(entity: str, dimension: str, value: str, *, only: bool, changed: bool, norm: str = "") -> OpenClaim:
    special = _CHANGED_FOR.get(dimension)
    changed = changed or bool(special and special.search(norm))
    return OpenClaim(predicate=f"my {entity}'s {dimension}", object=value, exclusive=only, change=changed,
                     confidence=0.85)


def entity_value_claims(forms: SentenceForms) -> list[OpenClaim]:
    """The values one sentence gives the speaker's own people and things, each as a claim of its entity's
    dimension ("my wife's name" / "sarah"); "my only X" is also a claim of having exactly one X."""
    if not _GATE.search(forms.norm):
        return []
    kb = _kb()
    if kb is None:
        return []
    sentence = _SAID_PLAINLY.sub(lambda m: _PLAINLY[m.group(0)], forms.norm)
    sentence = _ASIDE.sub(_without_aside, sentence)
    sentence = _BORN_IN.sub("is from", sentence)  # "my wife was born and raised in Poland": she is from Poland
    sentence = _NAMED_FIRST.sub(lambda m: f"my {'only ' if m.group('only') else ''}{m.group('e')} is called {m.group('n')}",
                                sentence)  # "Marcus is my husband"
    out = [c for part in _CLAUSE.split(sentence) if part for c in _clause_values(kb, part, forms)]
    times = _times_married(forms.norm) if not _IF.search(forms.norm) else None
    if times:
        out.append(_claim("marriage", "count", times, only=False, changed=False))
    together = _parents_together(forms.norm) if "parents" in forms.norm or " and dad" in forms.norm or \
        "and father" in forms.norm else None
    if together:
        out.append(_claim("parents", "marriage", together, only=False, changed=bool(_PARENTS_CHANGED.search(forms.norm))))
    out += [OpenClaim(predicate="study", object=c.object, time="past", confidence=0.85) for c in out
            if c.predicate == "my degree's subject" and c.object]  # "my degree is in psychology": studied it
    return out


_IF = re.compile(r"\b(?:if|wish|would|imagine|pretend|dream|dreamt|dreamed|someday|one day)\b")
# whether the speaker's parents are together: "my parents are divorced", "my parents split up when I was ten"
# (apart), "my parents are still married", "have been happily married for forty years" (together)
_PARENTS = r"\bmy (?:mum and dad|mom and dad|mother and father|parents)(?: are| have| were)?"
_PARENTS_APART = re.compile(rf"{_PARENTS} (?:(?:are |got |have got |have been )?(?:divorced|separated)|split up|broke up|"
                            r"split|separated|divorced)\b")
_PARENTS_TOGETHER = re.compile(rf"{_PARENTS} (?:are |have )?(?:still |always been |been )?(?:happily )?(?:married|together)"
                               r"(?! (?:to other|to someone|again|in))\b")
_PARENTS_CHANGED = re.compile(r"\b(?:last (?:year|month|week)|this year|recently|just|finally|ago|now|since|again|"
                              r"back together|remarried|getting|are getting|are going to|will|if|wish|would)\b")


def _parents_together(norm: str) -> str | None:
    """"apart" or "together" for what a sentence says of the speaker's parents' marriage; None when it says neither."""
    if _PARENTS_APART.search(norm):
        return "apart"
    return "together" if _PARENTS_TOGETHER.search(norm) else None


# "our dog, the only one we've ever had, is ...": an aside between an entity and what is said of it
_ASIDE = re.compile(r"\b(?P<my>my|our) (?:only )?(?P<e>[a-z]+), (?P<aside>(?:the|who|which|bless)\b[^,]{1,50}), "
                    r"(?=(?:is|was|has)\b)")


# the name first: "Marcus is my first and only husband" (my only husband is called Marcus)
_NAMED_FIRST = re.compile(r"^(?!(?:he|she|they|it|this|that|who|what|there|here|which|mine)\b)(?P<n>[a-z]+) is my "
                          r"(?P<only>(?:first and only|one and only|only) )?(?:(?:lovely|wonderful|amazing|"
                          r"dear|darling) )?(?P<e>husband|wife|partner|boyfriend|girlfriend|fiance|fiancee)"
                          r"(?=[,.;!?]|$| and | who )")
_BORN_IN = re.compile(r"(?<!\bi )\b(?:was|were) born(?: and (?:raised|bred|brought up))? in\b")


def _without_aside(m: re.Match[str]) -> str:
    """"our dog, the only one we have ever had, is" -> "our only dog is"."""
    only = "only " if re.search(r"\b(?:only|one)\b", m.group("aside")) or m.group(0).split()[1] == "only" else ""
    return f"{m.group('my')} {only}{m.group('e')} "


_PLAINLY = {"other half": "partner", "degree was in": "degree is in", "i was born on": "i am born on",
            "i was born in": "i am born in"}
_SAID_PLAINLY = re.compile(r"\b(?:other half|degree was in|i was born on|i was born in)\b")


# where a sentence starts a clause of its own: "my cat's an only child, she would hate another cat"
_CLAUSE = re.compile(r"\s*(?:[;!?]|\.(?= )|,? but |,? because |, (?=(?:and |so )?(?:she|he|it|they|i|we|you)\b)|"
                     r", (?=(?:my|our) [a-z]+ (?:never|always|are|were|is|was|have|had|do|did|used)\b)|"
                     r", (?=(?:had|have had|got|bought|owned) (?:it|her|him|them)\b)|"
                     r" and (?=(?:she|he|it|they|i|we)\b)| so (?=(?:she|he|it|they|i|we)\b))\s*")


def _clause_values(kb: Any, norm: str, forms: SentenceForms) -> list[OpenClaim]:
    """The values one clause gives (its own negation, wishes and changes decide)."""
    if _NOT_SO.search(norm):
        return _names_only(kb, norm, forms) if not _UNREAL.search(norm) else []
    changed = bool(_CHANGED.search(norm))
    out: list[OpenClaim] = []
    pronoun = _PRONOUN.match(norm)
    said = _referred(kb, pronoun.group("p"), forms.read_before) if pronoun else None
    if pronoun and said:
        for dimension, value in _values_after(kb, said[0], pronoun.group("rest"), forms.written):
            out.append(_claim(said[0], dimension, value, only=said[1], changed=changed, norm=norm))
    for m in _MY.finditer(norm):
        word = m.group("e")
        entity = _entity_of(kb, word)
        before = norm[max(0, m.start() - 12):m.start()]
        if _IN_LAW.match(norm[m.end():]) or before.endswith(("'s ", "s' ")):
            continue
        only = bool(m.group("only"))
        one = _ONE_KIND.match(norm[m.end():]) if only else None
        member = kb.canonical_noun(singular(one.group("v"))) if one else ""
        whole = kb.canonical_noun(singular(word))
        if one and whole in _KINDS and whole in kb.ancestors(member):
            out.append(OpenClaim(predicate=HAVE, object=member, quantity=1, exclusive=True, confidence=0.85))
            out.append(_claim(kb.canonical_noun(singular(word)), "kind", member, only=True, changed=changed, norm=norm))
            for dimension, value in _values_after(kb, member, one.group("rest") or "", forms.written):
                out.append(_claim(member, dimension, value, only=True, changed=changed, norm=norm))
            continue  # "my only pet is a hamster named Nibbles": one hamster, called Nibbles
        inverted = _IS_MY_ONLY.match(norm[m.end():])
        whole = kb.canonical_noun(singular(inverted.group("y"))) if inverted else ""
        member = kb.canonical_noun(singular(word))
        if inverted and whole in _KINDS and whole in kb.ancestors(member):  # "my brother's my only sibling"
            out.append(OpenClaim(predicate=HAVE, object=member, quantity=1, exclusive=True, confidence=0.85))
            out.append(_claim(whole, "kind", member, only=True, changed=changed, norm=norm))
            continue
        named = _named_by_kind(kb, word) if word not in _ENTITY else None
        if named:  # "I love my Toyota": a car, a Toyota
            out.append(_claim(named[0], named[1], singular(word), only=only, changed=changed, norm=norm))
            continue
        if entity is None:
            continue
        if (only and entity not in _ONE_OF_A_KIND) or _ONLY_CHILD.match(norm[m.end():]):
            out.append(OpenClaim(predicate=HAVE, object=singular(word), quantity=1, exclusive=True, confidence=0.85))
        for dimension, value in _values_after(kb, entity, norm[m.end():], forms.written):
            out.append(_claim(entity, dimension, value, only=only, changed=changed, norm=norm))
    for m in _HAVE_ONE.finditer(norm) if " a" in norm or " one " in norm else ():
        entity = _entity_of(kb, m.group("e"))
        whole = kb.canonical_noun(singular(m.group("e")))
        member = kb.canonical_noun(singular(m.group("v"))) if m.group("v") else ""
        if member and whole not in kb.ancestors(member):  # "one sibling, my sister Kate": a sister
            member = kb.canonical_noun(singular(member.split()[0]))
        if member and whole in _KINDS and whole in kb.ancestors(member):  # "I have one pet, a rabbit"
            if m.group("q") != "a":
                out.append(OpenClaim(predicate=HAVE, object=member, quantity=1, exclusive=True, confidence=0.85))
            out.append(_claim(whole, "kind", member, only=m.group("q") != "a", changed=changed, norm=norm))
            continue
        if entity is None:
            continue
        rest = " is " + m.group("v") if m.group("v") else m.group("rest")
        for dimension, value in _values_after(kb, entity, rest, forms.written):
            out.append(_claim(entity, dimension, value, only=m.group("q") != "a", changed=changed, norm=norm))
    out.extend(_speaker_values(kb, norm, changed, forms.norm))
    return out


# what no clause can be taken to be true of now: "if my husband were...", "I wish my hair was red"
_UNREAL = re.compile(r"\b(?:if|wish|imagine|pretend|dream|dreamt|dreamed|someday|one day|hope|hoping|supposed|future)\b")


def _names_only(kb: Any, norm: str, forms: SentenceForms) -> list[OpenClaim]:
    """A name said in apposition holds whatever the clause says ("my wife Sarah would laugh at that")."""
    out = []
    for m in _MY.finditer(norm):
        entity = _entity_of(kb, m.group("e"))
        if entity is None or _IN_LAW.match(norm[m.end():]) or norm[max(0, m.start() - 3):m.start()].endswith("'s "):
            continue
        name = _name_of(norm[m.end():], forms.written)
        if name and "name" in _DIMENSIONS.get(_kind_of(entity), ()) and not name[1].startswith(" is called"):
            out.append(_claim(entity, "name", name[0], only=bool(m.group("only")), changed=False))
    return out


def _values_after(kb: Any, entity: str, rest: str, written: str) -> list[tuple[str, str]]:
    """What the words after "my <entity>" say of it: ("name", "sarah"), ("breed", "beagle")..."""
    kind = _kind_of(entity)
    allowed = _DIMENSIONS.get(kind, frozenset())
    out: list[tuple[str, str]] = []
    name = _name_of(rest, written)
    if name:
        if "name" in allowed:
            out.append(("name", name[0]))
        rest = name[1]
    m = re.match(r"^(?:'s| is| are) (?:(?:a|an|the) )?(?P<v>[a-z0-9][a-z0-9' -]*?)(?=$|[,.;!]| (?:and|but|with|who|which|"
                 r"that|so|because|like|from|at|in|for|since|now|too|as|called|named)\b)", rest)
    if m:
        out.extend(_be_values(kb, entity, allowed, m.group("v")))
        called = re.match(rf"^ (?:called|named) {_NAME}\b", rest[m.end():])
        if called and "name" in allowed and not name and called.group("n") not in _NAME_STOP and \
                not rest.startswith(" are"):
            out.append(("name", called.group("n")))  # "my only dog is a spaniel called Rusty"
    m = _AGE.match(rest)
    if m and "age" in allowed:
        years = _number(m.group("n"))
        if years is not None and 0 < years < 120:
            out.append(("age", f"{years:g}"))
    m = re.match(r"^(?:'s| is| are) (?:originally )?from (?:the )?" + _PLACE_WORDS, rest)
    if m and "origin" in allowed:
        out.extend(("origin", p) for p in _places(m.group("p")))
    m = re.match(r"^(?:'s| is)? ?(?:still )?(?:lives?|living|stays?|staying) (?P<w>.*)$", rest)
    if m and "home" in allowed:
        out.extend(("home", v) for v in _homes(m.group("w")))
    elif "home" in allowed and re.match(r"^(?:'s| is) (?:now )?in (?:a |the )?(?:care|nursing|retirement) home\b", rest):
        out.append(("home", "a care home"))
    m = re.match(r"^(?:'s| is)? ?works? as (?:a |an )?(?P<v>[a-z][a-z -]*?)(?=$|[,.;!]| (?:and|but|at|in|for|with|so)\b)",
                 rest)
    if m and "job" in allowed:
        out.extend(_be_values(kb, entity, frozenset({"job"}), m.group("v")))
    m = re.match(r"^(?:'s| is|,)? (?:in|at) (?:the |a |an )?(?P<v>[a-z][a-z'& -]*?)(?=$|[,.;!]| (?:and|but|from|so|because|"
                 r"which|where|with|since|for)\b)", rest)
    if m:
        value = m.group("v").strip()
        if "subject" in allowed and _is_a(kb, value, "field of study"):
            out.append(("subject", value))
        elif "place" in allowed and len(value.split()) <= 3:
            out.append(("place", _workplace(value)))
    return out


def _name_of(rest: str, written: str) -> tuple[str, str] | None:
    """The name said of an entity right after it ("'s name is Sarah", "is called Max", "Julie is a nurse",
    ", Julie,"), with the words after it; None when none is."""
    m = re.match(rf"^(?:'s name is|'s name's| is called| is named|'s called|'s named| called| named| goes by) {_NAME}\b", rest)
    if m and m.group("n") not in _NAME_STOP:
        return m.group("n"), rest[m.end():]
    m = re.match(rf"^,? {_NAME}(?P<end>,|$|[.!;]|(?= (?:[a-z]+)))", rest)
    if not m or m.group("n") in _NAME_STOP or _ENTITY.get(m.group("n")):
        return None
    after = rest[m.end():].lstrip(", ")
    capital = re.search(rf"\b{m.group('n').capitalize()}\b", written) is not None
    if m.group("n").endswith("ly") and not capital:
        return None  # "my wife really is", not "my daughter Lily is"
    verb = after.split(" ", 1)[0] if after else ""
    if capital or (verb in _NAME_VERBS or verb.endswith("'s")):
        if not capital and re.search(rf"\b{m.group('n')}\b", written, re.IGNORECASE) and written != written.lower():
            return None  # a cased sentence that writes the word small: "my wife loves ..." is no name
        return m.group("n"), " " + after if not after.startswith(("is", "was", "has", "'s")) else " " + after
    return None


def _be_values(kb: Any, entity: str, allowed: frozenset[str], said: str) -> list[tuple[str, str]]:
    """What "my <entity> is <said>" gives it: a breed, a make, a colour, a texture or a job."""
    words = [w for w in said.split() if w not in _DEGREE and w not in _LOOKS and not w.isdigit()]
    said = " ".join(words)
    if not words or len(words) > 4 or _MIXED.search(said) or words[0] in ("retired", "former", "trainee", "student"):
        return []
    out: list[tuple[str, str]] = []
    if " and " in f" {said} ":
        return []  # "black and white": two colours at once
    if _kind_of(entity) == "animal" and "colour" in allowed and not _breed(kb, singular(said), entity):
        colour = _ANIMAL_COLOURS.get(words[0]) or _COAT_COLOURS.get(said)
        if colour and (len(words) == 1 or colour == _COAT_COLOURS.get(said)):
            return [("colour", colour)] + ([("coat", said)] if said in _COATS else [])
        if colour:  # "a grey Persian": grey, and a Persian
            out.append(("colour", colour))
            words = words[1:]
            said = " ".join(words)
    elif len(words) > 1 and entity not in ("eye", "hair") and _kind_of(entity) != "animal" and _is_a(kb, words[0], "colour") and \
            not _is_a(kb, said, "colour"):  # "a red Ford": red, and a Ford
        out += [("colour", words[0])] if "colour" in allowed else []
        words = words[1:]
        said = " ".join(words)
    colourless = [w for w in words if w not in _SHADES]
    if "colour" in allowed:
        if entity == "eye":
            if len(colourless) == 1 and colourless[0] in _EYE_COLOURS:
                out.append(("colour", colourless[0]))
        elif entity == "hair":
            colour = _HAIR_COLOURS.get(" ".join(colourless))
            if colour:
                out.append(("colour", colour))
        elif len(words) == 1 and _is_a(kb, said, "colour"):
            out.append(("colour", said))
    if "texture" in allowed and _TEXTURES.get(said):
        out.append(("texture", _TEXTURES[said]))
    noun = singular(said)
    if "breed" in allowed or "coat" in allowed:
        if said in _COATS or noun in _COATS:
            out.append(("coat", noun))
        elif _breed(kb, noun, entity):
            out.append(("breed", noun))
    if "sex" in allowed and noun in ("boy", "girl"):
        out.append(("sex", noun))
    if "make" in allowed and _is_a(kb, noun, "car brand"):
        out.append(("make", noun))
    elif "model" in allowed and _is_a(kb, noun, "car model"):
        out.append(("model", noun))
        if "make" in allowed and len(words) > 1 and _is_a(kb, words[0], "car brand"):
            out.append(("make", words[0]))  # "a Ford Focus" is a Ford
    if "job" in allowed and _is_a(kb, noun, "occupation") and not _is_a(kb, noun, "family member"):
        out.append(("job", noun))
    return out


_DEGREE = frozenset("very really so super quite pretty naturally totally completely fairly rather".split())
_LOOKS = frozenset("""big little small huge tiny fat skinny fluffy old young cute lovely gorgeous beautiful sweet adorable
massive giant chunky tubby scruffy handsome pretty shiny trusty""".split())
_ANIMAL_COLOURS = {"ginger": "ginger", "orange": "ginger", "grey": "grey", "gray": "grey", "black": "black",
                   "white": "white", "brown": "brown", "golden": "golden", "cream": "cream", "tan": "brown",
                   "chocolate": "brown", "yellow": "golden", "blonde": "golden"}
_COAT_COLOURS = {"ginger cat": "ginger", "ginger tom": "ginger", "black cat": "black", "tuxedo cat": "black"}
_SHADES = frozenset("light dark bright pale deep jet dirty honey ash platinum mousy mousey golden".split())


def _breed(kb: Any, noun: str, entity: str) -> bool:
    """Is `noun` a breed ("beagle", "persian" said of a cat)?"""
    return any(_is_a(kb, form, kind) for form in (noun, f"{noun} {entity}")
               for kind in ("dog breed", "cat breed", "horse breed"))


def _is_a(kb: Any, value: str, category: str) -> bool:
    return category in kb.ancestors(value) or category in kb.ancestors(kb.canonical_noun(value))


def _places(said: str) -> list[str]:
    from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

    said = said.strip()
    return [said] if known_place(said) else []


def _homes(words: str) -> list[str]:
    """Where "lives ..." puts someone: with the speaker, alone, in a care home, in a named place (not when the
    words speak of part of the year or the week: "in Ohio in the summer")."""
    if _PART_TIME.search(words):
        return []
    out = []
    for part in re.split(r"\s*(?:,|\band\b|\bbut\b)\s*", words.strip(" .!")):
        part = part.strip()
        if _WITH_ME.match(part):
            out.append("with me")
        elif _NEXT_DOOR.match(part):
            out.append("next door")
        elif _CARE_HOME.match(part):
            out.append("a care home")
        else:
            alone = _ALONE.match(part)
            if alone:
                out.append("alone")
                part = part[alone.end():].strip()
            m = re.match(r"^(?:all the way |way |out |over |down |up )?in (?:the )?" + _PLACE_WORDS, part)
            if m:
                out.extend(_places(m.group("p")))
    return out


def _workplace(said: str) -> str:
    """A workplace without the words that say whose or where it is ("our local supermarket": supermarket)."""
    words = said.split()
    while len(words) > 1 and words[0] in ("our", "my", "the", "a", "an", "local", "nearby", "big", "small", "little"):
        words = words[1:]
    return " ".join(words)


_MONTHS = {m: m[:3] for m in "january february march april may june july august september october november "
                              "december".split()} | {m[:3]: m[:3] for m in "jan feb mar apr jun jul aug sep oct nov dec".split()}
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"
# "my birthday is on July 4th", "my birthday's in December", "I was born on the 3rd of May"
_BIRTHDAY = re.compile(r"\b(?:my birthday(?:'s| is) (?:on |in |at the (?:start|end) of )?(?:the \w+ of )?|"
                       r"i am born (?:on |in )(?:the \w+ of )?)" + _MONTH + r"(?! \d{4})")
# "my first language is Welsh", "Spanish is my mother tongue", "I'm a native Polish speaker"
_NATIVE = re.compile(r"\bmy (?:first|native|mother) (?:language|tongue) is (?P<a>[a-z]+)|"
                     r"\b(?P<b>[a-z]+) (?:is|was|has always been) my (?:first|native) language|"
                     r"\b(?P<c>[a-z]+) (?:is|was) my mother tongue|"
                     r"\bi am a native (?P<d>[a-z]+) speaker")
_SIGNS = "aries taurus gemini cancer leo virgo libra scorpio sagittarius capricorn aquarius pisces"
_STAR_SIGN = re.compile(r"\b(?:my (?:star |zodiac |sun )?sign is|i am an?) (?P<s>" + _SIGNS.replace(" ", "|") +
                        r")\b(?! (?:patient|survivor|research|ward|treatment|diagnosis))")
# "I'm 5'4"", "I am six foot two", "I'm 5 ft 10 in", "I'm 180cm tall"
_HEIGHT = re.compile(r"\bi am (?:about |around |only |just |nearly |almost )?"
                     r"(?:(?P<f>\d|four|five|six|seven)(?:'| ?(?:foot|feet|ft)\b)"
                     r" ?(?P<i>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)?(?:\"| ?(?:inches|inch|in)\b)?"
                     r"(?! (?:years?|yrs?|months?|days?|minutes?|hours?)\b)|(?P<c>1\d\d) ?cm\b)")
# "my blood type is O negative", "I'm type A+ blood"
_BLOOD = re.compile(r"\b(?:my blood (?:type|group) is|i am (?:blood )?type) "
                    r"(?P<t>(?:ab|a|b|o) ?(?:\+|-|positive|negative|pos|neg)?)"
                    r"(?=$|[,.;! ])")


def _inches(m: re.Match[str]) -> float | None:
    """A height in inches from a _HEIGHT match."""
    if m.group("c"):
        return round(int(m.group("c")) / 2.54)
    feet = _number(m.group("f"))
    inches = _number(m.group("i")) if m.group("i") else 0
    return None if feet is None or inches is None else feet * 12 + inches


_PART_TIME = re.compile(r"\b(?:summers?|winters?|half|part|weekends?|weekdays?|during|most of|term time|season|months? "
                        r"of the year|between)\b")


# how many times the speaker has married: once, or more than once
_MARRIED = r"(?:been married|got married|gotten married|married|tied the knot|walked down the aisle|been down the aisle)"
_MARRIED_ONCE = re.compile(rf"\bi (?:have |had )?(?:only |just )?(?:ever )?{_MARRIED} (?:the |just )?(?:once|one time)\b|"
                           r"\bthe only (?:man|woman|person|one) i have ever married\b|"
                           r"\bi have (?:only )?(?:ever )?had (?:one|the one|just the one|just one) (?:wife|husband)\b|"
                           r"\bmy (?:first and only|first and last|one and only|only ever|only) "
                           r"(?:husband|wife|marriage)\b|"
                           rf"\bi have (?:only )?(?:ever )?been married (?:to )?(?:one (?:man|woman|person))\b")
_MARRIED_AGAIN = re.compile(r"\bi (?:have |had )?(?:been |got )?(?:married|divorced) (?:twice|two times|three times|four times|"
                            r"more than once|\d+ times)\b|\bi (?:have |had )?(?:got )?remarried\b|"
                            r"\bmy (?:second|third|fourth|2nd|3rd) (?:marriage|husband|wife)\b|"
                            r"\bmy first (?:marriage|husband|wife)(?! and only| and last)\b")


def _times_married(norm: str) -> str | None:
    """"once" for "I've only been married once", "my first and only husband"; "more than once" for "married
    twice", "my second marriage", "my first wife" (a first implies another); None when neither is said."""
    if "marri" not in norm and "husband" not in norm and "wife" not in norm and "knot" not in norm and \
            "aisle" not in norm and "divorced" not in norm:
        return None
    if _MARRIED_AGAIN.search(norm):
        return None if re.search(r"\b(?:both times|twice) to\b|\bthe same (?:man|woman|person|guy|girl)\b", norm) \
            else "more than once"  # "married twice, both times to Jen": one spouse
    return "once" if _MARRIED_ONCE.search(norm) else None


def _speaker_values(kb: Any, norm: str, changed: bool, sentence: str) -> list[OpenClaim]:
    """Values said of the speaker's own eyes, hair, car, job, degree and marriage without "my" in one clause of
    `sentence` (a marriage is the one now only when no clause of the sentence speaks of another)."""
    out: list[OpenClaim] = []
    m = _EYES.search(norm) if "eyes" in norm else None
    if m:
        out += [_claim("eye", d, v, only=False, changed=changed, norm=norm) for d, v in _be_values(kb, "eye", _DIMENSIONS["eye"],
                                                                                       m.group("v"))]
    for m in (_HAIR.search(norm), _I_AM_HAIR.search(norm)) if "hair" in norm or "i am " in norm else ():
        if m:
            said = m.group("v").replace("redhead", "red")
            for word in said.split():
                out += [_claim("hair", d, v, only=False, changed=changed, norm=norm)
                        for d, v in _be_values(kb, "hair", _DIMENSIONS["hair"], word)]
    m = _DRIVE.search(norm) if "drive " in norm else None
    if m:
        noun = singular(m.group("v"))
        first = singular(noun.split()[0])
        if _is_a(kb, noun, "car model"):
            out.append(_claim("car", "model", noun, only=False, changed=changed))
        if _is_a(kb, first, "car brand"):
            out.append(_claim("car", "make", first, only=False, changed=changed))
    m = _BIRTHDAY.search(norm) if "birthday" in norm or "born" in norm else None
    if m:
        out.append(_claim("birthday", "month", _MONTHS[m.group("m")], only=False, changed=False))
    m = _NATIVE.search(norm) if "native" in norm or "first language" in norm or "mother tongue" in norm else None
    language = next((g for g in m.groups() if g), "") if m else ""
    if language and _is_a(kb, language, "language"):
        out.append(_claim("first language", "name", language, only=False, changed=False))
    m = _STAR_SIGN.search(norm) if "sign" in norm or "i am a" in norm else None
    if m:
        out.append(_claim("star sign", "name", m.group("s"), only=False, changed=False))
    m = _HEIGHT.search(norm) if "i am " in norm else None
    inches = _inches(m) if m else None
    if inches is not None:
        out.append(_claim("height", "inches", f"{inches:g}", only=False, changed=False))
    m = _BLOOD.search(norm) if "blood" in norm or "type" in norm else None
    if m:
        group = m.group("t").replace(" ", "").replace("positive", "+").replace("pos", "+").replace("negative", "-")
        out.append(_claim("blood type", "group", group.replace("neg", "-"), only=False, changed=False))
    m = _WORK_AT.search(norm) if "work" in norm else None
    if m and not changed:
        out.append(_claim("job", "place", _workplace(m.group("v")), only=False, changed=False, norm=norm))
    m = _SUBJECT.search(norm) if "degree in" in norm else None
    if m and _is_a(kb, m.group("v"), "field of study"):
        out.append(_claim("degree", "subject", m.group("v"), only=False, changed=changed))
    if " had my " in norm or " had our " in norm or " ago" in norm or " last " in norm or " this " in norm:
        for m in (_HAD_FOR.search(norm), _GOT_AGO.search(norm)):
            entity = _entity_of(kb, m.group("e")) if m else None
            if m and entity is not None:
                years = _years(m.group("q"), m.group("u"), m.groupdict().get("w"))
                if years is not None:
                    out.append(_claim(entity, "held", f"{years:g}", only=False, changed=False))
    if ("married" in norm or "anniversary" in norm) and not _OTHER_MARRIAGE.search(sentence):
        years = _marriage_years(norm)
        if years is not None:
            out.append(_claim("marriage", "length", str(years), only=False, changed=False))
    return out


def _number(word: str) -> float | None:
    from .normalize import parse_number  # noqa: PLC0415

    if word in ("a few", "a couple of"):
        return 2.5
    if word.endswith(" and a half"):
        whole = _number(word[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    return _ORDINALS.get(word) or parse_number(word)


_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}
_WHEN_YEARS = {"last year": 1.0, "this year": 0.25, "last month": 0.1, "this month": 0.05, "last week": 0.02}


def _years(quantity: str | None, unit: str | None, when: str | None) -> float | None:
    """Years in "six months", "ten years", "last year"."""
    if when:
        return _WHEN_YEARS.get(when)
    n = _number(quantity or "")
    return None if n is None or unit is None else round(n / _PER_YEAR[unit.rstrip("s")], 2)


def _marriage_years(norm: str) -> float | None:
    """How many years the speaker says they have been married, if the sentence says."""
    m = _MARRIED_FOR.search(norm)
    if m:
        return _number(m.group("q"))
    m = _MARRIED_AGO.search(norm)
    if m:
        n = _number(m.group("q"))
        unit = m.group("u").rstrip("s")
        return None if n is None else n if unit == "year" else 0.0
    m = _MARRIED_WHEN.search(norm)
    if m:
        return 1.0 if m.group("w") == "last year" else 0.0
    m = _ANNIVERSARY.search(norm)
    if m and not re.search(r"\b(?:parents|mum|mom|dad|friends?|their|his|her)\b", norm):
        return _number(m.group("q"))
    return None


# --- the ledger's side: one value per dimension of a one-of-a-kind entity ----------------------------
_OF = re.compile(r"^my (?P<e>[a-z ]+)'s (?P<d>[a-z]+)$")


def _notes(ledger: OpenLedger) -> dict[str, Any]:
    return ledger.notes.setdefault("entity values", {"values": {}, "counts": {}})


def note_value(ledger: OpenLedger, record: OpenRecord) -> None:
    """Keep what the value check needs: each value said, and how many of a thing the speaker said they have."""
    d = record.derived
    if d.via is not None or d.polarity != "affirm" or d.confidence < 1.0:
        return
    notes = _notes(ledger)
    if d.predicate == HAVE:
        entity = _ENTITY.get(d.object, d.object)
        counts = notes["counts"].setdefault(record.speaker, {})
        if counts.get(entity) == "many":
            return
        text = record.claim.text.lower()
        q = record.claim.quantity
        if (q and q > 1) or re.search(rf"\b(?:other|{d.object}s|both|two|all) ?(?:{d.object}|my)\b", text):
            counts[entity] = "many"
        elif record.claim.time == "present" and (q == 1 or re.search(
                rf"\b(?:one {d.object}\b|an? {d.object}\b(?! (?:in|from|at|for|with|of|on)\b))", text)):
            counts[entity] = "one"
        return
    if _OF.match(d.predicate):
        bucket = notes["values"].setdefault((record.speaker, d.predicate), deque(maxlen=_KEEP))
        bucket.append(record)


def value_conflicts(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
    """Earlier values of the same dimension of the same one-of-a-kind entity that the record's value cannot
    stand beside."""
    d = record.derived
    m = _OF.match(d.predicate)
    if m is None or d.via is not None or d.polarity != "affirm" or d.confidence < 1.0 or record.claim.change:
        return []
    notes = _notes(ledger)
    olds = notes["values"].get((record.speaker, d.predicate))
    if not olds:
        return []
    entity, dimension = m.group("e"), m.group("d")
    count = notes["counts"].get(record.speaker, {}).get(entity)
    out = []
    for old in olds:
        if old.derived.object == d.object or not _apart(ledger, dimension, d.object, old.derived.object) or (
                dimension == "place" and not _same_sort(record.claim.object, record.claim.text, old.claim.object,
                                                        old.claim.text)):
            continue
        if dimension == "place" and not (_SAYS_JOB.search(record.claim.text) or _SAYS_JOB.search(old.claim.text)):
            continue  # "I work at X" against "I work at Y" is the slot grammar's to compare (employer)
        said_one = record.claim.exclusive or old.claim.exclusive
        if count == "many" or not (entity in _ONE_OF_A_KIND or said_one or count == "one"):
            continue
        weight = 0.9 if entity in _ONE_OF_A_KIND or said_one else 0.85
        out.append(OpenConflict(old, d, record.claim, finding_confidence(record, old, weight), "exclusion",
                                f"one {dimension} for one {entity}"))
    return out


_SAYS_JOB = re.compile(r"\b(?:job|jobs)\b", re.IGNORECASE)


def _apart(ledger: OpenLedger, dimension: str, a: str, b: str) -> bool:
    """Can two values of one dimension not both hold (they do not nest, and are not near one another)?"""
    if dimension in ("length", "held"):  # years: "married for ten years" / "got married two years ago"
        x, y = float(a), float(b)
        return abs(x - y) >= (3 if dimension == "length" else 2) and max(x, y) >= 1.5 * max(min(x, y), 0.5)
    if dimension in ("count", "marriage"):  # married "once" / "more than once"; parents "together" / "apart"
        return a != b
    if dimension == "group":  # "O" may be "O negative"
        return a.rstrip("+-") != b.rstrip("+-") or (a[-1] in "+-" and b[-1] in "+-" and a != b)
    if dimension == "inches":  # a height said roughly: two inches either way is one height
        return abs(float(a) - float(b)) > 2
    if dimension == "age":
        return abs(float(a) - float(b)) >= 3  # a birthday or two between the sessions
    words_a, words_b = a.split(), b.split()
    if words_a[-len(words_b):] == words_b or words_b[-len(words_a):] == words_a:
        return False  # "cocker spaniel" is a spaniel, "light blue" blue
    if frozenset({a, b}) in _NEAR_COLOURS:
        return False
    if dimension in ("origin", "home"):
        if {a, b} & {"with me", "alone", "a care home", "next door"}:
            return {a, b} in ({"with me", "alone"}, {"with me", "a care home"}, {"next door", "a care home"},
                              {"next door", "with me"})
        from .places import place_relation  # noqa: PLC0415  (the gazetteer loads on first use)

        return place_relation(a, b) == "distinct"
    if dimension == "name":
        return a[:3] != b[:3] and not (_NICKNAMES.get(a, {a}) & _NICKNAMES.get(b, {b}))  # "Kate" may be "Katherine"
    kb = ledger.knowledge
    ca, cb = kb.canonical_noun(a), kb.canonical_noun(b)
    if ca == cb:
        return False
    up_a, up_b = kb.ancestors(ca), kb.ancestors(cb)
    if ca in up_b or cb in up_a:
        return False  # a spaniel is a dog, a nurse a healthcare worker
    if dimension == "job":
        roots = {"occupation", *kb.ancestors("occupation")}
        return not (set(up_a) & set(up_b)) - roots and not (_SIDE_JOBS & {ca, cb}) and {ca, cb} not in _NEAR_JOBS
    return True


_GENERIC_PLACES = frozenset("""company firm business corporation startup start-up place office agency organisation organization
charity non-profit nonprofit group shop store chain franchise outfit employer factory plant site department""".split())


_VAGUE = frozenset("large big small little huge tiny local private international global multinational family "
                   "new old different".split())


def _generic(place: str) -> bool:
    """Is a workplace said as a kind that may hold any other ("a company", "a large firm")?"""
    words = place.split()
    return place in _GENERIC_PLACES or (words[-1] in _GENERIC_PLACES and all(w in _VAGUE for w in words[:-1]))


def _same_sort(a: str, text_a: str, b: str, text_b: str) -> bool:
    """Are two workplaces both names ("Google", "Tesco") or both kinds ("a bank", "the library"), and neither a
    kind that holds the other ("a large company", "a shop")? A name and a kind may be one place."""
    def named(value: str, text: str) -> bool:
        return re.search(rf"\b{re.escape(value.split()[0].capitalize())}", text) is not None and \
            not text.lower().startswith(value.split()[0])

    if _generic(a) or _generic(b):
        return False
    return named(a, text_a) == named(b, text_b)


# one person's names: "Robert" is also "Bob"
_NICKNAME_SETS = ("robert bob bobby rob robbie", "william bill billy will willy liam", "richard dick rick ricky rich",
                  "james jim jimmy jamie", "michael mike mick mikey", "elizabeth liz lizzie beth betty eliza libby bess",
                  "catherine katherine kathryn kate katie kathy cathy kat kit", "margaret maggie peggy meg madge greta",
                  "john jack johnny jon", "edward ed eddie ted teddy ned", "charles charlie chuck chaz",
                  "anthony tony", "david dave davy", "stephen steven steve", "susan sue suzy susie",
                  "jennifer jen jenny", "christopher chris kit", "christine chris chrissy tina", "alexander alex sandy xander",
                  "alexandra alex sandra sandy lexi", "samuel sam sammy", "samantha sam sammy", "benjamin ben benny",
                  "thomas tom tommy", "daniel dan danny", "nicholas nick nicky", "matthew matt", "patrick pat paddy",
                  "patricia pat patty trish tricia", "andrew andy drew", "gregory greg", "jeffrey geoffrey jeff geoff",
                  "joseph joe joey", "joshua josh", "lawrence larry", "henry harry hank hal", "gerald gerry jerry",
                  "abigail abby abbie", "rebecca becky becca", "victoria vicky tori", "deborah debbie deb",
                  "barbara barb babs", "josephine jo josie", "nancy nan ann anne annie", "frances fran frankie",
                  "francis frank frankie", "theodore theo ted teddy", "eleanor ellie nell nellie", "dorothy dot dottie",
                  "penelope penny", "jacqueline jackie", "judith judy", "kimberly kim", "pamela pam", "cynthia cindy",
                  "sarah sara sally", "mary molly polly mae", "helen nell ellie", "isabel isabella izzy bella",
                  "olivia liv livvy", "raymond ray", "ronald ron ronnie", "donald don donnie", "timothy tim timmy",
                  "kenneth ken kenny", "leonard len lenny leo", "albert al bert", "alfred alf alfie fred",
                  "frederick fred freddie", "walter walt wally", "harold harry hal")


def _nickname_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for names in _NICKNAME_SETS:
        for name in names.split():
            index.setdefault(name, set()).update(names.split())
    return index


_NICKNAMES = _nickname_index()
# jobs one person may be called by either name ("a mechanic" is "an engineer" in much of Britain)
_NEAR_JOBS = [{"mechanic", "engineer"}, {"electrician", "engineer"}, {"plumber", "engineer"}, {"teacher", "tutor"},
              {"nurse", "carer"}, {"soldier", "pilot"}, {"police officer", "detective"}]
# jobs done beside another one, and roles or words broad enough to go with most jobs ("a nurse" and "a manager")
_SIDE_JOBS = frozenset("""writer author artist musician painter photographer singer poet blogger volunteer coach tutor
youtuber influencer student farmer carer caregiver manager supervisor director ceo owner boss consultant executive
founder entrepreneur businessman businesswoman administrator technician worker employee freelancer
contractor self-employed""".split())


FORM_READERS.append(entity_value_claims)
LEDGER_CHECKS.append((note_value, value_conflicts))
