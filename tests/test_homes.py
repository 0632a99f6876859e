"""A home implied by everyday evidence, held against a home said outright (simulate/checkers/homes.py)."""

from __future__ import annotations

import simulate.checkers  # noqa: F401  (registers the readers and the ledger checks)
from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.homes import home_conflicts, note_home
from simulate.checkers.open_ledger import LEDGER_CHECKS


def _flagged(earlier: str, later: str, *, sessions: tuple[int, int] = (0, 0)) -> bool:
    turns = [TurnIn(speaker="A", text=earlier, session=sessions[0]), TurnIn(speaker="B", text="Oh?", session=sessions[0]),
             TurnIn(speaker="A", text=later, session=sessions[1])]
    return any(f.turn == 2 for f in check_conversation(Conversation(id="c", turns=turns)))


def test_the_check_is_registered_once() -> None:
    assert LEDGER_CHECKS.count((note_home, home_conflicts)) == 1


def test_a_home_implied_by_evidence_meets_a_home_said_far_away() -> None:
    assert _flagged("I live in Sydney.", "I get the Tube to work every day.")
    assert _flagged("I get the Tube to work every day.", "I live in Sydney.")  # either order


def test_a_home_inside_the_country_implied_is_no_conflict() -> None:
    assert not _flagged("I live in Leeds.", "I get the Tube to work every day.")


def test_a_small_namesake_abroad_is_no_conflict() -> None:
    assert not _flagged("I live in Kent.", "I get the Tube to work every day.")  # a county, not the town in Ohio


def test_a_visit_is_no_home() -> None:
    assert not _flagged("I live in Sydney.", "I take the Tube whenever I visit London.")


def test_homes_in_two_sessions_may_both_be_true() -> None:
    assert not _flagged("I live in Sydney.", "I get the Tube to work every day.", sessions=(0, 1))
