"""Tests for rewrite_guard: the mark of a reader reading its own rewrite, kept per thread."""

from __future__ import annotations

import threading

import pytest

from simulate.checkers.rewrite_guard import RewriteGuard


def test_inside_marks_and_unmarks() -> None:
    guard = RewriteGuard("test.inside")
    assert not guard.active
    with guard.inside():
        assert guard.active
        with guard.inside():  # entered again: still marked, and unmarked only by the outer block
            assert guard.active
        assert guard.active
    assert not guard.active


def test_the_mark_is_gone_after_an_error() -> None:
    guard = RewriteGuard("test.error")
    with pytest.raises(ValueError, match="bad"), guard.inside():
        raise ValueError("bad")
    assert not guard.active


def test_another_thread_does_not_see_the_mark() -> None:
    guard = RewriteGuard("test.thread")
    seen: list[bool] = []
    with guard.inside():
        thread = threading.Thread(target=lambda: seen.append(guard.active))
        thread.start()
        thread.join(10)
    assert seen == [False]


def test_two_guards_are_apart() -> None:
    first, second = RewriteGuard("test.first"), RewriteGuard("test.second")
    with first.inside():
        assert not second.active
