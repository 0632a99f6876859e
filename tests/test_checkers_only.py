""""Only" one kind of a thing against another kind of the same thing."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns as _flagged


@pytest.mark.parametrize(("first", "second"), [
    ("I only have cats.", "My dog sleeps on my bed."),
    ("My dog sleeps on my bed.", "I only have cats."),  # either order
    ("I only have brothers.", "My older sister lives in Ohio."),
    ("I only drink tea.", "I drink coffee every morning."),
])
def test_only_one_kind_meets_another_kind_of_the_same_thing(first: str, second: str) -> None:
    assert _flagged(first, second) == [2]


@pytest.mark.parametrize(("first", "second"), [
    ("I only have one cat.", "My dog sleeps on my bed."),  # a count, not a kind
    ("I only drink tea.", "I drink water all day."),
    ("I only eat fish.", "I eat vegetables every day."),  # not of one kind
    ("I only have cats.", "My sister's dog sleeps on my bed."),  # someone else's
])
def test_a_count_water_or_another_kind_of_thing_is_not_flagged(first: str, second: str) -> None:
    assert _flagged(first, second) == []
