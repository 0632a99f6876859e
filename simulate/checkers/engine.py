"""Check a conversation turn by turn: claims in, findings with evidence out. No I/O."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from .claims import Claim
from .conversation import Conversation, PersonaFacts, TurnIn
from .findings import Finding
from .ledger import Entry, Ledger
from .rules import extract_claims

__all__ = ["ConversationChecker", "Extractor", "check_conversation", "fact_claims_of"]

Extractor = Callable[[str], list[Claim]]
_QUESTION = re.compile(r"\?\s*$")


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


class ConversationChecker:
    """Incremental checking of one conversation; `add` each turn in order and collect its findings."""

    def __init__(self, conversation: str, personas: Mapping[str, PersonaFacts], *,
                 extractor: Extractor = extract_claims, checker: str = "rules", keep: int = 4,
                 fact_claims: Mapping[str, list[tuple[int, Claim]]] | None = None) -> None:
        self.conversation = conversation
        self.extractor = extractor
        self.checker = checker
        self.personas = dict(personas)
        self.ledger = Ledger(keep=keep)
        self.claims_seen = 0
        self._start: datetime | None = None
        self._facts_loaded = False
        self._timeline_applied: set[tuple[str, int]] = set()
        self._previous: TurnIn | None = None
        self._index = 0
        self._fact_claims = fact_claims

    def _load_facts(self, start: datetime | None) -> None:
        claims = self._fact_claims or fact_claims_of(self.personas, self.extractor)
        for speaker, numbered in claims.items():
            for index, claim in numbered:
                self.ledger.add(Entry(speaker, claim, session=0, fact=index, time=start))
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

    def add(self, turn: TurnIn, index: int | None = None, *, record: bool = True) -> list[Finding]:
        """Check `turn` (the conversation's next turn) against everything before it, then record it.

        With `record=False` the turn is only checked: the ledger and the position stay as they were
        (facts and timeline events due by the turn are loaded either way; they hold whatever is said)."""
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
        if not self._facts_loaded:
            self._start = turn.time
            self._load_facts(turn.time)
        self._apply_timeline(turn.speaker, turn.session, turn.time)
        probe = _probe_key(turn, self._previous)
        self._previous = turn
        if turn.kind == "probe_question":
            return []
        claims = self.extractor(turn.text)
        self.claims_seen += len(claims)
        grouped: dict[str, tuple[list[dict[str, int]], Claim, list[Entry]]] = {}
        entries = [Entry(turn.speaker, c, turn.session, turn=index, time=turn.time, probe=probe) for c in claims]
        for entry in entries:
            for old in self.ledger.conflicts(entry):
                kind = self._kind(entry, old)
                evidence, _, olds = grouped.setdefault(kind, ([], entry.claim, []))
                item = {"fact": old.fact} if old.fact is not None else {"turn": old.turn}
                if item not in evidence:
                    evidence.append(item)  # type: ignore[arg-type]
                    olds.append(old)
        if record:
            for entry in entries:
                self.ledger.add(entry)
        return [self._finding(turn, index, kind, evidence, claim, olds)
                for kind, (evidence, claim, olds) in grouped.items()]

    @staticmethod
    def _kind(entry: Entry, old: Entry) -> str:
        if old.is_fact:
            return "persona"
        if entry.probe is not None and entry.probe == old.probe:
            return "retest"
        return "cross_turn" if old.session == entry.session else "cross_session"

    def _finding(self, turn: TurnIn, index: int, kind: str, evidence: list[dict[str, int]], claim: Claim,
                 olds: list[Entry]) -> Finding:
        first = olds[0]
        if first.is_fact:
            where = f"their persona says {_quote(first.claim.text)}"
        else:
            where = f"said in session {first.session} (turn {first.turn}) {_quote(first.claim.text)}"
        confidence = round(min([claim.confidence] + [o.claim.confidence for o in olds]) * 0.98, 3)
        return Finding(conversation=self.conversation, speaker=turn.speaker, turn=index, kind=kind,  # type: ignore[arg-type]
                       against=evidence, slot=claim.slot, message=f"says {_quote(claim.text)}; {where}",
                       checker=self.checker, confidence=confidence)


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
                       checker: str = "rules") -> list[Finding]:
    """All findings of a conversation, checked turn by turn."""
    engine = ConversationChecker(conversation.id, conversation.personas, extractor=extractor, checker=checker)
    findings: list[Finding] = []
    for index, turn in enumerate(conversation.turns):
        findings.extend(engine.add(turn, index))
    return findings


def check_all(conversations: Iterable[Conversation], **options: object) -> list[Finding]:
    """Findings of many conversations, in order."""
    return [f for c in conversations for f in check_conversation(c, **options)]  # type: ignore[arg-type]
