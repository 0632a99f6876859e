"""The optional embeddings scorer: pluggable, and a clear error naming the extra when it is missing."""

from __future__ import annotations

import sys
import zlib

import pytest

from simulate.errors import MissingExtraError
from simulate.memory.bm25 import tokenize
from simulate.memory.embeddings import EmbeddingScorer, load_sentence_encoder
from simulate.memory.retrieval import MemoryItem, Retriever
from simulate.memory.scorers import make_scorer
from simulate.memory.tokens import BlockBudget
from simulate.testing.memory_doubles import START

pytest.importorskip("numpy")


def hashed_words(texts: list[str]) -> list[list[float]]:
    """A stand-in encoder: content words hashed into 64 dimensions."""
    out = []
    for text in texts:
        vector = [0.0] * 64
        for word in tokenize(text):
            vector[zlib.crc32(word.encode()) % 64] += 1.0
        out.append(vector)
    return out


def test_the_embedding_scorer_ranks_by_similarity_and_plugs_into_retrieval() -> None:
    """Closest text first; unrelated texts do not score; the Retriever takes it as its scorer."""
    scorer = EmbeddingScorer(hashed_words)
    retriever = Retriever(scorer=scorer, recent_pool=0)
    retriever.upsert(MemoryItem("dog", "Maya told you they have a dog named Max", START))
    retriever.upsert(MemoryItem("job", "Tom told you they work as a chef", START))
    assert scorer.top("chef work", 5)[0][0] == "job"
    chosen = retriever.select("dog Max", now=START, budget=BlockBudget(100))
    assert [item.id for item in chosen] == ["dog"]
    retriever.remove("dog")
    assert len(scorer) == 1


def test_missing_sentence_transformers_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Selecting embeddings without the extra raises MissingExtraError naming `embeddings`."""
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(MissingExtraError, match=r"simulate\[embeddings\]") as info:
        load_sentence_encoder()
    assert info.value.extra == "embeddings" and isinstance(info.value, ImportError)
    with pytest.raises(MissingExtraError, match="embeddings"):
        make_scorer("embeddings")


def test_bm25_is_the_default() -> None:
    """No extra needed for the default scorer."""
    assert type(make_scorer()).__name__ == "BM25Index"
    with pytest.raises(ValueError, match="unknown scorer"):
        make_scorer("tfidf")  # type: ignore[arg-type]
