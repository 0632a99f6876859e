"""Consistency metrics per persona: prompt-to-line, line-to-line, cross-session, retest, the drift curve."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .findings import Finding

__all__ = ["TurnFacts", "consistency_metrics"]


@dataclass(frozen=True, slots=True)
class TurnFacts:
    """What the metrics need to know about a turn."""

    conversation: str
    index: int
    speaker: str
    session: int
    kind: str = "turn"
    probe: str | None = None


def _rate(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def consistency_metrics(turns: Iterable[TurnFacts], findings: Iterable[Finding]) -> dict[str, Any]:
    """Per persona and overall:

    - prompt_to_line: share of the persona's turns that contradict no persona fact;
    - line_to_line_rate: share of turns that contradict an earlier turn of the same session;
    - cross_session_rate: share of turns (in sessions after the first) that contradict an earlier session;
    - retest_stability: share of repeated probe answers that agree with the earlier answers;
    - per_100_turns_by_session: findings per 100 turns in each session (the drift curve).
    """
    flagged: dict[str, set[tuple[str, int]]] = defaultdict(set)
    spoken = [t for t in turns if t.kind != "probe_question"]
    for f in findings:
        flagged[f.kind].add((f.conversation, f.turn))
    personas: dict[str, list[TurnFacts]] = defaultdict(list)
    for t in spoken:
        personas[t.speaker].append(t)
    result: dict[str, Any] = {}
    for name, own in sorted(personas.items()):
        result[name] = _persona(own, flagged)
    result["*"] = _persona(spoken, flagged)
    return result


def _persona(own: list[TurnFacts], flagged: dict[str, set[tuple[str, int]]]) -> dict[str, Any]:
    keys = [(t.conversation, t.index) for t in own]
    later = [(t.conversation, t.index) for t in own if t.session > 0]
    seen_probe: set[tuple[str, str]] = set()
    repeats: list[tuple[str, int]] = []
    for t in own:
        if t.kind == "probe_answer" and t.probe is not None:
            marker = (t.conversation, t.probe)
            if marker in seen_probe:
                repeats.append((t.conversation, t.index))
            seen_probe.add(marker)
    any_flag = set().union(*flagged.values()) if flagged else set()
    sessions: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for t in own:
        sessions[t.session].append((t.conversation, t.index))
    curve = {str(s): round(100 * sum(1 for k in ks if k in any_flag) / len(ks), 2) for s, ks in sorted(sessions.items())}
    persona_bad = sum(1 for k in keys if k in flagged.get("persona", ()))
    return {
        "turns": len(own),
        "prompt_to_line": _rate(len(keys) - persona_bad, len(keys)),
        "line_to_line_rate": _rate(sum(1 for k in keys if k in flagged.get("cross_turn", ())), len(keys)),
        "cross_session_rate": _rate(sum(1 for k in later if k in flagged.get("cross_session", ())), len(later)),
        "retest_stability": _rate(sum(1 for k in repeats if k not in flagged.get("retest", ())), len(repeats)),
        "per_100_turns_by_session": curve,
    }
