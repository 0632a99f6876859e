"""The token estimate, the memory block, and the budget that fills it."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from simulate.agent import Agent, TurnContext
from simulate.memory.tokens import HEADER, BlockBudget, estimate_tokens, memory_block
from simulate.persona import PersonaCard
from simulate.scenario import ModelSettings

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


def test_estimate_counts_words_and_long_words() -> None:
    """Short words count one each; a long word about one per four characters; nothing is zero but ''."""
    assert estimate_tokens("") == 0
    assert estimate_tokens("I am 34.") == 4
    assert estimate_tokens("a" * 40) == 10
    assert estimate_tokens("x") == 1


@given(TEXT, TEXT)
def test_estimate_never_undercounts_a_concatenation(a: str, b: str) -> None:
    """Parts ending in whitespace: the whole costs at most the sum of the parts (budgets add up)."""
    a, b = a + "\n", b + "\n"
    assert estimate_tokens(a + b) <= estimate_tokens(a) + estimate_tokens(b)


@given(st.lists(TEXT.filter(lambda s: "\n" not in s), max_size=12), st.integers(0, 300))
def test_a_filled_budget_never_exceeds_its_limit(lines: list[str], limit: int) -> None:
    """Whatever is offered, the rendered block stays within the limit."""
    budget = BlockBudget(limit)
    for line in lines:
        budget.add(line)
    assert estimate_tokens(memory_block(budget.lines)) <= budget.used <= limit


def test_the_header_counts_once() -> None:
    """The first line pays for the header, later lines do not."""
    budget = BlockBudget(100)
    first = budget.cost("hello")
    budget.add("hello")
    assert first == estimate_tokens(HEADER) + budget.cost("hello")


def test_memory_block_is_what_the_agent_renders() -> None:
    """The budgeted block is exactly the one in the agent's system prompt."""
    card = PersonaCard(name="Maya", facts={"age": 34})
    ctx = TurnContext(conversation="c", session=0, turn=0, index=0, now=datetime(2026, 1, 5, tzinfo=timezone.utc),
                      speaker="Maya", addressee="Tom", candidates=["Tom"], topic=None, window=[], history=[],
                      facts=card.facts, last_session_gap=None)
    lines = ["Tom told you they work as a chef (session 1)", "You told Tom you live in Denver (session 1)"]
    prompt = Agent(card, ModelSettings(name="scripted")).system_prompt(ctx, lines)
    assert memory_block(lines) in prompt
    assert memory_block([]) == ""
