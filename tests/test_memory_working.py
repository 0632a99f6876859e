"""Working memory: this session's turns, bounded by a token budget."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulate.memory.working import WorkingMemory, turn_tokens
from simulate.testing.memory_doubles import make_turn


@given(st.lists(st.text(min_size=1, max_size=80), max_size=30), st.integers(0, 200))
def test_the_budget_always_holds_and_the_newest_turns_stay(texts: list[str], budget: int) -> None:
    """Held tokens never exceed the budget, and what is held is a suffix of what was said."""
    memory = WorkingMemory(budget)
    turns = [make_turn("Maya", text, i) for i, text in enumerate(texts)]
    for turn in turns:
        memory.add(turn)
        assert memory.tokens == sum(turn_tokens(t) for t in memory.turns) <= budget
    held = list(memory.turns)
    assert held == turns[len(turns) - len(held):]


def test_a_new_session_starts_afresh_and_replays_are_ignored() -> None:
    """Working memory never spans sessions; a turn seen twice is held once."""
    memory = WorkingMemory(1000)
    first = make_turn("Maya", "Hello.", 0)
    memory.add(first)
    memory.add(first)
    assert len(memory) == 1
    memory.add(make_turn("Tom", "Hi again.", 1, session=1))
    assert [t.text for t in memory.turns] == ["Hi again."] and memory.session == 1
    memory.clear()
    assert memory.turns == () and memory.tokens == 0 and memory.session is None
