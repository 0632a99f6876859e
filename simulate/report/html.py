"""`simulate report`: one self-contained HTML file (no script or style from anywhere else, charts as
inline SVG) for a run or a batch folder.

It shows, per persona, the drift curve (findings per 100 checkable turns by session, with counts) and
coverage; for batches, models side by side on the same personas; the conversation graph; the memory
timeline (what each persona learned, from whom, when); the findings with their evidence; and the
transcript by session, each finding marked on its line and linked to its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

from .data import FindingView, PersonaFigures, ReportData, session_label, turn_anchor
from .svg import graph_chart, line_chart, timeline_chart

__all__ = ["render_html", "write_html_report"]

MAX_TRANSCRIPTS = 20  # conversations shown in full; a batch may hold thousands

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#cfd8dc}main{padding:8px 28px 40px;max-width:1180px}
section{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:12px 18px;margin:16px 0}
h2{font-size:18px;margin:4px 0 10px}h3{font-size:15px;margin:14px 0 6px}
.charts{display:flex;flex-wrap:wrap;gap:18px}.charts figure{margin:0}figcaption{font-size:13px;color:#555}
.chart .axis{stroke:#999}.chart .grid{stroke:#eee}.chart .tick{font-size:11px;fill:#555}
.chart .caption{font-size:11px}.chart .name{font-size:12px;fill:#222}
table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #eee;padding:3px 10px;text-align:left}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
.line{padding:2px 6px;border-left:3px solid transparent;margin:1px 0}
.line .who{font-weight:600}.line .no{color:#999;font-size:12px;margin-right:6px}
.line.probe{background:#f3f7ff}.line.flagged{border-left-color:#d62728;background:#fff4f4}
.line:target,.finding:target{outline:2px solid #ff9800}
.mark{color:#d62728;font-size:13px;margin-left:18px;display:block}
.mark a,.finding a{color:#b71c1c}.session-head{margin:14px 0 4px;font-weight:600;color:#37474f}
.finding{padding:6px 8px;border-bottom:1px solid #eee}.kind{font-weight:600;color:#d62728}
.evidence{margin-left:18px;color:#444;font-size:14px}.muted{color:#777}
.legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
"""


def _persona_charts(data: ReportData, sessions: list[int]) -> str:
    names = sorted({n for model in data.figures.values() for n in model})
    labels = [session_label(s) for s in sessions]
    blocks = []
    for name in names:
        series = []
        notes = []
        for model in data.models:
            figures: PersonaFigures | None = data.figures[model].get(name)
            if figures is None:
                continue
            points = []
            for i, s in enumerate(sessions):
                cell = figures.drift.get(s)
                if cell is None:
                    continue
                base = cell.checkable if figures.per_checkable else cell.turns
                points.append((i, cell.rate, f"{cell.findings}/{base if base is not None else '?'}"))
            series.append((model if data.kind == "batch" else name, points))
            unit = "checkable turns" if figures.per_checkable else "turns"
            coverage = (f"coverage {figures.coverage:.0%} ({figures.checkable} of {figures.turns} turns checkable)"
                        if figures.coverage is not None else
                        f"{figures.checkable} checkable of {figures.turns} turns" if figures.checkable is not None
                        else f"{figures.turns} turns (checkable turns not recorded)")
            prefix = f"{escape(model)}: " if data.kind == "batch" else ""
            notes.append(f"{prefix}{figures.findings} finding(s); {escape(coverage)}")
        unit = "per 100 checkable turns" if all(
            data.figures[m][name].per_checkable for m in data.models if name in data.figures[m]) else "per 100 turns"
        chart = line_chart(series, x_labels=labels, label=f"Drift of {name}: findings {unit} by session",
                           y_title=f"findings {unit}")
        blocks.append(f'<figure class="drift" data-persona="{escape(name)}">{chart}<figcaption><b>{escape(name)}</b>'
                      f" (points: findings/{'checkable ' if 'checkable' in unit else ''}turns)<br>"
                      + "<br>".join(notes) + "</figcaption></figure>")
    return "".join(blocks)


def _side_by_side(data: ReportData) -> str:
    if data.kind != "batch" or len(data.models) < 2:
        return ""
    names = sorted({n for model in data.figures.values() for n in model})
    head = "".join(f"<th>{escape(m)}</th>" for m in data.models)
    rows = []
    for name in names:
        cells = []
        for m in data.models:
            f = data.figures[m].get(name)
            if f is None:
                cells.append("<td></td>")
            else:
                rate = 100 * f.findings / f.turns if f.turns else 0
                cells.append(f'<td class="n">{f.findings} in {f.turns} turns ({rate:.1f} per 100)</td>')
        rows.append(f"<tr><td>{escape(name)}</td>{''.join(cells)}</tr>")
    return (f'<section id="models"><h2>Models side by side</h2><p class="muted">The same personas and seeds on '
            f"each model.</p><table><tr><th>persona</th>{head}</tr>{''.join(rows)}</table></section>")


def _finding_html(f: FindingView, number: int) -> str:
    evidence = []
    for e in f.evidence:
        if e.kind == "turn":
            where = f"{session_label(e.session)}, turn #{e.index}" if e.session is not None else f"turn #{e.index}"
            speaker = f"{escape(e.speaker)}: " if e.speaker else ""
            evidence.append(f'<div class="evidence">against <a href="#{turn_anchor(f.item, e.index)}">{where}</a>: '
                            f"{speaker}“{escape(e.text)}”</div>")
        else:
            evidence.append(f'<div class="evidence">against persona fact {e.index}: “{escape(e.text)}”</div>')
    message = escape(str(f.record.get("message", "")))
    return (f'<div class="finding" id="f-{number}"><span class="kind">{escape(f.kind)}</span> '
            f"<b>{escape(f.speaker)}</b>, {session_label(f.session)}, "
            f'<a class="to-line" href="#{f.anchor}">turn #{f.turn}</a>: “{escape(f.text)}”'
            f'<div class="evidence muted">{message}</div>{"".join(evidence)}</div>')


def _transcripts(data: ReportData, numbers: dict[int, int]) -> str:
    by_turn: dict[tuple[str, int], list[tuple[int, FindingView]]] = defaultdict(list)
    for i, f in enumerate(data.findings):
        by_turn[(f.item, f.turn)].append((numbers[i], f))
    colours: dict[str, str] = {}
    out = []
    for record in data.records[:MAX_TRANSCRIPTS]:
        item = str(record.get("item", record.get("conversation", "")))
        out.append(f"<h3>{escape(item)} <span class='muted'>({escape(str(record.get('model', '')))}, "
                   f"{escape(str(record.get('status', '')))})</span></h3>")
        session = None
        for t in record.get("turns", []):
            if t.get("session") != session:
                session = t.get("session", 0)
                out.append(f'<div class="session-head">{session_label(int(session or 0))} · '
                           f"{escape(str(t.get('time', ''))[:16].replace('T', ' '))}</div>")
            index = int(t.get("index", 0))
            marks = by_turn.get((item, index), [])
            speaker = str(t.get("speaker", ""))
            colour = colours.setdefault(speaker, ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"][len(colours) % 4])
            css = "line" + (" flagged" if marks else "") + (" probe" if t.get("kind") != "turn" else "")
            to = f" → {escape(str(t['addressee']))}" if t.get("addressee") else ""
            mark_html = "".join(f'<span class="mark">✗ <a href="#f-{n}">{escape(f.kind)}</a>: '
                                f"{escape(str(f.record.get('message', '')))}</span>" for n, f in marks)
            out.append(f'<div class="{css}" id="{turn_anchor(item, index)}"><span class="no">#{index}</span>'
                       f'<span class="who" style="color:{colour}">{escape(speaker)}</span>{to}: '
                       f"{escape(str(t.get('text', '')))}{mark_html}</div>")
    if len(data.records) > MAX_TRANSCRIPTS:
        out.append(f"<p class='muted'>{len(data.records) - MAX_TRANSCRIPTS} more conversation(s) not shown.</p>")
    return "".join(out)


def _memory(data: ReportData, sessions: list[int]) -> str:
    if not data.memory:
        return "<p class='muted'>This run kept no long-term memory.</p>"
    rows = []
    listing = []
    for space in data.memory.get("namespaces", []):
        for agent in space.get("agents", []):
            marks: list[tuple[int, str, str]] = []
            items: list[tuple[int, int, str]] = []
            for fact in agent.get("said", []):
                since = fact.get("since", {})
                marks.append((since.get("session", 0), "said", f"said: {fact.get('text', '')}"))
            for subject, facts in agent.get("knows", {}).items():
                for fact in facts:
                    since = fact.get("since", {})
                    s = since.get("session", 0)
                    text = f"learned from {subject}: {fact.get('text', '')}"
                    marks.append((s, "knows", text))
                    items.append((s, since.get("index", 0), text))
            for fact in agent.get("superseded", []):
                until = fact.get("until") or fact.get("since", {})
                marks.append((until.get("session", 0), "superseded", f"no longer holds: {fact.get('text', '')}"))
            for episode in agent.get("episodes", []):
                s = episode.get("session", 0)
                marks.append((s, "episode", f"summary ({episode.get('source')}): {episode.get('text', '')}"))
            position = {s: i for i, s in enumerate(sessions)}
            rows.append((agent.get("agent", "?"), [(position.get(s, 0), k, c) for s, k, c in marks]))
            lines = "".join(f"<li>{session_label(s)}, turn #{i}: {escape(text)}</li>" for s, i, text in sorted(items))
            listing.append(f"<details><summary>{escape(agent.get('agent', '?'))}: learned "
                           f"{len(items)} thing(s) from others</summary><ul>{lines}</ul></details>")
    chart = timeline_chart(rows, sessions=[session_label(s) for s in sessions], label="Memory timeline")
    legend = ('<p class="legend"><span><i style="background:#1f77b4"></i>said about itself</span>'
              '<span><i style="background:#2ca02c"></i>learned from someone</span>'
              '<span><i style="background:#9467bd"></i>session summary</span>'
              '<span><i style="background:#d62728"></i>superseded</span> (hover a mark for its text)</p>')
    return chart + legend + "".join(listing)


def _personascore(data: ReportData) -> str:
    from ..score.results import read_score
    from .score import score_html

    return score_html(read_score(data.folder), figures=data.figures)


def render_html(data: ReportData) -> str:
    """The whole report as one HTML document."""
    sessions = sorted({int(t.get("session", 0)) for r in data.records for t in r.get("turns", [])}) or [0]
    numbers = {i: i + 1 for i in range(len(data.findings))}
    nodes = sorted({n for a, b, _ in data.edges for n in (a, b)} |
                   {n for model in data.figures.values() for n in model})
    kinds: dict[str, int] = defaultdict(int)
    for f in data.findings:
        kinds[f.kind] += 1
    kind_text = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"
    models = ", ".join(sorted({str(r.get("model", "")) for r in data.records})) or "—"
    status = escape(str(data.manifest.get("status", "")))
    findings_html = "".join(_finding_html(f, numbers[i]) for i, f in enumerate(data.findings)) or \
        "<p>No findings. A turn with no claim the checkers can read proves nothing: see coverage above.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(data.title)}: simulate report</title><style>{CSS}</style></head>
<body><header><h1>{escape(data.title)}</h1>
<p>{data.kind} · {escape(str(data.folder.name))} · {status} · {len(data.records)} conversation(s), {data.turns} turns ·
models: {escape(models)} · {len(data.findings)} finding(s): {escape(kind_text)}</p></header><main>
<section id="drift"><h2>Drift by session</h2><p class="muted">Contradictions per 100 checkable turns in each
session (a turn is checkable when the checkers read at least one claim in it); each point says
findings/turns. Session 1 is the first meeting.</p><div class="charts">{_persona_charts(data, sessions)}</div></section>
{_side_by_side(data)}
{_personascore(data)}
<section id="graph"><h2>Conversation graph</h2><div class="charts"><figure>{graph_chart(nodes, data.edges,
label="Who addressed whom")}<figcaption>Arrows: who addressed whom; the number is how many turns.</figcaption></figure>
</div></section>
<section id="memory"><h2>Memory timeline</h2>{_memory(data, sessions)}</section>
<section id="findings"><h2>Findings</h2>{findings_html}</section>
<section id="transcript"><h2>Transcript</h2>{_transcripts(data, numbers)}</section>
</main></body></html>
"""


def write_html_report(data: ReportData, out: Path) -> Path:
    """Write the report to `out` (atomically) and return the path."""
    from ..run_folder import atomic_write

    atomic_write(out, render_html(data).encode("utf-8"))
    return out
