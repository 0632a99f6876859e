"""The short report printed at the end of a run: per persona, findings quoted with their evidence, the
drift table by session, and where the HTML report is. Renders into any rich Console."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .data import FindingView, PersonaFigures, ReportData, session_label

__all__ = ["render_terminal_report"]

QUOTE_CHARS = 140


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return escape(f"“{text}”" if len(text) <= limit else f"“{text[:limit - 1]}…”")


def _kinds(figures: PersonaFigures) -> str:
    return ", ".join(f"{kind} {n}" for kind, n in sorted(figures.by_kind.items())) or "—"


def _personas(console: Console, data: ReportData) -> None:
    batch = data.kind == "batch"
    table = Table(title="Personas", title_justify="left", show_edge=False, pad_edge=False)
    if batch:
        table.add_column("model")
    table.add_column("persona")
    table.add_column("turns", justify="right")
    table.add_column("checkable", justify="right")
    table.add_column("findings by kind")
    for model in data.models:
        for figures in data.figures[model].values():
            checkable = "—" if figures.checkable is None else str(figures.checkable)
            if figures.coverage is not None:
                checkable += f" ({figures.coverage:.0%})"
            row = [escape(figures.name), str(figures.turns), checkable, escape(_kinds(figures))]
            table.add_row(*([escape(model)] if batch else []), *row)
    console.print(table)


def _finding(console: Console, finding: FindingView) -> None:
    where = f"{session_label(finding.session)}, turn #{finding.turn}"
    console.print(f"[bold red]✗ {escape(finding.kind)}[/] [bold]{escape(finding.speaker)}[/] ({where}): "
                  f"{_quote(finding.text)}", highlight=False)
    for evidence in finding.evidence[:2]:
        if evidence.kind == "fact":
            console.print(f"    against fact {evidence.index}: {_quote(evidence.text)}", highlight=False)
        else:
            when = session_label(evidence.session) if evidence.session is not None else "?"
            console.print(f"    against {when}, turn #{evidence.index}: {_quote(evidence.text)}", highlight=False)


def _findings(console: Console, data: ReportData, first: int) -> None:
    checkable = [f.checkable for model in data.figures.values() for f in model.values() if f.checkable is not None]
    if checkable and not any(checkable):
        console.print("[yellow]Not enough checkable statements:[/] no turn made a claim the checkers could read, so "
                      "there is no consistency figure; no finding here means nothing was checked.")
        if not data.findings:
            return
    if not data.findings:
        console.print("No findings: nothing said contradicted a persona card, an earlier turn or an earlier "
                      "answer. Check the 'checkable' column: a turn with no claim the checkers read proves nothing.")
        return
    kinds: dict[str, list[FindingView]] = {}
    for finding in data.findings:
        kinds.setdefault(finding.kind, []).append(finding)
    counts = ", ".join(f"{kind} {len(items)}" for kind, items in sorted(kinds.items()))
    console.print(f"[bold]{len(data.findings)} finding(s)[/]: {escape(counts)}. The first {min(first, len(data.findings))}:")
    shown = 0
    for items in kinds.values():  # one of each kind first, then the rest in order
        if shown < first:
            _finding(console, items[0])
            shown += 1
    rest = [f for items in kinds.values() for f in items[1:]]
    for finding in rest[:max(0, first - shown)]:
        _finding(console, finding)


def _drift(console: Console, data: ReportData) -> None:
    sessions = sorted({s for model in data.figures.values() for f in model.values() for s in f.drift})
    if not sessions:
        return
    per_checkable = all(f.per_checkable for model in data.figures.values() for f in model.values())
    unit = "checkable turns" if per_checkable else "turns"
    table = Table(title=f"Drift: findings per 100 {unit}, by session (findings/{unit.split()[0]})",
                  title_justify="left", show_edge=False, pad_edge=False)
    batch = data.kind == "batch"
    if batch:
        table.add_column("model")
    table.add_column("persona")
    for s in sessions:
        table.add_column(session_label(s), justify="right")
    for model in data.models:
        for figures in data.figures[model].values():
            cells = []
            for s in sessions:
                cell = figures.drift.get(s)
                if cell is None:
                    cells.append("")
                    continue
                base = cell.checkable if figures.per_checkable else cell.turns
                rate = "—" if cell.rate is None else f"{cell.rate:g}"
                cells.append(f"{rate} ({cell.findings}/{base if base is not None else '?'})")
            table.add_row(*([escape(model)] if batch else []), escape(figures.name), *cells)
    console.print(table)


def render_terminal_report(console: Console, data: ReportData, *, html: Path | None = None, first: int = 4) -> None:
    """Print the end-of-run report: personas, the first `first` findings with evidence, the drift table,
    and where the HTML report is (`html`)."""
    conversations = len(data.records)
    console.rule(f"[bold]{escape(data.title)}[/] · {conversations} conversation(s), {data.turns} turns, "
                 f"{len(data.findings)} finding(s)")
    _personas(console, data)
    console.print()
    _findings(console, data, first)
    console.print()
    _drift(console, data)
    from ..score.results import read_score

    score = read_score(data.folder)
    if score is not None:
        from .score import render_score

        console.print()
        render_score(console, score, figures=data.figures)
    if html is not None:
        console.print(f"\nHTML report: [bold]{escape(str(html))}[/] (open it in a browser; it works offline)",
                      highlight=False)
