"""Loading files: every error at once, each with file:line:col and the path in the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.errors import ScenarioError
from simulate.loader import load_persona, load_scenario

from conftest import write

BROKEN = """\
id: cafe
personas:
  - inline: {name: A, facts: {age: -3, pet: dog}}
  - card: nobody
sessions:
  turns: 0
  gap: 3 fortnights
model:
  temprature: 3
"""


def test_every_error_is_reported_with_its_place(tmp_path: Path) -> None:
    """All problems of the file, each at its line and column."""
    path = write(tmp_path / "s.yaml", BROKEN)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    lines = [str(p).replace(str(path), "s.yaml") for p in info.value.problems]
    assert "s.yaml:3:36: personas[0].inline.facts.age: input should be greater than or equal to 0" in lines
    assert "s.yaml:3:40: personas[0].inline.facts.pet: unknown field 'pet'; did you mean 'pets'?" in lines
    assert "s.yaml:6:10: sessions.turns: input should be greater than or equal to 1" in lines
    assert any(line.startswith("s.yaml:7:8: sessions.gap: unknown time unit 'fortnights'") for line in lines)
    assert "s.yaml:9:3: model.temprature: unknown field 'temprature'; did you mean 'temperature'?" in lines


def test_cards_resolve_from_the_library_with_overrides(tmp_path: Path) -> None:
    """`card: name` finds agents/name.yaml beside the scenarios folder; overrides merge."""
    write(tmp_path / "agents" / "maya.yaml", "name: Maya\nfacts: {age: 34, location: Denver}\n")
    write(tmp_path / "agents" / "tom.yaml", "name: Tom\n")
    path = write(tmp_path / "scenarios" / "s.yaml",
                 "id: s\npersonas:\n  - {card: maya, overrides: {facts: {age: 41}}}\n  - card: tom\n")
    scenario = load_scenario(path)
    assert scenario.names == ["Maya", "Tom"]
    assert scenario.card("Maya").facts.age == 41 and scenario.card("Maya").facts.location == "Denver"


def test_a_broken_card_is_reported_in_its_own_file(tmp_path: Path) -> None:
    """Errors inside a referenced card name the card's file."""
    card = write(tmp_path / "agents" / "maya.yaml", "name: Maya\nfacts:\n  age: old\n")
    write(tmp_path / "agents" / "tom.yaml", "name: Tom\n")
    path = write(tmp_path / "scenarios" / "s.yaml", "id: s\npersonas: [{card: maya}, {card: tom}]\n")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    problem = info.value.problems[0]
    assert problem.file.endswith("maya.yaml") and (problem.line, problem.column) == (3, 8)
    assert problem.path == "facts.age"
    assert card.exists()


def test_cross_reference_errors_point_into_the_scenario(tmp_path: Path) -> None:
    """An edge naming an unknown persona is located at that edge."""
    path = write(tmp_path / "s.yaml", "id: s\npersonas: [{inline: {name: A}}, {inline: {name: B}}]\n"
                                     "graph:\n  edges:\n    - A -> B\n    - {from: B, to: Zed}\n")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert [(p.line, p.path) for p in info.value.problems] == [(6, "graph.edges[1].to")]


@pytest.mark.parametrize("text, fragment", [
    ("", "document is empty"),
    ("- a\n- b\n", "document is a list"),
    ("id: s\npersonas: [{inline: {name: A}}, {card: x, inline: {name: B}}]\n", "exactly one of"),
])
def test_shapes_that_are_not_scenarios(tmp_path: Path, text: str, fragment: str) -> None:
    """Wrong shapes give one clear message."""
    with pytest.raises(ScenarioError, match=fragment):
        load_scenario(write(tmp_path / "s.yaml", text))


def test_missing_file() -> None:
    """A missing file is an error, not a traceback."""
    with pytest.raises(ScenarioError, match="file not found"):
        load_persona("/nonexistent/card.yaml")
