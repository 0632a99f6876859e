"""A batch's probe sets: asked in every session, stored in batch.json, absent from batches without them."""

from __future__ import annotations

from pathlib import Path

import orjson

from simulate.batch.expand import ResolvedBatch, load_batch
from simulate.batch.probesets import with_probe_sets
from simulate.loader import load_scenario
from simulate.runner import apply_overrides
from simulate.score.probes import probe_task

from batch_helpers import ROOT, spec_text
from conftest import write


def test_probe_sets_are_asked_in_every_session_spread_over_the_turns() -> None:
    scenario = apply_overrides(load_scenario(ROOT / "scenarios" / "neighbours.yaml"), sessions=3, turns=4)
    first, second = scenario.names
    sets = {first: [["expected_action", "What would you do?"], ["toxicity_control", "Is that rude?"]],
            second: [["linguistic_habits", "How would you say it?"]]}
    probed = with_probe_sets(scenario, sets)
    added = [p for p in probed.probes if p.id and p.id.startswith("pg.")]
    assert [(p.persona, probe_task(p.id), p.question) for p in added] == [
        (first, "expected_action", "What would you do?"), (first, "toxicity_control", "Is that rude?"),
        (second, "linguistic_habits", "How would you say it?")]
    assert all([a.session for a in p.at] == [0, 1, 2] for p in added)
    assert len({p.at[0].turn for p in added}) == 2 and all(p.at[0].turn <= 4 for p in added)
    assert len({p.id for p in probed.probes}) == len(probed.probes)
    assert probed.probes[:len(scenario.probes)] == scenario.probes


def test_a_batch_without_probe_sets_keeps_its_stored_form(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text()))
    assert "probes" not in batch.data["spec"] and "probe_sets" not in batch.data
    again = ResolvedBatch.from_data(orjson.loads(orjson.dumps(batch.data)))
    assert again.probe_sets is None and again.fingerprint == batch.fingerprint


def test_probe_sets_survive_the_round_trip_through_batch_json(tmp_path: Path) -> None:
    batch = load_batch(write(tmp_path / "b.yaml", spec_text()))
    batch.probe_sets = {0: [["persona_consistency", "Who are you?"]]}
    again = ResolvedBatch.from_data(orjson.loads(orjson.dumps(batch.data)))
    assert again.probe_sets == batch.probe_sets and again.fingerprint == batch.fingerprint


def test_personas_without_personagym_questions_get_written_ones(tmp_path: Path, monkeypatch) -> None:
    import simulate.score.probes as probes

    asked: list[str] = []

    async def writer(card, model, *, model_name, cache, per_task, tasks, seed=0):  # noqa: ANN001, ANN202
        asked.append(card.name)
        assert model_name == "scripted" and cache == tmp_path / "q.jsonl"
        return {t: [f"{t} for {card.name}?"] * per_task for t in tasks}

    monkeypatch.setattr(probes, "generate_questions", writer)
    (tmp_path / "questions.jsonl").write_bytes(b'{"persona": "nobody here", "questions": {"Toxicity": ["q?"]}}\n')
    extra = "probes: {path: questions.jsonl, generator: scripted, cache: q.jsonl, tasks: [toxicity_control]}"
    batch = load_batch(write(tmp_path / "b.yaml", spec_text(extra=extra)))
    used = sorted({i for item in batch.items() for i in item.personas})
    assert batch.probe_sets is not None and sorted(batch.probe_sets) == used
    assert sorted(asked) == sorted(batch.pool[i].name for i in used)
    for index, chosen in batch.probe_sets.items():
        assert chosen == [["toxicity_control", f"toxicity_control for {batch.pool[index].name}?"]]
