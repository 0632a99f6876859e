"""Checking while a run is going: one incremental checker per conversation, fed each finished turn."""

from __future__ import annotations

from typing import Any

from ..records import Turn
from ..scenario import Scenario
from .conversation import TurnIn, persona_facts
from .engine import ConversationChecker, Extractor, fact_claims_of
from .findings import Finding
from .rules import extract_claims

__all__ = ["RunChecker"]


class RunChecker:
    """Checks every turn of a run as it is stored; keeps nothing but the ledgers."""

    def __init__(self, scenario: Scenario, *, extractor: Extractor = extract_claims, checker: str = "rules",
                 claims_cache: dict[Any, Any] | None = None) -> None:
        self.personas = {card.name: persona_facts(card) for card in scenario.cards}
        self.extractor = extractor
        self.checker = checker
        self._engines: dict[str, ConversationChecker] = {}
        self._fact_claims = fact_claims_of(self.personas, extractor, claims_cache)
        self.findings: list[Finding] = []

    def _engine(self, conversation: str) -> ConversationChecker:
        engine = self._engines.get(conversation)
        if engine is None:
            engine = self._engines[conversation] = ConversationChecker(
                conversation, self.personas, extractor=self.extractor, checker=self.checker,
                fact_claims=self._fact_claims)
        return engine

    @staticmethod
    def _turn_in(turn: Turn) -> TurnIn:
        return TurnIn(speaker=turn.speaker, text=turn.text, session=turn.session, time=turn.time,
                      kind=turn.kind, probe=turn.probe)

    def check(self, turn: Turn) -> list[Finding]:
        """Findings of `turn` against its conversation so far; the turn is then part of the ledger."""
        found = self._engine(turn.conversation).add(self._turn_in(turn), turn.index)
        self.findings.extend(found)
        return found

    def preview(self, turn: Turn) -> list[Finding]:
        """The findings `check(turn)` would give, without recording the turn or its findings."""
        return self._engine(turn.conversation).add(self._turn_in(turn), turn.index, record=False)

    def close(self, conversation: str) -> None:
        """Free a finished conversation's ledger."""
        self._engines.pop(conversation, None)
