"""PersonaScore in the reports: rich tables for the terminal, a section for the HTML report.

Each persona's PersonaScore stands beside its contradiction figures (findings per 100 turns) when the
report's data is given; every figure shows its `n`.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape as html_escape
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..score.rubrics import TASKS

__all__ = ["render_score", "score_html"]

_SHORT = {"expected_action": "EA", "action_justification": "AJ", "linguistic_habits": "LH",
          "persona_consistency": "PC", "toxicity_control": "TC"}


def _fig(entry: Mapping[str, Any] | None, key: str = "score") -> str:
    if not entry or entry.get(key) is None:
        return "—"
    return f"{entry[key]:.2f} ({entry.get('n', 0)})"


def _findings(figures: Any, model: str, persona: str) -> str:
    """'3 in 40 turns' from the report's figures (a run's are under "run"), or '—'."""
    if figures is None:
        return "—"
    per_model = figures.get(model) or (figures.get("run") if len(figures) == 1 else None) or {}
    f = per_model.get(persona)
    return "—" if f is None else f"{f.findings} in {f.turns}"


def _sessions(summary: Mapping[str, Any]) -> list[str]:
    found = {s for m in summary.get("models", {}).values() for s in m.get("sessions", {})}
    return sorted(found, key=int)


def render_score(console: Console, summary: Mapping[str, Any], *, figures: Any = None) -> None:
    """Print PersonaScore per model and persona (tasks, sessions), the judges' figures and agreement."""
    tasks = [t.key for t in TASKS if any(t.key in m.get("tasks", {}) for m in summary.get("models", {}).values())]
    sessions = _sessions(summary)
    by_task = Table(title="PersonaScore by task (1-5; n scored responses)", title_justify="left", show_edge=False,
                    pad_edge=False)
    curve = Table(title="PersonaScore by session", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("model", "persona", "PersonaScore", *(_SHORT[t] for t in tasks), "findings"):
        by_task.add_column(column, justify="left" if column in ("model", "persona") else "right")
    for column in ("model", "persona", *(f"session {int(s) + 1}" for s in sessions)):
        curve.add_column(column, justify="left" if column in ("model", "persona") else "right")
    for model, m in summary.get("models", {}).items():
        for persona, entry in [("all", m), *m.get("personas", {}).items()]:
            by_task.add_row(escape(model), escape(persona), _fig(entry, "persona_score"),
                            *(_fig(entry.get("tasks", {}).get(t)) for t in tasks),
                            "" if persona == "all" else _findings(figures, model, persona))
            curve.add_row(escape(model), escape(persona),
                          *(_fig(entry.get("sessions", {}).get(s), "persona_score") for s in sessions))
    console.print(by_task)
    console.print(curve)
    console.print("Tasks: " + ", ".join(f"{_SHORT[t.key]} {t.name}" for t in TASKS if t.key in tasks))
    for judge, stats in summary.get("verdicts", {}).items():
        console.print(f"judge {escape(judge)}: {stats['scored']}/{stats['asked']} scored, {stats['reasked']} re-asked, "
                      f"{stats['unreadable']} unreadable, {stats['model_errors']} model errors", highlight=False)
    for pair, a in summary.get("agreement", {}).get("judges", {}).items():
        console.print(f"judges {escape(pair)}: n={a['n']}, exact {a['exact']}, within 1: {a['within_1']}, "
                      f"Pearson {a['pearson']}", highlight=False)
    f = summary.get("agreement", {}).get("findings", {})
    if f:
        console.print(f"persona consistency ≤ {f['low_threshold']} vs findings: n={f['n']}, both {f['low_and_finding']}, "
                      f"low only {f['low_only']}, finding only {f['finding_only']}, agreement {f['agreement']}, "
                      f"kappa {f['kappa']}", highlight=False)


def score_html(summary: Mapping[str, Any] | None, *, figures: Any = None) -> str:
    """The report's PersonaScore section, or "" when the folder was not scored."""
    if not summary:
        return ""
    tasks = [t for t in TASKS if any(t.key in m.get("tasks", {}) for m in summary.get("models", {}).values())]
    sessions = _sessions(summary)
    head = "".join(f"<th>{html_escape(h)}</th>" for h in
                   ("model", "persona", "PersonaScore", *(t.name for t in tasks),
                    *(f"session {int(s) + 1}" for s in sessions), "findings"))
    rows = []
    for model, m in summary.get("models", {}).items():
        for persona, entry in [("all", m), *m.get("personas", {}).items()]:
            cells = [_fig(entry, "persona_score"), *(_fig(entry.get("tasks", {}).get(t.key)) for t in tasks),
                     *(_fig(entry.get("sessions", {}).get(s), "persona_score") for s in sessions),
                     "" if persona == "all" else _findings(figures, model, persona)]
            rows.append(f"<tr><td>{html_escape(model)}</td><td>{html_escape(persona)}</td>"
                        + "".join(f'<td class="n">{html_escape(c)}</td>' for c in cells) + "</tr>")
    judges = "".join(f"<li>{html_escape(j)}: {s['scored']}/{s['asked']} scored, {s['reasked']} re-asked, "
                     f"{s['unreadable']} unreadable, {s['model_errors']} model errors</li>"
                     for j, s in summary.get("verdicts", {}).items())
    agree = "".join(f"<li>{html_escape(p)}: n={a['n']}, exact {a['exact']}, within 1: {a['within_1']}, "
                    f"Pearson {a['pearson']}</li>" for p, a in summary.get("agreement", {}).get("judges", {}).items())
    f = summary.get("agreement", {}).get("findings") or {}
    against = (f"<li>persona consistency ≤ {f['low_threshold']} against findings: n={f['n']}, both "
               f"{f['low_and_finding']}, low only {f['low_only']}, finding only {f['finding_only']}, agreement "
               f"{f['agreement']}, kappa {f['kappa']}</li>") if f else ""
    return (f'<section id="personascore"><h2>PersonaScore</h2><p class="muted">PersonaGym\'s rubric scores '
            f"(1-5), the mean of the judges, averaged per task; PersonaScore is the mean over tasks. Each figure "
            f"says how many responses it rests on; findings are the checkers' contradictions in that persona's "
            f"turns.</p>{_curve(summary, sessions)}<table><tr>{head}</tr>{''.join(rows)}</table>"
            f"<ul>{judges}{agree}{against}</ul></section>")


def _curve(summary: Mapping[str, Any], sessions: list[str]) -> str:
    """PersonaScore by session, one line per model."""
    from .svg import line_chart

    if not sessions:
        return ""
    series = []
    for model, m in summary.get("models", {}).items():
        points = []
        for i, s in enumerate(sessions):
            cell = m.get("sessions", {}).get(s) or {}
            value = cell.get("persona_score")
            points.append((i, value, f"{value:.2f} ({cell.get('n', 0)})" if value is not None else ""))
        series.append((model, points))
    chart = line_chart(series, x_labels=[f"session {int(s) + 1}" for s in sessions],
                       label="PersonaScore by session", y_title="PersonaScore (1-5)")
    return (f'<div class="charts"><figure>{chart}<figcaption>PersonaScore by session, per model '
            "(points: score (responses)).</figcaption></figure></div>")
