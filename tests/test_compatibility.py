"""Which values one person can hold together: the definitions the checkers and the scripted model share."""

from __future__ import annotations

import pytest

from simulate.compatibility import marital_statuses_conflict, occupations_conflict, squashed, texts_compatible


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("married", "single", True), ("divorced", "single", False), ("single", "dating", False),
    ("married", "married", False), ("widowed", "married", True)])
def test_marital_statuses(a: str, b: str, conflict: bool) -> None:
    assert marital_statuses_conflict(a, b) is conflict
    assert marital_statuses_conflict(b, a) is conflict


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("nurse", "chef", True), ("nurse", "Nurse", False), ("student", "waiter", False),
    ("retired", "teacher", True), ("former teacher", "pilot", True), ("doctor", "surgeon", False),
    ("software engineer", "engineer", False)])
def test_occupations(a: str, b: str, conflict: bool) -> None:
    assert occupations_conflict(a, b) is conflict


def test_texts_compatible_and_squashed() -> None:
    assert texts_compatible("Rascal Flats", "Rascal Flatts") and texts_compatible("dogs", "dog")
    assert not texts_compatible("Boston", "Denver")
    assert texts_compatible("the late war", "the late was")  # one typed slip in a long value
    assert not texts_compatible("teacher", "preacher") and not texts_compatible("Austin", "Dustin")
    assert squashed("Pet Smart!") == squashed("PetSmart") == "petsmart"


def test_the_scripted_model_and_the_checkers_use_these_definitions() -> None:
    """One definition: neither keeps a copy of its own."""
    from simulate.checkers import conflicts
    from simulate.models import scripted

    assert scripted.marital_statuses_conflict is conflicts.marital_statuses_conflict is marital_statuses_conflict
    assert scripted.occupations_conflict is occupations_conflict
