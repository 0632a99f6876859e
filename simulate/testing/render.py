"""Plain-text rendering of an interview: the transcript by session, each finding under its turn with evidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..checkers.conversation import persona_facts
from ..checkers.findings import Finding
from ..durations import format_gap
from ..persona import PersonaCard
from ..turn import Turn
from .interview import Interview

__all__ = ["fact_sentences", "render_failure", "render_transcript"]


def fact_sentences(card: PersonaCard) -> dict[int, str]:
    """Fact number -> sentence, as findings number them (card facts, then timeline facts)."""
    facts = persona_facts(card)
    numbered = dict(enumerate(facts.facts))
    numbered.update({index: sentence for _, index, sentence in facts.numbered_timeline()})
    return numbered


def _day(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B %Y}"


def _evidence(item: dict[str, int], turns: dict[int, Turn], facts: dict[int, str]) -> str:
    if "fact" in item:
        return f"against fact {item['fact']}: {facts.get(item['fact'], '(unknown fact)')}"
    old = turns.get(item["turn"])
    if old is None:
        return f"against turn #{item['turn']}"
    return f"against #{old.index} (session {old.session + 1}) {old.speaker}: {old.text}"


def render_transcript(turns: Sequence[Turn], findings: Sequence[Finding], card: PersonaCard, *,
                      gap: str | None = None, indent: str = "  ") -> str:
    """The turns by session (numbered from 1 for people), with every finding under the turn it flags."""
    by_turn: dict[int, list[Finding]] = {}
    for finding in findings:
        by_turn.setdefault(finding.turn, []).append(finding)
    index = {t.index: t for t in turns}
    facts = fact_sentences(card)
    lines: list[str] = []
    session = -1
    for turn in turns:
        if turn.session != session:
            session = turn.session
            later = f" ({gap} later)" if gap and session > 0 else ""
            lines.append(f"{indent}session {session + 1} · {_day(turn.time)}{later}")
        number = f"#{turn.index}".ljust(5)
        lines.append(f"{indent * 2}{number}{turn.speaker}: {' '.join(turn.text.split())}")
        under = indent * 2 + " " * len(number)
        for finding in by_turn.get(turn.index, []):
            slot = f" · {finding.slot}" if finding.slot else ""
            lines.append(f"{under}✗ {finding.kind}{slot}: {finding.message}")
            lines.extend(f"{under}  {_evidence(item, index, facts)}" for item in finding.against)
    return "\n".join(lines)


def render_failure(interview: Interview, findings: Sequence[Finding]) -> str:
    """The message of a failed consistency test: who, how many findings of which kinds, the transcript."""
    kinds = sorted({f.kind for f in findings})
    count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({', '.join(kinds)})"
    head = (f"{interview.persona.name} contradicted their persona card or themself: {count} in the smallest "
            f"interview found ({interview.plan.describe()}).")
    body = render_transcript(interview.turns, findings, interview.persona, gap=format_gap(interview.plan.gap))
    return f"{head}\n\n{body}"
