"""Past turns, facts and episodes as retrievable items: the line a prompt shows, words to match on, origin."""

from __future__ import annotations

from ..turn import Turn
from .entries import Episode, Fact
from .lines import episode_line, fact_line, turn_line
from .retrieval import MemoryItem, Origin

__all__ = ["episode_item", "fact_item", "turn_id", "turn_item"]


def fact_item(fact: Fact, *, conversation: str) -> MemoryItem:
    """A fact as a memory; its recency is the last time it was said, its origin the turn that first said it."""
    since = fact.since
    return MemoryItem(fact.ident, fact_line(fact, conversation=conversation), fact.last.time,
                      keywords=f"{fact.subject} {fact.slot}",
                      origin=Origin("fact", since.conversation, since.session, since.turn, since.index))


def episode_item(episode: Episode, *, conversation: str) -> MemoryItem:
    """A session summary as a memory."""
    return MemoryItem(episode.ident, episode_line(episode, conversation=conversation), episode.ended,
                      keywords=" ".join([*episode.partners, episode.topic or ""]),
                      origin=Origin("episode", episode.conversation, episode.session))


def turn_id(conversation: str, index: int) -> str:
    """The id of a past turn as a memory."""
    return f"t|{conversation}|{index}"


def turn_item(turn: Turn, agent: str, *, conversation: str) -> MemoryItem:
    """A past turn that `agent` said or heard, word for word, as a memory."""
    return MemoryItem(turn_id(turn.conversation, turn.index), turn_line(turn, agent, conversation=conversation),
                      turn.time, origin=Origin("turn", turn.conversation, turn.session, turn.turn, turn.index))
