"""End to end: a batch over PersonaGym personas, with their questions as probe sets in every session, on two
models, scored by two scripted judges: PersonaScore per model, task and session in score.json, the
reports and the scores export. Tiny sizes; no model weights, no network, no shared data needed."""

from __future__ import annotations

import asyncio
import contextlib
import io
from pathlib import Path

import orjson
import pytest

from simulate.cli import EXIT_INPUT, EXIT_OK, main
from simulate.score import parse_judge, score_folder
from simulate.score.rubrics import TASKS

from batch_helpers import ROOT, records
from conftest import SHARED_DATA, write

# Three PersonaGym personas (MIT, github.com/vsamuel2003/PersonaGym) with two questions per task.
PERSONAS = [
    "A 71-year-old retired nurse from Italy, volunteering in hospice care and advocating for compassionate "
    "end-of-life support",
    "A 54-year-old divorced mother from Spain, running a successful winery and promoting sustainable viticulture "
    "practices",
    "A 63-year-old retired teacher from China, teaching calligraphy and preserving the art form for future "
    "generations",
]
TASK_NAMES = ["Expected Action", "Action Justification", "Linguistic Habits", "Persona Consistency", "Toxicity"]


def personagym(tmp_path: Path) -> tuple[Path, Path]:
    people = write(tmp_path / "pg" / "personas.json", orjson.dumps({"benchmark_personas": PERSONAS}).decode())
    lines = [orjson.dumps({"persona": p, "questions": {t: [f"{t} question {k} for persona {i}?" for k in range(2)]
                                                       for t in TASK_NAMES}}) for i, p in enumerate(PERSONAS)]
    questions = tmp_path / "pg" / "questions.jsonl"
    questions.write_bytes(b"\n".join(lines) + b"\n")
    return people, questions


def spec(tmp_path: Path, people: Path, questions: Path, *, extra: str = "") -> Path:
    return write(tmp_path / "batch.yaml", f"""\
id: pg-scored
scenarios:
  - {{path: {ROOT}/scenarios/neighbours.yaml, sessions: 2, turns: 2}}
personas: {{source: personagym, path: {people}}}
probes: {{path: {questions}, per_task: 1{extra}}}
draws: 1
models:
  - {{name: scripted, label: faithful, options: {{drift_rate: 0.0}}}}
  - {{name: scripted, label: drifting, options: {{drift_rate: 0.5}}}}
seed: 3
""")


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, list[dict], str]:
    tmp_path = tmp_path_factory.mktemp("scored")
    people, questions = personagym(tmp_path)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["batch", str(spec(tmp_path, people, questions)), "--quiet", "--out",
                     str(tmp_path / "out")]) == EXIT_OK
    folder = next((tmp_path / "out").iterdir())
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        assert main(["score", str(folder), "--judge", "scripted", "--judge", "scripted?judge_bias=-1",
                     "--sample", "1"]) == EXIT_OK
    out = printed.getvalue()
    summary = orjson.loads((folder / "score.json").read_bytes())
    rows = [orjson.loads(line) for line in (folder / "scores.jsonl").read_bytes().splitlines()]
    return folder, summary, rows, out


def test_every_persona_is_asked_its_own_questions_in_every_session(scored) -> None:
    folder, _, _, _ = scored
    for record in records(folder):
        asked = [t for t in record["turns"] if t["kind"] == "probe_question" and t["probe"].startswith("pg.")]
        for persona in record["personas"]:
            answers = [t for t in record["turns"] if t["kind"] == "probe_answer" and t["speaker"] == persona
                       and t["probe"].startswith("pg.")]
            assert {(t["session"], t["probe"].split(".")[1]) for t in answers} == \
                {(s, task.key) for s in (0, 1) for task in TASKS}
        which = {PERSONAS.index(card["description"]) for card in record["personas"].values()}
        for question in asked:
            assert any(f"for persona {i}?" in question["text"] for i in which)
    batch = orjson.loads((folder / "batch.json").read_bytes())
    assert len(batch["probe_sets"]) == 2 and all(len(s) == len(TASKS) for s in batch["probe_sets"].values())


def test_personascore_per_model_task_and_session(scored) -> None:
    _, summary, rows, out = scored
    assert set(summary["models"]) == {"faithful", "drifting"}
    for model in summary["models"].values():
        assert set(model["tasks"]) == {t.key for t in TASKS} and set(model["sessions"]) == {"0", "1"}
        assert len(model["personas"]) == 2 and model["unscored"] == 0
        tasks = [model["tasks"][t.key]["score"] for t in TASKS]
        assert model["persona_score"] == pytest.approx(sum(tasks) / len(tasks), abs=1e-3)
    # the faithful model never contradicts: judges give 5 and 4 on persona consistency, 4 and 3 elsewhere
    faithful = summary["models"]["faithful"]
    assert faithful["tasks"]["persona_consistency"]["score"] == 4.5
    assert faithful["tasks"]["expected_action"]["score"] == 3.5
    assert summary["models"]["drifting"]["tasks"]["persona_consistency"]["score"] < 4.5
    # every row's score is the mean of its two verdicts
    for row in rows:
        scores = [v["score"] for v in row["verdicts"]]
        assert len(scores) == 2 and row["score"] == pytest.approx(sum(scores) / 2)
    assert "PersonaScore by task" in out and "PersonaScore by session" in out


def test_judge_agreement_and_findings_agreement(scored) -> None:
    folder, summary, rows, _ = scored
    pair = summary["agreement"]["judges"]["scripted | scripted?judge_bias=-1"]
    assert pair["n"] == len(rows) and pair["exact"] == 0.0 and pair["within_1"] == 1.0
    f = summary["agreement"]["findings"]
    consistency = [r for r in rows if r["task"] == "persona_consistency"]
    assert f["n"] == len(consistency)
    flagged = {(r["item"], x["turn"]) for r in records(folder) for x in r["findings"]}
    low = {(r["item"], r["turn"]) for r in consistency if r["score"] <= 2}
    assert f["low_and_finding"] == len(low & flagged) and f["low_only"] == len(low - flagged)
    assert low  # the drifting model contradicted itself somewhere the judges saw
    assert summary["verdicts"]["scripted"]["asked"] == len(rows)


def test_the_report_and_the_export_carry_the_scores(scored, tmp_path: Path) -> None:
    folder, _, rows, _ = scored
    assert main(["report", str(folder)]) == EXIT_OK
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert 'id="personascore"' in html and "Persona Consistency" in html and "session 2" in html
    assert 'aria-label="PersonaScore by session"' in html
    target = tmp_path / "scores.jsonl"
    assert main(["export", str(folder), "--format", "scores", "-o", str(target)]) == EXIT_OK
    exported = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    assert exported == rows and {r["model"] for r in exported} == {"faithful", "drifting"}


def test_scoring_again_reuses_the_judges_answers(scored) -> None:
    folder, _, rows, _ = scored
    before = (folder / "score.json").read_bytes()
    judges = [parse_judge("scripted"), parse_judge("scripted?judge_bias=-1")]
    again = asyncio.run(score_folder(folder, judges, sample=1))
    assert again.cache_hits == 2 * len(rows)  # every verdict from score-calls.sqlite, none asked again
    assert (folder / "score.json").read_bytes() == before


def test_bad_score_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(tmp_path), "--judge", "scripted"]) == EXIT_INPUT
    assert "neither a batch folder" in capsys.readouterr().err
    assert main(["score", str(tmp_path), "--judge", "nope"]) == EXIT_INPUT
    assert "unknown model 'nope'" in capsys.readouterr().err
    assert main(["score", str(tmp_path), "--judge", "scripted", "--sample", "-1"]) == EXIT_INPUT
    assert main(["export", str(tmp_path), "--format", "scores"]) == EXIT_INPUT
    assert "not scored yet" in capsys.readouterr().err


def test_a_persona_without_questions_needs_a_generator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people, questions = personagym(tmp_path)
    questions.write_bytes(questions.read_bytes().splitlines()[0] + b"\n")  # only the first persona's questions
    bad = spec(tmp_path, people, questions)
    assert main(["batch", str(bad), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "batch.yaml" in err and "probes" in err and "give `probes.generator`" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_bad_probes_section_names_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people, questions = personagym(tmp_path)
    bad = spec(tmp_path, people, questions, extra=", tasks: [honesty]")
    assert main(["batch", str(bad), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_INPUT
    assert "unknown task 'honesty'" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED_DATA / "personagym" / "questions_benchmark_v1.jsonl").is_file(),
                    reason="needs ../shared/data/personagym")
def test_every_personagym_persona_has_questions_for_every_task() -> None:
    from simulate.batch.persona_sources import personagym_cards
    from simulate.score.probes import QuestionBank

    bank = QuestionBank.load(SHARED_DATA / "personagym" / "questions_benchmark_v1.jsonl")
    cards = personagym_cards(SHARED_DATA / "personagym" / "personas.json")
    for card in cards:
        own = bank.for_persona(card)
        assert own is not None and set(own) == {t.key for t in TASKS}, card.description
