"""Okapi BM25 over short memory lines, with an inverted index that supports replace and remove."""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["BM25Index", "STOPWORDS", "tokenize"]

STOPWORDS = frozenset(
    "a about after again all also am an and any are as at be been before being but by can could did do does "
    "doing for from had has have having he her here hers him his how i if in into is it its just me more most "
    "my no nor not now of on once only or other our out over own same she should so some such than that the "
    "their them then there these they this those through to too under until up very was we were what when "
    "where which while who whom why will with would you your yours i'm it's don't can't you're they're "
    "said told session time last".split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lower-case content words, plural -s stripped, stopwords dropped."""
    return [_stem(w) for w in _WORD.findall(text.lower().replace("’", "'")) if w not in STOPWORDS]


class BM25Index:
    """Documents by id; `top(query, k)` gives the best-scoring ids.

    Length normalisation uses an average document length that is refreshed (at the next query) once
    the collection has grown or shrunk by a tenth, so adding a document never rescores all others.
    `top` applies query terms rarest first; once it holds `k` candidates, a term matching more
    documents than that only rescores the candidates (documents matching nothing but common words
    are not promoted), which keeps a query's cost near-constant as memories accumulate.
    """

    def __init__(self, *, k1: float = 1.2, b: float = 0.75) -> None:
        self._reset(k1, b)

    def _reset(self, k1: float, b: float) -> None:
        """Empty the index and set its parameters."""
        self.k1 = k1
        self.b = b
        self._docs: dict[str, str] = {}
        self._terms: dict[str, dict[str, int]] = {}
        self._postings: dict[str, dict[str, float]] = {}  # term -> doc -> tf / (tf + norm(doc))
        self._lengths: dict[str, int] = {}
        self._total = 0
        self._avg = 1.0
        self._avg_at = 0

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    def _norm(self, length: int) -> float:
        return self.k1 * (1 - self.b + self.b * length / self._avg)

    def _refresh(self) -> None:
        self._avg = self._total / len(self._docs) if self._total else 1.0  # all-stopword documents: no length
        self._avg_at = len(self._docs)
        for doc, terms in self._terms.items():
            norm = self._norm(self._lengths[doc])
            for term, tf in terms.items():
                self._postings[term][doc] = tf / (tf + norm)

    def _maybe_refresh(self) -> None:
        n = len(self._docs)
        if abs(n - self._avg_at) * 10 > max(self._avg_at, 10):
            self._refresh()

    def _terms_of(self, query: str) -> list[tuple[float, dict[str, float]]]:
        """(weight, postings) of each distinct query term in the index, rarest first."""
        n = len(self._docs)
        counts: dict[str, int] = {}
        for term in tokenize(query):
            counts[term] = counts.get(term, 0) + 1
        out = []
        for term, count in counts.items():
            postings = self._postings.get(term)
            if postings:
                df = len(postings)
                out.append((math.log(1 + (n - df + 0.5) / (df + 0.5)) * (self.k1 + 1) * count, postings))
        out.sort(key=lambda p: len(p[1]))
        return out

    def add(self, doc_id: str, text: str) -> None:
        """Index `text` under `doc_id`, replacing what was there."""
        if doc_id in self._docs:
            self.remove(doc_id)
        words = tokenize(text)
        terms: dict[str, int] = {}
        for word in words:
            terms[word] = terms.get(word, 0) + 1
        self._docs[doc_id] = text
        self._terms[doc_id] = terms
        self._lengths[doc_id] = len(words)
        self._total += len(words)
        norm = self._norm(len(words))
        for term, tf in terms.items():
            self._postings.setdefault(term, {})[doc_id] = tf / (tf + norm)

    def remove(self, doc_id: str) -> None:
        """Forget `doc_id` (no error if unknown)."""
        if doc_id not in self._docs:
            return
        del self._docs[doc_id]
        for term in self._terms.pop(doc_id):
            postings = self._postings[term]
            del postings[doc_id]
            if not postings:
                del self._postings[term]
        self._total -= self._lengths.pop(doc_id)

    def scores(self, query: str, *, k: int | None = None) -> dict[str, float]:
        """BM25 score of the documents sharing a term with `query` (with `k`, see the class docstring)."""
        self._maybe_refresh()
        acc: dict[str, float] = {}
        get = acc.get
        for weight, postings in self._terms_of(query):
            if k is not None and len(acc) >= k and len(postings) > len(acc):
                for doc, score in acc.items():
                    w = postings.get(doc)
                    if w is not None:
                        acc[doc] = score + weight * w
            else:
                for doc, w in postings.items():
                    acc[doc] = get(doc, 0.0) + weight * w
        return acc

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` best (id, score) pairs, best first; ties by id."""
        if k <= 0:
            return []
        scores = self.scores(query, k=k)
        if len(scores) > k:
            cut = sorted(scores.values(), reverse=True)[k - 1]
            scores = {doc: s for doc, s in scores.items() if s >= cut}
        return sorted(scores.items(), key=lambda p: (-p[1], p[0]))[:k]

    def get_state(self) -> dict[str, Any]:
        """Parameters and documents (the index is rebuilt from them)."""
        return {"k1": self.k1, "b": self.b, "docs": dict(sorted(self._docs.items()))}

    def set_state(self, state: dict[str, Any]) -> None:
        """Rebuild from `get_state` output."""
        self._reset(state["k1"], state["b"])
        for doc_id, text in state["docs"].items():
            self.add(doc_id, text)
        self._refresh()
