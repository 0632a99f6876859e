"""Batch specs: validation with file:line:col errors, and expansion into items."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.batch import load_batch
from simulate.errors import ScenarioError

from batch_helpers import ROOT, spec_text
from conftest import PERSONAGYM, needs_personagym, write


def test_the_grid_is_templates_by_draws_by_models_by_repeats(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text(extra="repeats: 2")))
    items = batch.items()
    assert len(items) == 2 * 3 * 2 * 2 and len({i.id for i in items}) == len(items)
    # every model gets the same personas and the same seed for a (template, draw, repeat)
    groups: dict[tuple[int, int, int], set[tuple[tuple[int, ...], int]]] = {}
    for item in items:
        groups.setdefault((item.template, item.draw, item.repeat), set()).add((item.personas, item.seed))
    assert all(len(v) == 1 for v in groups.values())
    assert len({i.seed for i in items}) == 2 * 3 * 2


def test_items_are_the_same_on_every_load(tmp_path: Path) -> None:
    path = write(tmp_path / "b.yaml", spec_text())
    first, second = load_batch(path), load_batch(path)
    assert first.items() == second.items() and first.fingerprint == second.fingerprint


def test_shuffle_uses_every_persona_before_reusing_one(tmp_path: Path) -> None:
    text = spec_text().replace("draws: 3", "draws: 8")
    batch = load_batch(write(tmp_path / "b.yaml", text))
    pool = len(batch.pool)
    pairs = [i.personas for i in batch.items() if i.template == 0 and i.model == 0]
    assert all(len(set(p)) == 2 for p in pairs)  # two distinct people in each conversation
    flat = [p for pair in pairs for p in pair]
    assert len(set(flat[:pool])) == pool  # the first pass covers the whole pool


def test_drawn_personas_take_the_roles_everywhere_the_template_names_them(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text()))
    item = next(i for i in batch.items() if i.template == 1
                and batch.pool[i.personas[0]].name not in ("Arthur Pennington", "Maya Okafor"))
    scenario = batch.scenario(item)
    drawn = batch.pool[item.personas[0]].name
    assert "Maya Okafor" in scenario.names and drawn in scenario.names and "Arthur Pennington" not in scenario.names
    assert all(p.persona == drawn for p in scenario.probes)
    assert scenario.sessions.count == 2 and scenario.sessions.turns == 2 and scenario.conversations == 1
    assert scenario.model.name == "scripted" and scenario.seed == item.seed
    first = batch.scenario(next(i for i in batch.items() if i.template == 0))
    assert first.policy.start in first.names


def test_a_drawn_persona_never_takes_the_name_of_a_fixed_one(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text().replace("draws: 3", "draws: 15")))
    maya = next(i for i in batch.items() if i.template == 1 and batch.pool[i.personas[0]].name == "Maya Okafor")
    assert batch.scenario(maya).names == ["Maya Okafor", "Maya Okafor 2"]


def test_a_changed_persona_file_changes_the_fingerprint(tmp_path: Path) -> None:
    agents = tmp_path / "agents"
    agents.mkdir()
    for card in sorted((ROOT / "agents").glob("*.yaml"))[:4]:
        (agents / card.name).write_text(card.read_text())
    text = spec_text().replace(f"path: {ROOT}/agents", f"path: {agents}")
    path = write(tmp_path / "b.yaml", text)
    before = load_batch(path).fingerprint
    card = sorted(agents.glob("*.yaml"))[0]
    card.write_text(card.read_text().replace("style:", "style: Very terse.", 1) if "style:" in card.read_text()
                    else card.read_text() + "style: Very terse.\n")
    assert load_batch(path).fingerprint != before


@pytest.mark.parametrize(("change", "expected"), [
    (("draws: 3", "drawz: 3"), "b.yaml:13:1: drawz: unknown field 'drawz'; did you mean 'draws'?"),
    (("label: drifting", "label: faithful"), "two models share the name 'faithful'"),
    (("roles: [Arthur Pennington]", "roles: [Arthur]"), "'Arthur' not a persona of interview"),
    (("source: agents", "source: personagym"), "needs `path`"),
])
def test_bad_specs_say_where_and_what(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    text = spec_text().replace(*change)
    if change[0] == "source: agents":
        text = text.replace(f"  path: {ROOT}/agents\n", "")
    with pytest.raises(ScenarioError) as caught:
        load_batch(write(tmp_path / "b.yaml", text))
    assert any(expected in str(p) for p in caught.value.problems), [str(p) for p in caught.value.problems]


def test_a_pool_smaller_than_the_roles_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "p.jsonl", '{"name": "Ann Lee", "facts": ["I am a nurse."]}\n')
    text = spec_text().replace("source: agents", "source: jsonl").replace(f"path: {ROOT}/agents",
                                                                          f"path: {tmp_path}/p.jsonl")
    with pytest.raises(ScenarioError, match="2 roles to fill but the persona source has only 1"):
        load_batch(write(tmp_path / "b.yaml", text))


@needs_personagym
def test_dataset_sources_feed_the_grid(tmp_path: Path) -> None:
    data = PERSONAGYM
    text = spec_text().replace("source: agents", "source: personagym").replace(f"path: {ROOT}/agents",
                                                                               f"path: {data}")
    batch = load_batch(write(tmp_path / "b.yaml", text))
    assert len(batch.pool) == 200
    scenario = batch.scenario(batch.items()[0])
    assert all(card.source is None or card.source.dataset == "PersonaGym" for card in scenario.cards)


def test_one_scenario_used_twice_as_a_template_gives_distinct_items(tmp_path: Path) -> None:
    text = spec_text().replace(f"  - path: {ROOT}/scenarios/interview.yaml",
                               f"  - path: {ROOT}/scenarios/getting-to-know.yaml\n    sessions: 1\n"
                               f"  - path: {ROOT}/scenarios/interview.yaml")
    batch = load_batch(write(tmp_path / "b.yaml", text))
    ids = [i.id for i in batch.items()]
    assert len(ids) == len(set(ids)) == 3 * 3 * 2
    assert any(i.startswith("getting-to-know-t0.") for i in ids) and any(i.startswith("getting-to-know-t1.") for i in ids)


def test_secrets_in_model_options_are_refused(tmp_path: Path) -> None:
    text = spec_text().replace("options: {drift_rate: 0.0,", "options: {api_key: sk-abcdefghijklmnop, drift_rate: 0.0,")
    with pytest.raises(ScenarioError, match="keep API keys and tokens in environment variables"):
        load_batch(write(tmp_path / "b.yaml", text))


def test_a_bare_off_turns_the_cache_off(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text(extra="cache: off")))
    assert batch.spec.cache == "off" and batch.spec.cache_path(tmp_path) is None


def test_preferences_need_the_checkers(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="needs `check: true`"):
        load_batch(write(tmp_path / "b.yaml", spec_text(extra="preferences: 2\ncheck: false")))


def test_a_bad_model_setting_is_reported_with_its_line(tmp_path: Path) -> None:
    text = spec_text().replace("label: drifting", "label: drifting\n    max_tokens: 0")
    with pytest.raises(ScenarioError) as caught:
        load_batch(write(tmp_path / "b.yaml", text))
    assert any("b.yaml:" in str(p) and "max_tokens" in str(p) for p in caught.value.problems)


def test_a_model_given_by_its_name_alone_is_checked_like_a_full_entry(tmp_path: Path) -> None:
    models = spec_text()[spec_text().index("models:"):spec_text().index("seed: 5")]
    batch = load_batch(write(tmp_path / "b.yaml", spec_text().replace(models, "models: [scripted]\n")))
    assert [m.name for m in batch.models] == ["scripted"]
    with pytest.raises(ScenarioError, match=r"b\.yaml:\d+:\d+: models\[0\]\.name"):
        load_batch(write(tmp_path / "b.yaml", spec_text().replace(models, "models: [scriptd]\n")))


def test_a_missing_persona_source_names_the_spec_line(tmp_path: Path) -> None:
    text = spec_text().replace(f"path: {ROOT}/agents", "path: /nonexistent-folder")
    with pytest.raises(ScenarioError) as caught:
        load_batch(write(tmp_path / "b.yaml", text))
    problem = str(caught.value.problems[0])
    assert "b.yaml:" in problem and "personas.path" in problem and "nonexistent-folder" in problem
