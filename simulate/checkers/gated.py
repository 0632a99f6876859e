"""Readers that run only where a word they need appears: one compiled search per reader, not a loop over words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .open_claims import OpenClaim

__all__ = ["GatedReaders"]

Reader = Callable[[str], list[OpenClaim]]


class GatedReaders:
    """A table of (words any of which must appear in the sentence, reader), read in order."""

    def __init__(self, readers: Sequence[tuple[Sequence[str], Reader]]) -> None:
        self._gated = [(re.compile("|".join(re.escape(word) for word in needs)), reader) for needs, reader in readers]

    def read(self, sentence: str) -> list[OpenClaim]:
        """The claims of every reader whose words appear in the sentence (as substrings, in table order)."""
        out: list[OpenClaim] = []
        for gate, reader in self._gated:
            if gate.search(sentence):
                out += reader(sentence)
        return out
