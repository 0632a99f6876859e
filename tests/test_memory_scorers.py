"""FusedScorer: reciprocal rank fusion of scorers (BM25 with embeddings, or any two)."""

from __future__ import annotations

import sys

import pytest

from simulate.errors import MissingExtraError
from simulate.memory.bm25 import BM25Index
from simulate.memory.scorers import FusedScorer, make_scorer


class Fixed:
    """A scorer that ranks its documents in a fixed order, whatever the query."""

    def __init__(self, order: list[str]) -> None:
        self.order = order
        self.docs: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, doc_id: str, text: str) -> None:
        self.docs[doc_id] = text

    def remove(self, doc_id: str) -> None:
        self.docs.pop(doc_id, None)

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        return [(d, 1.0) for d in self.order if d in self.docs][:k]

    def get_state(self) -> dict[str, object]:
        return {"docs": dict(self.docs)}

    def set_state(self, state: dict[str, object]) -> None:
        self.docs = dict(state["docs"])  # type: ignore[arg-type]


def test_fusion_favours_what_both_rank_high_and_keeps_what_one_finds() -> None:
    """A text second in both beats one first in one and absent from the other; texts only one scorer
    finds still come back; removal reaches every scorer."""
    fused = FusedScorer(Fixed(["a", "b", "c"]), Fixed(["d", "b", "e"]))
    for doc in "abcde":
        fused.add(doc, doc)
    ranked = [doc for doc, _ in fused.top("q", 5)]
    assert ranked[:3] == ["b", "a", "d"] and set(ranked) == set("abcde")
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
