"""A gated reader runs only where one of its words appears, and readers run in table order."""

from __future__ import annotations

from collections.abc import Callable

from simulate.checkers.gated import GatedReaders
from simulate.checkers.open_claims import OpenClaim


def test_readers_run_only_where_their_words_appear() -> None:
    seen: list[str] = []

    def reader(name: str) -> Callable[[str], list[OpenClaim]]:
        def read(sentence: str) -> list[OpenClaim]:
            seen.append(name)
            return [OpenClaim(name, sentence)]
        return read

    table = GatedReaders([(("swim", "pool"), reader("water")), (("a.b",), reader("literal")), (("gym",), reader("gym"))])
    assert [c.predicate for c in table.read("i swim at the gym")] == ["water", "gym"]
    assert table.read("i like axb") == []  # the words are literal text, not patterns
    assert [c.predicate for c in table.read("a.b")] == ["literal"]
    assert seen == ["water", "gym", "literal"]
