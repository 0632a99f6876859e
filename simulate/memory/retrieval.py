"""Retrieval: which long-term memories go into this turn's prompt, within a token budget.

Each memory scores `(1 - w) * relevance + w * recency`: relevance is the scorer's (BM25 by default)
divided by the best score for this query, recency halves every `half_life_days` of simulated time.
Candidates are the scorer's best `relevance_pool` plus the `recent_pool` newest memories, so a turn
costs the same whatever the store holds. Lines are taken best first while they fit the budget.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..errors import InputError
from .bm25 import BM25Index
from .scorers import Scorer
from .tokens import BlockBudget, line_tokens

__all__ = ["MemoryItem", "Origin", "Retriever"]


@dataclass(frozen=True)
class Origin:
    """Where a memory comes from: its kind (turn, fact, episode), conversation, session and turn.

    `turn` is the position in the session and `index` the position in the conversation (both None
    for an episode, which stands for a whole session).
    """

    kind: str
    conversation: str
    session: int
    turn: int | None = None
    index: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind, "conversation": self.conversation, "session": self.session, "turn": self.turn,
                "index": self.index}


@dataclass(frozen=True)
class MemoryItem:
    """One retrievable memory: the line a prompt shows, when it happened, extra words to match on, its origin."""

    id: str
    text: str
    time: datetime
    keywords: str = ""
    origin: Origin | None = None
    tokens: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", line_tokens(self.text))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = {"id": self.id, "text": self.text, "time": self.time.isoformat(), "keywords": self.keywords}
        return data if self.origin is None else {**data, "origin": self.origin.as_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MemoryItem:
        """Inverse of `as_dict`."""
        origin = Origin(**data["origin"]) if data.get("origin") else None
        return cls(data["id"], data["text"], datetime.fromisoformat(data["time"]), data.get("keywords", ""), origin)


def _origin_turn(item: MemoryItem) -> tuple[str, int] | None:
    origin = item.origin
    if origin is None or origin.index is None:
        return None
    return origin.conversation, origin.index


class Retriever:
    """Selects memories by relevance and recency within a budget.

    Args:
        scorer: relevance scorer (default a fresh BM25Index).
        half_life_days: simulated days after which recency is worth half.
        recency_weight: share of recency in the score, 0..1.
        relevance_pool: how many of the scorer's best are considered.
        recent_pool: how many of the newest memories are considered regardless of relevance.
    """

    def __init__(self, *, scorer: Scorer | None = None, half_life_days: float = 30.0, recency_weight: float = 0.3,
                 relevance_pool: int = 48, recent_pool: int = 16) -> None:
        if half_life_days <= 0 or not 0 <= recency_weight <= 1 or relevance_pool < 1 or recent_pool < 0:
            raise InputError("half_life_days > 0, 0 <= recency_weight <= 1, relevance_pool >= 1, recent_pool >= 0")
        self.scorer: Scorer = scorer if scorer is not None else BM25Index()
        self.half_life_s = half_life_days * 86400.0
        self.recency_weight = recency_weight
        self.relevance_pool = relevance_pool
        self.recent_pool = recent_pool
        self._items: dict[str, MemoryItem] = {}
        self._by_time: list[tuple[datetime, str]] = []

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def upsert(self, item: MemoryItem) -> None:
        """Add `item`, replacing one with the same id."""
        self.remove(item.id)
        self._items[item.id] = item
        bisect.insort(self._by_time, (item.time, item.id))
        self.scorer.add(item.id, f"{item.text} {item.keywords}")

    def remove(self, item_id: str) -> None:
        """Forget an item (no error if unknown)."""
        item = self._items.pop(item_id, None)
        if item is None:
            return
        at = bisect.bisect_left(self._by_time, (item.time, item.id))
        del self._by_time[at]
        self.scorer.remove(item_id)

    def _recency(self, now: datetime, then: datetime) -> float:
        age = max((now - then).total_seconds(), 0.0)
        return float(0.5 ** (age / self.half_life_s))

    def ranked(self, query: str, *, now: datetime, exclude: Collection[str] = ()) -> list[tuple[float, MemoryItem]]:
        """Candidates with their scores, best first (ties: newer first, then by id)."""
        relevant = self.scorer.top(query, self.relevance_pool)
        best = relevant[0][1] if relevant and relevant[0][1] > 0 else 1.0
        relevance = {doc: score / best for doc, score in relevant}
        recent = [doc for _, doc in self._by_time[-self.recent_pool:]] if self.recent_pool else []  # all, when fewer
        w = self.recency_weight
        scored = []
        for doc in {*relevance, *recent}:
            if doc in exclude:
                continue
            item = self._items[doc]
            score = (1 - w) * relevance.get(doc, 0.0) + w * self._recency(now, item.time)
            scored.append((score, item))
        scored.sort(key=lambda p: (-p[0], -p[1].time.timestamp(), p[1].id))
        return scored

    def select(self, query: str, *, now: datetime, budget: BlockBudget, exclude: Collection[str] = (),
               once_per_turn: bool = False) -> list[MemoryItem]:
        """Add the best memories to `budget` while they fit; returns the ones added, best first.

        With `once_per_turn`, a memory whose origin turn is already shown (the turn itself, or a fact
        it stated) is passed over, so the budget is not spent twice on one thing said.
        """
        chosen = []
        shown: set[tuple[str, int]] = set()
        for _, item in self.ranked(query, now=now, exclude=exclude):
            if budget.left <= 0:
                break
            turn = _origin_turn(item) if once_per_turn else None
            if turn is not None and turn in shown:
                continue
            if budget.add(item.text, tokens=item.tokens):
                chosen.append(item)
                if turn is not None:
                    shown.add(turn)
        return chosen

    def get_state(self) -> dict[str, Any]:
        """Settings, items and the scorer's state."""
        return {"half_life_days": self.half_life_s / 86400.0, "recency_weight": self.recency_weight,
                "relevance_pool": self.relevance_pool, "recent_pool": self.recent_pool,
                "items": [self._items[i].as_dict() for i in sorted(self._items)],
                "scorer": self.scorer.get_state()}

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore from `get_state` output (the scorer keeps its kind)."""
        self.half_life_s = float(state["half_life_days"]) * 86400.0
        self.recency_weight = float(state["recency_weight"])
        self.relevance_pool = int(state["relevance_pool"])
        self.recent_pool = int(state["recent_pool"])
        self._items = {}
        self._by_time = []
        items = [MemoryItem.from_dict(d) for d in state["items"]]
        for item in items:
            self._items[item.id] = item
        self._by_time = sorted((item.time, item.id) for item in items)
        self.scorer.set_state(state["scorer"])
