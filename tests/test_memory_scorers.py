"""FusedScorer: scaled scores of several scorers summed (BM25 with embeddings, or any two)."""

from __future__ import annotations

import sys

import pytest

from simulate.errors import MissingExtraError
from simulate.memory.bm25 import BM25Index
from simulate.memory.scorers import FusedScorer, make_scorer


class Fixed:
    """A scorer that gives its documents fixed scores, whatever the query."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.docs: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, doc_id: str, text: str) -> None:
        self.docs[doc_id] = text

    def remove(self, doc_id: str) -> None:
        self.docs.pop(doc_id, None)

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        found = [(d, s) for d, s in self.scores.items() if d in self.docs]
        return sorted(found, key=lambda p: -p[1])[:k]

    def get_state(self) -> dict[str, object]:
        return {"docs": dict(self.docs)}

    def set_state(self, state: dict[str, object]) -> None:
        self.docs = dict(state["docs"])  # type: ignore[arg-type]


def test_fusion_favours_what_both_rank_high_and_keeps_what_one_finds() -> None:
    """A text high in both beats one first in one only; a weak match (the pool's lowest) adds nothing;
    texts only one scorer finds still come back; removal reaches every scorer."""
    fused = FusedScorer(Fixed({"a": 10.0, "b": 8.0, "c": 1.0}), Fixed({"d": 0.9, "b": 0.8, "e": 0.5}))
    for doc in "abcde":
        fused.add(doc, doc)
    scores = dict(fused.top("q", 5))
    assert max(scores, key=scores.__getitem__) == "b" and set(scores) == set("abcde")
    assert scores["a"] == scores["d"] == 1.0 and scores["c"] == scores["e"] == 0.0
    fused.remove("b")
    assert [doc for doc, _ in fused.top("q", 2)] == ["a", "d"] and len(fused) == 4


def test_fused_bm25_alone_ranks_like_bm25() -> None:
    """One scorer fused is that scorer's order."""
    bm25, fused = BM25Index(), FusedScorer(BM25Index())
    texts = {"1": "my dog Max", "2": "a dog and a cat", "3": "I cook pasta", "4": "dog dog dog walks"}
    for doc, text in texts.items():
        bm25.add(doc, text)
        fused.add(doc, text)
    assert [d for d, _ in fused.top("dog", 3)] == [d for d, _ in bm25.top("dog", 3)]


def test_fused_needs_the_embeddings_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Selecting fused without sentence-transformers names the extra."""
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(MissingExtraError, match="embeddings"):
        make_scorer("fused")
