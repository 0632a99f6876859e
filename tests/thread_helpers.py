"""Reading in two threads at once: one thread held inside a reader while the other reads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest


def read_while_another_reads(monkeypatch: pytest.MonkeyPatch, module: Any, read: Callable[[str], Any],
                             first: str, second: str) -> tuple[Any, Any]:
    """`read(first)` in one thread, held at its first call of `module.extract_open_claims` (inside the reader's
    guarded rewrite) until `read(second)` has run to the end in a second thread; both results."""
    real = module.extract_open_claims
    inside, done = threading.Event(), threading.Event()
    holder: list[int] = []

    def held(text: str, *args: Any, **kwargs: Any) -> Any:
        if threading.get_ident() in holder and not inside.is_set():
            inside.set()
            assert done.wait(10), "the second reading never ended"
        return real(text, *args, **kwargs)

    monkeypatch.setattr(module, "extract_open_claims", held)
    results: dict[str, Any] = {}

    def hold() -> None:
        holder.append(threading.get_ident())
        results["first"] = read(first)

    def meanwhile() -> None:
        try:
            assert inside.wait(10), "the first reading never reached its rewrite"
            results["second"] = read(second)
        finally:
            done.set()

    threads = [threading.Thread(target=hold), threading.Thread(target=meanwhile)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    return results.get("first"), results.get("second")
