"""The session lifecycle: planned -> running -> summarised -> closed, and nothing else."""

from __future__ import annotations

import itertools

import pytest

from simulate.memory.lifecycle import MemoryStateError, SessionPhase

LEGAL = {("planned", "running"), ("running", "summarised"), ("summarised", "closed"), ("planned", "closed")}


@pytest.mark.parametrize(("now", "then"), list(itertools.product(SessionPhase, SessionPhase)))
def test_only_legal_steps_pass(now: SessionPhase, then: SessionPhase) -> None:
    """Every pair of phases: legal steps return the successor, the rest raise."""
    if (now.value, then.value) in LEGAL:
        assert now.check_successor(then) is then
    else:
        with pytest.raises(MemoryStateError, match=f"from {now.value} to {then.value}"):
            now.check_successor(then)
