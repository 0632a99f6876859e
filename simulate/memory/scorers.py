"""The relevance scorer protocol, and the factory that picks BM25 (default) or sentence embeddings."""

from __future__ import annotations

from typing import Any, Literal, Protocol

from .bm25 import BM25Index

__all__ = ["Scorer", "make_scorer"]


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


def make_scorer(kind: Literal["bm25", "embeddings"] = "bm25", *, model: str | None = None) -> Scorer:
    """A fresh scorer; "embeddings" needs the `embeddings` extra (MissingExtraError otherwise)."""
    if kind == "bm25":
        return BM25Index()
    if kind == "embeddings":
        from .embeddings import EmbeddingScorer, load_sentence_encoder

        return EmbeddingScorer(load_sentence_encoder(model))
    raise ValueError(f"unknown scorer {kind!r} (bm25 or embeddings)")
