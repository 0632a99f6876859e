"""PersonaScore in the terminal and in the HTML report, beside the findings."""

from __future__ import annotations

import io

from rich.console import Console

from simulate.report.data import PersonaFigures
from simulate.report.score import render_score, score_html

SUMMARY = {
    "judges": ["x", "y"],
    "verdicts": {"x": {"asked": 4, "scored": 4, "reasked": 1, "unreadable": 0, "model_errors": 0},
                 "y": {"asked": 4, "scored": 3, "reasked": 1, "unreadable": 1, "model_errors": 0}},
    "models": {"m": {"persona_score": 3.25, "n": 3, "tasks": {"persona_consistency": {"score": 3.25, "n": 3}},
                     "sessions": {"0": {"persona_score": 4.0, "n": 2}, "1": {"persona_score": 2.5, "n": 1}},
                     "personas": {"Ana": {"persona_score": 3.25, "n": 3,
                                          "tasks": {"persona_consistency": {"score": 3.25, "n": 3}},
                                          "sessions": {"0": {"persona_score": 4.0, "n": 2}}}}}},
    "agreement": {"judges": {"x | y": {"n": 3, "exact": 0.6667, "within_1": 1.0, "pearson": 0.5}},
                  "findings": {"n": 3, "low_threshold": 2, "low_and_finding": 1, "low_only": 0, "finding_only": 1,
                               "neither": 1, "agreement": 0.6667, "kappa": 0.4}},
}


def figures() -> dict:
    ana = PersonaFigures("Ana", turns=8)
    ana.by_kind["persona"] = 2
    return {"run": {"Ana": ana}}


def test_the_terminal_tables() -> None:
    out = io.StringIO()
    render_score(Console(file=out, width=120), SUMMARY, figures=figures())
    text = out.getvalue()
    assert "PersonaScore by task" in text and "PersonaScore by session" in text
    assert "3.25 (3)" in text and "4.00 (2)" in text and "2.50 (1)" in text
    assert "2 in 8" in text  # the persona's findings beside its score
    assert "judge y: 3/4 scored, 1 re-asked, 1 unreadable" in text
    assert "x | y: n=3, exact 0.6667" in text and "kappa 0.4" in text


def test_the_html_section() -> None:
    html = score_html(SUMMARY, figures=figures())
    assert html.startswith('<section id="personascore">') and "<svg" in html
    assert "Persona Consistency" in html and "session 2" in html and "2 in 8" in html
    assert score_html(None) == ""
