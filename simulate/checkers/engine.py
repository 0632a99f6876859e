"""Check a conversation turn by turn: claims in, findings with evidence out. No I/O."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .adherence import AdherenceChecker
from .claims import Claim
from .conversation import Conversation, PersonaFacts, TurnIn
from .findings import Finding, FindingKind
from .knowledge import Derived, KnowledgeBase, default_knowledge
from .ledger import Entry, Ledger
from .open_claims import OpenClaim, extract_open_claims
from .open_ledger import OpenConflict, OpenLedger
from .rules import extract_claims
from .words import readable_verb

__all__ = ["MIN_CONFIDENCE", "ConversationChecker", "Coverage", "Extractor", "OpenExtractor", "check_conversation",
           "fact_claims_of"]

Extractor = Callable[[str], list[Claim]]
MIN_CONFIDENCE = 0.6  # weaker conflicts (weak or long chains of everyday knowledge, hedged words) are not reported
OpenExtractor = Callable[[str], list[OpenClaim]]
_QUESTION = re.compile(r"\?\s*$")


# a question for a favourite within a kind or a work ("favorite character from Frozen", "favourite song on the album")
_SCOPED_FAVOURITE = re.compile(r"\b(?:favorite|favourite) [a-z]+(?: [a-z]+)? (?:from|in|of|on|at|among) ")


def _probe_key(turn: TurnIn, previous: TurnIn | None) -> str | None:
    """Answers to the same probe share a key: the probe id, or the text of the question answered."""
    if turn.probe:
        return f"probe:{turn.probe}"
    if previous is not None and previous.speaker != turn.speaker and _QUESTION.search(previous.text):
        return "q:" + re.sub(r"[^a-z0-9 ]", "", previous.text.lower()).strip()
    return None


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text[: limit - 1]}…"' if len(text) > limit else f'"{text}"'


@dataclass
class Coverage:
    """What a speaker's checking rested on: turns seen, turns with at least one checkable claim, claims
    read, and claims that met an earlier claim or persona fact about the same thing.

    Both readers may read the same statement ("I live in Boston" is a slot claim and an open claim), so a
    sentence counts as many claims as the reader that read more of it (slot claims counted by slot)."""

    turns: int = 0
    checkable_turns: int = 0
    claims: int = 0
    compared: int = 0

    def add(self, other: Coverage) -> None:
        """Add another speaker's or conversation's counts to these."""
        self.turns += other.turns
        self.checkable_turns += other.checkable_turns
        self.claims += other.claims
        self.compared += other.compared

    def record(self) -> dict[str, int]:
        """The counts as a plain dict."""
        return {"turns": self.turns, "checkable_turns": self.checkable_turns, "claims": self.claims,
                "compared": self.compared}


def _excepted(conflict: OpenConflict, affirmed: list[Derived]) -> bool:
    """Does the turn itself affirm again, with the same verb, the thing an earlier claim affirmed? Then its
    general denial makes an exception of it ("I'm not into sports, but I like watching hockey" after "I love
    hockey")."""
    old = conflict.old.claim
    words = old.object.split()
    if conflict.reason != "opposite" or old.polarity != "affirm" or conflict.old.derived.polarity != "affirm" or not words:
        return False
    verb = conflict.old.derived.predicate
    return any(d.predicate == verb and _contains(d.object.split(), words) for d in affirmed)


def _contains(words: list[str], part: list[str]) -> bool:
    """Is `part` a run of consecutive words in `words`?"""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


class _StatementTally:
    """Claims read and compared in one turn, per sentence, so a statement both readers read counts once."""

    def __init__(self) -> None:
        self._slots: dict[tuple[int, int], dict[str, bool]] = {}
        self._open: dict[tuple[int, int], list[bool]] = {}

    def slot(self, span: tuple[int, int], slot: str, compared: bool) -> None:
        """A slot claim read from the sentence at `span` (several values of one slot count once)."""
        seen = self._slots.setdefault(span, {})
        seen[slot] = seen.get(slot, False) or compared

    def open(self, span: tuple[int, int], compared: bool) -> None:
        """An open claim read from the sentence at `span`."""
        self._open.setdefault(span, []).append(compared)

    def totals(self) -> tuple[int, int]:
        """(claims read, claims compared): per sentence, the larger of the two readers' counts."""
        read = compared = 0
        for span in self._slots.keys() | self._open.keys():
            slots, opens = self._slots.get(span, {}), self._open.get(span, [])
            read += max(len(slots), len(opens))
            compared += max(sum(slots.values()), sum(opens))
        return read, compared


@dataclass(frozen=True, slots=True)
class _Conflict:
    """One earlier statement a turn contradicts, before conflicts are grouped into findings."""

    kind: FindingKind
    evidence: dict[str, int]
    new_text: str
    old_text: str
    old_session: int | None
    old_turn: int | None
    slot: str
    confidence: float
    via: str | None = None
    source: str = "slot"
    supported: bool = False  # the new statement says what a persona fact says
    old_says_card: bool = False  # the earlier statement said what a persona fact says (open claims)


class ConversationChecker:
    """Incremental checking of one conversation; `add` each turn in order and collect its findings.

    Two readers feed one checker: the slot grammar (`extractor`, ages with the clock, counts, exclusive
    values) and open claims (`open_extractor`, any predicate, with the knowledge base). Set
    `open_extractor=None` for the slot grammar alone."""

    def __init__(self, conversation: str, personas: Mapping[str, PersonaFacts], *,
                 extractor: Extractor = extract_claims, checker: str = "rules", keep: int = 4,
                 fact_claims: Mapping[str, list[tuple[int, Claim]]] | None = None,
                 open_extractor: OpenExtractor | None = extract_open_claims,
                 knowledge: KnowledgeBase | None = None, adherence: bool = True,
                 min_confidence: float = MIN_CONFIDENCE) -> None:
        self.conversation = conversation
        self.extractor = extractor
        self.open_extractor = open_extractor
        self.checker = checker
        self.personas = dict(personas)
        self.ledger = Ledger(keep=keep)
        self.open_ledger = OpenLedger(knowledge or default_knowledge(), keep=keep) if open_extractor else None
        self.min_confidence = min_confidence
        self.adherence = AdherenceChecker(conversation, list(personas), checker=checker) if adherence else None
        self.claims_seen = 0
        self.coverage: dict[str, Coverage] = {}
        self._start: datetime | None = None
        self._facts_loaded = False
        self._timeline_applied: set[tuple[str, int]] = set()
        self._previous: TurnIn | None = None
        self._index = 0
        self._fact_claims = fact_claims
        self._drifted: set[int] = set()  # turns that contradicted the persona card
        self.last_checkable = False  # did the last recorded turn carry a checkable claim?
        self._sessions = False  # has the conversation had more than one session so far?

    def _load_facts(self, start: datetime | None) -> None:
        claims = self._fact_claims or fact_claims_of(self.personas, self.extractor)
        for speaker, numbered in claims.items():
            for index, claim in numbered:
                self.ledger.add(Entry(speaker, claim, session=0, fact=index, time=start))
        if self.open_ledger is not None and self.open_extractor is not None:
            for speaker, persona in self.personas.items():
                for index, sentence in enumerate(persona.facts):
                    for open_claim in self.open_extractor(sentence):
                        self.open_ledger.add(self.open_ledger.records(speaker, open_claim, 0, fact=index, time=start))
        self._facts_loaded = True

    def _apply_timeline(self, speaker: str, session: int, time: datetime | None) -> None:
        persona = self.personas.get(speaker)
        if persona is None or not persona.timeline:
            return
        for event_session, index, sentence in persona.numbered_timeline():
            if event_session > session or (speaker, index) in self._timeline_applied:
                continue
            self._timeline_applied.add((speaker, index))
            for claim in self.extractor(sentence):
                fact = claim.model_copy(update={"source": "fact"})
                self.ledger.replace_facts(speaker, fact.index_key,
                                          [Entry(speaker, fact, session=event_session, fact=index, time=time)])
            if self.open_ledger is not None and self.open_extractor is not None:
                for open_claim in self.open_extractor(sentence):
                    self.open_ledger.supersede(self.open_ledger.records(speaker, open_claim, event_session, fact=index,
                                                                        time=time))

    def add(self, turn: TurnIn, index: int | None = None, *, record: bool = True) -> list[Finding]:
        """Check `turn` (the conversation's next turn) against everything before it, then record it.

        With `record=False` the turn is only checked: the ledgers, the coverage and the position stay as
        they were (facts and timeline events due by the turn are loaded either way; they hold whatever is
        said)."""
        if not record:
            saved = (self._index, self._previous, self.claims_seen)
            try:
                return self._check(turn, index, record=False)
            finally:
                self._index, self._previous, self.claims_seen = saved
        return self._check(turn, index, record=True)

    def _check(self, turn: TurnIn, index: int | None, *, record: bool) -> list[Finding]:
        index = self._index if index is None else index
        self._index = index + 1
        self._sessions = self._sessions or turn.session > 0  # "said in session 2" only once there are sessions
        if not self._facts_loaded:
            self._start = turn.time
            self._load_facts(turn.time)
        self._apply_timeline(turn.speaker, turn.session, turn.time)
        asked = self._previous
        probe = _probe_key(turn, asked)
        self._previous = turn
        adherence = self._adherence(turn, index, record)
        if turn.kind == "probe_question":
            if record:
                self.last_checkable = False
            return adherence
        claims = self.extractor(turn.text)
        if asked is not None and asked.speaker != turn.speaker and _SCOPED_FAVOURITE.search(asked.text.lower()):
            claims = [c for c in claims if not c.key.startswith("favourite:")]  # "your favourite character from
            # Frozen?" "My favorite character is Olaf": a favourite within what was asked, not of all
        open_claims = self.open_extractor(turn.text) if self.open_extractor is not None else []
        self.claims_seen += len(claims) + len(open_claims)
        entries = [Entry(turn.speaker, c, turn.session, turn=index, time=turn.time, probe=probe) for c in claims]
        conflicts: list[_Conflict] = []
        tally = _StatementTally()
        for entry in entries:
            olds = self.ledger.conflicts(entry)
            kept = list(self.ledger.entries(turn.speaker, entry.claim.index_key))
            tally.slot(entry.claim.span, entry.claim.slot, bool(olds) or bool(kept))
            supported = any(e.is_fact for e in kept) and not any(o.is_fact for o in olds)
            for old in olds:
                conflicts.append(self._slot_conflict(entry, old, supported))
        open_records = []
        if self.open_ledger is not None:
            open_records = [self.open_ledger.records(turn.speaker, claim, turn.session, turn=index, time=turn.time,
                                                     probe=probe) for claim in open_claims]
            affirmed = [r[0].derived for r in open_records if r and r[0].derived.polarity == "affirm"]
            for claim, records in zip(open_claims, open_records):
                tally.open(claim.span, any(self.open_ledger.has_key(r) for r in records))
                supported = any(self.open_ledger.supported(r) for r in records[:1])
                conflicts.extend(self._open_conflict(c, probe, turn.session, supported)
                                 for c in self.open_ledger.conflicts(records) if not _excepted(c, affirmed))
        conflicts = self._blame(conflicts)
        if record:
            for entry in entries:
                self.ledger.add(entry)
            if self.open_ledger is not None:
                for records in open_records:
                    self.open_ledger.add(records)
            coverage = self.coverage.setdefault(turn.speaker, Coverage())
            coverage.turns += 1
            claims_read, compared = tally.totals()
            coverage.claims += claims_read
            coverage.checkable_turns += bool(claims or open_claims)
            coverage.compared += compared
            self.last_checkable = bool(claims or open_claims)
            if any(c.kind == "persona" for c in conflicts):
                self._drifted.add(index)
        conflicts = [c for c in conflicts if c.confidence >= self.min_confidence]
        return self._findings(turn, index, conflicts) + adherence

    def _adherence(self, turn: TurnIn, index: int, record: bool) -> list[Finding]:
        """Third person, impersonation, wrong names, repetition: what a reader sees without any claim."""
        if self.adherence is None:
            return []
        return self.adherence.add(turn, index, addressee=getattr(turn, "addressee", None), record=record)

    def _blame(self, conflicts: list[_Conflict]) -> list[_Conflict]:
        """A turn that says the persona's truth again is not blamed for contradicting an earlier turn that
        had drifted from it: that turn was flagged when it was said. A turn that drifts from the card is flagged
        against the card, not again, on the same point, against each earlier statement that said what the card says."""
        kept = []
        against_card = {c.slot for c in conflicts if c.kind == "persona" and c.confidence >= self.min_confidence}
        for c in conflicts:
            if c.kind == "persona" and c.source == "open" and c.supported:
                continue  # the turn says what one card fact says; that another fact disagrees is the card's doing
            if c.kind != "persona" and c.old_turn is not None and c.supported and c.old_turn in self._drifted:
                continue
            if c.kind != "persona" and c.slot in against_card and c.old_says_card:
                continue  # the earlier statement said what the card says: the finding against the card says it
            kept.append(c)
        return kept

    def _slot_conflict(self, entry: Entry, old: Entry, supported: bool) -> _Conflict:
        kind = self._kind(entry.probe, old.is_fact, old.probe, old.session, entry.session)
        evidence = _evidence(old.fact, old.turn)
        confidence = round(min(entry.claim.confidence, old.claim.confidence) * 0.9, 3)
        return _Conflict(kind, evidence, entry.claim.text, old.claim.text, None if old.is_fact else old.session,
                         old.turn, entry.claim.slot, confidence, supported=supported)

    def _open_conflict(self, conflict: OpenConflict, probe: str | None, session: int, supported: bool) -> _Conflict:
        old = conflict.old
        kind = self._kind(probe, old.is_fact, old.probe, old.session, session)
        evidence = _evidence(old.fact, old.turn)
        verb, _, particle = conflict.new.predicate.partition(" ")
        said = f"{readable_verb(verb)} {particle} {conflict.new.object}".split()
        slot = "knowledge" if conflict.reason == "exclusion" else " ".join(said)
        return _Conflict(kind, evidence, conflict.claim.text, old.claim.text, None if old.is_fact else old.session,
                         old.turn, slot, conflict.confidence, conflict.via, "open", supported,
                         old_says_card=not old.is_fact and self.open_ledger is not None and self.open_ledger.supported(old))

    @staticmethod
    def _kind(probe: str | None, is_fact: bool, old_probe: str | None, old_session: int, session: int) -> FindingKind:
        if is_fact:
            return "persona"
        if probe is not None and probe == old_probe:
            return "retest"
        return "cross_turn" if old_session == session else "cross_session"

    def _findings(self, turn: TurnIn, index: int, conflicts: list[_Conflict]) -> list[Finding]:
        grouped: dict[FindingKind, list[_Conflict]] = {}
        for c in conflicts:
            grouped.setdefault(c.kind, []).append(c)
        out = []
        for kind, items in grouped.items():
            items.sort(key=lambda c: (c.source != "slot", -c.confidence))
            evidence: list[dict[str, int]] = []
            for c in sorted(items, key=lambda c: ("turn" in c.evidence, next(iter(c.evidence.values())))):
                if c.evidence not in evidence:
                    evidence.append(c.evidence)
            first = items[0]
            said = first.new_text or turn.text
            if first.old_session is None:
                where = f"their persona says {_quote(first.old_text)}"
            else:
                when = f"in session {first.old_session + 1} (turn {first.old_turn})" if self._sessions else \
                    f"at turn {first.old_turn}"
                where = f"said {when} {_quote(first.old_text)}"
            why = f" [{first.via}]" if first.via else ""
            out.append(Finding(conversation=self.conversation, speaker=turn.speaker, turn=index, kind=kind,
                               against=evidence, slot=first.slot, message=f"says {_quote(said)}; {where}{why}",
                               checker=self.checker, confidence=max(c.confidence for c in items)))
        return out



def _evidence(fact: int | None, turn: int | None) -> dict[str, int]:
    """What a finding points at: the persona fact, else the turn (an entry is one or the other)."""
    if fact is not None:
        return {"fact": fact}
    assert turn is not None, "an entry is a persona fact or a turn"
    return {"turn": turn}


def fact_claims_of(personas: Mapping[str, PersonaFacts], extractor: Extractor,
                   cache: dict[Any, list[tuple[int, Claim]]] | None = None) -> dict[str, list[tuple[int, Claim]]]:
    """The claims of each persona's facts, numbered by fact; computed once and shared by conversations.

    `cache` (keyed by extractor and fact sentences) shares them across scenarios, e.g. a batch's items."""
    out: dict[str, list[tuple[int, Claim]]] = {}
    for speaker, persona in personas.items():
        key = (extractor, tuple(persona.facts))
        claims = cache.get(key) if cache is not None else None
        if claims is None:
            claims = [(index, claim.model_copy(update={"source": "fact"}))
                      for index, sentence in enumerate(persona.facts) for claim in extractor(sentence)]
            if cache is not None:
                cache[key] = claims
        out[speaker] = claims
    return out


def check_conversation(conversation: Conversation, *, extractor: Extractor = extract_claims,
                       checker: str = "rules", coverage: Coverage | None = None,
                       open_extractor: OpenExtractor | None = extract_open_claims) -> list[Finding]:
    """All findings of a conversation, checked turn by turn; `coverage`, when given, receives its counts."""
    engine = ConversationChecker(conversation.id, conversation.personas, extractor=extractor, checker=checker,
                                 open_extractor=open_extractor)
    findings: list[Finding] = []
    for index, turn in enumerate(conversation.turns):
        findings.extend(engine.add(turn, index))
    if coverage is not None:
        for counts in engine.coverage.values():
            coverage.add(counts)
    return findings
