"""The open ledger: every open claim of each speaker, indexed by what it says, with provenance.

A claim is indexed under every proposition it makes (its own, the categories of its object when it is
affirmed, what it implies through the knowledge base). A new claim is compared with the propositions
that oppose it (same predicate and object, other polarity) and with those the knowledge base says exclude
it, at overlapping times. Lookups touch a handful of keys per claim, so checking a turn costs the same at
turn 100 and at turn 10,000.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .knowledge import Derived, KnowledgeBase
from .open_claims import OpenClaim
from .words import readable_verb

__all__ = ["LEDGER_CHECKS", "OpenConflict", "OpenLedger", "OpenRecord", "add_two_kind_check", "exclusive_times",
           "finding_confidence", "narrowed_apart", "times_overlap"]

_PRESENTISH = ("present", "now", "recent")


@dataclass(frozen=True, slots=True)
class OpenRecord:
    """A proposition a speaker made, with where it came from: a turn or a persona fact."""

    speaker: str
    claim: OpenClaim
    derived: Derived
    session: int
    turn: int | None = None
    fact: int | None = None
    time: datetime | None = None
    probe: str | None = None

    @property
    def is_fact(self) -> bool:
        """Does this record come from the persona card?"""
        return self.fact is not None


@dataclass(frozen=True, slots=True)
class OpenConflict:
    """An earlier record that a new claim contradicts, how surely, and why."""

    old: OpenRecord
    new: Derived
    claim: OpenClaim
    confidence: float
    reason: str  # "opposite", "exclusion" or "count"
    via: str | None = None


def _came_true(old: OpenRecord, claim: OpenClaim) -> bool:
    """Did an earlier "not yet" ("I don't drive yet", "no kids yet") come true in this affirmation?"""
    text = claim.text.lower()
    return old.claim.not_yet and claim.polarity == "affirm" and claim.time in _PRESENTISH + ("past",) and \
        not (_LONG_STANDING.search(text) and not _NEWS.search(text)) and not _USUAL.search(text)


# "my grandson calls me Nana every time", "I'm glued to my phone": had for a while, not come true since
_LONG_STANDING = re.compile(r"\b(?:always|every time|all the time|for years|for ages|years now|since i was|"
                            r"as long as i can remember|my whole life|all my life|glued to|screen time)\b")
# "did my usual forty lengths today": done as always, however recent, so no news
_USUAL = re.compile(r"\b(?:my usual|our usual|as usual|as always|as ever)\b")
_NEWS = re.compile(r"\b(?:just|finally|new|now|at last|recently|got|bought|arrived|born|today|yesterday|this (?:week|"
                   r"month|morning|year)|last (?:week|month|night)|since then|turns out|first)\b")


_BEING_SOMEWHERE = frozenset({"be in", "go to", "visit", "liv in", "fly to", "travel to", "mov to", "grow up in",
                              "study in", "work in", "be born in"})


_LIVING_SOMEWHERE = frozenset({"liv in", "grow up in", "mov to", "be born in"})


def _same_place(place: str, area: str) -> bool:
    """Are `place` and `area` one place (by the gazetteer, or by name)?"""
    from .places import place_relation  # noqa: PLC0415  (the gazetteer loads on first use)

    return place == area or place_relation(place, area) == "same"


def _same_area(a: str, b: str) -> bool:
    """Are `a` and `b` towns of one metropolitan area, by the gazetteer?"""
    from .places import same_area  # noqa: PLC0415  (the gazetteer loads on first use)

    return same_area(a, b)


def _outside_of(place: str, area: str) -> bool:
    """Is `place` surely outside `area`, by the gazetteer (False when either is unknown)?"""
    from .places import place_relation  # noqa: PLC0415  (the gazetteer loads on first use)

    return place_relation(place, area) == "distinct"


# verbs whose ability is a skill used on some object ("I can play the piano", "I can speak Welsh", "I can code in Go")
_SKILL_STEMS = frozenset("""speak play cod program driv rid swim cook bak knit sew sing danc read writ paint draw ski skat
surf typ fly sail crochet sign juggl solv whistl climb fix repair weld carv row kayak box fenc shoot do hold touch lift
balanc""".split())


# an ability offered for a day or a person, not a skill: "I can carve the turkey this year", "I can do Christmas"
_OFFER = re.compile(r"\b(?:this (?:year|time|weekend|week|christmas|evening)|today|tonight|tomorrow|for you|for us|"
                    r"if you (?:want|like)|at ours|at mine|next (?:week|time|year))\b")
# a "never" said of a place or a way ("never played the piano in public", "never spoken French in France")
_NEVER_THERE = re.compile(r"\bnever\b(?:(?! in my (?:whole |entire )?life\b| before\b| in years\b)[^.!?])*?"
                          r"\b(?:in|at|on|with|for|over|under|outside|abroad|professionally|competitively|publicly|live)\b")


# a doing said to be done badly, which an inability to do it (well) allows
_DONE_BADLY = re.compile(r"\b(?:badly|terribly|awfully|horribly|poorly|off[- ]key|out of tune|not (?:very )?well|"
                         r"(?:like|as bad as) a (?:strangled|dying|drowned) \w+)\b")


# doings whose "I can't" often means "not well" ("I can't sing", "I can't draw"), unlike "I can't drive" or "I can't swim"
_DONE_WELL_OR_NOT = frozenset("sing danc draw paint cook bak act writ".split())


_ALIKE_WEIGHT = 0.9  # two verbs of one doing ("had" a lesson, "took" lessons) are a little less sure than one verb


def times_overlap(affirmed: OpenClaim, denied: OpenClaim, *, same_session: bool) -> float:
    """How surely an affirmation and a denial of one proposition speak of overlapping times (0 = not at all).

    "never" and "ever" reach every time; a present habit or state meets another present one and a
    recent episode; an unqualified past meets another unqualified past only weakly; a remote past ("used
    to", "as a kid") meets nothing but "never"."""
    a, d = affirmed.time, denied.time
    if affirmed.ability and not denied.ability:  # "I can swim" and "I don't swim" can both hold; "I can ski" and
        # "I've never skied" cannot, nor "I can code in Python" and "I've never coded" (a skill, whatever its object;
        # "I can see the sea from here" and "I've never seen the sea" can)
        verb = affirmed.predicate.split(" ", 1)[0]
        skill = not affirmed.object or (verb in _SKILL_STEMS and not _NEVER_THERE.search(denied.text.lower()) and
                                        (verb != "do" or " " not in affirmed.object) and  # a trick, not "the school run"
                                        not _OFFER.search(affirmed.text.lower()))  # "I can carve the turkey this year"
        return 0.85 if denied.never and d == "ever" and skill else 0.0
    if denied.ability and not denied.never and denied.predicate in _DONE_WELL_OR_NOT and \
            _DONE_BADLY.search(affirmed.text.lower()):
        return 0.0  # "I can't sing" / "I sing in the shower all the time, badly": can't do it well, does it anyway
    if d == "ever" or (denied.never and d in ("present", "past")):
        return 0.95 if a != "remote" or d == "ever" else 0.0
    if a == "ever":  # "I've been to Rome" meets only "never"; "vegetarian my whole life" also "I'm not vegetarian";
        # "I've skied once" does not meet "I can't ski at all" (tried once, never good at it)
        return 0.9 if denied.never or (affirmed.never and d in ("present", "now")) else 0.0
    if a == d == "present":
        return 0.95
    if d == "present" and a == "recent":
        return 0.85
    if d == "present" and a == "now":
        return 0.8
    if d == "present" and a == "past":
        return 0.55 if denied.ability else 0.0
    if a == d == "now" or (a == "present" and d == "now"):
        return 0.8 if same_session else 0.0  # "I don't have a boyfriend right now" / "my boyfriend and I": same day
    if a == d and a in ("past", "recent"):
        return 0.6 if affirmed.object and same_session else 0.0
    return 0.0


def _exclusive_times(a: OpenClaim, b: OpenClaim) -> float:
    """How surely two affirmations that exclude each other speak of the same time."""
    if _holds_now(a) and _holds_now(b):
        return 0.95 if {a.time, b.time} <= {"present", "ever"} else 0.85
    return 0.0


exclusive_times = _exclusive_times  # for the checks of LEDGER_CHECKS that hold two affirmations apart


def _holds_now(claim: OpenClaim) -> bool:
    """Does the claim speak of now: a present, recent or current one, or a state of all one's life ("blind since
    birth")?"""
    return claim.time in _PRESENTISH or (claim.time == "ever" and claim.never and claim.polarity == "affirm")


# checks other modules add, each a pair: (note(ledger, record), called for every record added, and
# conflicts(ledger, record), the earlier records a new record contradicts); they keep their state in `ledger.notes`
LEDGER_CHECKS: list[tuple[Callable[[OpenLedger, OpenRecord], None],
                          Callable[[OpenLedger, OpenRecord], list[OpenConflict]]]] = []
# how two records of a check's two kinds (the first kind's record first) clash: how surely and why, or None
Judge = Callable[["OpenLedger", "OpenRecord", "OpenRecord"], "tuple[float, str] | None"]


def add_two_kind_check(name: str, first: Callable[[OpenRecord], bool], second: Callable[[OpenRecord], bool],
                       key: Callable[[OpenRecord], tuple[str, str]], judge: Judge, *, keep: int = 4) -> None:
    """Add to LEDGER_CHECKS a check between two kinds of a speaker's own statements about one thing ("never won
    anything" and "won a raffle"), in either order: each kind's latest `keep` records are kept by `key`, and a
    record of one kind is judged against the earlier records of the other. What knowledge added, persona facts
    and statements of change are left out."""
    kinds = ((f"{name}: first", first), (f"{name}: second", second))

    def note(ledger: OpenLedger, record: OpenRecord) -> None:
        if record.derived.via is not None or record.turn is None:
            return
        for label, is_kind in kinds:
            if is_kind(record):
                notes: dict[tuple[str, str], deque[OpenRecord]] = ledger.notes.setdefault(label, {})
                notes.setdefault(key(record), deque(maxlen=keep)).append(record)

    def check(ledger: OpenLedger, record: OpenRecord) -> list[OpenConflict]:
        if record.derived.via is not None or record.turn is None or record.claim.change:
            return []
        out = []
        for (_, is_kind), (other, _) in zip(kinds, reversed(kinds), strict=True):
            if not is_kind(record):
                continue
            for old in ledger.notes.get(other, {}).get(key(record), ()):
                if old.turn is None or old.turn >= record.turn or old.claim.change:
                    continue
                judged = judge(ledger, record, old) if is_kind is first else judge(ledger, old, record)
                if judged:
                    out.append(OpenConflict(old, record.derived, record.claim, _confidence(record, old, judged[0]),
                                            "exclusion", judged[1]))
        return out

    LEDGER_CHECKS.append((note, check))


class OpenLedger:
    """Propositions per (speaker, predicate, object, polarity); at most `keep` turns each (the most recent),
    persona facts always; at most `cite` earlier turns named as evidence per claim."""

    def __init__(self, knowledge: KnowledgeBase, *, keep: int = 4, cite: int = 6) -> None:
        self.knowledge = knowledge
        self.keep = keep
        self.cite = cite
        self._index: dict[tuple[str, str, str, str], deque[OpenRecord]] = {}
        self._outside: dict[str, set[tuple[str, str]]] = {}  # per speaker, the areas never left or lived outside
        self._origins: dict[str, list[OpenRecord]] = {}  # per speaker, where they said they were born or grew up
        self._homes: dict[str, list[OpenRecord]] = {}  # per speaker, where they live, grew up, were born or are from
        self._abroad: dict[str, list[OpenRecord]] = {}  # per speaker, "I've never been abroad"
        self._visits: dict[str, deque[OpenRecord]] = {}  # per speaker, the latest places they said they were in
        self._turn_visits: dict[str, list[OpenRecord]] = {}  # per speaker, places in the turn being checked
        self._tenures: dict[str, list[OpenRecord]] = {}  # per speaker, how long they have lived in their home
        self.notes: dict[str, Any] = {}  # what the checks of LEDGER_CHECKS keep, each under its own name

    def records(self, speaker: str, claim: OpenClaim, session: int, *, turn: int | None = None,
                fact: int | None = None, time: datetime | None = None, probe: str | None = None) -> list[OpenRecord]:
        """The records a claim makes (one per proposition it makes)."""
        return [OpenRecord(speaker, claim, d, session, turn, fact, time, probe) for d in self.knowledge.expand(claim)
                if d.via is None or not claim.bare]  # (a bare claim implies nothing: "mowed my dad's lawn")

    def add(self, records: list[OpenRecord]) -> None:
        """Record the propositions of one claim; a statement of change first clears what the speaker said
        of the same thing in earlier turns."""
        if records and records[0].claim.change and not records[0].is_fact:
            first = records[0]
            for polarity in ("affirm", "deny"):
                bucket = self._index.get((first.speaker, first.derived.predicate, first.derived.object, polarity))
                if bucket:
                    kept = [r for r in bucket if r.is_fact]
                    bucket.clear()
                    bucket.extend(kept)
        for record in records:
            d = record.derived
            if d.predicate in ("be outside", "liv outside") and d.polarity == "deny":
                self._outside.setdefault(record.speaker, set()).add((d.predicate, d.object))
            if _is_origin(record):
                _keep_recent(self._origins.setdefault(record.speaker, []), record)
            self._note_home_and_travel(record)
            for note, _ in LEDGER_CHECKS:
                note(self, record)
            key = (record.speaker, d.predicate, d.object, d.polarity)
            bucket = self._index.get(key)
            if bucket is None:
                bucket = self._index[key] = deque()
            if record.is_fact:
                bucket.appendleft(record)
                continue
            bucket.append(record)
            turns = [r for r in bucket if not r.is_fact]
            if len(turns) > self.keep:  # the oldest said through a kind goes first ("English" is a language), then
                bucket.remove(next((r for r in turns if r.derived.confidence < 1.0), turns[0]))  # the oldest

    def supersede(self, records: list[OpenRecord]) -> None:
        """A timeline event: what the records say, and whatever excludes it, is forgotten (facts and turns
        alike), then the records are added."""
        for record in records:
            origins = self._origins.get(record.speaker, [])  # a move on the timeline: the old home is history
            origins[:] = [r for r in origins if r.derived.predicate != record.derived.predicate]
            d = record.derived
            keys = [(d.predicate, d.object, p) for p in ("affirm", "deny")]
            keys += [(p, o, pol) for p, o, pol, *_ in self.knowledge.exclusions_of(d, ever=True)]
            for predicate, obj, polarity in keys:
                self._index.pop((record.speaker, predicate, obj, polarity), None)
        self.add(records)

    def conflicts(self, records: list[OpenRecord]) -> list[OpenConflict]:
        """Earlier records that the new claim's records contradict, the most certain per earlier record."""
        best: dict[int, OpenConflict] = {}
        for record in records:
            for conflict in [*self._conflicts_of(record), *self._outside_conflicts(record),
                             *self._outside_conflicts_back(record),
                             *self._origin_conflicts(record), *self._abroad_conflicts(record),
                             *self._tenure_conflicts(record), *(c for _, check in LEDGER_CHECKS for c in check(self, record))]:
                marker = id(conflict.old)
                if marker not in best or best[marker].confidence < conflict.confidence:
                    best[marker] = conflict
        found = [c for c in best.values() if c.old.turn is None or records[0].turn is None
                 or c.old.turn < records[0].turn]
        facts = sorted((c for c in found if c.old.is_fact), key=lambda c: c.old.fact or 0)
        turns = sorted((c for c in found if not c.old.is_fact), key=lambda c: c.old.turn or 0)
        return facts + turns[-self.cite:]

    def supported(self, record: OpenRecord) -> bool:
        """Does a persona fact say what this record says?"""
        d = record.derived
        return any(r.is_fact for r in self._index.get((record.speaker, d.predicate, d.object, d.polarity), ()))

    def has_key(self, record: OpenRecord) -> bool:
        """Has anything been said of this record's proposition or its opposite before?"""
        d = record.derived
        return any(self._index.get((record.speaker, d.predicate, d.object, p)) for p in ("affirm", "deny"))

    def _outside_conflicts(self, record: OpenRecord) -> list[OpenConflict]:
        """"I've never been outside Canada" against being somewhere the gazetteer puts outside it."""
        d = record.derived
        if d.polarity != "affirm" or d.predicate not in _BEING_SOMEWHERE or not d.object or \
                d.via is not None or d.confidence < 1.0 or \
                not self._outside.get(record.speaker):  # the place said, not what contains it
            return []
        from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

        if not known_place(d.object):
            return []  # "when I was at uni in Edinburgh": university is no town in Florida
        out = []
        for kind, area in self._outside.get(record.speaker, ()):
            if kind == "liv outside" and d.predicate not in _LIVING_SOMEWHERE:
                continue  # a visit is not a life elsewhere
            olds = self._index.get((record.speaker, kind, area, "deny"), ())
            moved_in = d.predicate == "mov to" and _same_place(d.object, area)  # moving in is having lived elsewhere
            if olds and (moved_in or _outside_of(d.object, area)):
                claim = _at_its_time(record)
                for old in olds:
                    overlap = times_overlap(claim, _at_its_time(old), same_session=old.session == record.session)
                    if overlap:
                        out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap), "exclusion",
                                                "a place outside it (the gazetteer)"))
        return out

    def _outside_conflicts_back(self, record: OpenRecord) -> list[OpenConflict]:
        """"I've never lived anywhere but Glasgow" after a home the gazetteer puts outside it ("I live in
        Manchester"): the same check as `_outside_conflicts`, the other way round."""
        d = record.derived
        if d.predicate != "liv outside" or d.polarity != "deny" or not d.object or d.via is not None:
            return []
        from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

        out = []
        claim = _at_its_time(record)
        for old in self._homes.get(record.speaker, ()):
            o = old.derived
            if o.predicate not in _LIVING_SOMEWHERE or not known_place(o.object) or not _outside_of(o.object, d.object):
                continue
            overlap = times_overlap(_at_its_time(old), claim, same_session=old.session == record.session)
            if overlap:
                out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap), "exclusion",
                                        "a place outside it (the gazetteer)"))
        return out

    def _note_home_and_travel(self, record: OpenRecord) -> None:
        """Keep what "never been abroad" is checked against: the speaker's homes and the places they were in."""
        d = record.derived
        self._turn_visits.pop(record.speaker, None)  # the turn is recorded: its places are in `_visits` now
        if d.polarity == "affirm" and (d.predicate.startswith("mov") or (record.claim.change and d.predicate == "liv in")):
            origins = self._origins.get(record.speaker, [])  # "I just moved to Austin": the old home is history
            origins[:] = [r for r in origins if r.derived.predicate != "liv in"]
        if _moved_in_year(record) is not None:
            _keep_recent(self._tenures.setdefault(record.speaker, []), record)
        if _never_abroad(record):
            _keep_recent(self._abroad.setdefault(record.speaker, []), record)
        elif _said_place(record) and d.predicate in _HOME_PREDICATES:
            _keep_recent(self._homes.setdefault(record.speaker, []), record)
        elif _said_place(record) and d.predicate in _BEING_SOMEWHERE:
            self._visits.setdefault(record.speaker, deque(maxlen=12)).append(record)

    def _home_country(self, speaker: str) -> str | None:
        """The one country the speaker lives in, grew up in, was born in or is from; None when unknown or several."""
        from .places import country_of  # noqa: PLC0415  (the gazetteer loads on first use)

        countries = {country_of(r.derived.object) for r in self._homes.get(speaker, ())
                     if r.claim.time not in ("remote", "past") or r.derived.predicate != "liv in"} - {None}
        return countries.pop() if len(countries) == 1 else None

    def _abroad_conflicts(self, record: OpenRecord) -> list[OpenConflict]:
        """"I've never been abroad" against being in another country than the one the speaker calls home."""
        from .places import country_of  # noqa: PLC0415  (the gazetteer loads on first use)

        if _never_abroad(record):
            pairs = [(old, record) for old in self._visits.get(record.speaker, ())]
        elif _said_place(record) and record.derived.predicate in _BEING_SOMEWHERE and \
                record.derived.predicate not in _HOME_PREDICATES:
            pairs = [(old, record) for old in self._abroad.get(record.speaker, ())]
        else:
            return []
        home = self._home_country(record.speaker)
        if not _never_abroad(record):
            _keep_recent(self._turn_visits.setdefault(record.speaker, []), record)
        out = []
        for old, new in pairs:
            visit = new if _never_abroad(old) else old
            country = country_of(visit.derived.object)
            if visit.claim.time == "remote" or country is None:
                continue
            if home is None:  # no home known: two countries visited are at least one abroad, and so is a journey
                # to a country ("my trip to Japan last year": from somewhere else)
                seen = {country_of(v.derived.object) for v in (*self._visits.get(record.speaker, ()),
                                                                *self._turn_visits.get(record.speaker, ()))
                        if v.claim.time != "remote" and v.turn is not None and old.turn is not None and v.turn > old.turn}
                journey = visit.derived.predicate in _JOURNEYS and _is_a_country(visit.derived.object)
                if len(seen - {None}) < 2 and not journey:
                    continue
            elif country == home:
                continue
            out.append(OpenConflict(old, new.derived, new.claim, _confidence(new, old, 0.85), "exclusion",
                                    "a country other than home (the gazetteer)"))
        return out

    def _tenure_conflicts(self, record: OpenRecord) -> list[OpenConflict]:
        """"I've lived in this house for forty years" against "we only moved into this house in 2021": the year
        moved in that one implies is later than the latest the other allows."""
        year = _moved_in_year(record)
        if year is None:
            return []
        out = []
        for old in self._tenures.get(record.speaker, ()):
            other = _moved_in_year(old)
            if other is None or old.derived.predicate == record.derived.predicate:
                continue
            latest, moved = (year, other) if record.derived.predicate == "have lived in" else (other, year)
            if moved > latest + 1:
                out.append(OpenConflict(old, record.derived, record.claim, _confidence(record, old, 0.85), "exclusion",
                                        "the year moved in (the conversation's clock)"))
        return out

    def _origin_conflicts(self, record: OpenRecord) -> list[OpenConflict]:
        """"I was born in Porto" against "I was born in Tucson": one birthplace, one place grown up in (when
        neither statement speaks of more than one), by the gazetteer."""
        if not _is_origin(record):
            return []
        out = []
        for old in self._origins.get(record.speaker, ()):
            if old.derived.predicate != record.derived.predicate or old.claim.text == record.claim.text or \
                    not _outside_of(old.derived.object, record.derived.object):
                continue
            if record.derived.predicate in ("liv in", "be from") and old.session != record.session:
                continue  # a home can change between sessions (the slot grammar and timelines say when)
            if _same_area(old.derived.object, record.derived.object):
                continue  # "I'm from Houston" / "I'm from Katy": one metropolitan area
            weight = _ORIGIN_WEIGHTS[record.derived.predicate]
            out.append(OpenConflict(old, record.derived, record.claim, _confidence(record, old, weight), "exclusion",
                                    f"{_ORIGIN_NAMES[record.derived.predicate]} (the gazetteer)"))
        return out

    def _conflicts_of(self, record: OpenRecord) -> list[OpenConflict]:
        d = record.derived
        claim = _at_its_time(record)
        out: list[OpenConflict] = []
        opposite = "deny" if d.polarity == "affirm" else "affirm"
        for old in self._index.get((record.speaker, d.predicate, d.object, opposite), ()):
            if _change_told(record, claim, old) or _came_true(old, claim) or _since_said(record, old) or \
                    _own_thing_denied(record, old) or _bare_against_drawn(record, old):
                continue
            old_claim = _at_its_time(old)
            if _restates(claim, old.claim):
                continue  # the same statement twice: whatever knowledge says, it does not contradict itself
            affirmed, denied = (claim, old_claim) if d.polarity == "affirm" else (old_claim, claim)
            if _narrower(affirmed, denied):
                continue
            if _hedged(denied) and affirmed.time in ("past", "recent", "now"):
                continue  # "I usually don't eat meat" / "had a burger yesterday": the exception "usually" allows
            overlap = times_overlap(affirmed, denied, same_session=old.session == record.session)
            if overlap < _EPISODE_OVERLAP and not (affirmed.ability and not denied.ability):
                overlap = max(overlap, _episode_meets_state(record, old, claim, old_claim))
            if overlap:
                out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap), "opposite", d.via or old.derived.via))
        for alike in self.knowledge.alike.get(d.predicate, ()) if d.object else ():
            for old in self._index.get((record.speaker, alike, d.object, opposite), ()):
                old_claim = _at_its_time(old)
                affirmed, denied = (claim, old_claim) if d.polarity == "affirm" else (old_claim, claim)
                if not (denied.never or denied.time == "ever") or (denied.ability and not affirmed.ability) or \
                        _change_told(record, claim, old) or _own_thing_denied(record, old) or \
                        _bare_against_drawn(record, old) or \
                        _came_true(old, claim) or _since_said(record, old) or _narrower(affirmed, denied):
                    continue  # only a "never" meets another verb of one doing: "never had a lesson" / "took lessons"
                overlap = times_overlap(affirmed, denied, same_session=old.session == record.session)
                if overlap:
                    out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap * _ALIKE_WEIGHT), "opposite",
                                            f"{readable_verb(affirmed.predicate)} and {readable_verb(denied.predicate)} "
                                            "say one doing"))
        for predicate, obj, polarity, weight, line, ever, only in self.knowledge.exclusions_of(
                d, ever=_is_ever(claim), exclusive=claim.exclusive and d.via is None):
            for old in self._index.get((record.speaker, predicate, obj, polarity), ()):
                if _change_told(record, claim, old) or (ever and not _is_ever(_at_its_time(old))) or \
                        (only and not (old.claim.exclusive and old.derived.via is None)) or \
                        _restates(claim, old.claim) or _came_true(old, claim) or _since_said(record, old):
                    continue
                old_claim = _at_its_time(old)
                if _narrower(claim, old_claim) or _narrower(old_claim, claim):
                    continue
                if (_hedged(claim) and _now_and_then(old_claim)) or (_hedged(old_claim) and _now_and_then(claim)):
                    continue  # "I mostly work from home" / "I go into the office once a month": mostly is not always
                if line.startswith("I am afraid of") and _FEAR_FACED.search(
                        (claim if d.predicate != "be afraid of" else old.claim).text):
                    continue  # "did a skydive and was petrified the whole way down": a fear faced, not denied
                overlap = _exclusive_times(claim, old_claim) if polarity == d.polarity == "affirm" else \
                    times_overlap(*((claim, old_claim) if d.polarity == "affirm" else (old_claim, claim)),
                                  same_session=old.session == record.session)
                if overlap < _EPISODE_OVERLAP:
                    overlap = max(overlap, _episode_meets_state(record, old, claim, old_claim))
                if overlap:
                    out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap * weight), "exclusion", line))
        if (d.predicate == "have" or (d.predicate, d.object) in _COUNTED) and d.polarity == "affirm" and \
                claim.quantity and claim.time in _COUNT_TIMES:
            out.extend(self._count_conflicts(record, claim))
        return out

    def _count_conflicts(self, record: OpenRecord, claim: OpenClaim) -> list[OpenConflict]:
        """Counts of one thing that cannot both hold: "I have three cats" / "my two cats", "I speak four languages" /
        "I only speak one"; and a kind's count above the whole ("two older sisters" / "my only sister")."""
        d = record.derived
        total = claim.quantity
        if d.via is not None or total is None:
            return []  # implied, not a kind: "three grandchildren" implies children, not three of them
        out = []
        for old in self._index.get((record.speaker, d.predicate, d.object, "affirm"), ()):
            q = old.claim.quantity
            if not q or q == total or old.claim.time not in _COUNT_TIMES or old.derived.via is not None:
                continue
            if any(c.time == "now" and _IN_CARE.search(c.text) for c in (claim, old.claim)):
                continue  # "three cats at the moment, my sister's two are staying with us"
            new_whole, old_whole = self._names(d.object, claim.object), self._names(old.derived.object, old.claim.object)
            if new_whole and old_whole:
                weight = 1.0
            elif new_whole and q > total or old_whole and total > q:
                weight = 0.95  # more of a kind than of the whole
            else:
                continue
            overlap = 0.85 if old.session == record.session or old.is_fact else \
                0.7 if "now" not in (claim.time, old.claim.time) else 0.55  # "at the moment" may change by next time
            if overlap:
                out.append(OpenConflict(old, d, claim, _confidence(record, old, overlap * weight), "count"))
        return out

    def _names(self, derived: str, said: str) -> bool:
        """Is the derived object the thing said itself (or its canonical name), not a kind it belongs to?"""
        return derived == said or derived == self.knowledge.canonical_noun(said)


_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|a few|a couple of) (?P<unit>day|week|month)s? ago\b|"
                  r"\b(?P<word>yesterday|last night|this morning|this week|last week|last weekend|over the weekend|"
                  r"the other day|earlier today)\b")
# the least time each phrase can mean ("last week" may be two days ago), so that news is never taken for a lie
_UNIT_DAYS = {"day": (1, 0), "week": (7, 4), "month": (28, 7)}
_WORD_DAYS = {"yesterday": 1, "last night": 0.5, "this morning": 0.2, "earlier today": 0.2, "this week": 0,
              "last week": 2, "last weekend": 1, "over the weekend": 1, "the other day": 1}


# a count of what one has: "I have three cats", "three cats at the moment" (which may change by another session)
_COUNT_TIMES = ("present", "now")
# a fear felt while doing the thing feared
_FEAR_FACED = re.compile(r"\b(?:petrified|terrified|scared|frightened|nervous|bricking it|shaking|white-knuckled|"
                         r"white knuckled|panicking|panicked|faced my fear|face my fear|conquer|conquered|"
                         # ... or done when one must ("I still get on a plane when I have to")
                         r"when i have to|if i have to|when i must|if i must|when i really have to|grit my teeth|"
                         r"hate every (?:minute|second) of it)\b", re.IGNORECASE)
# others' things in one's care for a while, which a count "at the moment" may include
_IN_CARE = re.compile(r"\b(?:staying|visiting|looking after|foster|fostering|minding|sitting|babysitting|borrowing|"
                      r"borrowed|watching|holding)\b", re.IGNORECASE)
# Counts said of doing, not only of having: "I speak four languages" / "I only speak the one language"
_COUNTED = frozenset({("speak", "language"), ("play", "instrument"), ("know", "language")})


def _since_said(new: OpenRecord, old: OpenRecord) -> bool:
    """Did the event a new affirmation tells of ("I broke my wrist two weeks ago") happen after the earlier
    "never" was said (in a session a month before)? Then it is news, not a contradiction."""
    if new.time is None or old.time is None or new.derived.polarity != "affirm" or old.claim.time != "ever":
        return False  # "I never drive on highways" is a habit, which yesterday's drive breaks
    m = _AGO.search(new.claim.text.lower())
    if not m:
        return False
    if m.group("word"):
        days = _WORD_DAYS[m.group("word")]
    else:
        count = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a few": 3,
                 "a couple of": 2}.get(m.group("n"))
        unit, slack = _UNIT_DAYS[m.group("unit")]
        days = (count if count is not None else int(m.group("n"))) * unit - slack
    return (new.time - old.time).total_seconds() / 86400 > days


def _moved_in_year(record: OpenRecord) -> int | None:
    """The year a tenure claim puts the move into the speaker's home: at the latest (lived there N years, since
    a year) or exactly (moved in that year, N years ago); None for any other record."""
    d, claim = record.derived, record.claim
    if d.object != "this home" or d.via is not None or d.predicate not in ("have lived in", "mov into"):
        return None
    now = (record.time or datetime.now()).year
    kind, _, value = (claim.qualifier or "").partition(":")
    if d.predicate == "have lived in":
        return int(value) if kind == "since" else now - (claim.quantity or 0) if claim.quantity else None
    if kind == "year":
        return int(value)
    return now - int(value) if kind == "ago" and value.isdigit() else None


_HOME_PREDICATES = frozenset({"liv in", "grow up in", "be born in", "be from"})
_ABROAD = frozenset({"abroad", "overseas", "out of the country", "the country", "country", "my country"})


_JOURNEYS = frozenset({"go to", "fly to", "travel to", "visit"})


def _is_a_country(place: str) -> bool:
    """Is `place` only a country ("Japan"), not a city or region of one, nor also one ("Georgia")?"""
    from .places import resolve  # noqa: PLC0415  (the gazetteer loads on first use)

    readings = resolve(place)
    return bool(readings) and all(reading.kind == "country" for reading in readings)


_NOT_A_VISIT = frozenset({"liv", "work", "study", "settl", "mov", "retir"})


def _never_abroad(record: OpenRecord) -> bool:
    """"I've never been abroad", "never travelled overseas", "never left the country"."""
    d = record.derived
    return d.polarity == "deny" and d.object in _ABROAD and (d.object in ("abroad", "overseas") or d.predicate in (
        "be outside", "leav")) and (record.claim.never or record.claim.time == "ever") and \
        d.predicate.split(" ", 1)[0] not in _NOT_A_VISIT  # (not "never lived abroad": a visit is no home)


def _said_place(record: OpenRecord) -> bool:
    """An affirmed place as said (not what contains it, nor a category)."""
    d = record.derived
    return d.polarity == "affirm" and bool(d.object) and d.via is None and d.confidence >= 1.0


_ORIGIN_WEIGHTS = {"be born in": 0.9, "grow up in": 0.75, "liv in": 0.75, "be from": 0.75}
_ORIGIN_NAMES = {"be born in": "one birthplace", "grow up in": "one place grown up in", "liv in": "one home at a time",
                 "be from": "one place one is from"}
_SEVERAL_PLACES = re.compile(r"\b(?:moved|move around|moving around|also|partly|mostly|half|between|army|military|"
                             r"all over|(?<!right )now|these days|anymore|used to|originally|part of the year|"
                             r"part time|part-time|"
                             r"winters?|summers?|second home|holiday home|weekends?|weekdays?|during the week|commute|"
                             r"uni|college|university|work|temporar\w*)\b", re.IGNORECASE)


def _is_origin(record: OpenRecord) -> bool:
    """A birthplace, or a place grown up in said in a sentence that names only one, as said (not what contains it)."""
    d = record.derived
    return d.predicate in _ORIGIN_WEIGHTS and d.polarity == "affirm" and bool(d.object) and \
        d.via is None and d.confidence >= 1.0 and not record.claim.change and " and " not in d.object and \
        (d.predicate == "be born in" or not _SEVERAL_PLACES.search(record.claim.text)) \
        and (d.predicate not in ("liv in", "be from") or record.claim.time in ("present", "now"))


_RECENT_PLACES = 12


def _keep_recent(records: list[OpenRecord], record: OpenRecord) -> None:
    """Append `record`, keeping every persona fact and only the most recent turns, so that a conversation that
    names a new place every turn costs the same per turn at turn 100 and at turn 10,000."""
    records.append(record)
    turns = [i for i, r in enumerate(records) if not r.is_fact]
    if len(turns) > _RECENT_PLACES:
        del records[turns[0]]


def _restates(a: OpenClaim, b: OpenClaim) -> bool:
    """Do two claims say the same thing (predicate, object and polarity)?"""
    return a.predicate == b.predicate and a.object == b.object and a.polarity == b.polarity


# A past episode told without a date ("I had a steak at the pub", "I swam across the lake") is taken to be recent
# enough to meet a present state ("I'm vegetarian", "I can't swim"); a past told as a period ("for ten years",
# "used to", "until I was twelve") or a past state or possession ("I had a dog") is not.
_PERIOD = re.compile(r"\b(?:for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|many|several|a few|"
                     r"a couple of|some) (?:years?|months?|decades?|summers?|seasons?)|all through|throughout|until|till|"
                     r"used to|would always|back then|(?:before|after)(?! (?:breakfast|lunch|dinner|tea|supper|work|school|"
                     r"bed|class|noon|dawn|sunrise|church|the gym|my shift))|at the time|in those days|once|years ago|ages ago|"
                     r"gave up|given up|quit|stopped|first and last|the only time|one time)\b")
_STATE_PREDICATES = frozenset({"be", "have", "own", "liv in", "grow up in", "be born in", "be from", "work", "work as",
                               "work at", "work for", "know", "speak", "understand", "belong to", "need", "use"})
# how surely an undated episode told after a present state happened while it held: at 0.75, an avoidance against an
# episode ("Deep water terrifies me" / "I went scuba diving", lines of 0.8 to 0.85) reaches the reporting threshold
_EPISODE_OVERLAP = 0.75


# A season or a few months just gone dates an episode within the year: "I flew to Tokyo last spring".
_WITHIN_THE_YEAR = re.compile(r"\b(?:last (?:spring|summer|autumn|fall|winter|christmas|easter|thanksgiving)|"
                              r"this (?:spring|summer|autumn|fall|winter)|"
                              r"(?:a few|a couple of|two|three) (?:weeks|months) ago)\b")


def _past_episode(claim: OpenClaim, predicate: str) -> bool:
    """Is the claim a past event told without a date or a length of time, or dated within the year?"""
    undated = claim.qualifier is None or _WITHIN_THE_YEAR.search(claim.text.lower()) is not None
    return (claim.time == "past" and undated and not claim.never and not claim.change
            and predicate not in _STATE_PREDICATES and not predicate.startswith("be ")
            and not _PERIOD.search(claim.text.lower()))


def _present_state(claim: OpenClaim) -> bool:
    """Is the claim a present state of the speaker ("I'm vegetarian", "I'm allergic to nuts", "I can't swim")?"""
    return (claim.time == "present" or _holds_now(claim)) and claim.qualifier is None and not claim.not_yet and (
        claim.predicate == "be" or claim.predicate.startswith("be ") or (claim.ability and claim.polarity == "deny"))


def _episode_meets_state(new: OpenRecord, old: OpenRecord, new_claim: OpenClaim, old_claim: OpenClaim) -> float:
    """How surely an undated past episode and a present state speak of one time: when the episode is told after
    the state, or in the same session (an episode told sessions before a state may predate it)."""
    if _past_episode(new_claim, new.derived.predicate) and _present_state(old.claim):
        return _EPISODE_OVERLAP
    if _past_episode(old_claim, old.derived.predicate) and _present_state(new.claim) and \
            (old.session == new.session and not old.is_fact):
        return _EPISODE_OVERLAP
    return 0.0


_BACKGROUND = re.compile(r"\b(?:(?:ever )?since|now that|after) i(?:'ve| have|'m| am)? (?:\w+ )?"
                         r"(?:retired|quit|stopped|gave up|left|lost|moved|"
                         r"sold|got|had|became|went|started|finished|graduated|joined)\b")


# what tells a change as news in the session it happened: "I got married!", "we finally did it"
_NEWS_SAID = re.compile(r"!|\b(?:finally|guess what|big news|news|at last|just|today|this week|recently|so much for|"
                        r"(?:at|over) the weekend|this weekend|yesterday|last (?:night|week)|this morning|the other day)\b",
                        re.IGNORECASE)


# a doing told as a first: "my first ever climb", "went skiing for the first time" (not "for the first time in years")
_FIRST_TIME = re.compile(r"\b(?:my first ever|first time ever|for the (?:very )?first time(?! in\b))", re.IGNORECASE)


def _own_thing_denied(record: OpenRecord, old: OpenRecord) -> bool:
    """Is one side a doing to someone else's thing (a bare claim: "walked my neighbour's dog") and the other a denial of
    doing it to one's own ("I never walk my dog"), which it does not meet?"""
    bare, other = (record, old) if record.claim.bare else (old, record) if old.claim.bare else (None, None)
    if bare is None or other is None:
        return False
    head = re.escape(bare.derived.object.rsplit(" ", 1)[-1][:4])
    return re.search(rf"\b(?:my|our)\b(?: own)?(?: [a-z'-]+)? {head}", other.claim.text.lower()) is not None


def _bare_against_drawn(record: OpenRecord, old: OpenRecord) -> bool:
    """Is one side a bare claim and the other drawn by knowledge? A bare claim meets only what was said, as it implies
    nothing itself ("I'm not religious", so no church / "church at Easter with my mum")."""
    return (record.claim.bare and old.derived.via is not None) or (old.claim.bare and record.derived.via is not None)


def _first_time_after_never(record: OpenRecord, old: OpenRecord) -> bool:
    """Is `record` a doing told as the speaker's first after an earlier "never" (`old`), which it ends rather than
    contradicts ("I've never been skiing" / "I went skiing for the first time this winter!")?"""
    return old.claim.never and not old.is_fact and record.claim.polarity == "affirm" and \
        _FIRST_TIME.search(record.claim.text) is not None


def _change_told(record: OpenRecord, claim: OpenClaim, old: OpenRecord) -> bool:
    """Is `claim` news of a change that the earlier statement may simply predate ("I've never been married" in
    one session, "I got married!" in a later one)? Not when the earlier one denied all time and the change lies
    long ago ("I've never been married" / "I got married years ago")."""
    if not claim.change:
        return _first_time_after_never(record, old)
    if claim.never or old.is_fact:
        return False  # "I never got married" tells of no change
    if old.session == record.session and _at_its_time(old).time in _PRESENTISH and \
            _BACKGROUND.search(record.claim.text.lower()):
        return False  # "I'm still working" / "Since I retired I sleep in": a change told as settled, not as news
    if old.session == record.session and _is_ever(_at_its_time(old)) and claim.time in ("past", "remote") and \
            not _NEWS_SAID.search(record.claim.text):
        return False  # "I've never been fired" / "When I got fired from my first job...": the same day, no news
    return not (_is_ever(_at_its_time(old)) and record.claim.time == "remote")


def _narrower(other: OpenClaim, narrowed: OpenClaim) -> bool:
    """Is the claim said only of a place, time or company ("never at night", "only tea at work") the other claim
    does not name?"""
    return narrowed_apart(other, narrowed)


def narrowed_apart(other: OpenClaim, narrowed: OpenClaim) -> bool:
    """Is `narrowed` said only of a place, time or company that `other` does not name (as a whole word)?"""
    return narrowed.restriction is not None and \
        re.search(rf"\b{re.escape(narrowed.restriction)}\b", other.text.lower()) is None


# a rule said as a rule (the clause's qualifier): "I usually don't eat meat", "I mostly work from home" (not "vegan,
# for the animals mostly", nor "deaf in both ears, so I mostly sign": another clause)
_RULE_WORDS = frozenset({"usually", "mostly", "mainly", "generally", "normally"})
# an exception a rule allows: an episode, or a habit kept only now and then ("once a month", "sometimes")
_NOW_AND_THEN = re.compile(r"^(?:(?:once|twice|a few times|three times) a (?:month|year)|sometimes|occasionally|"
                           r"now and then|every so often|once in a while)$")


def _hedged(claim: OpenClaim) -> bool:
    """Is the claim said to hold as a rule, not always ("I usually don't eat meat", "I mostly work from home")?"""
    return claim.qualifier in _RULE_WORDS


def _now_and_then(claim: OpenClaim) -> bool:
    """Is the claim an exception a rule allows: an episode, or a habit kept now and then?"""
    return claim.time in ("past", "recent", "now") or _NOW_AND_THEN.match(claim.qualifier or "") is not None


def _is_ever(claim: OpenClaim) -> bool:
    """Does the claim speak of all time ("I have never been married", "I've been to Rome")?"""
    return claim.time == "ever" or claim.never


def _at_its_time(record: OpenRecord) -> OpenClaim:
    """The record's claim at the time its proposition speaks of ("I am divorced" implies "I was married")."""
    time = record.derived.time
    if time == "past" and record.claim.time == "recent" and record.derived.predicate not in _STATE_PREDICATES and \
            not record.derived.predicate.startswith("be "):
        return record.claim  # "Got hammered last weekend" => drank alcohol, last weekend: an event keeps its date
    return record.claim if time is None or time == record.claim.time else replace(record.claim, time=time)  # type: ignore[arg-type]  # a Time: knowledge.Derived keeps it as str


def finding_confidence(new: OpenRecord, old: OpenRecord, overlap: float) -> float:
    """How sure a finding that rests on two records and the overlap of their times is."""
    return _confidence(new, old, overlap)


def _confidence(new: OpenRecord, old: OpenRecord, overlap: float) -> float:
    """A finding is as sure as its weakest step: either reading, either chain of knowledge, or the overlap
    of the times the two statements speak of."""
    steps = (new.claim.confidence, new.derived.confidence, old.claim.confidence, old.derived.confidence, overlap)
    return round(min(0.99, *steps), 3)
