"""The knowledge base: categories, synonyms, implications and exclusions, read from data files.

The files live in `knowledge/` beside this module (see its README for the formats). Statements in them
are read with the same extractor as conversations, so a line means what the sentence would mean if a
persona said it. `expand(claim)` gives everything a claim says directly or by one or two steps of
everyday knowledge; `exclusions_of(...)` what it rules out.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeError
from .open_claims import HAVE, LIKE, OpenClaim, Polarity, read_statement
from .words import singular, verb_stem

__all__ = ["Derived", "KnowledgeBase", "KnowledgeError", "default_knowledge", "load_knowledge", "predicate_key"]

_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b")
_VARIABLE = re.compile(r"\[([a-z][a-z ]*)\]")
_CONFIDENCE = re.compile(r"\s*\((0(?:\.\d+)?|1(?:\.0+)?)\)\s*$")
_MAX_DEPTH = 2
_CACHE_LIMIT = 100_000
# being somewhere, or going there, is being in or going to what contains it (from the gazetteer)
_PLACE_PREDICATES = frozenset({"go to", "be in", "visit", "liv in", "fly to", "travel to", "mov to", "grow up in",
                               "be born in", "study in", "work in", "be from", "be to"})
# particles after which an activity verb is still the activity ("drove to my mum's", "cook for the kids"); not "on",
# "out", "up", "off": "work on my car", "work out", "drive up prices"; nor "with": "I swim with a float"
_DOING_PARTICLES = frozenset("to for from about at by past".split())
# ... but "with" a group is doing it in company ("I sing with a community choir", "I run with a club")
_GROUPS = frozenset("""choir band club team group troupe orchestra crew squad society ensemble league class friends mates
pals""".split())
_LOCATIVE = frozenset("across in at into around through along over near".split())  # not "on": "work on a car"
# Light verbs that say one thing of a kind of event: a lesson is taken ("had", "did", "went to", "sat in on" a class),
# a service or place of worship gone to ("sat through church", "been at Mass")
_LESSONS = frozenset("lesson class course workshop tutorial".split())
_NOT_LESSONS = ("golf course", "obstacle course", "assault course", "race course", "ropes course", "main course",
                "first course", "dinner course")  # a place or a dish, not a lesson
_TAKING = frozenset({"have", "do", "go to", "sit in on", "sign up for", "enrol in", "enroll in"})
_WORSHIP = frozenset("church chapel mass mosque synagogue temple gurdwara service meeting".split())
_HELD = frozenset("degree licence license passport certificate qualification diploma visa masters doctorate phd".split())
_GOING = frozenset({"sit through", "be at", "set foot in", "show up to", "show up at", "turn up to", "turn up at"})
_OTHER_PEOPLE = frozenset("""friend neighbour neighbor boss mate colleague roommate flatmate housemate partner boyfriend
girlfriend husband wife landlord landlady""".split())
# Words that can be dropped from an affirmed object without changing what it is ("my big dog" is a dog;
# "a toy car" is not a car, so only these go).
# words of degree before a role or a fan: a lifelong Red Sox fan is a Red Sox fan, as surely as the words say it
_KEEN_WORDS = frozenset("""lifelong life-long die-hard diehard avid devoted longtime long-time passionate hardcore
self-confessed committed dedicated keen proud full-time part-time qualified certified licensed experienced practising
practicing devout observant""".split())
_MODIFIERS = frozenset("""big small little large huge tiny old new young baby lovely beautiful cute sweet adorable
pretty nice good great wonderful amazing favorite favourite fluent basic black white brown grey gray red blue
green yellow orange pink purple golden own first second third older younger elder eldest oldest youngest
two-year-old rescue fat lazy fluffy loyal furry smart crazy handsome gorgeous awesome fresh homemade home-made
local best tall short adult teenage grown twin massive enormous serious real proper total complete absolute
utter vintage antique retro classic rare signed expensive cheap second-hand secondhand chronic full""".split()) | _KEEN_WORDS


@dataclass(frozen=True, slots=True)
class Derived:
    """A proposition a claim makes, directly or through knowledge: what the ledger indexes."""

    predicate: str
    object: str
    polarity: Polarity
    confidence: float
    via: str | None = None  # the knowledge line that led here, for messages
    time: str | None = None  # the time an implied statement speaks of, when not the claim's own ("I was married")

@dataclass(frozen=True, slots=True)
class _Pattern:
    predicate: str
    object: str  # may be "var:category"
    polarity: Polarity
    time: str = "present"
    exclusive: bool = False  # written with "only": applies only to statements that say "only"
    change: bool = False  # a change ("I quit my job"): applies only to statements that tell a change

    @property
    def variable(self) -> str | None:
        return self.object[4:] if self.object.startswith("var:") else None


@dataclass
class KnowledgeBase:
    """Everything the checkers know about the world, indexed for lookups that do not grow with use."""

    parents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    nouns: dict[str, str] = field(default_factory=dict)
    predicates: dict[str, tuple[str, bool]] = field(default_factory=dict)  # alias -> (canonical, flips)
    implications: dict[tuple[str, str, str], list[tuple[_Pattern, _Pattern, float, str]]] = field(
        default_factory=lambda: defaultdict(list))
    exclusions: dict[tuple[str, str, str], list[tuple[_Pattern, _Pattern, float, str]]] = field(
        default_factory=lambda: defaultdict(list))
    bound_exclusions: dict[tuple[str, str], list[tuple[_Pattern, _Pattern, float, str]]] = field(
        default_factory=lambda: defaultdict(list))  # "I am allergic to [food] >< I eat [food]"
    possessable: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    activities: frozenset[str] = frozenset()  # verbs whose doing anything is doing them ("knit a scarf": knit)
    alike: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> the verbs that say one doing of a thing
    lines: int = 0
    # what was worked out once, per noun and per claim: lookups on the hot path cost a dict access
    _ancestors: dict[str, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)
    _expansions: dict[tuple[object, ...], tuple[Derived, ...]] = field(default_factory=dict, repr=False,
                                                                     compare=False)

    # --- lookups --------------------------------------------------------------------------------------
    def ancestors(self, noun: str) -> dict[str, int]:
        """Categories of `noun` with their distance (1 = direct); computed once per noun (do not modify)."""
        found = self._ancestors.get(noun)
        if found is None:
            if len(self._ancestors) > _CACHE_LIMIT:
                self._ancestors.clear()
            found = self._ancestors[noun] = _ancestors_of(self.parents, noun)
        return found

    def known(self, phrase: str) -> bool:
        """Is this phrase a thing of its own in the knowledge base ("hot dog", "ice cream")?"""
        return phrase in self.parents or phrase in self.nouns or phrase in self.categories

    def canonical_noun(self, phrase: str) -> str:
        """The canonical form of a noun phrase (synonyms; whole phrase first, then its last word)."""
        if phrase in self.nouns:
            return self.nouns[phrase]
        head, _, last = phrase.rpartition(" ")
        if head and last in self.nouns:
            return f"{head} {self.nouns[last]}"
        return phrase

    def canonical_predicate(self, predicate: str, polarity: Polarity) -> tuple[str, Polarity]:
        """The canonical predicate and the polarity it implies ("hate" is "not like")."""
        found = self.predicates.get(predicate)
        if found is None:
            return predicate, polarity
        canonical, flips = found
        if flips:
            polarity = "deny" if polarity == "affirm" else "affirm"
        return canonical, polarity

    def objects_of(self, obj: str, *, activity: bool = False) -> list[tuple[str, float]]:
        """What an affirmed object also names: itself, its shorter forms ("big dog" -> "dog"), its categories.
        An activity ("watch skiing") is not shortened: its first word is its verb."""
        out: dict[str, float] = {}
        forms = [obj]
        words = [] if activity else obj.split()
        k = 0
        keen = 0  # forms that drop only words of degree ("lifelong red sox fan"): the same thing, as sure
        if words[:1] == ["new"] and self.known(obj):
            words = []  # "new york", "new zealand": a name of its own, not a new York
        while k < len(words) - 1 and words[k] in _MODIFIERS:
            k += 1
            forms.append(" ".join(words[k:]))
            keen += keen == k - 1 and words[k - 1] in _KEEN_WORDS
        head = words[-1] if len(words) > 1 else ""
        free = bool({"gluten-free", "gf"} & set(words))  # a gluten-free pasty is not a pasty of wheat
        if head and not free and head not in forms and not self._someone(words[0]) and \
                not _NOT_THE_REAL_THING & set(words[:-1]) and \
                (not self.known(obj) or self.parents.get(obj, set()) & self.parents.get(head, set())):
            forms.append(head)  # "a sailing knot" is a knot, a road bike (a vehicle, like bikes) a bike;
            # "oat milk" (plant milk, where milk is dairy) is not milk, nor a hot dog a dog, nor a veggie pho pho
        elif head in _BREADS and not free and head not in forms:
            forms.append(head)  # a cheese sandwich is a sandwich, whatever else it is
        fillings = [f for f in _dish_fillings(self, words) if f not in forms]
        forms += fillings
        for depth, form in enumerate(forms):
            canonical = self.canonical_noun(form)
            weight = 1.0 if depth <= keen or form in fillings else 0.9  # a lamb stew is lamb
            for name in dict.fromkeys((form, canonical)):  # in order: output never depends on hashing
                out[name] = max(out.get(name, 0.0), weight)
                for parent, distance in self.ancestors(name).items():
                    out[parent] = max(out.get(parent, 0.0), weight * (0.97 ** distance))
        return list(out.items())

    def _someone(self, word: str) -> bool:
        """Is `word` a person, so that "dad lawn" (my dad's lawn) is theirs, not a lawn of mine?"""
        return word in _OTHER_PEOPLE or "family member" in self.ancestors(self.canonical_noun(word))

    def expand(self, claim: OpenClaim) -> list[Derived]:
        """The propositions `claim` makes: itself in canonical form, what its object also names (when
        affirmed), and what it implies through knowledge (two steps at most)."""
        marker = (claim.predicate, claim.object, claim.polarity, claim.activity, claim.exclusive, claim.change)
        found = self._expansions.get(marker)
        if found is None:
            if len(self._expansions) > _CACHE_LIMIT:  # bounded: a batch of millions of turns keeps flat memory
                self._expansions.clear()
            found = self._expansions[marker] = tuple(_expand(self, *marker))
        return list(found)

    def exclusions_of(self, derived: Derived, *, ever: bool = False,
                      exclusive: bool = False) -> list[tuple[str, str, Polarity, float, str, bool, bool]]:
        """Propositions that cannot hold together with `derived`: (predicate, object, polarity, confidence,
        line, whether the other side speaks of all time, whether it must say "only"). A side written with "never"
        matches only a statement about all time (`ever`): "I have never been married" excludes "I am divorced"; "I
        am not married" does not. A side written with "only" matches only a statement that said "only"."""
        out = []
        for own, pattern, confidence, line in self.exclusions.get((derived.predicate, derived.object, derived.polarity), ()):
            if (own.time == "ever" and not ever) or (own.exclusive and not exclusive):
                continue
            out.append((pattern.predicate, pattern.object, pattern.polarity, confidence, line, pattern.time == "ever",
                        pattern.exclusive))
        for own, pattern, confidence, line in self.bound_exclusions.get((derived.predicate, derived.polarity), ()):
            category = own.variable or ""
            if (own.time == "ever" and not ever) or (own.exclusive and not exclusive):
                continue
            if derived.object == category or category in self.ancestors(derived.object):
                out.append((pattern.predicate, derived.object, pattern.polarity, confidence, line,
                            pattern.time == "ever", pattern.exclusive))
        return out


_DISH_HEADS = frozenset("""sandwich butty buttie sarnie bap barm toastie toasty panini stew curry pie soup salad burger wrap
pizza pasta bake casserole roast hotpot kebab skewer taco burrito noodle risotto paella sub dinner chop rib stir-fry
fry-up platter scampi cocktail chowder broth biryani korma tikka masala lasagne lasagna ragu bolognese pate terrine
omelette nugget wing fillet goujon dumpling ramen pho hash quiche gravy sarny sarnie bao bun roll supper baguette
bagel pasty parmi parma sizzle toast""".split())
_BREADS = frozenset("sandwich sarnie sarny butty buttie bap barm toastie toasty panini sub baguette bagel".split())
_NOT_THE_REAL_THING = frozenset("""vegan veggie vegetarian plant-based meatless meat-free fake faux mock tofu quorn
soy soya oat almond dairy-free gluten-free imitation jackfruit seitan tempeh paneer halloumi alcohol-free non-alcoholic
low-alcohol alcohol free zero-alcohol decaf decaffeinated virgin toy pretend half""".split())  # in meat's (or alcohol's)
# place; a half marathon is a race of its own
_IN_MEATS_PLACE = frozenset("jackfruit seitan tempeh paneer halloumi".split())  # foods of their own


def _dish_fillings(kb: KnowledgeBase, words: list[str]) -> list[str]:
    """The foods a dish is named after: "my dad's lamb stew" is lamb, "bacon butties" bacon, "wheat pasta" wheat,
    "a beef rendang" beef (any dish of `named dish` in categories.txt), and that dish (not "vegan sausage roll")."""
    if len(words) < 2:
        return []
    stand_in = [w for w in words if w in _IN_MEATS_PLACE]
    if stand_in:
        return stand_in  # "a paneer butter masala" is paneer (dairy), not chicken
    if _NOT_THE_REAL_THING & set(words):
        return []
    named = next((" ".join(words[-w:]) for w in (2, 1) if len(words) > w and
                  "named dish" in kb.ancestors(" ".join(words[-w:]))), "")  # "lamb rogan josh", "prawn laksa"
    if words[-1] not in _DISH_HEADS and not named:
        return []
    found = [named] if named else []
    for width in (2, 1):
        for start in range(len(words) - width):
            part = " ".join(words[start:start + width])
            if not part.endswith("'s") and "food" in kb.ancestors(kb.canonical_noun(part)):
                found.append(part)
    return found


def _ancestors_of(parents: dict[str, set[str]], noun: str) -> dict[str, int]:
    """Every category above `noun`, with its shortest distance, in a stable order."""
    seen: dict[str, int] = {}
    frontier = [(p, 1) for p in sorted(parents.get(noun, ()))]
    while frontier:
        name, distance = frontier.pop()
        if name in seen and seen[name] <= distance:
            continue
        seen[name] = distance
        if distance < 6:
            frontier.extend((p, distance + 1) for p in sorted(parents.get(name, ())))
    return dict(sorted(seen.items()))


def _expand(kb: KnowledgeBase, predicate: str, obj: str, polarity: Polarity, activity: bool = False,
            exclusive: bool = False, change: bool = False) -> list[Derived]:
    whole = kb.predicates.get(f"{predicate} {obj}") if obj else None
    if whole and " " not in whole[0]:  # "do exercise", written as a synonym of the one verb "exercise"
        predicate, obj = f"{predicate} {obj}", ""
    predicate, polarity = kb.canonical_predicate(predicate, polarity)
    predicate, obj = _canonical_event(*_canonical_place(predicate, kb.canonical_noun(obj)))
    out: dict[tuple[str, str, str], Derived] = {}

    def add(d: Derived) -> bool:
        marker = (d.predicate, d.object, d.polarity)
        old = out.get(marker)
        if old is None or old.confidence < d.confidence:
            out[marker] = d
            return True
        return False

    if predicate == "visit" and obj and {name for name, _ in kb.objects_of(obj)} & {"venue", "place of worship"}:
        predicate = "go to"  # "I visit the temple every Tuesday": I go there
    start = [Derived(predicate, obj, polarity, 1.0)]
    if obj.endswith((" collection", " collecting")) and predicate in (HAVE, "do", "start", "keep") and \
            len(obj.split()) == 2:  # "my stamp collection", "stamp collecting": collecting stamps
        start.append(Derived("collect", obj.split()[0], polarity, 0.95))
    if predicate == "be in" and obj and {name for name, _ in kb.objects_of(obj)} & {"venue", "destination"}:
        start.append(Derived("go to", obj, polarity, 0.95))  # "I've never been in a gym": never gone to one
    if predicate == LIKE and obj.startswith("go to ") and obj[6:] not in ("work", "school"):
        kinds = {name for name, _ in kb.objects_of(obj[6:])}  # "I hate going to the beach": the beach (a place, not
        if kinds & {"destination", "venue"} and "occupation" not in kinds:  # "the dentist", whom one may like)
            start.append(Derived(predicate, obj[6:], polarity, 0.85))
    if polarity == "affirm":
        start += [Derived(predicate, name, polarity, weight) for name, weight in kb.objects_of(obj, activity=activity)
                  if name != obj]
        verb, _, particle = predicate.partition(" ")
        if particle in _LOCATIVE and verb != "be":  # "I swam across the lake": I swim
            start.append(Derived(verb, "", polarity, 0.95))
        elif obj and (predicate in kb.activities or (not particle and verb in kb.activities)):
            start.append(Derived(predicate, "", polarity, 0.9))  # "I teach second grade": I teach
        elif (particle in _DOING_PARTICLES or (particle == "with" and obj.rsplit(" ", 1)[-1] in _GROUPS)) and \
                verb in kb.activities:
            start.append(Derived(verb, "", polarity, 0.9))  # "I drove to my mum's": I drive
        if predicate in _PLACE_PREDICATES and obj and not _names_no_place(kb, obj):  # "I went to Rome": to Italy
            from .places import enclosing_names  # noqa: PLC0415  (the gazetteer loads on first use)

            start += [Derived(predicate, name, polarity, 0.9) for name in enclosing_names(obj)]
    frontier = []
    for d in start:
        if add(d):
            frontier.append(d)
    for _ in range(_MAX_DEPTH):
        following: list[Derived] = []
        for d in frontier:
            following.extend(_implied(kb, d, exclusive and d.via is None, change and d.via is None))
        frontier = []
        for d in following:
            if add(d):
                frontier.append(d)
                if d.polarity == "affirm":
                    for name, weight in kb.objects_of(d.object):
                        extra = Derived(d.predicate, name, d.polarity, round(d.confidence * weight, 3), d.via, d.time)
                        if name != d.object and add(extra):
                            frontier.append(extra)
        if not frontier:
            break
    return list(out.values())


_NOT_PLACE_KINDS = frozenset({"education stage"})
# `[anything]` in a line stands for any object at all ("I work at [anything] => I have a job")
ANYTHING = "anything"
# "I work at home", "I work at my fitness", "I work at getting better": no workplace
_NOT_ANYTHING = frozenset({"", "home", "house", "my house", "it", "that", "this", "fitness", "desk", "relationship",
                           "marriage", "craft", "game", "technique", "health", "weight", "skill", "art", "writing"})


def _canonical_event(predicate: str, obj: str) -> tuple[str, str]:
    """A lesson or class by one verb ("I've never had a driving lesson" / "I took driving lessons": taken), a degree or
    licence held is had, a service or place of worship by another ("I sat through church every Sunday" / "I've never
    been to church": gone to)."""
    head = obj.rsplit(" ", 1)[-1] if obj else ""
    if head in _LESSONS and predicate in _TAKING and not obj.endswith(_NOT_LESSONS):
        return "tak", obj
    if head in _HELD and predicate == "hold":
        return HAVE, obj  # "I hold a master's degree", "I hold a British passport": have one
    if head in _WORSHIP and predicate in _GOING:
        return "go to", obj
    return predicate, obj


def _names_no_place(kb: KnowledgeBase, obj: str) -> bool:
    """Is `obj` a kind of thing, not a town ("I went to university" is no trip to University, Florida)?"""
    return not _NOT_PLACE_KINDS.isdisjoint(kb.ancestors(obj))


def _implied(kb: KnowledgeBase, d: Derived, exclusive: bool, change: bool = False) -> list[Derived]:
    """What `d` implies; a line written with "only" applies only to a statement that said "only", and one
    written as a change ("I quit my job => I had a job") only to a statement that told a change ("I don't
    have a job" says nothing of the past)."""
    out = []
    for lhs, rhs, confidence, line in kb.implications.get((d.predicate, d.object, d.polarity), ()):
        if (lhs.exclusive and not exclusive) or (lhs.change and not change):
            continue
        out.append(_bind(_never_to_never(lhs, rhs), None, d, confidence, line))
    for lhs, rhs, confidence, line in kb.implications.get((d.predicate, "var:*", d.polarity), ()):
        category = lhs.variable
        if category is None or (lhs.exclusive and not exclusive) or (lhs.change and not change):
            continue
        if d.object == category or category in kb.ancestors(d.object) or _named_place(kb, category, d) or \
                (category == ANYTHING and d.confidence >= 1.0 and d.object.split(" ", 1)[0] not in _NOT_ANYTHING and
                 not d.object.split(" ", 1)[0].endswith("ing")):  # the object as said, not its head or category
            out.append(_bind(_never_to_never(lhs, rhs), d.object, d, confidence, line))
    return out


def _never_to_never(lhs: _Pattern, rhs: _Pattern) -> _Pattern:
    """A line from "never" to "never" ("I have never had [food] => I have never eaten [food]") carries the
    statement's own time: expansions are shared by every time of a claim, so "I gave up meat" (not now) must
    not become "I have never eaten meat" (not ever)."""
    return replace(rhs, time="present") if lhs.time == rhs.time == "ever" else rhs


def _canonical_place(predicate: str, obj: str) -> tuple[str, str]:
    """Where someone is, goes or lives, a country or state by one name ("the States", "America": "united states");
    visiting a named place is going there ("I've never visited Japan" is "I've never been to Japan")."""
    if predicate not in _PLACE_PREDICATES or not obj:
        return predicate, obj
    from .places import canonical_place, known_place  # noqa: PLC0415  (the gazetteer loads on first use)

    if not known_place(obj) and known_place(obj + "s"):
        obj += "s"  # a name read as a plural and made singular: "I live in Leeds" ("leed")
    if predicate == "visit" and known_place(obj):
        predicate = "go to"
    return predicate, canonical_place(obj)


def _named_place(kb: KnowledgeBase, category: str, d: Derived) -> bool:
    """Is the object of a place predicate a [place] by the gazetteer ("I was in Porto"), and not a word that the
    knowledge base knows as something else ("I was in a marathon")?"""
    if category != "place" or d.predicate not in _PLACE_PREDICATES or not d.object:
        return False
    ancestors = kb.ancestors(d.object)
    if ancestors and "place" not in ancestors:
        return False
    from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

    return known_place(d.object)


def _bind(rhs: _Pattern, value: str | None, d: Derived, confidence: float, line: str) -> Derived:
    obj = value if rhs.variable is not None and value is not None else rhs.object
    time = rhs.time if rhs.time != "present" else d.time
    return Derived(rhs.predicate, obj, rhs.polarity, round(d.confidence * confidence, 3), line, time)


# --- loading --------------------------------------------------------------------------------------
def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((number, line))
    return out


def predicate_key(phrase: str) -> str:
    """A predicate written in a synonyms line, in the form the extractor gives ("love" -> "lov",
    "listen to" -> "listen to", "be fond of" -> "be fond of")."""
    words = phrase.split()
    if not words:
        return ""
    if words[0] == "be":
        return " ".join(words)
    if words[0] in ("have", "has", "had") and len(words) == 1:
        return HAVE
    return " ".join([verb_stem(words[0])] + words[1:])


def _statement(kb: KnowledgeBase, text: str, where: str) -> _Pattern:
    if _RELATIVE.search(text):
        raise KnowledgeError(f"{where}: {text!r} has a relative clause, which a claim cannot hold; "
                             "say it as a simpler statement")
    variables = _VARIABLE.findall(text)
    if len(variables) > 1:
        raise KnowledgeError(f"{where}: at most one [category] per statement")
    marked = _VARIABLE.sub("varx", text)
    claims = read_statement(marked)
    if len(claims) != 1:
        found = ", ".join(f"{c.predicate}/{c.object}" for c in claims) or "nothing"
        raise KnowledgeError(f"{where}: {text!r} must read as exactly one claim (read: {found})")
    claim = claims[0]
    if "varx" in claim.predicate.split():
        raise KnowledgeError(f"{where}: {text!r} reads [{variables[0]}] as a verb; put an article before it "
                             "(\"I did a [degree]\")")
    predicate, polarity = kb.canonical_predicate(claim.predicate, claim.polarity)
    obj = claim.object
    if "varx" in obj.split():
        if obj != "varx":
            raise KnowledgeError(f"{where}: [{variables[0]}] must stand alone as the object")
        obj = "var:" + singular(variables[0])
    else:
        obj = kb.canonical_noun(obj)
    return _Pattern(predicate, obj, polarity, claim.time, claim.exclusive, claim.change)


def _relation(kb: KnowledgeBase, raw: str, separator: str, default: float, where: str,
              problems: list[str]) -> tuple[_Pattern, _Pattern, float, str] | None:
    """`statement SEP statement (confidence)` read into two patterns; a problem is noted instead."""
    line, confidence = _confidence(raw, default)
    left, sep, right = line.partition(separator)
    if not sep:
        problems.append(f"{where}: expected 'statement {separator} statement'")
        return None
    try:
        return _statement(kb, left.strip(), where), _statement(kb, right.strip(), where), confidence, line
    except KnowledgeError as exc:
        problems.append(str(exc))
        return None


def _confidence(line: str, default: float) -> tuple[str, float]:
    m = _CONFIDENCE.search(line)
    if not m:
        return line, default
    return line[: m.start()].strip(), float(m.group(1))


def load_knowledge(folder: Path | None = None) -> KnowledgeBase:
    """Read the knowledge files of `folder` (default: the shipped ones). Bad lines raise KnowledgeError
    naming the file and line."""
    kb = KnowledgeBase()

    def read(name: str) -> list[tuple[str, int, str]]:
        if folder is None:
            text = resources.files(__package__).joinpath("knowledge").joinpath(name).read_text("utf-8")
        else:
            path = folder / name
            text = path.read_text("utf-8") if path.exists() else ""
        return [(f"{name}:{n}", n, line) for n, line in _lines(text)]

    problems: list[str] = []
    for where, _, line in read("categories.txt"):
        category, sep, members = line.partition(":")
        if not sep or not category.strip():
            problems.append(f"{where}: expected 'category: member, member, ...'")
            continue
        parent = singular(category.strip().lower())
        for member in members.split(","):
            member = singular(" ".join(member.strip().lower().split()))
            if member and member != parent:
                kb.parents[member].add(parent)
        kb.lines += 1
    for where, _, line in read("synonyms.txt"):
        canonical, sep, aliases = line.partition("=")
        if not sep or not canonical.strip():
            problems.append(f"{where}: expected 'canonical = alias, alias, ...'")
            continue
        canonical = " ".join(canonical.strip().lower().split())
        flips = canonical.startswith("not ")
        canonical = canonical[4:] if flips else canonical
        for alias in aliases.split(","):
            alias = " ".join(alias.strip().lower().split())
            if not alias:
                continue
            kb.predicates[predicate_key(alias)] = (predicate_key(canonical), flips)
            bare = [w for w in alias.split() if w not in ("a", "an", "the", "some")]
            if (len(bare) > 1 and bare[0] != "be") or len(bare) > 2:  # "go on a hike" as read: "go on" + "hike"
                kb.predicates.setdefault(predicate_key(" ".join([*bare[:-1], singular(bare[-1])])),
                                         (predicate_key(canonical), flips))
            if not flips:
                noun = singular(canonical).replace("'s ", " ")  # as the reader gives it: "driver's license" -> "driver license"
                kb.nouns[singular(alias)] = noun
                kb.nouns.setdefault(alias, noun)  # "aussie", whose singular form reads "aussy"
                kb.nouns.setdefault(singular(alias.replace("'s ", " ")), noun)
        kb.lines += 1
    activities = set()
    for where, _, line in read("activities.txt"):
        for verb in line.split(","):
            verb = " ".join(verb.strip().lower().split())
            if not verb or (" " in verb and not verb.startswith("be ")):
                problems.append(f"{where}: expected 'verb, verb, ...' (a verb, or 'be' with an adjective and "
                                "its preposition)")
                continue
            activities.add(kb.canonical_predicate(predicate_key(verb), "affirm")[0])
        kb.lines += 1
    kb.activities = frozenset(activities)
    for where, _, line in read("alike.txt"):
        verbs = [" ".join(v.strip().lower().split()) for v in line.split(",")]
        if len(verbs) < 2 or not all(verbs):
            problems.append(f"{where}: expected 'verb, verb, ...' (two verbs or more)")
            continue
        group = frozenset(kb.canonical_predicate(predicate_key(verb), "affirm")[0] for verb in verbs)
        for verb in group:
            kb.alike[verb] = kb.alike.get(verb, frozenset()) | (group - {verb})
        kb.lines += 1
    kb.possessable = frozenset(name for name in list(kb.parents) if "possessable" in kb.ancestors(name))
    kb.categories = frozenset(p for parents in kb.parents.values() for p in parents)
    for where, _, raw in read("implications.txt"):
        pair = _relation(kb, raw, "=>", 0.85, where, problems)
        if pair is None:
            continue
        lhs, rhs, confidence, line = pair
        if (lhs.predicate, lhs.object, lhs.time) == (rhs.predicate, rhs.object, rhs.time) and lhs.polarity != rhs.polarity:
            problems.append(f"{where}: the two sides read as one claim and its denial ({lhs.predicate} {lhs.object})")
            continue
        index_obj = "var:*" if lhs.variable else lhs.object
        kb.implications[(lhs.predicate, index_obj, lhs.polarity)].append((lhs, rhs, confidence, line))
        kb.lines += 1
    for where, _, raw in read("exclusions.txt"):
        pair = _relation(kb, raw, "><", 0.9, where, problems)
        if pair is None:
            continue
        a, b, confidence, line = pair
        if (a.predicate, a.object, a.polarity) == (b.predicate, b.object, b.polarity):
            problems.append(f"{where}: both sides read as the same claim ({a.predicate} {a.object}); counts and "
                            "values of one claim are compared by the checker itself")
            continue
        if a.variable or b.variable:
            if a.variable != b.variable:
                problems.append(f"{where}: a [category] must stand on both sides of '><'")
                continue
            kb.bound_exclusions[(a.predicate, a.polarity)].append((a, b, confidence, line))
            kb.bound_exclusions[(b.predicate, b.polarity)].append((b, a, confidence, line))
        else:
            kb.exclusions[(a.predicate, a.object, a.polarity)].append((a, b, confidence, line))
            kb.exclusions[(b.predicate, b.object, b.polarity)].append((b, a, confidence, line))
        kb.lines += 1
    if problems:
        problems = list(dict.fromkeys(problems))  # a line read for each reader of it is named once
        raise KnowledgeError("; ".join(problems[:20]) + (f" (+{len(problems) - 20} more)" if len(problems) > 20 else ""))
    return kb


_DEFAULT: list[KnowledgeBase] = []
_LOADING: ContextVar[bool] = ContextVar("knowledge_loading", default=False)  # per thread: only the loader is told
_LOAD_LOCK = threading.RLock()  # one load; a second thread waits for it


def default_knowledge() -> KnowledgeBase:
    """The shipped knowledge base, loaded once (a thread that asks while another loads waits for that load)."""
    if not _DEFAULT:
        with _LOAD_LOCK:
            if not _DEFAULT:
                token = _LOADING.set(True)
                try:
                    _DEFAULT.append(load_knowledge())
                finally:
                    _LOADING.reset(token)
    return _DEFAULT[0]


def knowledge_loading() -> bool:
    """Is the shipped knowledge base being read right now in this thread (its own lines cannot consult it)?"""
    return _LOADING.get()


