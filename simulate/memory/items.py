"""Facts and episodes as retrievable items: the line a prompt shows plus words to match on."""

from __future__ import annotations

from .lines import episode_line, fact_line
from .records import Episode, Fact
from .retrieval import MemoryItem

__all__ = ["episode_item", "fact_item"]


def fact_item(fact: Fact, *, conversation: str) -> MemoryItem:
    """A fact as a memory; its recency is the last time it was said."""
    return MemoryItem(fact.ident, fact_line(fact, conversation=conversation), fact.last.time,
                      keywords=f"{fact.subject} {fact.slot}")


def episode_item(episode: Episode, *, conversation: str) -> MemoryItem:
    """A session summary as a memory."""
    return MemoryItem(episode.ident, episode_line(episode, conversation=conversation), episode.ended,
                      keywords=" ".join([*episode.partners, episode.topic or ""]))
