"""Checking while a run is going: one incremental checker per conversation, fed each finished turn."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..persona import PersonaCard
from ..turn import Turn
from .conversation import TurnIn, persona_facts
from .engine import ConversationChecker, Coverage, Extractor, fact_claims_of
from .findings import Finding
from .rules import extract_claims

__all__ = ["RunChecker", "WithCards"]


class WithCards(Protocol):
    """Whatever holds a run's persona cards: a `simulate.scenario.Scenario` does."""

    @property
    def cards(self) -> Sequence[PersonaCard]: ...


class RunChecker:
    """Checks every turn of a run as it is stored; keeps nothing but the ledgers."""

    def __init__(self, scenario: WithCards, *, extractor: Extractor = extract_claims, checker: str = "rules",
                 claims_cache: dict[Any, Any] | None = None) -> None:
        self.personas = {card.name: persona_facts(card) for card in scenario.cards}
        self.extractor = extractor
        self.checker = checker
        self._engines: dict[str, ConversationChecker] = {}
        self._fact_claims = fact_claims_of(self.personas, extractor, claims_cache)
        self.findings: list[Finding] = []
        self.checkable: set[tuple[str, int]] = set()
        self._seen: set[str] = set()
        self._coverage: dict[str, Coverage] = {}

    def _engine(self, conversation: str) -> ConversationChecker:
        engine = self._engines.get(conversation)
        self._seen.add(conversation)
        if engine is None:
            engine = self._engines[conversation] = ConversationChecker(
                conversation, self.personas, extractor=self.extractor, checker=self.checker,
                fact_claims=self._fact_claims)
        return engine

    @staticmethod
    def _turn_in(turn: Turn) -> TurnIn:
        return TurnIn(speaker=turn.speaker, text=turn.text, session=turn.session, time=turn.time,
                      kind=turn.kind, probe=turn.probe, addressee=turn.addressee)

    def check(self, turn: Turn) -> list[Finding]:
        """Findings of `turn` against its conversation so far; the turn is then part of the ledger."""
        found = self._add(self._engine(turn.conversation), turn)
        self.findings.extend(found)
        return found

    def _add(self, engine: ConversationChecker, turn: Turn) -> list[Finding]:
        found = engine.add(self._turn_in(turn), turn.index)
        if engine.last_checkable:
            self.checkable.add((turn.conversation, turn.index))
        return found

    def preview(self, turn: Turn) -> list[Finding]:
        """The findings `check(turn)` would give, without recording the turn or its findings."""
        return self._engine(turn.conversation).add(self._turn_in(turn), turn.index, record=False)

    def close(self, conversation: str) -> None:
        """Free a finished conversation's ledger (its coverage counts are kept)."""
        engine = self._engines.pop(conversation, None)
        if engine is not None:
            self._keep(engine)

    def _keep(self, engine: ConversationChecker) -> None:
        for speaker, counts in engine.coverage.items():
            self._coverage.setdefault(speaker, Coverage()).add(counts)

    def cover(self, conversation: str, turns: list[Turn]) -> None:
        """Count the coverage of a conversation this checker did not see turn by turn (one finished before a
        resume), so the summary's denominators are those of an uninterrupted run. Its findings are not kept
        again: they were stored when the conversation ran."""
        if conversation in self._seen:
            return
        engine = ConversationChecker(conversation, self.personas, extractor=self.extractor, checker=self.checker,
                                     fact_claims=self._fact_claims)
        for turn in turns:
            self._add(engine, turn)
        self._keep(engine)
        self._seen.add(conversation)

    def coverage(self) -> dict[str, dict[str, int]]:
        """Per speaker: turns, checkable turns, claims read and claims compared, over every conversation."""
        total: dict[str, Coverage] = {}
        for speaker, counts in self._coverage.items():
            total.setdefault(speaker, Coverage()).add(counts)
        for engine in self._engines.values():
            for speaker, counts in engine.coverage.items():
                total.setdefault(speaker, Coverage()).add(counts)
        return {speaker: counts.record() for speaker, counts in sorted(total.items())}
