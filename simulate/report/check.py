"""The `simulate check` report: findings by conversation, one block each, readable at 80 columns.

Each finding prints its turn, speaker, kind and slot on one line, then what was said against what
(the checker's message) and the evidence it points to, wrapped rather than squeezed into a column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape

from ..checkers.findings import ADHERENCE_KINDS

__all__ = ["render_check_report"]

_KIND_STYLE = {"persona": "red", "cross_turn": "yellow", "cross_session": "magenta", "retest": "cyan"}


def _evidence(against: Sequence[dict[str, int]]) -> str:
    return ", ".join(f"fact {a['fact']}" if "fact" in a else f"turn {a['turn']}" for a in against if a)


def render_check_report(console: Console, findings: Sequence[Any], *, conversations: int, turns: int,
                        coverage: str | None = None, checkable: int | None = None) -> None:
    """Findings grouped by conversation, then totals per kind (kinds this version does not know included),
    then what the verdict rests on (`coverage`, a sentence; `checkable`, the checkable turns)."""
    by_conversation: dict[str, list[Any]] = {}
    for finding in findings:
        by_conversation.setdefault(finding.conversation, []).append(finding)
    for conversation, items in by_conversation.items():
        console.rule(f"[bold]{escape(conversation)}[/]: {len(items)} finding(s)", align="left")
        for f in items:
            style = _KIND_STYLE.get(f.kind, "bright_red")
            slot = f" · {escape(f.slot)}" if f.slot else ""
            console.print(f"[bold]turn {f.turn}[/] {escape(f.speaker)} · [{style}]{escape(f.kind)}[/]{slot} "
                          f"[dim]({f.confidence:.2f})[/]", highlight=False)
            console.print(f"  {escape(f.message)}", highlight=False)
            console.print(f"  [dim]evidence:[/] {_evidence(f.against)}", highlight=False)
    counts = Counter(f.kind for f in findings)
    adherence = sum(n for kind, n in counts.items() if kind in ADHERENCE_KINDS)
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "none"
    console.print(f"[bold]{len(findings)} finding(s)[/] in {conversations} conversation(s), {turns} turns: {parts}")
    if adherence:
        console.print(f"{len(findings) - adherence} contradiction(s); {adherence} adherence finding(s) (a persona "
                      "not speaking as itself: repetition, third person, wrong name, impersonation), which "
                      "contradict nothing", highlight=False)
    if coverage is not None:
        console.print(escape(coverage), highlight=False)
    if checkable == 0:
        console.print("[yellow]Not enough checkable statements:[/] no turn made a claim the checkers could read, "
                      "so no finding means nothing was checked, not that nothing was wrong.")
