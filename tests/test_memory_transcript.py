"""Memory built from a Conversation JSONL v1 transcript, and past turns recalled with their origin."""

from __future__ import annotations

import asyncio

import pytest

from simulate.checkers.conversation import Conversation
from simulate.errors import InputError
from simulate.memory import MemoryConfig
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.tokens import estimate_tokens, memory_block
from simulate.memory.transcript import query_context, remember, transcript_turns

FILLER = ["Hello there.", "How have you been?", "Fine, thanks.", "The weather is nice today."]


def conversation(sessions: int = 6) -> Conversation:
    """Maya and Tom over `sessions` sessions; in session 1 Tom says he restores old sailboats."""
    turns = []
    for session in range(sessions):
        for k, text in enumerate(FILLER * 2):
            turns.append({"session": session, "speaker": "Maya" if k % 2 == 0 else "Tom", "text": text})
        if session == 1:
            turns.append({"session": 1, "speaker": "Tom", "text": "I restore old wooden sailboats in my garage."})
    return Conversation.model_validate({"id": "c1", "personas": {"Maya": {}, "Tom": {}}, "turns": turns})


def recall(conv: Conversation, speaker: str, query: str, **config: object) -> list:
    memory = asyncio.run(remember(conv, config=MemoryConfig(**config), extract=simple_extract_claims))
    context = query_context(memory, speaker, query, asker="Tom" if speaker == "Maya" else "Maya",
                            after=transcript_turns(conv))
    return memory.recall_items(context)


def test_a_turn_from_long_ago_comes_back_word_for_word_with_its_origin() -> None:
    """Five sessions later, what Tom said in session 1 is in Maya's prompt, with session, turn and index."""
    conv = conversation()
    items = recall(conv, "Maya", "What did Tom tell you about sailboats?")
    turn = next(i for i in items if i.origin is not None and i.origin.kind == "turn")
    assert turn.text == 'Session 2, Tom said: "I restore old wooden sailboats in my garage."'
    assert (turn.origin.conversation, turn.origin.session, turn.origin.turn, turn.origin.index) == ("c1", 1, 8, 16)
    assert conv.turns[turn.origin.index].text == "I restore old wooden sailboats in my garage."


def test_without_turns_in_the_mix_the_words_are_not_recalled() -> None:
    """The same question with facts and summaries only: no turn comes back (the mix setting is honoured)."""
    items = recall(conversation(), "Maya", "What did Tom tell you about sailboats?", recall=("facts", "episodes"))
    assert all(i.origin is None or i.origin.kind != "turn" for i in items)


def test_the_recalled_block_fits_the_budget() -> None:
    """Whatever the budget, the memory block of the recalled lines fits it."""
    conv = conversation()
    for budget in (0, 20, 60, 200):
        items = recall(conv, "Tom", "sailboats garage weather", prompt_budget_tokens=budget)
        assert estimate_tokens(memory_block([i.text for i in items])) <= budget


def test_k_gives_the_best_memories_regardless_of_the_budget() -> None:
    """With k, the k best retrieved memories, best first; the budget does not cut them."""
    conv = conversation()
    memory = asyncio.run(remember(conv, config=MemoryConfig(prompt_budget_tokens=10), extract=simple_extract_claims))
    context = query_context(memory, "Maya", "sailboats", after=transcript_turns(conv))
    best = memory.recall_items(context, k=3)
    assert len(best) == 3 and "sailboats" in best[0].text
    assert memory.recall_items(context) == []


def test_sessions_must_not_go_backwards() -> None:
    """A transcript whose sessions go backwards is bad input, named by conversation and turn."""
    conv = Conversation.model_validate({"id": "x", "turns": [{"session": 1, "speaker": "A", "text": "hi"},
                                                            {"session": 0, "speaker": "B", "text": "hi"}]})
    with pytest.raises(InputError, match="conversation 'x', turn 1: session 0 comes after session 1"):
        transcript_turns(conv)
