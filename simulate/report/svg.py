"""Small inline-SVG charts for the HTML report: a line chart, a directed graph, a timeline. No library."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

__all__ = ["COLOURS", "graph_chart", "line_chart", "timeline_chart"]

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]


def _svg(width: int, height: int, body: str, label: str, css: str) -> str:
    return (f'<svg class="chart {css}" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(label)}</title>{body}</svg>")


def line_chart(series: Sequence[tuple[str, Sequence[tuple[int, float | None, str]]]], *, x_labels: Sequence[str],
               label: str, y_title: str, width: int = 420, height: int = 220) -> str:
    """One line per series of (x index, y or None, point caption); captions are printed at the points."""
    left, right, top, bottom, inset = 44, 16, 16, 40, 36
    values = [y for _, points in series for _, y, _ in points if y is not None]
    top_value = float(math.ceil(max([10.0, *values]) * 1.15 / 10) * 10)
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(x_labels) - 1)

    def x(i: int) -> float:
        inner = plot_w - 2 * inset
        return left + inset + (inner * i / n if len(x_labels) > 1 else inner / 2)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / top_value)

    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
            f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>']
    for tick in (0.0, top_value / 2, top_value):
        body.append(f'<text x="{left - 4}" y="{y(tick) + 4:.1f}" text-anchor="end" class="tick">{tick:.0f}</text>')
    for i, text in enumerate(x_labels):
        body.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{escape(text)}</text>')
    body.append(f'<text x="12" y="{top + plot_h / 2:.1f}" transform="rotate(-90 12 {top + plot_h / 2:.1f})" '
                f'text-anchor="middle" class="tick">{escape(y_title)}</text>')
    for k, (name, points) in enumerate(series):
        colour = COLOURS[k % len(COLOURS)]
        drawn = [(i, v, c) for i, v, c in points if v is not None]
        if len(drawn) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for j, (i, v, _) in enumerate(drawn))
            body.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2" class="series" '
                        f'data-series="{escape(name)}"/>')
        for i, v, caption in drawn:
            body.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{colour}" class="point">'
                        f"<title>{escape(name)}: {escape(caption)}</title></circle>")
            body.append(f'<text x="{x(i) + 6:.1f}" y="{y(v) - 6:.1f}" class="caption" fill="{colour}">'
                        f"{escape(caption)}</text>")
    if len(series) > 1:
        for k, (name, _) in enumerate(series):
            body.append(f'<rect x="{left + 8}" y="{top + 4 + 14 * k}" width="10" height="10" '
                        f'fill="{COLOURS[k % len(COLOURS)]}"/><text x="{left + 22}" y="{top + 13 + 14 * k}" '
                        f'class="tick" text-anchor="start">{escape(name)}</text>')
    return _svg(width, height, "".join(body), label, "line-chart")


def graph_chart(nodes: Sequence[str], edges: Sequence[tuple[str, str, int]], *, label: str,
                size: int = 320) -> str:
    """Personas on a circle; an arrow per speaker → addressee pair, as thick as its number of turns."""
    centre, radius = size / 2, size / 2 - 60
    place = {}
    for i, name in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        place[name] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle))
    heaviest = max([1, *(n for _, _, n in edges)])
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" '
            'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for a, b, n in edges:
        if a not in place or b not in place or a == b:
            continue
        (x1, y1), (x2, y2) = place[a], place[b]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        ox, oy = -dy / length * 9, dx / length * 9  # two directions of a pair side by side
        sx, sy = x1 + dx / length * 44 + ox, y1 + dy / length * 44 + oy
        ex, ey = x2 - dx / length * 34 + ox, y2 - dy / length * 34 + oy
        body.append(f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="#555" '
                    f'stroke-width="{1 + 4 * n / heaviest:.1f}" marker-end="url(#arrow)" class="edge">'
                    f"<title>{escape(a)} → {escape(b)}: {n} turn(s)</title></line>")
        body.append(f'<text x="{(sx + ex) / 2 + 2 * ox:.1f}" y="{(sy + ey) / 2 + 2 * oy + 4:.1f}" '
                    f'text-anchor="middle" class="tick">{n}</text>')
    for i, name in enumerate(nodes):
        cx, cy = place[name]
        body.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="22" fill="{COLOURS[i % len(COLOURS)]}" class="node"/>')
        body.append(f'<text x="{cx:.1f}" y="{cy + 38:.1f}" text-anchor="middle" class="name">{escape(name)}</text>')
    return _svg(size, size, "".join(body), label, "graph-chart")


def timeline_chart(rows: Sequence[tuple[str, Sequence[tuple[int, str, str]]]], *, sessions: Sequence[str],
                   label: str, width: int = 640) -> str:
    """One row per persona; a mark per memory at its session: (session index, kind, caption)."""
    left, top, row_h = 140, 28, 34
    height = top + row_h * max(1, len(rows)) + 10
    n = max(1, len(sessions))
    col = (width - left - 20) / n
    body = []
    for i, text in enumerate(sessions):
        body.append(f'<text x="{left + col * (i + 0.5):.1f}" y="16" text-anchor="middle" class="tick">{escape(text)}</text>')
        body.append(f'<line x1="{left + col * i:.1f}" y1="22" x2="{left + col * i:.1f}" y2="{height - 6}" class="grid"/>')
    kinds = {"said": "#1f77b4", "knows": "#2ca02c", "episode": "#9467bd", "superseded": "#d62728"}
    for r, (name, marks) in enumerate(rows):
        y = top + row_h * r + row_h / 2
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="name">{escape(name)}</text>')
        per_cell: dict[int, int] = {}
        for session, kind, caption in marks:
            k = per_cell.get(session, 0)
            per_cell[session] = k + 1
            cx = left + col * session + 8 + (k % max(1, int((col - 12) // 9))) * 9
            cy = y - 8 + 9 * ((k * 9) // max(1, int(col - 12)) % 3)
            body.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{kinds.get(kind, "#777")}" '
                        f'class="memory {escape(kind)}"><title>{escape(caption)}</title></circle>')
    return _svg(width, height, "".join(body), label, "timeline-chart")
