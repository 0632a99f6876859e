"""Render findings for people: a rich report per conversation and a summary by kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .findings import KINDS, Finding

__all__ = ["render_report"]

_KIND_STYLE = {"persona": "magenta", "cross_turn": "yellow", "cross_session": "red", "retest": "cyan",
               "third_person": "blue", "impersonation": "blue", "wrong_name": "blue", "repetition": "blue"}


def render_report(console: Console, findings: Sequence[Finding], *, conversations: int, turns: int,
                  coverage: str | None = None, checkable: int | None = None) -> None:
    """Findings grouped by conversation, then totals per kind and what the verdict rests on."""
    by_conversation: dict[str, list[Finding]] = {}
    for finding in findings:
        by_conversation.setdefault(finding.conversation, []).append(finding)
    for conversation, items in by_conversation.items():
        table = Table(title=f"{escape(conversation)}: {len(items)} finding(s)", title_justify="left",
                      show_lines=False, expand=True)
        table.add_column("turn", justify="right", no_wrap=True)
        table.add_column("speaker", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("slot", no_wrap=True)
        table.add_column("what", ratio=1)
        table.add_column("against", no_wrap=True)
        table.add_column("conf", justify="right", no_wrap=True)
        for f in items:
            against = ", ".join(f"fact {a['fact']}" if "fact" in a else f"turn {a['turn']}" for a in f.against)
            style = _KIND_STYLE.get(f.kind, "white")
            table.add_row(str(f.turn), escape(f.speaker), f"[{style}]{f.kind}[/]", f.slot or "",
                          escape(f.message), against, f"{f.confidence:.2f}")
        console.print(table)
    counts = Counter(f.kind for f in findings)
    parts = ", ".join(f"{counts.get(kind, 0)} {kind}" for kind in KINDS if counts.get(kind) or kind in KINDS[:4])
    console.print(f"[bold]{len(findings)} finding(s)[/] in {conversations} conversation(s), {turns} turns: {parts}")
    if coverage is not None:
        console.print(escape(coverage))
    if checkable == 0:
        console.print("[yellow]Not enough checkable statements[/]: no turn made a claim the checkers could read, "
                      "so no finding means nothing was checked, not that nothing was wrong.")
