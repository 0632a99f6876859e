"""Word forms for open claims: verb stems and singular nouns, consistent rather than dictionary-exact.

Two inflections of one word must map to the same form ("knit", "knits", "knitted", "knitting" all give
"knit"; "bake" and "baked" both give "bak"); the form itself need not be a word. Irregular forms come
from `irregular_verbs.txt` beside this module.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["IRREGULAR_PAST", "base_of_gerund", "gerund", "is_participle", "is_past_form", "participle", "readable_verb",
           "singular", "verb_stem"]


def _load_irregular() -> tuple[dict[str, str], frozenset[str], frozenset[str], dict[str, str]]:
    lemmas: dict[str, str] = {}
    past: set[str] = set()
    participles: set[str] = set()
    participle_of: dict[str, str] = {}  # base -> its (first) past participle
    text = resources.files(__package__).joinpath("knowledge").joinpath("irregular_verbs.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        base, *forms = line.split()
        if len(forms) == 2:
            participle_of[base] = forms[1].split("/")[0]
        for index, form in enumerate(forms):
            for variant in form.split("/"):
                lemmas[variant] = base
                if index == 0:
                    past.add(variant)
                else:
                    participles.add(variant)
    return lemmas, frozenset(past), frozenset(participles), participle_of


_LEMMAS, IRREGULAR_PAST, _PARTICIPLES, _PARTICIPLE_OF_BASE = _load_irregular()


_E_AFTER = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprstvz]$|[^aeiou]l$|c$|[^n]g$|v$|(?<=[aeiou])s$|u[rt]$")
_BASES = frozenset(_PARTICIPLE_OF_BASE)


def base_of_gerund(gerund: str) -> str:
    """The base form of an -ing word ("making" -> "make", "running" -> "run", "juggling" -> "juggle", "cooking" ->
    "cook"); a word without -ing is returned as it is."""
    if not gerund.endswith("ing") or len(gerund) < 5:
        return gerund
    stem = gerund[:-3]
    if stem + "e" in _BASES:
        return stem + "e"  # "biting" (not the past "bit"), "rising"
    if stem in _BASES or stem in _LEMMAS:
        return stem
    if stem.endswith("y") and len(stem) == 2:
        return stem[0] + "ie"  # "lying", "dying"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem[-1] not in _VOWELS:
        return stem[:-1] if len(stem) > 3 or stem[0] not in _VOWELS else stem  # "running", "shopping"; not "adding"
    if stem.endswith("ll") and len(re.findall(r"[aeiou]+", stem)) > 1:
        return stem[:-1]  # "travelling", "cancelling" (not "rolling", "telling")
    if stem.endswith("ick") and len(stem) > 4:
        return stem[:-1]  # "panicking", "picnicking"
    if stem.endswith("u") or re.search(r"(?:[^aeiou]in|at|ut|ir|ag|[ae]ng|eath|ath|ooth)$", stem) and len(stem) > 4 and \
            not stem.endswith(("ouch", "eat")):
        return stem + "e"  # "queuing", "imagining", "meditating", "retiring", "managing", "changing", "breathing"
    short = len(stem) <= 3 or (len(stem) == 4 and stem[0] not in _VOWELS and stem[1] not in _VOWELS)
    if short and _E_AFTER.search(stem) and not stem.endswith(("ck", "sh", "ch", "ng", "rk", "lk", "nk", "ll")):
        return stem + "e"  # "making", "riding", "using", "skating", "driving" (not "opening", "rolling")
    if stem.endswith(("c", "v")) or re.search(r"[^aeiou]l$", stem) and not stem.endswith("ll") or \
            re.search(r"[rd]g$", stem) or (len(stem) > 4 and stem.endswith("is")):
        return stem + "e"  # "juggling", "practicing", "charging", "practising"
    return stem


_DOUBLES_LAST = re.compile(r"[^aeiou]*[aeiou][bdgklmnprt]")  # a short verb that doubles its last letter: "stop", "swim"


def _doubles_last(base: str) -> bool:
    return len(base) <= 4 and _DOUBLES_LAST.fullmatch(base) is not None


def participle(base: str) -> str:
    """The past participle of a verb's base form ("learn" -> "learned", "swim" -> "swum", "stop" -> "stopped")."""
    if base in _PARTICIPLE_OF_BASE:
        return _PARTICIPLE_OF_BASE[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if _doubles_last(base):
        return base + base[-1] + "ed"
    return base + "ed"


def gerund(base: str) -> str:
    """The -ing form of a verb's base ("sing" -> "singing", "write" -> "writing", "swim" -> "swimming")."""
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        return base[:-1] + "ing"
    if _doubles_last(base):
        return base + base[-1] + "ing"
    return base + "ing"


_VOWELS = set("aeiou")
_KEEP_DOUBLE = set("lsz")
_NOT_PAST = frozenset("need feed bleed breed speed seed weed shed wed bed red bred led fled sled".split())
_PLURAL_IRREGULAR = {"children": "child", "lenses": "lens", "toes": "toe",
                     "people": "person", "men": "man", "women": "woman", "teeth": "tooth",
                     "feet": "foot", "mice": "mouse", "geese": "goose", "kids": "kid", "wives": "wife",
                     "knives": "knife", "lives": "life", "leaves": "leaf", "wolves": "wolf", "halves": "half",
                     "shelves": "shelf", "loaves": "loaf", "calves": "calf", "grandchildren": "grandchild",
                     "stepchildren": "stepchild", "fish": "fish", "sheep": "sheep", "deer": "deer",
                     "series": "series", "species": "species", "news": "news", "glasses": "glasses",
                     "clothes": "clothes", "pants": "pants", "jeans": "jeans", "scissors": "scissors",
                     "sports": "sport", "oxen": "ox", "cacti": "cactus", "fungi": "fungus", "taxis": "taxi",
                     "skis": "ski", "kiwis": "kiwi", "martinis": "martini", "bikinis": "bikini", "safaris": "safari",
                     "emojis": "emoji"}
_NO_PLURAL = ("ss", "us", "is", "ics", "ous")
# names and words that end in "s" in the singular (places above all: "Texas" is no plural of "Texa")
_SINGULAR_WITH_S = frozenset("""texas kansas arkansas christmas vegas atlas canvas alias bias lucas thomas nicholas
douglas honduras caracas barbados bahamas wales james charles angeles athens netherlands philippines maldives
seychelles flanders mars marseilles brussels naples lagos dallas memphis minneapolis indianapolis annapolis
aires orleans moines louis""".split())


_BASE_OF: dict[str, str] = {}  # stem -> the base form it was first made from ("lik" -> "like")


def readable_verb(stem: str) -> str:
    """A stem as the verb a person writes ("lik" -> "like", "hik" -> "hike"), where one has been seen; else the stem."""
    return _BASE_OF.get(stem, stem)


def verb_stem(word: str) -> str:
    """A form shared by every inflection of a verb (lower-case input)."""
    stem = _verb_stem(word)
    if stem not in _BASE_OF and (word == stem or word == stem + "e") and not word.endswith(("ing", "ed")):
        _BASE_OF[stem] = word
    return stem


@lru_cache(maxsize=65536)
def _verb_stem(word: str) -> str:
    if word in _LEMMAS:
        word = _LEMMAS[word]
        return word[:-1] if len(word) > 2 and word.endswith("e") and not word.endswith("ee") else word
    stem = word
    if word in ("goes", "does"):
        stem = word[:-2]
    elif word.endswith("ying") and len(word) == 5:
        stem = word[0] + "i"
    elif word.endswith("ied") and len(word) == 4:
        stem = word[:-2]
    elif word.endswith(("ies", "ied")) and len(word) > 4:
        stem = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 4:
        stem = _undouble(word[:-3])
    elif word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST:
        stem = _undouble(word[:-2])
    elif word.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")) and len(word) > 4:
        stem = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        stem = word[:-1]
    if len(stem) > 2 and stem.endswith("e") and not stem.endswith("ee"):
        stem = stem[:-1]
    return stem


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS and stem[-1] not in _KEEP_DOUBLE:
        return stem[:-1]
    return stem


def is_past_form(word: str) -> bool:
    """Is `word` a simple-past verb form ("swam", "walked")? Words that are also presents count as not past."""
    if word in IRREGULAR_PAST:
        return _LEMMAS.get(word) != word  # "knit" and "read" are presents as well
    return word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST


@lru_cache(maxsize=65536)
def singular(phrase: str) -> str:
    """The phrase with its last word in the singular ("knitting needles" -> "knitting needle")."""
    head, _, last = phrase.rpartition(" ")
    word = last
    if word in _PLURAL_IRREGULAR:
        word = _PLURAL_IRREGULAR[word]
    elif word == "ups" and head:
        word = "up"  # "push ups", "sit ups"
    elif word in _SINGULAR_WITH_S or len(word) <= 3 or word.endswith(_NO_PLURAL) or not word.endswith("s"):
        pass
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("aches") and not word.endswith(("eaches", "oaches")):
        word = word[:-1]  # "headaches" -> "headache" (but "beaches" -> "beach")
    elif word.endswith(("ches", "shes", "sses", "xes", "zes")) or (word.endswith("oes") and len(word) > 4):
        word = word[:-2]
    else:
        word = word[:-1]
    if len(word) > 4 and word.endswith("ie"):
        word = word[:-2] + "y"  # "cookie" and "cookies" share "cooky"
    elif word.endswith("oe"):
        word = word[:-1]  # "shoe" and "shoes" share "sho"
    return f"{head} {word}" if head else word


def is_participle(word: str) -> bool:
    """Could `word` be a past participle after "have" ("have held", "have knitted", "have swum")?"""
    if word in ("have", "has", "had", "been", "got", "to"):
        return False
    return (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST) or word in _PARTICIPLES or (
        word in _LEMMAS and _LEMMAS[word] != word)
