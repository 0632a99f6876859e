"""PersonaScore arithmetic (mean over tasks of each task's mean) and the score files."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.errors import RunError
from simulate.score.results import SCORE_FILE, persona_scores, read_score, summarise, write_results


def row(task: str, score: float | None, *, session: int = 0, persona: str = "Ana", model: str = "m",
        turn: int = 0, verdicts: list | None = None) -> dict:
    return {"item": "i", "model": model, "persona": persona, "session": session, "turn": turn, "task": task,
            "score": score, "verdicts": verdicts or [{"judge": "a", "score": score}]}


def test_personascore_is_the_mean_over_tasks_not_over_answers() -> None:
    rows = [row("persona_consistency", 5), row("persona_consistency", 5), row("persona_consistency", 5),
            row("linguistic_habits", 1), row("linguistic_habits", None)]
    figures = persona_scores(rows)
    assert figures["persona_score"] == 3.0  # (5 + 1) / 2, though 3 of 4 scored answers are 5
    assert figures["n"] == 4 and figures["unscored"] == 1
    assert figures["tasks"] == {"linguistic_habits": {"score": 1.0, "n": 1},
                                "persona_consistency": {"score": 5.0, "n": 3}}


def test_the_curve_by_session() -> None:
    rows = [row("persona_consistency", 5, session=0), row("persona_consistency", 2, session=1),
            row("linguistic_habits", 4, session=1)]
    sessions = persona_scores(rows)["sessions"]
    assert sessions == {"0": {"persona_score": 5.0, "n": 1}, "1": {"persona_score": 3.0, "n": 2}}


def test_nothing_scored_is_unknown_not_perfect() -> None:
    figures = persona_scores([row("persona_consistency", None)])
    assert figures["persona_score"] is None and figures["n"] == 0 and figures["unscored"] == 1


def test_summary_per_model_and_persona_and_the_agreements(tmp_path: Path) -> None:
    rows = [row("persona_consistency", 1.5, model="a", turn=3, verdicts=[{"judge": "x", "score": 2},
                                                                         {"judge": "y", "score": 1}]),
            row("persona_consistency", 5, model="b", persona="Ben", turn=4,
                verdicts=[{"judge": "x", "score": 5}, {"judge": "y", "score": None}])]
    summary = summarise(rows, judges=["x", "y"], stats={}, flagged={("i", 3)})
    assert set(summary["models"]) == {"a", "b"} and set(summary["models"]["b"]["personas"]) == {"Ben"}
    assert summary["agreement"]["judges"]["x | y"]["n"] == 1  # only answers both judges scored
    assert summary["agreement"]["findings"]["low_and_finding"] == 1 and summary["agreement"]["findings"]["neither"] == 1
    write_results(tmp_path, rows, summary)
    assert read_score(tmp_path) == summary


def test_reading_scores(tmp_path: Path) -> None:
    assert read_score(tmp_path) is None
    (tmp_path / SCORE_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(RunError, match="not valid JSON"):
        read_score(tmp_path)
    (tmp_path / SCORE_FILE).write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(RunError, match="not a simulate.score/1 file"):
        read_score(tmp_path)
