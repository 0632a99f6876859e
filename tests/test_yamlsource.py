"""Positions of values and keys, and YAML errors with their place."""

from __future__ import annotations

import pytest

from simulate.errors import ScenarioError
from simulate.yamlsource import dotted, parse_yaml


def test_positions_of_values_and_keys() -> None:
    """Every value and key is located at its 1-based line and column."""
    doc = parse_yaml("a: 1\nb:\n  - x\n  - {c: 2}\n", "f.yaml")
    assert doc.data == {"a": 1, "b": ["x", {"c": 2}]}
    assert doc.value_at[("b", 1, "c")] == (4, 9)
    assert doc.key_at[("a",)] == (1, 1)
    assert doc.locate(("b", 1, "missing")) == (4, 5)


def test_syntax_error_names_the_place() -> None:
    """A syntax error is a ScenarioError with the line of the problem."""
    with pytest.raises(ScenarioError) as info:
        parse_yaml("a: [1,\n", "f.yaml")
    problem = info.value.problems[0]
    assert problem.file == "f.yaml" and problem.line == 2
    assert "invalid YAML" in problem.message


def test_duplicate_key_is_an_error() -> None:
    """YAML silently keeps the last duplicate; we refuse it."""
    with pytest.raises(ScenarioError, match=r"f.yaml:2:1: a: duplicate key"):
        parse_yaml("a: 1\na: 2\n", "f.yaml")


def test_dotted_paths() -> None:
    """Paths render as in the error messages."""
    assert dotted(("sessions", "topics", 2)) == "sessions.topics[2]"
    assert dotted((0, "x")) == "[0].x"


def test_forbidden_characters_are_located() -> None:
    """A control character is reported at its line and column."""
    with pytest.raises(ScenarioError) as info:
        parse_yaml("a: 1\nb: \x1f\n", "f.yaml")
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == (2, 4)
