"""The relevance scorer protocol, and the factory that picks BM25 (default), sentence embeddings, or both fused."""

from __future__ import annotations

from typing import Any, Literal, Protocol

from ..errors import InputError
from .bm25 import BM25Index

__all__ = ["FusedScorer", "Scorer", "check_scorer", "make_scorer"]


class Scorer(Protocol):
    """Scores indexed texts against a query; higher is more relevant, 0 or absent is unrelated."""

    def add(self, doc_id: str, text: str) -> None:
        """Index `text` under `doc_id`, replacing what was there."""
        ...

    def remove(self, doc_id: str) -> None:
        """Forget `doc_id`."""
        ...

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` most relevant (id, score) pairs, best first."""
        ...

    def __len__(self) -> int: ...

    def get_state(self) -> dict[str, Any]:
        """What rebuilds the scorer."""
        ...

    def set_state(self, state: dict[str, Any]) -> None:
        """Rebuild from `get_state` output."""
        ...


class FusedScorer:
    """Several scorers fused: each scorer's best `pool` scores are min-max scaled to 0..1 over that pool
    and summed, so a text both rank high beats one only one ranks high, and a weak match in one (a
    name that every line holds) counts little. A text a scorer does not return gets 0 from it.
    """

    def __init__(self, *scorers: Scorer, pool: int = 100) -> None:
        if not scorers:
            raise InputError("fuse at least one scorer")
        self.scorers = scorers
        self.pool = pool

    def __len__(self) -> int:
        return len(self.scorers[0])

    def add(self, doc_id: str, text: str) -> None:
        """Index `text` in every scorer."""
        for scorer in self.scorers:
            scorer.add(doc_id, text)

    def remove(self, doc_id: str) -> None:
        """Forget `doc_id` in every scorer."""
        for scorer in self.scorers:
            scorer.remove(doc_id)

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` best by fused score, best first; ties by id."""
        if k <= 0:
            return []
        fused: dict[str, float] = {}
        for scorer in self.scorers:
            found = scorer.top(query, max(k, self.pool))
            if not found:
                continue
            high, low = found[0][1], found[-1][1]
            spread = high - low
            for doc, score in found:
                fused[doc] = fused.get(doc, 0.0) + ((score - low) / spread if spread > 0 else 1.0)
        return sorted(fused.items(), key=lambda p: (-p[1], p[0]))[:k]

    def get_state(self) -> dict[str, Any]:
        """Each scorer's state."""
        return {"pool": self.pool, "scorers": [s.get_state() for s in self.scorers]}

    def set_state(self, state: dict[str, Any]) -> None:
        """Rebuild each scorer from `get_state` output."""
        self.pool = int(state["pool"])
        for scorer, sub in zip(self.scorers, state["scorers"], strict=True):
            scorer.set_state(sub)


def check_scorer(kind: str, *, model: str | None = None) -> None:
    """Raise what `make_scorer(kind, model=model)` would for a bad kind or a missing extra, without
    loading any model."""
    if kind in ("embeddings", "fused"):
        from .embeddings import require_encoder

        require_encoder(model)
    elif kind != "bm25":
        raise InputError(f"unknown scorer {kind!r} (bm25, embeddings or fused)")


def make_scorer(kind: Literal["bm25", "embeddings", "fused"] = "bm25", *, model: str | None = None) -> Scorer:
    """A fresh scorer; "embeddings" and "fused" (BM25 and embeddings, scaled scores summed) need the
    `embeddings` extra (MissingExtraError otherwise)."""
    if kind == "bm25":
        return BM25Index()
    if kind in ("embeddings", "fused"):
        from .embeddings import EmbeddingScorer, load_sentence_encoder

        embeddings = EmbeddingScorer(load_sentence_encoder(model))
        return embeddings if kind == "embeddings" else FusedScorer(BM25Index(), embeddings)
    raise InputError(f"unknown scorer {kind!r} (bm25, embeddings or fused)")
