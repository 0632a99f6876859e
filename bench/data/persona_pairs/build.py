"""Derive labelled persona statement pairs from Synthetic-Persona-Chat *valid* profiles.

Run: `.venv/bin/python bench/data/persona_pairs/build.py [--csv PATH] [--out PATH]`.

Every premise is a profile sentence exactly as it appears in the CSV; every hypothesis is derived
from it by one named, rule-based recipe (see README.md beside this file). The output is
deterministic: choices are drawn from `random.Random(f"{SEED}|{sentence}")`, so a sentence's
pairs do not depend on the order or number of other sentences, and there is no network access.

Source data: Synthetic-Persona-Chat (Jandaghi et al. 2023), CC BY 4.0,
google-research-datasets/Synthetic-Persona-Chat. The derived file is CC BY 4.0 as well.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20231218
SAME_PROFILE_SHARE = 0.5  # share of premises that get one `compatible_fact:same_profile` pair
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
CSV_NAME = "synthetic_persona_chat/Synthetic-Persona-Chat_valid.csv"
OUT_PATH = HERE / "spc_valid_pairs.jsonl"
USERS = ("user 1 personas", "user 2 personas")

SLOTS = ("name", "age", "birthplace", "location", "occupation", "employer", "marital_status", "children",
         "pets", "siblings", "education", "religion", "diet", "health", "hobbies", "likes", "dislikes",
         "possessions")

CONTRADICTION = "contradiction"
CONSISTENT = "consistent"
# recipe family -> label; a recipe is written "family:variant"
FAMILIES = {
    "negation": CONTRADICTION,
    "altered_value": CONTRADICTION,
    "paraphrase": CONSISTENT,
    "compatible_fact": CONSISTENT,
    "numeral_rewording": CONSISTENT,
}

# ---------------------------------------------------------------------------------------------
# Sentences that are skipped outright, with the reason (README "Skipped sentences").
# ---------------------------------------------------------------------------------------------

# SPC masks many numbers as "a" ("I have visited spain a times.") and a few other tokens as numbers.
MASKED = re.compile(
    r"\ba (times|years|generations|dogs|children|step children|k)\b"
    r"|\bworld war a\b|\bdivision a\b|\ba a\b|\bwhen i was (a|of)$|\bout \d+ my\b|\bdad \d+ a\b")
GARBLED = {  # typos or fragments that cannot yield grammatical pairs
    "i live is a rural farming community": "typo ('live is')",
    "i love social medial especially twitter": "typo ('medial')",
    "i work took i have a part time job at burger king": "garbled",
    "l also love comic books": "typo ('L')",
    "its red with blue stripe so it shiny when i race": "needs context ('its')",
    "they are constantly on my back": "needs context ('they')",
    "my favorite toy as a child as my lite brite": "typo ('as my')",
    "i make straight as in school": "ambiguous ('as' = grade As)",
    "we spent summers ring at national parks": "garbled ('ring')",
    "i love to play pobox": "unknown game name",
    "i was born in the early 80 s": "split decade token ('80 s')",
    "i live in the cloud": "figurative",
    "my favorite band is up and i got to see them in concert once": "compound; 'up' reads as a particle",
    "my pets name is charlie": "species unknown",
    "i am working on a building a robot to be my body double": "typo ('a building a')",
    "i like to make time stop": "figurative",
}
COMPOUND = re.compile(r"\b(but|because|although|though|then|if|so it)\b|^(hey|hello|whats up)\b")

# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"]
ORD_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
           "eighties": 80}
NUM_WORD = "|".join(sorted({*UNITS[1:], *TENS[2:], "hundred"}, key=len, reverse=True))
NUM = rf"(?:\d+|(?:{NUM_WORD})(?:-(?:{NUM_WORD}))?)"

PLACES = {
    "state": ["alabama", "alaska", "arizona", "colorado", "florida", "georgia", "idaho", "iowa", "kansas",
              "maine", "michigan", "montana", "nevada", "ohio", "oregon", "pennsylvania", "texas", "utah",
              "vermont", "california"],
    "country": ["australia", "brazil", "canada", "egypt", "france", "germany", "india", "ireland", "italy",
                "japan", "kenya", "mexico", "somalia", "spain", "the united states", "vietnam", "poland"],
    "city": ["atlanta", "boston", "chicago", "denver", "houston", "manhattan", "miami", "phoenix",
             "seattle", "new orleans"],
}
PLACE_KIND = {p: kind for kind, names in PLACES.items() for p in names}
PLACE_RE = "|".join(sorted(PLACE_KIND, key=len, reverse=True))
BIRTH_STATES = ["texas", "oregon", "georgia", "iowa", "vermont", "nevada", "michigan", "maine"]

JOBS = ["baby delivery nurse", "bee farmer", "car salesman", "construction worker", "convenience store manager",
        "country music singer", "doctor", "electrician", "elementary school teacher", "famous twitch streamer",
        "librarian", "mechanical engineer", "museum tour guide", "musician", "plumber", "pole dancer",
        "professional tennis player", "professional wrestler", "school teacher", "farmer", "dentist",
        "computer programmer", "nurse", "lawyer", "physical therapist", "veterinarian", "chef",
        "gym teacher", "kindergarten teacher", "life coach"]
JOB_RE = "|".join(sorted(JOBS, key=len, reverse=True))
ALT_JOBS = ["accountant", "architect", "bus driver", "firefighter", "hairdresser", "lawyer", "mail carrier",
            "pharmacist", "pilot", "police officer", "software developer", "truck driver", "bank teller",
            "carpenter", "journalist", "photographer", "chef", "dentist", "nurse"]
WORKPLACES = {"bank": ["hospital", "bakery", "car dealership"], "nursing home": ["bank", "law firm"],
              "school": ["bank", "hospital", "factory"], "shipyard": ["hospital", "bakery", "law firm"]}

SPECIES = ["dog", "cat", "horse", "fish", "turtle", "cow", "rabbit", "parrot", "hamster", "snake", "goat"]
BREEDS = {"german shepherd": "dog", "black lab": "dog", "arabian horse": "horse"}
PET_ALTS = ["cat", "dog", "rabbit", "parrot", "hamster", "turtle"]
COUNT_NOUNS = {  # singular -> (plural, slot)
    "dog": ("dogs", "pets"), "cat": ("cats", "pets"), "horse": ("horses", "pets"),
    "child": ("children", "children"), "kid": ("kids", "children"), "son": ("sons", "children"),
    "daughter": ("daughters", "children"), "brother": ("brothers", "siblings"),
    "sister": ("sisters", "siblings"), "mustang": ("mustangs", "possessions"),
}
PLURAL_TO_SING = {pl: sg for sg, (pl, _) in COUNT_NOUNS.items()}
RELIGIONS = {"buddhist": "buddhism", "christian": "christianity", "muslim": "islam", "hindu": "hinduism",
             "jew": "judaism"}
MAJORS = ["biology", "history", "computer science", "nursing", "physics", "music", "chemistry"]
NAMES = ["michael", "sarah", "david", "emma", "carlos", "priya", "thomas", "olivia"]
ALT_CARS = ["toyota corolla", "jeep wrangler", "tesla", "volkswagen beetle", "pickup truck", "subaru outback"]
SEASONS = ["spring", "summer", "autumn", "winter"]
FAVORITE_ALTS = {
    "color": ["green", "purple", "black", "white", "pink", "brown", "yellow", "red", "blue", "orange"],
    "colors": ["green and gold", "black and white", "pink and purple"],
    "food": ["sushi", "lasagna", "tacos", "steak", "ramen", "pancakes", "curry"],
    "band": ["coldplay", "metallica", "the beatles", "abba", "nirvana"],
    "singer": ["adele", "beyonce", "ed sheeran", "elvis presley"],
    "artist": ["drake", "adele", "eminem"],
    "movie": ["titanic", "jaws", "the matrix", "toy story"],
    "season": SEASONS,
    "sport": ["soccer", "tennis", "basketball", "golf"],
    "music": ["jazz", "classical music", "reggae", "hip hop", "heavy metal"],
    "music genre": ["jazz", "classical music", "reggae", "hip hop"],
    "ice cream flavor": ["vanilla", "strawberry", "mint", "pistachio"],
    "character": ["donald duck", "goofy", "batman"],
    "beverage": ["orange juice", "lemonade", "green tea"],
    "activity": ["swimming", "chess", "baking"],
    "dream car": ["a ferrari", "a jeep wrangler", "a tesla"],
    "kind of movie": ["a romantic comedy", "a horror movie", "a western"],
}
HAIR = {"length": ["short", "long"], "color": ["brown", "blonde", "red", "black", "grey"],
        "texture": ["curly", "straight"]}
HAIR_KIND = {w: k for k, ws in HAIR.items() for w in ws}
EYES = ["blue", "brown", "green", "grey"]
GENDER_SWAP = {"boy": "girl", "girl": "boy", "male": "female", "female": "male", "woman": "man", "man": "woman",
               "little girl": "little boy", "little boy": "little girl"}

# Compatible facts: (slot, text, words in the premise that rule the fact out). All are age-neutral.
FACT_BANK = [
    ("hobbies", "I enjoy swimming.", "swim water pool kayak broken inside recluse"),
    ("hobbies", "I enjoy playing chess.", "chess board game"),
    ("hobbies", "I like doing jigsaw puzzles.", "puzzle"),
    ("hobbies", "I like drawing in my spare time.", "draw paint art"),
    ("hobbies", "I enjoy reading mystery novels.", "read book library poetry"),
    ("hobbies", "I like to go fishing.", "fish water vegan vegetarian animal inside recluse"),
    ("hobbies", "I enjoy gardening.", "garden roses inside recluse"),
    ("hobbies", "I like baking bread.", "bak cook kitchen diet raw"),
    ("likes", "I like pizza.", "pizza food eat diet vegan vegetarian kosher raw organic clean"),
    ("likes", "I like jazz music.", "music listen deaf band singer rock rap country song"),
    ("likes", "My favorite color is green.", "color colour green"),
    ("likes", "My favorite season is autumn.", "season winter spring summer autumn fall"),
    ("likes", "I like watching old movies.", "movie tv watch documentar"),
    ("birthplace", "I was born in Texas.", "born grew raised from moved country ohio farm town texas"),
    ("pets", "I have a goldfish.", "pet fish cat dog animal allerg cow turtle horse bunny"),
    ("siblings", "I have a younger brother.", "brother sister sibling family only"),
    ("possessions", "I own a bicycle.", "bike bicycle motorbike"),
]
HOBBY_BANK = ["swimming", "playing chess", "doing jigsaw puzzles", "drawing", "reading mystery novels",
              "gardening", "baking bread", "playing tennis", "knitting", "bird watching"]
LIKE_BANK = ["pizza", "jazz music", "old movies", "sunflowers", "mystery novels", "green tea", "the beach"]

PROPER = sorted([
    *[p for p in PLACE_KIND if p != "the united states"], "united states", "europe", "yale", "harvard",
    "taylor swift", "britney spears", "travis scott", "rob dryden", "christopher columbus",
    "bmw", "ford pinto", "nissan pathfinder", "honda civic", "toyota corolla", "jeep wrangler", "tesla",
    "volkswagen beetle", "subaru outback", "rolls royce ghost", "ferrari", "home depot", "burger king",
    "nascar", "nhl", "ufc", "disneyland", "disney world", "mickey mouse", "donald duck", "goofy", "batman",
    "star wars", "twitter", "facebook", "starcraft", "call of duty", "aerosmith", "rascal flats",
    "the who", "insane clown posse", "new kids on the block", "rolling stones", "spiderman", "mean girls",
    "friday", "frozen", "olympics", "coldplay", "metallica", "the beatles", "abba", "nirvana", "adele",
    "beyonce", "ed sheeran", "elvis presley", "drake", "eminem", "titanic", "jaws", "the matrix",
    "toy story", "christian", "christianity", "buddhist", "buddhism", "muslim", "islam", "hindu",
    "hinduism", "judaism", "english", "spanish", "french", "chinese", "italian", "mexican", "arabian",
    "german", "us postal service", "amazon", "fedex", "god", "halloween", "christmas",
    *NAMES, "george", "larry", "pa",
], key=len, reverse=True)
PROPER_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in PROPER) + r")\b")
PROPER_CASE = {"bmw": "BMW", "nhl": "NHL", "ufc": "UFC", "nascar": "NASCAR", "us postal service": "US Postal Service",
               "the who": "The Who", "the beatles": "The Beatles", "the matrix": "The Matrix",
               "abba": "ABBA", "spiderman": "Spider-Man", "starcraft": "StarCraft", "beyonce": "Beyoncé",
               "friday": "Friday", "frozen": "Frozen", "call of duty": "Call of Duty",
               "new kids on the block": "New Kids on the Block", "pa": "PA"}

# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------


def normalise(sentence: str) -> str:
    """Lower-case, single-spaced, without the final full stop: the form the rules match."""
    return re.sub(r"\s+", " ", sentence.strip()).rstrip(".!").strip().lower()


def polish(text: str) -> str:
    """Hypothesis surface form: capitalised, 'I' upper-case, known proper nouns cased, one full stop."""
    text = re.sub(r"\s+", " ", text.strip()).rstrip(".")
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bi'(m|ve|d|ll)\b", lambda m: "I'" + m.group(1), text)

    def case(m: re.Match[str]) -> str:
        word = m.group(1)
        return PROPER_CASE.get(word, " ".join(w[:1].upper() + w[1:] for w in word.split()))

    text = PROPER_RE.sub(case, text)
    text = text.replace("The United States", "the United States")
    return text[:1].upper() + text[1:] + "."


def to_words(n: int) -> str:
    """An integer below 1000 in words ("forty-five")."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    rest = n % 100
    return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + to_words(rest))


def num_value(token: str) -> int | None:
    """The integer a number token stands for ("12", "twelve", "forty-five"), else None."""
    if token.isdigit():
        return int(token)
    total = 0
    for part in token.split("-"):
        if part in UNITS:
            total += UNITS.index(part)
        elif part in TENS:
            total += TENS.index(part) * 10
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total


def render_like(n: int, token: str) -> str:
    """`n` written the way `token` was: digits stay digits, words stay words."""
    return str(n) if token.isdigit() else to_words(n)


def flip_format(n: int, token: str) -> str:
    """`n` written the other way round: words for a digit token, digits for a word token."""
    return to_words(n) if token.isdigit() else str(n)


def other_count(rng: random.Random, n: int) -> int:
    """A different small count (never zero: zero is what negation is for)."""
    choices = [m for m in (n - 2, n - 1, n + 1, n + 2, n + 3) if m >= 1 and m != n]
    return rng.choice(choices)


def other_age(rng: random.Random, n: int) -> int:
    """A clearly different age: 2-5 years off for children (at least 3), 5-15 for adults (at least 18)."""
    lo, hi, floor = (2, 5, 3) if n < 18 else (5, 15, 18)
    choices = [n + d for d in range(lo, hi + 1)] + [n - d for d in range(lo, hi + 1) if n - d >= floor]
    return rng.choice(choices)


def article(noun: str) -> str:
    """'a' or 'an' before `noun`."""
    return "an" if noun[:1] in "aeiou" and not noun.startswith(("uni", "eu")) else "a"


def gerund(phrase: str) -> str:
    """'to bake cookies' -> 'baking cookies'; a phrase without 'to' is returned as is."""
    if not phrase.startswith("to "):
        return phrase
    verb, _, rest = phrase[3:].partition(" ")
    irregular = {"go": "going", "be": "being", "see": "seeing", "ride": "riding", "lie": "lying",
                 "swim": "swimming", "run": "running", "shop": "shopping", "get": "getting", "sit": "sitting",
                 "jog": "jogging", "stop": "stopping", "tan": "tanning", "workout": "working out"}
    if verb in irregular:
        ing = irregular[verb]
    elif verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        ing = verb[:-1] + "ing"
    else:
        ing = verb + "ing"
    return (ing + " " + rest).strip()


def overlaps(a: str, b: str) -> bool:
    """True when the two phrases share a content word (so one is no safe 'other value' for the other)."""
    stop = {"a", "an", "the", "and", "of", "in", "my", "music"}
    wa = {w for w in re.findall(r"[a-z]+", a) if w not in stop}
    wb = {w for w in re.findall(r"[a-z]+", b) if w not in stop}
    return bool(wa & wb) or any(x.startswith(y) or y.startswith(x) for x in wa for y in wb)


def pick(rng: random.Random, options: list[str], avoid: str = "") -> str:
    """A seeded choice among `options` that shares no content word with `avoid`."""
    usable = [o for o in options if not overlaps(o, avoid)]
    return rng.choice(usable)


def compatible_fact(rng: random.Random, premise: str, slot: str | None) -> tuple[str, str]:
    """A fact from FACT_BANK of another slot whose rule-out words are absent from the premise."""
    usable = [(s, t) for s, t, bad in FACT_BANK
              if s != slot and not any(w in premise for w in bad.split())]
    fact_slot, text = rng.choice(usable)
    return f"compatible_fact:other_slot_{fact_slot}", text


# ---------------------------------------------------------------------------------------------
# Rules. A rule matches the normalised sentence and returns (slot, [(recipe, hypothesis), ...]).
# ---------------------------------------------------------------------------------------------

Pairs = list[tuple[str, str]]


@dataclass
class Ctx:
    """What a rule sees: the normalised sentence, its match and the sentence's own seeded RNG."""

    s: str
    m: re.Match[str]
    rng: random.Random
    fact: tuple[str, object] | None = None  # (key, value) for pairing with other profiles' sentences

    def g(self, name: str) -> str:
        """A named group ('' if it did not take part)."""
        return self.m.group(name) or ""


@dataclass
class Rule:
    """A pattern and the function deriving its pairs."""

    name: str
    pattern: re.Pattern[str]
    derive: Callable[[Ctx], tuple[str | None, Pairs] | None]
    compatible: bool = True  # add a FACT_BANK compatible fact


RULES: list[Rule] = []


def rule(pattern: str, compatible: bool = True) -> Callable[[Callable[[Ctx], tuple[str | None, Pairs] | None]],
                                                            Callable[[Ctx], tuple[str | None, Pairs] | None]]:
    """Register a derivation function for sentences matching `pattern` (full match)."""
    def register(fn: Callable[[Ctx], tuple[str | None, Pairs] | None]) -> Callable[[Ctx], tuple[str | None, Pairs] | None]:
        RULES.append(Rule(fn.__name__, re.compile(rf"^(?:{pattern})$"), fn, compatible))
        return fn
    return register


# --- counts: "I have two dogs", "Two dogs live with me", "I have 5cats" ----------------------

COUNT_NOUN_RE = "|".join(sorted([*PLURAL_TO_SING, *COUNT_NOUNS], key=len, reverse=True))


def _count_pairs(c: Ctx, num: str, adj: str, noun: str, tail: str) -> tuple[str | None, Pairs]:
    n = num_value(num)
    assert n is not None
    sing = PLURAL_TO_SING.get(noun, noun)
    plural, slot = COUNT_NOUNS[sing]
    if not tail:
        c.fact = (f"count:{adj}{plural}", n)
    adj = (adj + " ") if adj else ""

    def phrase(k: int, token: str) -> str:
        return f"{token} {adj}{sing if k == 1 else plural}"

    m = other_count(c.rng, n)
    out: Pairs = []
    if n == 1:
        out.append(("negation:no_any", f"I don't have {article(adj + sing)} {adj}{sing}."))
    else:
        out.append(("negation:no_any", c.rng.choice([f"I don't have any {adj}{plural}.",
                                                      f"I have no {adj}{plural}."])))
    alt_tail = tail.replace(" visit", " visits") if m == 1 else tail
    out.append(("altered_value:number", f"I have {phrase(m, render_like(m, num))}{alt_tail}."))
    verb = {"pets": "I own", "possessions": "I own", "children": "I've got", "siblings": "I've got"}[slot]
    alt_fmt = c.rng.random() < 0.5 and n != 1
    shown = flip_format(n, num) if alt_fmt else num
    out.append(("paraphrase:verb", f"{verb} {phrase(n, shown)}{tail}."))
    out.append(("numeral_rewording:digits_words", f"I have {phrase(n, flip_format(n, num))}{tail}."))
    if slot == "pets":
        other = pick(c.rng, [p for p in PET_ALTS if p != sing])
        out.append(("compatible_fact:same_slot_pets", f"I also have {article(other)} {other}."))
    return slot, out


@rule(rf"i (?:have|own) (?P<num>{NUM}) ?(?:(?P<adj>older|younger|arabian|vintage|grown) )?(?P<noun>{COUNT_NOUN_RE})"
      r"(?P<tail> who never visit)?")
def counts(c: Ctx) -> tuple[str | None, Pairs]:
    return _count_pairs(c, c.g("num"), c.g("adj"), c.g("noun"), c.g("tail"))


@rule(rf"(?P<num>{NUM}) (?P<noun>dogs|cats) live with me")
def counts_live_with_me(c: Ctx) -> tuple[str | None, Pairs]:
    slot, out = _count_pairs(c, c.g("num"), "", c.g("noun"), "")
    n = num_value(c.g("num"))
    assert n is not None
    m = other_count(c.rng, n)
    altered = f"{render_like(m, c.g('num'))} {c.g('noun') if m > 1 else c.g('noun')[:-1]} {'live' if m > 1 else 'lives'} with me."
    out = [(r, altered if r.startswith("altered") else h) for r, h in out if not r.startswith("numeral")]
    c.fact = (f"count:{c.g('noun')}", ("live with me", n))  # pairs with "I have N ..." only as a restatement
    out.append(("numeral_rewording:digits_words", f"{flip_format(n, c.g('num'))} {c.g('noun')} live with me."))
    return slot, out


# --- age -----------------------------------------------------------------------------------------

def _age_pairs(c: Ctx, num: str, noun: str = "") -> tuple[str | None, Pairs]:
    n = num_value(num)
    assert n is not None
    c.fact = ("age", n)
    m = other_age(c.rng, n)
    out: Pairs = [("negation:not", f"I am not {num} years old.")]
    if noun:
        out.append(("altered_value:age", f"I am {article(str(m))} {render_like(m, num)} year old {noun}."))
        out.append(("paraphrase:reorder", f"I'm {article(noun)} {noun}, and I am {num} years old."))
    else:
        out.append(("altered_value:age", c.rng.choice([f"I am {render_like(m, num)}.",
                                                       f"I am {render_like(m, num)} years old."])))
        out.append(("paraphrase:age", c.rng.choice([f"I'm {num}.", f"My age is {num}."])))
    out.append(("numeral_rewording:digits_words", f"I am {flip_format(n, num)} years old."))
    return "age", out


@rule(rf"i am (?P<num>{NUM}) ?(?:years? old)?")
def age(c: Ctx) -> tuple[str | None, Pairs]:
    return _age_pairs(c, c.g("num"))


@rule(rf"i am an? (?P<num>{NUM}) year old (?P<noun>girl|boy|male|female|woman|man)")
def age_noun(c: Ctx) -> tuple[str | None, Pairs]:
    return _age_pairs(c, c.g("num"), c.g("noun"))


@rule(rf"i turned (?P<num>{NUM}) years old yesterday")
def age_turned(c: Ctx) -> tuple[str | None, Pairs]:
    num = c.g("num")
    n = num_value(num)
    assert n is not None
    c.fact = ("age", n)
    m = other_age(c.rng, n)
    return "age", [
        ("negation:not", f"I did not turn {num} yesterday."),
        ("altered_value:age", f"I turned {render_like(m, num)} years old yesterday."),
        ("paraphrase:age", f"Yesterday was my {n}{ORD_SUFFIX.get(n % 10 if n % 100 not in (11, 12, 13) else 0, 'th')} birthday."),
        ("numeral_rewording:digits_words", f"I turned {flip_format(n, num)} years old yesterday."),
    ]


@rule(r"i am in my (?P<dec>twenties|thirties|forties|fifties|sixties|seventies)")
def age_decade(c: Ctx) -> tuple[str | None, Pairs]:
    dec = c.g("dec")
    n = DECADES[dec]
    c.fact = ("age", ("decade", n))
    other = pick(c.rng, [d for d in DECADES if abs(DECADES[d] - n) >= 20])
    return "age", [
        ("negation:not", f"I am not in my {dec}."),
        ("altered_value:age", f"I am in my {other}."),
        ("paraphrase:age", f"I'm somewhere between {n} and {n + 9} years old."),
        ("numeral_rewording:digits_words", f"I am in my {n}s."),
    ]


# --- places ----------------------------------------------------------------------------------------

def other_place(rng: random.Random, place: str) -> str:
    """Another place of the same kind (state, country, city)."""
    return pick(rng, [p for p in PLACES[PLACE_KIND[place]] if p != place], place)


@rule(rf"(?:now )?i (?:now )?live in (?P<place>{PLACE_RE})", compatible=False)
def lives_in(c: Ctx) -> tuple[str | None, Pairs]:
    place = c.g("place")
    c.fact = ("location", place)
    born = pick(c.rng, [p for p in BIRTH_STATES if p != place])
    before = pick(c.rng, [p for p in PLACES[PLACE_KIND[place]] if p not in (place, born)])
    return "location", [
        ("negation:not", f"I don't live in {place}."),
        ("altered_value:place", f"I live in {other_place(c.rng, place)}."),
        ("paraphrase:reorder", c.rng.choice([f"{place} is where I live.", f"I'm living in {place} these days.",
                                             f"My home is in {place}."])),
        ("compatible_fact:birthplace_vs_location", f"I was born in {born}."),
        ("compatible_fact:past_vs_present", f"I used to live in {before}."),
    ]


@rule(rf"i live with my (?P<who>husband|wife) in (?P<place>{PLACE_RE})", compatible=False)
def lives_with_in(c: Ctx) -> tuple[str | None, Pairs]:
    place, who = c.g("place"), c.g("who")
    c.fact = ("location", place)
    born = pick(c.rng, [p for p in BIRTH_STATES if p != place])
    return "location", [
        ("negation:not", f"I don't live in {place}."),
        ("altered_value:place", f"I live with my {who} in {other_place(c.rng, place)}."),
        ("paraphrase:reorder", f"My {who} and I live in {place}."),
        ("compatible_fact:birthplace_vs_location", f"I was born in {born}."),
    ]


@rule(r"i now live in the city", compatible=False)
def lives_city(c: Ctx) -> tuple[str | None, Pairs]:
    return "location", [
        ("negation:not", "I don't live in the city."),
        ("altered_value:place", "I live on a farm far away from any city."),
        ("paraphrase:reorder", "These days my home is in the city."),
        ("compatible_fact:past_vs_present", "I used to live in the countryside."),
    ]


@rule(rf"i have never been out of (?P<place>{PLACE_RE})")
def never_left(c: Ctx) -> tuple[str | None, Pairs]:
    place = c.g("place")
    return "location", [
        ("negation:not", f"I have been outside {place} many times."),
        ("altered_value:place", f"I have lived in {other_place(c.rng, place)} my whole life."),
        ("paraphrase:never_left", f"I've never left {place}."),
    ]


@rule(rf"i (?P<verb>was born|grew up) in (?P<place>{PLACE_RE})", compatible=False)
def born_in(c: Ctx) -> tuple[str | None, Pairs]:
    verb, place = c.g("verb"), c.g("place")
    c.fact = ("birthplace" if verb == "was born" else "grew_up", place)
    now = pick(c.rng, [p for p in BIRTH_STATES if p != place])
    neg = "I was not born in" if verb == "was born" else "I did not grow up in"
    para = (c.rng.choice([f"{place} is where I was born.", f"My birthplace is {place}."]) if verb == "was born"
            else c.rng.choice([f"{place} is where I grew up.", f"I spent my childhood in {place}."]))
    return "birthplace", [
        ("negation:not", f"{neg} {place}."),
        ("altered_value:place", f"I {verb} in {other_place(c.rng, place)}."),
        ("paraphrase:reorder", para),
        ("compatible_fact:past_vs_present", f"I live in {now} now."),
    ]


@rule(rf"my family and i are from (?P<place>{PLACE_RE})", compatible=False)
def family_from(c: Ctx) -> tuple[str | None, Pairs]:
    place = c.g("place")
    now = pick(c.rng, [p for p in BIRTH_STATES if p != place])
    return "birthplace", [
        ("negation:not", f"My family and I are not from {place}."),
        ("altered_value:place", f"My family and I are from {other_place(c.rng, place)}."),
        ("paraphrase:reorder", f"I come from {place}, and so does my family."),
        ("compatible_fact:past_vs_present", f"I live in {now} now."),
    ]


@rule(r"i (?:am from|grew up in) a small town|i (?:grew up|was raised) on a (?:horse )?farm", compatible=False)
def small_town(c: Ctx) -> tuple[str | None, Pairs]:
    if "town" in c.s:
        return "birthplace", [
            ("negation:not", "I am not from a small town."),
            ("altered_value:place", "I am from a huge city and grew up downtown."),
            ("paraphrase:reorder", "I come from a small town."),
            ("compatible_fact:past_vs_present", "I live in the city now."),
        ]
    what = "a horse farm" if "horse" in c.s else "a farm"
    return "birthplace", [
        ("negation:not", f"I did not grow up on {what}." if "grew" in c.s else f"I was not raised on {what}."),
        ("altered_value:place", "I was raised in a big city apartment and never lived on a farm."),
        ("paraphrase:reorder", f"I spent my childhood on {what}."),
        ("compatible_fact:past_vs_present", "I live in the city now."),
    ]


# --- occupation and employer ---------------------------------------------------------------------

@rule(rf"i (?:am|work as) an? (?P<job>{JOB_RE})")
def job(c: Ctx) -> tuple[str | None, Pairs]:
    job = c.g("job")
    alt = pick(c.rng, ALT_JOBS, job)
    a = article(job)
    works_as = c.s.startswith("i work as")
    c.fact = ("occupation", job)
    return "occupation", [
        ("negation:not", f"I don't work as {a} {job}." if works_as else f"I am not {a} {job}."),
        ("altered_value:occupation", f"I work as {article(alt)} {alt}." if works_as else f"I am {article(alt)} {alt}."),
        ("paraphrase:job", f"I'm {a} {job}." if works_as else c.rng.choice([f"I work as {a} {job}.",
                                                                              f"By profession, I'm {a} {job}."])),
    ]


@rule(r"i am a retired (?P<job>gym teacher)")
def job_retired(c: Ctx) -> tuple[str | None, Pairs]:
    job = c.g("job")
    return "occupation", [
        ("negation:not", f"I have never been a {job}."),
        ("altered_value:occupation", f"I am a retired {pick(c.rng, ALT_JOBS, job)}."),
        ("paraphrase:job", f"I used to work as a {job} before I retired."),
    ]


@rule(r"i am a stay at home dad")
def stay_at_home(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [
        ("negation:not", "I am not a stay-at-home dad."),
        ("altered_value:occupation", "I work full time in an office, away from home."),
        ("paraphrase:job", "I'm a dad who stays at home to look after the kids."),
    ]


@rule(r"i walk dogs for a living")
def dog_walker(c: Ctx) -> tuple[str | None, Pairs]:
    alt = pick(c.rng, ALT_JOBS)
    return "occupation", [
        ("negation:not", "I don't walk dogs for a living."),
        ("altered_value:occupation", f"I make my living as {article(alt)} {alt}."),
        ("paraphrase:job", "I'm a professional dog walker."),
    ]


@rule(rf"i (?:am in college|am studying) to (?:become|be) an? (?P<job>{JOB_RE})")
def studying_to_be(c: Ctx) -> tuple[str | None, Pairs]:
    job = c.g("job")
    alt = pick(c.rng, ALT_JOBS, job)
    return "education", [
        ("negation:not", f"I am not studying to be {article(job)} {job}."),
        ("altered_value:occupation", f"I am studying to be {article(alt)} {alt}."),
        ("paraphrase:job", f"I'm training to become {article(job)} {job}."),
    ]


@rule(rf"(?:when i grow up )?i want to be an? (?P<job>{JOB_RE})")
def wants_to_be(c: Ctx) -> tuple[str | None, Pairs]:
    job = c.g("job")
    return None, [
        ("negation:not", f"I don't want to be {article(job)} {job}."),
        ("paraphrase:job", c.rng.choice([f"My goal is to become {article(job)} {job}.",
                                         f"I hope to become {article(job)} {job} someday."])),
    ]


@rule(r"i work (?:at an?|fulltime in an?) (?P<place>bank|nursing home|school|shipyard)")
def workplace(c: Ctx) -> tuple[str | None, Pairs]:
    place = c.g("place")
    alt = pick(c.rng, WORKPLACES[place])
    full = "fulltime" in c.s
    return "employer", [
        ("negation:not", f"I don't work {'in' if full else 'at'} {article(place)} {place}."),
        ("altered_value:employer", f"I work {'full-time ' if full else ''}at {article(alt)} {alt}."),
        ("paraphrase:employer", f"I have a full-time job at {article(place)} {place}." if full else
         c.rng.choice([f"I'm employed at {article(place)} {place}.", f"My workplace is {article(place)} {place}."])),
    ]


@rule(r"i am employed by the us postal service")
def usps(c: Ctx) -> tuple[str | None, Pairs]:
    alt = pick(c.rng, ["amazon", "fedex"])
    return "employer", [
        ("negation:not", "I don't work for the us postal service."),
        ("altered_value:employer", f"I am employed by {alt}, and I always have been."),
        ("paraphrase:employer", "I work for the us postal service."),
    ]


@rule(r"i work for our local supermarket")
def supermarket(c: Ctx) -> tuple[str | None, Pairs]:
    return "employer", [
        ("negation:not", "I don't work for the local supermarket."),
        ("altered_value:employer", "I work for a local bank."),
        ("paraphrase:employer", "I'm employed by the supermarket in our area."),
    ]


@rule(r"i work in the insurance business")
def insurance(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [
        ("negation:not", "I don't work in insurance."),
        ("altered_value:occupation", "I work in the restaurant business."),
        ("paraphrase:job", "I have a job in the insurance industry."),
    ]


@rule(rf"my (?P<who>father|mother|sister|brother) (?P<verb>is|was) an? (?P<job>{JOB_RE}|construction worker)")
def relative_job(c: Ctx) -> tuple[str | None, Pairs]:
    who, verb, job = c.g("who"), c.g("verb"), c.g("job")
    alt = pick(c.rng, ALT_JOBS, job)
    nick = {"father": "dad", "mother": "mom"}.get(who)
    para = (f"My {nick} {'is' if verb == 'is' else 'used to be'} {article(job)} {job}." if nick
            else f"I have {article(who)} {who} who is {article(job)} {job}.")
    return ("siblings" if who in ("sister", "brother") else None), [
        ("negation:not", f"My {who} {verb} not {article(job)} {job}."),
        ("altered_value:occupation", f"My {who} {verb} {article(alt)} {alt}."),
        ("paraphrase:job", para),
    ]


# --- marital status ------------------------------------------------------------------------------

@rule(r"i am married(?: to an? (?P<job>[a-z ]+))?")
def married(c: Ctx) -> tuple[str | None, Pairs]:
    job = c.g("job")
    out: Pairs = [("negation:not", "I am not married.")]
    if job:
        alt = pick(c.rng, ALT_JOBS, job)
        out += [("altered_value:occupation", f"I am married to {article(alt)} {alt}."),
                ("altered_value:marital_status", "I have never been married."),
                ("paraphrase:spouse", f"My spouse is {article(job)} {job}.")]
    else:
        out += [("altered_value:marital_status", c.rng.choice(["I am single.", "I am divorced.", "I am widowed."])),
                ("paraphrase:spouse", "I have a spouse.")]
    return "marital_status", out


@rule(r"i have a (?P<who>boyfriend|girlfriend)")
def partner(c: Ctx) -> tuple[str | None, Pairs]:
    who = c.g("who")
    return "marital_status", [
        ("negation:not", f"I don't have a {who}."),
        ("altered_value:marital_status", "I am single and not dating anyone."),
        ("paraphrase:spouse", f"I'm in a relationship with my {who}."),
    ]


@rule(r"i am getting married in the (?P<season>spring|summer|autumn|fall|winter)")
def getting_married(c: Ctx) -> tuple[str | None, Pairs]:
    season = c.g("season")
    return "marital_status", [
        ("negation:not", "I am not getting married."),
        ("altered_value:season", f"I am getting married in the {pick(c.rng, [x for x in SEASONS if x != season])}."),
        ("paraphrase:spouse", f"My wedding is in the {season}."),
    ]


@rule(r"i am planning on getting a divorce")
def divorce(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [
        ("negation:not", "I am not planning on getting a divorce."),
        ("altered_value:marital_status", "I have never been married."),
        ("paraphrase:spouse", "I plan to get divorced."),
    ]


@rule(r"i have never had a steady relationship")
def never_steady(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [
        ("negation:not", "I have had steady relationships before."),
        ("altered_value:marital_status", "I have been happily married for ten years."),
        ("paraphrase:spouse", "I've never been in a steady relationship."),
    ]


@rule(r"i am in an open polyamorous relationship")
def poly(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [
        ("negation:not", "I am not in a relationship."),
        ("altered_value:marital_status", "I am in a strictly monogamous marriage."),
        ("paraphrase:spouse", "My relationship is open and polyamorous."),
    ]


# --- pets --------------------------------------------------------------------------------------------

BREED_RE = "|".join(sorted([*BREEDS, *SPECIES], key=len, reverse=True))


@rule(rf"i have an? (?:pet )?(?P<kind>{BREED_RE})(?: dog)?(?: named (?P<name>[a-z]+))?", compatible=False)
def pet(c: Ctx) -> tuple[str | None, Pairs]:
    kind, name = c.g("kind"), c.g("name").title()
    species = BREEDS.get(kind, kind)
    alt = pick(c.rng, [p for p in PET_ALTS if p != species])
    alt2 = pick(c.rng, [p for p in PET_ALTS if p not in (species, alt)])
    if name:
        para = c.rng.choice([f"I have {article(species)} {species} called {name}.", f"{name} is my {species}."])
    else:
        para = c.rng.choice([f"I keep {article(kind)} {kind} as a pet.", f"I own {article(kind)} {kind}."])
    return "pets", [
        ("negation:no_any", c.rng.choice(["I don't have any pets.", f"I don't have {article(species)} {species}."])),
        ("altered_value:exclusive_species", f"My only pet is {article(alt)} {alt}."),
        ("paraphrase:pet", para),
        ("compatible_fact:same_slot_pets", f"I have {article(alt2)} {alt2} too."),
    ]


@rule(r"i own a (?P<a>cat|dog) and a (?P<b>cat|dog)", compatible=False)
def two_pets(c: Ctx) -> tuple[str | None, Pairs]:
    a, b = c.g("a"), c.g("b")
    alt = pick(c.rng, [p for p in PET_ALTS if p not in (a, b)])
    return "pets", [
        ("negation:no_any", "I don't have any pets."),
        ("altered_value:exclusive_species", f"My only pet is {article(a)} {a}."),
        ("paraphrase:pet", f"I have {article(b)} {b} and {article(a)} {a}."),
        ("compatible_fact:same_slot_pets", f"I also have {article(alt)} {alt}."),
    ]


@rule(r"my cats are very special to me", compatible=False)
def special_cats(c: Ctx) -> tuple[str | None, Pairs]:
    return "pets", [
        ("negation:no_any", "I don't have any cats."),
        ("altered_value:exclusive_species", "My only pet is a dog."),
        ("paraphrase:pet", "I love my cats dearly."),
        ("compatible_fact:same_slot_pets", "I also have a dog."),
    ]


# --- children and siblings (non-count forms) -------------------------------------------------------

@rule(r"i have a son who is in junior high school|my daughter is a child prodigy")
def one_child(c: Ctx) -> tuple[str | None, Pairs]:
    if c.s.startswith("i have a son"):
        return "children", [("negation:no_any", "I don't have any children."),
                            ("altered_value:child_sex", "My only child is a daughter."),
                            ("paraphrase:child", "My son is in junior high school.")]
    return "children", [("negation:no_any", "I don't have any children."),
                        ("altered_value:child_sex", "My only child is a son."),
                        ("paraphrase:child", "I have a daughter who is a child prodigy.")]


@rule(r"i have amazing children and grandchildren")
def grandchildren(c: Ctx) -> tuple[str | None, Pairs]:
    return "children", [("negation:no_any", "I don't have any children."),
                        ("paraphrase:child", "My children and grandchildren are amazing.")]


@rule(rf"i am pregnant with my (?P<ord>{'|'.join(ORDINALS[1:6])}) child")
def pregnant(c: Ctx) -> tuple[str | None, Pairs]:
    n = ORDINALS.index(c.g("ord"))
    m = pick(c.rng, [o for o in ORDINALS[2:5] if ORDINALS.index(o) != n])
    return "children", [
        ("negation:not", "I am not pregnant."),
        ("altered_value:number", f"I am pregnant with my {m} child."),
        ("paraphrase:child", f"I am expecting my {c.g('ord')} baby."),
    ]


@rule(rf"i am expecting (?P<what>twins|triplets) in (?P<num>{NUM}) months")
def expecting(c: Ctx) -> tuple[str | None, Pairs]:
    what, num = c.g("what"), c.g("num")
    n = num_value(num)
    assert n is not None
    other = "triplets" if what == "twins" else "twins"
    m = pick(c.rng, [str(k) for k in range(1, 9) if k != n])
    return "children", [
        ("negation:not", "I am not expecting any babies."),
        ("altered_value:number", c.rng.choice([f"I am expecting {other} in {num} months.",
                                               f"I am expecting {what} in {render_like(int(m), num)} months."])),
        ("paraphrase:child", f"In {num} months I'm having {what}."),
        ("numeral_rewording:digits_words", f"I am expecting {what} in {flip_format(n, num)} months."),
    ]


@rule(r"my brother is older than me")
def older_brother(c: Ctx) -> tuple[str | None, Pairs]:
    return "siblings", [
        ("negation:not", "My brother is not older than me."),
        ("altered_value:order", "My brother is younger than me."),
        ("paraphrase:reorder", "I am younger than my brother."),
    ]


# --- name, gender, appearance ------------------------------------------------------------------------

@rule(r"my name is (?P<name>[a-z]+)")
def name(c: Ctx) -> tuple[str | None, Pairs]:
    nm = c.g("name")
    c.fact = ("name", nm)
    return "name", [
        ("negation:not", f"My name is not {nm.title()}."),
        ("altered_value:name", f"My name is {pick(c.rng, NAMES, nm).title()}."),
        ("paraphrase:name", c.rng.choice([f"I'm called {nm.title()}.", f"People call me {nm.title()}."])),
    ]


@rule(r"i am an? (?P<g>little girl|little boy|boy|girl|male|female|woman|man)")
def gender(c: Ctx) -> tuple[str | None, Pairs]:
    g = c.g("g")
    c.fact = ("gender", g)
    para = {"boy": "I'm a young boy.", "girl": "I'm a young girl.", "male": "I'm a man.", "female": "I'm female.",
            "woman": "I'm female.", "man": "I'm male.", "little girl": "I'm a young girl.",
            "little boy": "I'm a young boy."}[g]
    swap = GENDER_SWAP[g]
    return None, [
        ("negation:not", f"I am not {article(g)} {g}."),
        ("altered_value:gender", f"I am {article(swap)} {swap}."),
        ("paraphrase:gender", para),
    ]


@rule(r"i have (?P<adjs>(?:(?:short|long|brown|blonde|red|black|grey|curly|straight|rainbow) )+)hair")
def hair(c: Ctx) -> tuple[str | None, Pairs]:
    adjs = c.g("adjs").split()
    swappable = [a for a in adjs if a in HAIR_KIND]
    out: Pairs = [("negation:not", f"My hair is not {'rainbow-colored' if adjs[0] == 'rainbow' else adjs[0]}.")]
    if swappable:
        a = c.rng.choice(swappable)
        b = pick(c.rng, [x for x in HAIR[HAIR_KIND[a]] if x != a])
        out.append(("altered_value:appearance", f"I have {' '.join(b if x == a else x for x in adjs)} hair."))
    out.append(("paraphrase:appearance", "My hair is " + " and ".join(
        "rainbow-colored" if a == "rainbow" else a for a in adjs) + "."))
    return None, out


@rule(r"i have (?P<hair>blonde|brown|red|black) hair and (?P<eyes>blue|brown|green|grey) eyes")
def hair_eyes(c: Ctx) -> tuple[str | None, Pairs]:
    hair_c, eyes = c.g("hair"), c.g("eyes")
    return None, [
        ("negation:not", f"My eyes are not {eyes}."),
        ("altered_value:appearance", f"I have {pick(c.rng, [e for e in EYES if e != eyes])} eyes."),
        ("paraphrase:appearance", f"My hair is {hair_c} and my eyes are {eyes}."),
    ]


# --- religion and diet --------------------------------------------------------------------------------

@rule(r"i am an? (?P<rel>buddhist|christian|muslim|hindu)")
def religion(c: Ctx) -> tuple[str | None, Pairs]:
    rel = c.g("rel")
    c.fact = ("religion", rel)
    alt = pick(c.rng, [r for r in RELIGIONS if r not in (rel, "jew")])
    return "religion", [
        ("negation:not", f"I am not {article(rel)} {rel}."),
        ("altered_value:religion", f"I am {article(alt)} {alt}."),
        ("paraphrase:religion", c.rng.choice([f"I practice {RELIGIONS[rel]}.", f"My religion is {RELIGIONS[rel]}."])),
    ]


@rule(r"i do not believe in god")
def atheist(c: Ctx) -> tuple[str | None, Pairs]:
    c.fact = ("religion", "atheist")
    return "religion", [
        ("negation:not", "I believe in god."),
        ("altered_value:religion", "I am a devout christian and pray every day."),
        ("paraphrase:religion", "I'm an atheist."),
    ]


@rule(r"i attend church every week")
def church(c: Ctx) -> tuple[str | None, Pairs]:
    return "religion", [
        ("negation:not", "I never go to church."),
        ("altered_value:frequency", "I only go to church once a year, at christmas."),
        ("paraphrase:fronting", "Every week, I go to church."),
    ]


@rule(r"i am an? (?P<diet>vegan|vegetarian|omnivore)")
def diet(c: Ctx) -> tuple[str | None, Pairs]:
    d = c.g("diet")
    c.fact = ("diet", d)
    alt = {"vegan": "I eat meat every day.", "vegetarian": "I eat steak several times a week.",
           "omnivore": "I am a strict vegan."}[d]
    para = {"vegan": "I don't eat any animal products.", "vegetarian": "I don't eat meat.",
            "omnivore": "I eat both meat and vegetables."}[d]
    return "diet", [("negation:not", f"I am not {article(d)} {d}."), ("altered_value:diet", alt),
                    ("paraphrase:diet", para)]


@rule(r"i only eat kosher")
def kosher(c: Ctx) -> tuple[str | None, Pairs]:
    return "diet", [("negation:not", "I do not keep kosher."), ("altered_value:diet", "I eat pork all the time."),
                    ("paraphrase:diet", "I keep a strictly kosher diet.")]


@rule(r"i eat a raw diet")
def raw(c: Ctx) -> tuple[str | None, Pairs]:
    return "diet", [("negation:not", "I don't eat a raw diet."), ("altered_value:diet", "I cook all of my food."),
                    ("paraphrase:diet", "I follow a raw food diet.")]


@rule(r"i am a clean eater")
def clean_eater(c: Ctx) -> tuple[str | None, Pairs]:
    return "diet", [("negation:not", "I am not a clean eater."),
                    ("altered_value:diet", "I eat junk food at almost every meal."),
                    ("paraphrase:diet", "I eat clean.")]


@rule(r"i do not drink (?P<what>alcohol|soda)")
def no_drink(c: Ctx) -> tuple[str | None, Pairs]:
    what = c.g("what")
    alt = {"alcohol": "I drink a glass of wine every night.", "soda": "I drink a can of soda every day."}[what]
    return "diet", [("negation:not", f"I drink {what}."), ("altered_value:diet", alt),
                    ("paraphrase:diet", f"I never drink {what}.")]


# --- health ---------------------------------------------------------------------------------------------

@rule(r"i am partly deaf")
def deaf(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I am not deaf at all."), ("altered_value:health", "My hearing is perfect."),
                      ("paraphrase:health", "I am hard of hearing.")]


@rule(r"i have a broken (?P<part>arm|leg)")
def broken(c: Ctx) -> tuple[str | None, Pairs]:
    p = c.g("part")
    return "health", [("negation:not", f"I don't have a broken {p}."),
                      ("altered_value:health", "I have never broken a bone in my life."),
                      ("paraphrase:health", f"My {p} is broken.")]


@rule(r"i have an allergy to (?P<what>[a-z]+)")
def allergy(c: Ctx) -> tuple[str | None, Pairs]:
    w = c.g("what")
    return "health", [("negation:not", f"I am not allergic to {w}."), ("paraphrase:health", f"I am allergic to {w}.")]


@rule(r"i am a cancer survivor")
def cancer(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I have never had cancer."), ("paraphrase:health", "I survived cancer.")]


@rule(r"i never broke a bone in my body ever in my life")
def never_broke(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I have broken a bone before."),
                      ("altered_value:health", "I broke my leg when I was a kid."),
                      ("paraphrase:health", "I have never broken a bone.")]


@rule(r"i had to have a transplant")
def transplant(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I have never had a transplant."),
                      ("paraphrase:health", "I received an organ transplant.")]


@rule(r"i am a recovering alcoholic")
def alcoholic(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I have never had a drinking problem."),
                      ("paraphrase:health", "I am in recovery from alcoholism.")]


@rule(r"i faint at the sight of blood")
def blood(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "The sight of blood does not bother me at all."),
                      ("paraphrase:health", "Seeing blood makes me faint.")]


@rule(r"i was born with my heart outside my body")
def heart(c: Ctx) -> tuple[str | None, Pairs]:
    return "health", [("negation:not", "I was born with a completely normal heart."),
                      ("paraphrase:health", "When I was born, my heart was outside my body.")]


# --- education ------------------------------------------------------------------------------------------

@rule(r"i am an? (?P<major>art|economics) major(?: in college)?")
def major(c: Ctx) -> tuple[str | None, Pairs]:
    mj = c.g("major")
    return "education", [("negation:not", f"I am not majoring in {mj}."),
                         ("altered_value:major", f"I am {article(alt := pick(c.rng, MAJORS, mj))} {alt} major."),
                         ("paraphrase:education", f"I'm majoring in {mj}.")]


@rule(rf"i am in the (?P<ord>{'|'.join(ORDINALS[1:13])}) grade")
def grade(c: Ctx) -> tuple[str | None, Pairs]:
    o = c.g("ord")
    n = ORDINALS.index(o)
    m = pick(c.rng, [x for x in ORDINALS[1:9] if abs(ORDINALS.index(x) - n) >= 2])
    return "education", [("negation:not", f"I am not in the {o} grade."), ("altered_value:number", f"I am in the {m} grade."),
                         ("paraphrase:education", f"I'm a {o} grader."),
                         ("numeral_rewording:ordinal", f"I am in the {n}{ORD_SUFFIX.get(n, 'th')} grade.")]


@rule(r"i am currently in high school")
def high_school(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I am not in high school."),
                         ("altered_value:education", "I finished high school many years ago."),
                         ("paraphrase:education", "I'm a high school student right now.")]


@rule(r"i did not graduate high school")
def no_hs(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I graduated from high school."),
                         ("paraphrase:education", "I never finished high school.")]


@rule(r"i am also a graduate student")
def grad_student(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I am not a graduate student."),
                         ("altered_value:education", "I never went to college."),
                         ("paraphrase:education", "I'm in graduate school.")]


@rule(r"i graduated from yale in (?P<year>\d{4}) with a degree in finance")
def yale(c: Ctx) -> tuple[str | None, Pairs]:
    y = int(c.g("year"))
    return "education", [("negation:not", "I did not graduate from yale."),
                         ("altered_value:number",
                          f"I graduated from yale in {y + c.rng.choice([-4, -3, 3, 4, 6])} with a degree in finance."),
                         ("altered_value:major", "I graduated from yale in 2011 with a degree in chemistry."),
                         ("paraphrase:education", f"I have a finance degree from yale, which I got in {y}.")]


@rule(r"i speak (?P<lang>chinese|spanish|french|german)")
def speaks(c: Ctx) -> tuple[str | None, Pairs]:
    lang = c.g("lang")
    return None, [("negation:not", f"I don't speak {lang}."),
                  ("altered_value:language", "The only language I speak is english."),
                  ("paraphrase:language", f"I can speak {lang}.")]


@rule(r"i am fluent in english spanish and french")
def fluent(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "I don't speak french."),
                  ("altered_value:language", "The only language I speak is english."),
                  ("paraphrase:language", "I speak english, spanish and french fluently.")]


@rule(r"one of the languages that i am currently studying is spanish")
def studying_spanish(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I am not studying spanish."),
                         ("paraphrase:language", "I'm currently learning spanish, among other languages."),
                         ("compatible_fact:same_slot_education", "I am also learning italian.")]


@rule(r"i plan to go to business school next year")
def business_school(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I have no plans to go to business school."),
                         ("altered_value:time", "I plan to go to business school in five years."),
                         ("paraphrase:fronting", "Next year, I plan to attend business school.")]


# --- possessions ---------------------------------------------------------------------------------------

@rule(r"i drive an? (?P<car>bmw|ford pinto|mini van|nissan pathfinder|(?P<year>\d{4}) honda civic)")
def car(c: Ctx) -> tuple[str | None, Pairs]:
    car_ = c.g("car")
    alt = pick(c.rng, ALT_CARS, car_)
    out: Pairs = [("negation:not", f"I don't drive {article(car_)} {car_}."),
                  ("altered_value:vehicle", f"The only car I drive is {article(alt)} {alt}."),
                  ("paraphrase:vehicle", c.rng.choice([f"My car is {article(car_)} {car_}.",
                                                       f"I get around in {article(car_)} {car_}."])),
                  ("compatible_fact:same_slot_possessions", "I also own a bicycle.")]
    if c.g("year"):
        y = int(c.g("year"))
        out.append(("altered_value:number", f"I drive a {y - c.rng.choice([4, 5, 6, 7])} honda civic."))
    return "possessions", out


@rule(r"my main transportation is my motorbike", compatible=False)
def motorbike(c: Ctx) -> tuple[str | None, Pairs]:
    return "possessions", [("negation:not", "I don't have a motorbike."),
                           ("altered_value:vehicle", "My main transportation is the bus."),
                           ("paraphrase:vehicle", "I mainly get around on my motorbike."),
                           ("compatible_fact:same_slot_possessions", "I also own a bicycle.")]


@rule(rf"i own a house in (?P<place>{PLACE_RE})")
def house_in(c: Ctx) -> tuple[str | None, Pairs]:
    p = c.g("place")
    return "possessions", [("negation:not", f"I don't own a house in {p}."),
                           ("altered_value:possessions", "I have never owned a house."),
                           ("paraphrase:possessions", f"I have a house in {p}.")]


@rule(r"i have solar panels on my roof|i have a big library at home")
def home_things(c: Ctx) -> tuple[str | None, Pairs]:
    if "solar" in c.s:
        return "possessions", [("negation:not", "I don't have solar panels on my roof."),
                               ("paraphrase:possessions", "My roof has solar panels on it.")]
    return "possessions", [("negation:not", "I don't have a big library at home."),
                           ("altered_value:possessions", "I don't own a single book."),
                           ("paraphrase:possessions", "There's a big library in my home.")]


@rule(r"i just bought my first home|i just moved into my first home|i just bought a house recently")
def first_home(c: Ctx) -> tuple[str | None, Pairs]:
    out: Pairs = [("negation:not", "I have never bought a house." if "bought" in c.s else "I have never had a home of my own.")]
    if "first" in c.s:
        out.append(("altered_value:possessions", "I have owned several homes over the years."))
    out.append(("paraphrase:possessions", "I recently became a homeowner." if "bought" in c.s
                else "I recently moved into the first home of my own."))
    return "possessions", out


@rule(r"i do not have a smartphone")
def smartphone(c: Ctx) -> tuple[str | None, Pairs]:
    return "possessions", [("negation:not", "I have a smartphone."),
                           ("altered_value:possessions", "I check my smartphone all day long."),
                           ("paraphrase:possessions", "I don't own a smartphone.")]


@rule(r"i have a hat collection of over 1000 hats")
def hats(c: Ctx) -> tuple[str | None, Pairs]:
    return "possessions", [("negation:not", "I don't collect hats."),
                           ("altered_value:number", "I own only a handful of hats."),
                           ("paraphrase:possessions", "I own more than 1000 hats."),
                           ("numeral_rewording:digits_words", "I have a hat collection of over a thousand hats.")]


# --- likes, hobbies, dislikes ------------------------------------------------------------------------

BARE_VERBS = r"(?:dance|sing|love|play|read|walk|watch|cook|eat|drink|go|make|run|swim|own|have|i)"
ACTIVITY_SKIP = ("to eat ", "to drink ")


def _liking(c: Ctx, verb: str, x: str) -> tuple[str | None, Pairs] | None:
    if re.search(rf"\band {BARE_VERBS}\b", x) or " a a " in x:
        return None
    ger = gerund(x)
    activity = (x.startswith("to ") and not x.startswith(ACTIVITY_SKIP)) or bool(
        re.match(r"(?:[a-z]+ )?(?!thing|clothing|spring|king|ring)[a-z]+ing\b", x))
    slot = "hobbies" if activity else "likes"
    if verb == "love":
        neg = f"I don't like {ger}."
        para = c.rng.choice([f"I really enjoy {ger}.", f"I'm a big fan of {ger}."] if activity else
                            [f"I'm a big fan of {ger}.", f"I adore {ger}."])
    elif verb == "enjoy":
        neg = f"I don't enjoy {ger}."
        para = c.rng.choice([f"I like {ger}.", f"I'm fond of {ger}."])
    else:
        neg = f"I don't like {x}."
        para = c.rng.choice([f"I'm fond of {ger}.", f"I enjoy {ger}."])
    dislike = c.rng.choice([f"I hate {ger}.", f"I can't stand {ger}.", f"I really dislike {ger}."])
    if activity:
        other = pick(c.rng, HOBBY_BANK, x)
        compat = ("compatible_fact:same_slot_hobbies", f"I also enjoy {other}.")
    else:
        other = pick(c.rng, LIKE_BANK, x)
        compat = ("compatible_fact:same_slot_likes", f"I also like {other}.")
    return slot, [("negation:not", neg), ("altered_value:like_to_dislike", dislike),
                  ("paraphrase:liking", para), compat]


@rule(r"i (?:also |really |do )?(?P<verb>love|like|enjoy|adore) (?P<x>.+)", compatible=False)
def liking(c: Ctx) -> tuple[str | None, Pairs] | None:
    return _liking(c, c.g("verb"), c.g("x"))


@rule(r"i am a (?:huge|big) (?P<x>coffee|star wars) (?:lover|fan)", compatible=False)
def fan(c: Ctx) -> tuple[str | None, Pairs]:
    x = c.g("x")
    other = pick(c.rng, LIKE_BANK, x)
    return "likes", [("negation:not", f"I am not a {x} fan."), ("altered_value:like_to_dislike", f"I can't stand {x}."),
                     ("paraphrase:liking", f"I really love {x}."), ("compatible_fact:same_slot_likes", f"I also like {other}.")]


@rule(r"(?P<x>knitting) is my passion", compatible=False)
def passion(c: Ctx) -> tuple[str | None, Pairs]:
    x = c.g("x")
    return "hobbies", [("negation:not", f"{x} is not my passion."), ("altered_value:like_to_dislike", f"I hate {x}."),
                       ("paraphrase:liking", f"I am passionate about {x}."),
                       ("compatible_fact:same_slot_hobbies", f"I also enjoy {pick(c.rng, HOBBY_BANK, x)}.")]


@rule(r"i hate (?P<x>.+)")
def hate(c: Ctx) -> tuple[str | None, Pairs] | None:
    x = c.g("x")
    return "dislikes", [("negation:not", f"I don't hate {x}."),
                        ("altered_value:dislike_to_like", c.rng.choice([f"I love {x}.", f"I really enjoy {x}."])),
                        ("paraphrase:liking", c.rng.choice([f"I can't stand {x}.", f"I really dislike {x}."]))]


@rule(r"i do not (?P<verb>like|care about) (?P<x>[a-z ]+)")
def not_like(c: Ctx) -> tuple[str | None, Pairs]:
    verb, x = c.g("verb"), c.g("x")
    if verb == "like":
        return "dislikes", [("negation:not", f"I like {x}."), ("altered_value:dislike_to_like", f"I love {x}."),
                            ("paraphrase:liking", f"I'm not a fan of {x}.")]
    return "dislikes", [("negation:not", f"I care a lot about {x}."),
                        ("altered_value:dislike_to_like", f"I am obsessed with {x}."),
                        ("paraphrase:liking", f"I'm not interested in {x}.")]


CATEGORY_RE = "|".join(sorted(FAVORITE_ALTS, key=len, reverse=True))


def _favorite(c: Ctx, cat: str, x: str, plural_x: bool) -> tuple[str | None, Pairs]:
    be_cat = "are" if cat == "colors" else "is"  # "my favorite food is ..."
    be_x = "are" if plural_x or cat == "colors" else "is"  # "cheeseburgers are my favorite food"
    fav = "dream" if cat == "dream car" else "favorite"
    label = "car" if cat == "dream car" else cat
    c.fact = (f"favorite:{cat}", x)
    if c.s.startswith("my "):
        out: Pairs = [("negation:not", f"my {fav} {label} {be_cat} not {x}.")]
    else:
        out = [("negation:not", f"{x} {be_x} not my {fav} {label}.")]
    if cat in FAVORITE_ALTS:
        alt = pick(c.rng, FAVORITE_ALTS[cat], x)
        out.append(("altered_value:favorite", f"my {fav} {label} {be_cat} {alt}."))
    out.append(("paraphrase:reorder", f"{x} {be_x} my {fav} {label}." if c.s.startswith("my ")
                else f"my {fav} {label} {be_cat} {x}."))
    if cat in FAVORITE_ALTS and cat not in ("dream car", "kind of movie", "colors"):
        alt2 = pick(c.rng, FAVORITE_ALTS[cat], x + " " + out[1][1])
        if cat == "color":
            out.append(("compatible_fact:same_slot_likes", f"I also like the color {alt2}."))
        elif cat == "season":
            out.append(("compatible_fact:same_slot_likes", f"I also enjoy {alt2}."))
        elif cat in ("band", "singer", "artist"):
            out.append(("compatible_fact:same_slot_likes", f"I also like listening to {alt2}."))
        else:
            out.append(("compatible_fact:same_slot_likes", f"I also like {alt2}."))
    return "likes", out


@rule(rf"my (?:favou?rite|dream) (?P<cat>{CATEGORY_RE}|[a-z ]+?) (?P<be>is|are) (?P<x>[a-z ]+)")
def favorite(c: Ctx) -> tuple[str | None, Pairs] | None:
    cat, x = c.g("cat"), c.g("x")
    if c.s.startswith("my dream") and cat != "car":
        return None
    cat = "dream car" if c.s.startswith("my dream") else cat
    if " and i " in x or cat in ("way to relax", "type of music to sing", "hobbies", "shirts", "skater"):
        return None
    return _favorite(c, cat, x, c.g("be") == "are" and cat != "colors")


@rule(r"(?P<x>[a-z ]+?) (?P<be>is|are) my (?:favou?rite|preferred) (?P<cat>food|sport|character|beverage)")
def favorite_front(c: Ctx) -> tuple[str | None, Pairs]:
    return _favorite(c, c.g("cat"), c.g("x"), c.g("be") == "are")


@rule(r"i (?P<only>only )?listen to (?P<x>rap|country) music")
def listens(c: Ctx) -> tuple[str | None, Pairs]:
    x = c.g("x")
    alt = pick(c.rng, ["jazz", "classical", "opera", "heavy metal"], x)
    if c.g("only"):
        return "likes", [("negation:not", f"I don't listen to {x} music."),
                         ("altered_value:exclusive", f"I listen to a lot of {alt} music."),
                         ("paraphrase:liking", f"{x} is the only kind of music I listen to.")]
    return "likes", [("negation:not", f"I don't listen to {x} music."),
                     ("altered_value:like_to_dislike", f"I can't stand {x} music."),
                     ("paraphrase:liking", f"{x} music is something I listen to."),
                     ("compatible_fact:same_slot_likes", f"I also listen to {alt} music.")]


@rule(r"i play (?P<x>ping pong|a lot of call of duty|several instruments|the violin and the guitar)", compatible=False)
def plays(c: Ctx) -> tuple[str | None, Pairs]:
    x = c.g("x")
    core = x.replace("a lot of ", "")
    return "hobbies", [("negation:not", f"I don't play {core}."),
                       ("altered_value:like_to_dislike", f"I have never played {core} and never will."),
                       ("paraphrase:liking", f"Playing {x} is one of my hobbies." if "several" not in x
                        else "I can play more than one instrument."),
                       ("compatible_fact:same_slot_hobbies", f"I also enjoy {pick(c.rng, HOBBY_BANK, x)}.")]


# --- single sentences with a clear slot that the general rules above do not reach -------------------

@rule(r"i am ex military")
def ex_military(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I have never served in the military."),
                          ("paraphrase:job", "I used to be in the military.")]


@rule(r"i just got a job working in a gas station")
def gas_station(c: Ctx) -> tuple[str | None, Pairs]:
    return "employer", [("negation:not", "I don't work at a gas station."),
                        ("altered_value:employer", "I have worked at the same bank for ten years."),
                        ("paraphrase:employer", "I recently started working at a gas station.")]


@rule(r"i got a new job just yesterday to be a life coach")
def life_coach(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I have never worked as a life coach."),
                          ("altered_value:time", "I have been working as a life coach for twenty years."),
                          ("paraphrase:job", "Yesterday I was hired as a life coach.")]


@rule(r"i work at a school as a kindergarten teacher")
def kindergarten(c: Ctx) -> tuple[str | None, Pairs]:
    alt = pick(c.rng, ["janitor", "school nurse", "bus driver"])
    return "occupation", [("negation:not", "I am not a kindergarten teacher."),
                          ("altered_value:occupation", f"I work at a school as {article(alt)} {alt}."),
                          ("paraphrase:job", "I teach kindergarten at a school.")]


@rule(r"i also work as a custodian to help pay the bills")
def custodian(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I don't work as a custodian."),
                          ("paraphrase:job", "To help pay the bills, I also have a job as a custodian.")]


@rule(r"i am a stunt double as my second job")
def stunt_double(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I have never worked as a stunt double."),
                          ("paraphrase:job", "My second job is being a stunt double.")]


@rule(r"i also have a dog walking business")
def dog_business(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I don't have a dog walking business."),
                          ("paraphrase:job", "I also run a business walking dogs.")]


@rule(r"i am retired and living the great life")
def retired(c: Ctx) -> tuple[str | None, Pairs]:
    return "occupation", [("negation:not", "I am not retired."),
                          ("altered_value:occupation", "I work full time at a bank."),
                          ("paraphrase:job", "I'm retired and enjoying life.")]


@rule(rf"i have been working since i was (?P<num>{NUM}) years old")
def working_since(c: Ctx) -> tuple[str | None, Pairs]:
    num = c.g("num")
    n = num_value(num)
    assert n is not None
    return "occupation", [("negation:not", "I have never had a job."),
                          ("altered_value:number",
                           f"I have been working since I was {render_like(n + c.rng.choice([4, 5, 6]), num)} years old."),
                          ("paraphrase:job", f"I started working at {num} and have worked ever since."),
                          ("numeral_rewording:digits_words", f"I have been working since I was {flip_format(n, num)} years old.")]


@rule(r"i work in it and have been at the same company for (?P<num>\d+) years")
def it_worker(c: Ctx) -> tuple[str | None, Pairs]:
    num = c.g("num")
    n = int(num)
    return "employer", [("negation:not", "I don't work in IT."),
                        ("altered_value:number",
                         f"I work in IT and have been at the same company for {other_count(c.rng, n // 3) } years."),
                        ("altered_value:employer", "I work in IT and change companies every year."),
                        ("paraphrase:employer", f"I've worked in IT for the same company for {num} years."),
                        ("numeral_rewording:digits_words",
                         f"I work in IT and have been at the same company for {to_words(n)} years.")]


@rule(r"i married a super model from italy")
def supermodel(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [("negation:not", "I am not married."),
                              ("altered_value:marital_status", "I have never been married."),
                              ("paraphrase:spouse", "My spouse is a supermodel from italy.")]


@rule(r"my wife left me and took my children")
def wife_left(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [("negation:not", "My wife never left me."),
                              ("altered_value:marital_status", "My wife and I are happily together with our kids."),
                              ("paraphrase:spouse", "My wife walked out on me and took the kids.")]


@rule(r"my ex cheated and left me for a lawyer")
def ex_cheated(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [("negation:not", "My ex never cheated on me."),
                              ("paraphrase:spouse", "My ex was unfaithful and left me for a lawyer.")]


@rule(r"my boyfriend and i are moving into an apartment together next week")
def moving_in(c: Ctx) -> tuple[str | None, Pairs]:
    return "marital_status", [("negation:not", "My boyfriend and I are not moving in together."),
                              ("altered_value:marital_status", "I don't have a boyfriend."),
                              ("paraphrase:spouse", "Next week my boyfriend and I move into an apartment together.")]


@rule(r"i am not a good swimmer at all")
def swimmer(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "I am a good swimmer."),
                  ("altered_value:skill", "I am an excellent swimmer."),
                  ("paraphrase:skill", "I can't swim well at all.")]


@rule(r"i have not spoken in three months")
def not_spoken(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "I talk to people every day."),
                  ("altered_value:number", "I have not spoken in five months."),
                  ("paraphrase:fronting", "For three months, I have not spoken."),
                  ("numeral_rewording:digits_words", "I have not spoken in 3 months.")]


@rule(r"i have a weakness for (?P<x>fish and chips|vanilla ice cream)", compatible=False)
def weakness(c: Ctx) -> tuple[str | None, Pairs]:
    x = c.g("x")
    return "likes", [("negation:not", f"I don't like {x}."),
                     ("altered_value:like_to_dislike", f"I can't stand {x}."),
                     ("paraphrase:liking", f"I can never resist {x}."),
                     ("compatible_fact:same_slot_likes", f"I also like {pick(c.rng, LIKE_BANK, x)}.")]


@rule(r"(?P<x>horror movies|spiderman) (?P<be>is|are) my favorites?", compatible=False)
def favorite_bare(c: Ctx) -> tuple[str | None, Pairs]:
    x, be = c.g("x"), c.g("be")
    alt = pick(c.rng, ["batman", "superman"] if x == "spiderman" else ["romantic comedies", "westerns"])
    return "likes", [("negation:not", f"{x} {be} not my favorite."),
                     ("altered_value:like_to_dislike", f"I can't stand {x}."),
                     ("paraphrase:liking", f"I like {x} best of all."),
                     ("compatible_fact:same_slot_likes", f"I also like {alt}.")]


@rule(r"my favorite hobbies are listening to music and playing video games", compatible=False)
def fav_hobbies(c: Ctx) -> tuple[str | None, Pairs]:
    return "hobbies", [("negation:not", "I don't like playing video games."),
                       ("altered_value:like_to_dislike", "I hate listening to music."),
                       ("paraphrase:reorder", "Listening to music and playing video games are my favorite hobbies."),
                       ("compatible_fact:same_slot_hobbies", f"I also enjoy {pick(c.rng, HOBBY_BANK)}.")]


@rule(r"i am interested in photography and like taking pictures", compatible=False)
def photography(c: Ctx) -> tuple[str | None, Pairs]:
    return "hobbies", [("negation:not", "I am not interested in photography."),
                       ("altered_value:like_to_dislike", "I hate taking pictures."),
                       ("paraphrase:liking", "Photography interests me, and I enjoy taking pictures."),
                       ("compatible_fact:same_slot_hobbies", f"I also enjoy {pick(c.rng, HOBBY_BANK)}.")]


@rule(r"(?:in my spare time i do volunteer work|on weekends i do live action roleplaying events"
      r"|i try various coffees as a hobby|i often shop for shoes and watches)", compatible=False)
def hobby_misc(c: Ctx) -> tuple[str | None, Pairs]:
    table = {
        "in my spare time i do volunteer work": ("I don't do any volunteer work.", "I volunteer in my spare time."),
        "on weekends i do live action roleplaying events": ("I have never done live action roleplaying.",
                                                            "I take part in live action roleplaying events on weekends."),
        "i try various coffees as a hobby": ("I never drink coffee.", "Trying different coffees is a hobby of mine."),
        "i often shop for shoes and watches": ("I never shop for shoes.",
                                               "Shopping for shoes and watches is something I do often."),
    }
    neg, para = table[c.s]
    return "hobbies", [("negation:not", neg), ("paraphrase:liking", para),
                       ("compatible_fact:same_slot_hobbies", f"I also enjoy {pick(c.rng, HOBBY_BANK, c.s)}.")]


@rule(r"i also study languages")
def languages(c: Ctx) -> tuple[str | None, Pairs]:
    return "education", [("negation:not", "I don't study any languages."),
                         ("paraphrase:education", "I'm learning languages as well.")]


@rule(r"my mom passed away when i was young")
def mom_passed(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "My mom is alive and well."), ("paraphrase:family", "I lost my mom when I was young.")]


@rule(r"my best friend lives next door")
def best_friend(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "My best friend does not live next door."),
                  ("altered_value:place", "My best friend lives in another country."),
                  ("paraphrase:reorder", "My best friend is my next-door neighbor.")]


@rule(r"the holidays make me depressed")
def holidays(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "The holidays don't make me depressed."),
                  ("altered_value:mood", "The holidays are the happiest time of year for me."),
                  ("paraphrase:reorder", "I get depressed during the holidays.")]


@rule(r"my bedroom is purple and lime green")
def bedroom(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "My bedroom is not purple."),
                  ("altered_value:color", "My bedroom is painted plain white."),
                  ("paraphrase:reorder", "I have a purple and lime green bedroom.")]


@rule(r"i can move objects with my mind")
def telekinesis(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "I cannot move objects with my mind."),
                  ("paraphrase:able", "I am able to move things just by thinking.")]


@rule(r"i have blue eyes and red hair that comes to my waist")
def long_red_hair(c: Ctx) -> tuple[str | None, Pairs]:
    return None, [("negation:not", "My eyes are not blue."),
                  ("altered_value:appearance", "I have short brown hair."),
                  ("paraphrase:appearance", "My hair is red and waist-length, and my eyes are blue.")]


# --- generic fallback: a single clause in the first person -------------------------------------------

GENERIC_SLOTS = [
    ("health", r"deaf|allerg|cancer|broken|transplant|medication|surgery|alcoholic|blood|bone|weight|afraid|terrified|scared"),
    ("religion", r"church|god\b|buddhist|christian"),
    ("diet", r"\bdiet\b|vegan|vegetarian|kosher|organic|alcohol"),
    ("occupation", r"\bjob\b|\bwork\b|retire|career|employ|army|military"),
    ("education", r"school|college|major|grade|graduat|studying|\bstudy\b|yale"),
    ("siblings", r"sister|brother"),
    ("children", r"\bkids?\b|children|\bson\b|daughter|pregnant|expecting"),
    ("marital_status", r"married|divorce|boyfriend|girlfriend|husband|wife"),
    ("pets", r"\bpets?\b"),
    ("possessions", r"\bi own\b|\bcar\b|\bhouse\b"),
    ("hobbies", r"volunteer|\bread\b|\bwalk\b|workout|gym|gambling|dance|guitar|travel|play"),
]
ADV_FRONT = re.compile(r"^i (?P<rest>.+?) (?P<adv>every (?:day|week|year|month)|once a week|twice a year|"
                       r"in my spare time|on weekends|on the weekends|a year|a day)$")
IRREGULAR_PAST = {"started": "start", "won": "win", "helped": "help", "donated": "donate", "went": "go",
                  "spent": "spend", "took": "take", "met": "meet", "drove": "drive", "grew": "grow",
                  "quit": "quit", "remember": "remember", "played": "play"}


def negate(s: str) -> str | None:
    """A first-person clause negated with an auxiliary, or None when the form is not handled."""
    for aux in ("am", "was", "will", "can", "have been", "have not", "do not", "did not"):
        if s.startswith(f"i {aux} "):
            rest = s[len(f"i {aux} "):]
            if aux == "have not":
                return f"I have {rest}."
            if aux in ("do not", "did not"):
                return f"I {'do' if aux == 'do not' else 'did'} {rest}."
            if aux == "can":
                return f"I cannot {rest}."
            if aux == "have been":
                return f"I have not been {rest}."
            if rest.startswith("not ") or rest.startswith("never "):
                return None
            rest = re.sub(r"^now ", "", rest)
            return f"I {aux} not {rest}."
    m = re.match(r"^i ([a-z]+) (.+)$", s)
    if m:
        verb, rest = m.groups()
        if verb in IRREGULAR_PAST:
            return f"I did not {IRREGULAR_PAST[verb]} {rest}." if verb != "remember" else f"I don't remember {rest}."
        if verb.endswith("ed") or verb in ("never", "also", "just", "really", "only", "had", "got", "recently"):
            return None
        return f"I don't {verb} {rest}."
    m = re.match(r"^my ([a-z ]+?) (is|are|was|were) (.+)$", s)
    if m:
        rest = m.group(3)
        if rest.startswith("also "):
            return None  # "also" leans on context
        if rest.startswith("not "):
            return f"My {m.group(1)} {m.group(2)} {rest[4:]}."
        return f"My {m.group(1)} {m.group(2)} not {rest}."
    return None


def _numbers(s: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"\b{NUM}\b", s))


@rule(r"(?:i|my) [a-z0-9 ]+")
def generic(c: Ctx) -> tuple[str | None, Pairs] | None:
    s = c.s
    if re.search(r"\b(and|or|while|who|that|which|preferably)\b", s):
        return None
    # one plain clause: negation and paraphrase are safe; otherwise only a number may be changed
    plain = not re.search(r"\b(when|since|as|with)\b", s)
    slot = next((sl for sl, pat in GENERIC_SLOTS if re.search(pat, s)), None)
    out: Pairs = []
    neg = negate(s) if plain else None
    if neg:
        out.append(("negation:not", neg))
    nums = _numbers(s)
    if len(nums) == 1 and not re.search(rf"\b(over|about|around) {NUM}", s):
        tok = nums[0].group(0)
        n = num_value(tok)
        if n is not None and tok not in ("one",):
            if tok.isdigit() and len(tok) == 4:
                m = n + c.rng.choice([-8, -4, 4, 8])
                out.append(("altered_value:number", s[:nums[0].start()] + str(m) + s[nums[0].end():] + "."))
            else:
                m = other_count(c.rng, n) if n < 10 else other_age(c.rng, n)
                out.append(("altered_value:number", s[:nums[0].start()] + render_like(m, tok) + s[nums[0].end():] + "."))
                out.append(("numeral_rewording:digits_words",
                            s[:nums[0].start()] + flip_format(n, tok) + s[nums[0].end():] + "."))
    m = ADV_FRONT.match(s)
    if m and not nums and plain:
        out.append(("paraphrase:fronting", f"{m.group('adv')}, I {m.group('rest')}."))
    m = re.match(r"^i can (.+)$", s)
    if m and plain:
        out.append(("paraphrase:able", f"I am able to {m.group(1)}."))
    m = re.match(r"^i am (an? [a-z]+|very [a-z]+|[a-z]+)$", s)
    if m and not _numbers(s):
        out.append(("paraphrase:describe", f"I would describe myself as {m.group(1)}."))
    if not any(r.startswith(("negation", "altered")) for r, _ in out):
        return None
    return slot, out


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

@dataclass
class Occurrence:
    """Where a profile sentence first appears in the CSV (row is the 0-based data-row index)."""

    text: str
    row: int
    user: int
    index: int  # 0-based position of the sentence in that user's profile
    rows: set[int] = field(default_factory=set)


def read_sentences(csv_path: Path) -> list[Occurrence]:
    """Unique profile sentences in order of first appearance, each with every row it appears in."""
    seen: dict[str, Occurrence] = {}
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.DictReader(fh)):
            for user_no, column in enumerate(USERS, start=1):
                for idx, sentence in enumerate(s for s in row[column].split("\n") if s.strip()):
                    key = normalise(sentence)
                    if key not in seen:
                        seen[key] = Occurrence(sentence.strip(), row_no, user_no, idx)
                    seen[key].rows.add(row_no)
    return list(seen.values())


def skip_reason(s: str) -> str | None:
    """Why a normalised sentence yields no pairs, or None if rules may try it."""
    if s in GARBLED:
        return GARBLED[s]
    if MASKED.search(s):
        return "masked number ('a' or a stray number for a token)"
    if s.endswith("?"):
        return "question"
    if COMPOUND.search(s):
        return "compound or greeting"
    return None


@dataclass
class Derived:
    """What the rules made of one premise sentence."""

    occ: Occurrence
    slot: str | None
    pairs: Pairs
    rule: str
    fact: tuple[str, object] | None

    @property
    def split(self) -> str:
        """'test' for premises first seen in a row with index % 5 == 0, else 'dev'."""
        return "test" if self.occ.row % 5 == 0 else "dev"


def derive(s: str) -> tuple[str | None, Pairs, str, tuple[str, object] | None] | None:
    """(slot, pairs, rule name, fact) for a normalised sentence, or None when no rule applies."""
    rng = random.Random(f"{SEED}|{s}")
    for r in RULES:
        m = r.pattern.match(s)
        if not m:
            continue
        ctx = Ctx(s, m, rng)
        got = r.derive(ctx)
        if got is None:
            continue
        slot, pairs = got
        pairs = list(pairs)
        if r.compatible and not any(rec.startswith("compatible_fact") for rec, _ in pairs):
            pairs.append(compatible_fact(rng, s, slot))
        assert slot is None or slot in SLOTS, slot
        return slot, pairs, r.name, ctx.fact
    return None


SEX = {"boy": "m", "male": "m", "man": "m", "little boy": "m", "girl": "f", "female": "f", "woman": "f",
       "little girl": "f"}


def clash(key: str, a: object, b: object) -> bool | None:
    """Do two values of the same fact key contradict? True, False (same value) or None (unsure: skip)."""
    if a == b:
        return False
    if key == "location":
        pair = {a, b}
        if "the united states" in pair and all(p == "the united states" or PLACE_KIND.get(str(p)) == "state"
                                               for p in pair):
            return None  # a state is inside the United States
        return True
    if key == "age":
        ints = [v for v in (a, b) if isinstance(v, int)]
        decades = [v[1] for v in (a, b) if isinstance(v, tuple)]
        if len(ints) == 1:
            return not decades[0] <= ints[0] <= decades[0] + 9
        return True
    if key in ("occupation",) or key.startswith("favorite:"):
        return None if overlaps(str(a), str(b)) else True
    if key == "religion":
        return None if "buddhist" in (a, b) and "atheist" in (a, b) else True
    if key == "diet":
        return True if "omnivore" in (a, b) else None
    if key == "gender":
        return True if SEX[str(a)] != SEX[str(b)] else None
    if key.startswith("count:"):
        na, nb = (v[1] if isinstance(v, tuple) else v for v in (a, b))
        if isinstance(a, tuple) or isinstance(b, tuple):  # "N dogs live with me" vs "I have M dogs"
            return False if na == nb else None
        return True
    if key in ("name", "birthplace", "grew_up"):
        return True
    return None


def cross_pairs(d: Derived, pool: list[Derived], by_profile: dict[tuple[int, int], list[Derived]]
                ) -> list[tuple[str, str, Derived]]:
    """Pairs whose hypothesis is another real profile sentence of the same split.

    - `altered_value:other_profile`: a sentence of another profile giving the same fact key a clashing
      value (at most two per premise);
    - `paraphrase:other_profile`: a sentence of another profile giving the same value in other words;
    - `compatible_fact:same_profile`: another sentence of the premise's own profile about a different slot
      (a persona's sentences describe one person; one in two premises gets one).
    """
    rng = random.Random(f"{SEED}|cross|{normalise(d.occ.text)}")
    out: list[tuple[str, str, Derived]] = []
    if d.fact:
        key, value = d.fact
        same_key = [o for o in pool if o is not d and o.fact and o.fact[0] == key and o.split == d.split]
        clashing = [o for o in same_key if clash(key, value, o.fact[1]) is True]  # type: ignore[index]
        equal = [o for o in same_key if clash(key, value, o.fact[1]) is False]  # type: ignore[index]
        for o in rng.sample(clashing, min(2, len(clashing))):
            out.append(("altered_value:other_profile", o.occ.text, o))
        for o in rng.sample(equal, min(1, len(equal))):
            out.append(("paraphrase:other_profile", o.occ.text, o))
    mates = [o for o in by_profile.get((d.occ.row, d.occ.user), [])
             if o is not d and o.split == d.split and o.slot and d.slot and o.slot != d.slot
             and not (o.fact and d.fact and o.fact[0] == d.fact[0])]
    if mates and rng.random() < SAME_PROFILE_SHARE:
        o = rng.choice(mates)
        out.append(("compatible_fact:same_profile", o.occ.text, o))
    return out


def source(occ: Occurrence) -> str:
    """The 'spc-valid row R user U sentence S' reference of a sentence's first appearance."""
    return f"spc-valid row {occ.row} user {occ.user} sentence {occ.index}"


def records(csv_path: Path) -> Iterator[dict[str, object]]:
    """The output records, in order of the premises' first appearance."""
    occurrences = read_sentences(csv_path)
    derived: list[Derived] = []
    for occ in occurrences:
        s = normalise(occ.text)
        if skip_reason(s):
            continue
        got = derive(s)
        if got is not None:
            derived.append(Derived(occ, *got))
    by_text = {normalise(d.occ.text): d for d in derived}
    by_profile: dict[tuple[int, int], list[Derived]] = {}
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.DictReader(fh)):
            for user_no, column in enumerate(USERS, start=1):
                by_profile[(row_no, user_no)] = [by_text[k] for k in (normalise(x) for x in row[column].split("\n"))
                                                 if k in by_text]
    for d in derived:
        s = normalise(d.occ.text)
        seen: set[str] = set()
        k = 0
        rows: list[tuple[str, str, Derived | None]] = [(r, polish(h), None) for r, h in d.pairs]
        rows += cross_pairs(d, derived, by_profile)
        for recipe, hyp, other in rows:
            if hyp in seen or (normalise(hyp) == s and not recipe.startswith("paraphrase")):
                continue
            seen.add(hyp)
            yield {
                "id": f"spcv-r{d.occ.row:04d}-u{d.occ.user}-s{d.occ.index}-{k:02d}",
                "split": d.split,
                "source": source(d.occ),
                "premise": d.occ.text,
                "hypothesis": hyp,
                "hypothesis_source": source(other.occ) if other else None,
                "label": FAMILIES[recipe.split(":")[0]],
                "slot": d.slot,
                "recipe": recipe,
            }
            k += 1


def build(csv_path: Path | str, out_path: Path | str) -> int:
    """Write the pairs derived from `csv_path` to `out_path` as JSON Lines; returns the pair count."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(rec, ensure_ascii=False) for rec in records(Path(csv_path))]
    out_path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return len(lines)


def default_csv() -> Path:
    """The SPC valid CSV under the shared data folder (SIMULATE_SHARED_DATA or <repo>/../shared/data)."""
    shared = Path(os.environ.get("SIMULATE_SHARED_DATA", REPO.parent / "shared" / "data"))
    return shared / CSV_NAME


def stats_markdown(jsonl_path: Path | str) -> str:
    """Markdown count tables (label x split, slot, recipe) of a built file, for the README."""
    rows = [json.loads(line) for line in Path(jsonl_path).read_text(encoding="utf-8").splitlines() if line]

    def table(title: str, key: Callable[[dict[str, object]], str]) -> str:
        counts: dict[str, dict[str, int]] = {}
        for r in rows:
            cell = counts.setdefault(key(r), {CONTRADICTION: 0, CONSISTENT: 0, "dev": 0, "test": 0})
            cell[str(r["label"])] += 1
            cell[str(r["split"])] += 1
        lines = [f"| {title} | contradiction | consistent | dev | test | total |", "|---|---:|---:|---:|---:|---:|"]
        for name, c in sorted(counts.items(), key=lambda kv: (-(kv[1]["dev"] + kv[1]["test"]), kv[0])):
            lines.append(f"| {name} | {c[CONTRADICTION]} | {c[CONSISTENT]} | {c['dev']} | {c['test']} | "
                         f"{c['dev'] + c['test']} |")
        return "\n".join(lines)

    premises = {str(r["premise"]) for r in rows}
    head = (f"{len(rows)} pairs from {len(premises)} distinct premise sentences "
            f"({sum(1 for r in rows if r['split'] == 'dev')} dev, {sum(1 for r in rows if r['split'] == 'test')} test).")
    return "\n\n".join([head, table("split", lambda r: str(r["split"])),
                         table("slot", lambda r: str(r["slot"] or "(none)")),
                         table("recipe family", lambda r: str(r["recipe"]).split(":")[0]),
                         table("recipe", lambda r: str(r["recipe"]))]) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build the JSONL file and print the count (and, with --stats, count tables)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--csv", type=Path, default=None, help="Synthetic-Persona-Chat_valid.csv")
    parser.add_argument("--out", type=Path, default=OUT_PATH, help="output .jsonl")
    parser.add_argument("--stats", action="store_true", help="print Markdown count tables after building")
    args = parser.parse_args(argv)
    csv_path = args.csv or default_csv()
    if not csv_path.is_file():
        raise FileNotFoundError(f"Synthetic-Persona-Chat valid CSV not found at {csv_path}")
    n = build(csv_path, args.out)
    print(f"wrote {n} pairs to {args.out}")
    if args.stats:
        print(stats_markdown(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
