"""Consistency metrics per persona, each with its denominator: prompt-to-line, line-to-line,
cross-session, retest, adherence, coverage and the drift curve."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .findings import ADHERENCE_KINDS, Finding

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


def consistency_metrics(turns: Iterable[TurnFacts], findings: Iterable[Finding], *,
                        checkable: Collection[tuple[str, int]] | None = None,
                        claims: Mapping[str, Mapping[str, int]] | None = None) -> dict[str, Any]:
    """Per persona and overall ("*").

    A fact-based rate is computed over the persona's *checkable* turns (turns from which at least one
    claim was read; `checkable` holds their (conversation, index)), and is None when there were none:
    a persona that said nothing checkable has no consistency figure, not a perfect one. Without
    `checkable` every turn counts as checkable (for callers that do not track it).

    - checkable_turns, coverage: how many of the persona's turns could be checked, and their share;
    - claims, claims_compared: claims read, and claims that met an earlier claim or fact on the same
      subject (from `claims`, per speaker, when given);
    - prompt_to_line: share of checkable turns that contradict no persona fact;
    - line_to_line_rate: share of checkable turns that contradict an earlier turn of the same session;
    - cross_session_rate: share of checkable turns in later sessions that contradict an earlier session;
    - retest_stability: share of repeated, checkable probe answers that agree with the earlier answers;
    - adherence_rate: share of all turns with an adherence finding (third person, impersonation,
      wrong name, repetition), which need no claim;
    - per_100_turns_by_session: findings per 100 turns in each session; per_100_checkable_by_session:
      contradictions, checkable turns and contradictions per 100 checkable turns in each session (the
      drift curve).
    """
    flagged: dict[str, set[tuple[str, int]]] = defaultdict(set)
    spoken = [t for t in turns if t.kind != "probe_question"]
    for f in findings:
        flagged[f.kind].add((f.conversation, f.turn))
    personas: dict[str, list[TurnFacts]] = defaultdict(list)
    for t in spoken:
        personas[t.speaker].append(t)
    result: dict[str, Any] = {}
    total_claims: dict[str, int] = defaultdict(int)
    for name, own in sorted(personas.items()):
        counts = (claims or {}).get(name)
        result[name] = _persona(own, flagged, checkable, counts)
        for key, value in (counts or {}).items():
            total_claims[key] += value
    result["*"] = _persona(spoken, flagged, checkable, total_claims if claims is not None else None)
    return result


def _persona(own: list[TurnFacts], flagged: dict[str, set[tuple[str, int]]],
             checkable: Collection[tuple[str, int]] | None, counts: Mapping[str, int] | None) -> dict[str, Any]:
    keys = [(t.conversation, t.index) for t in own]
    able = keys if checkable is None else [k for k in keys if k in checkable]
    able_set = set(able)
    later = [(t.conversation, t.index) for t in own if t.session > 0 and (t.conversation, t.index) in able_set]
    seen_probe: set[tuple[str, str]] = set()
    repeats: list[tuple[str, int]] = []
    for t in own:
        if t.kind == "probe_answer" and t.probe is not None:
            marker = (t.conversation, t.probe)
            if marker in seen_probe and (t.conversation, t.index) in able_set:
                repeats.append((t.conversation, t.index))
            seen_probe.add(marker)
    contradiction_kinds = [k for k in flagged if k not in ADHERENCE_KINDS]
    contradicted = set().union(*(flagged[k] for k in contradiction_kinds)) if contradiction_kinds else set()
    adherence = set().union(*(flagged[k] for k in ADHERENCE_KINDS if k in flagged))
    any_flag = contradicted | adherence
    sessions: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for t in own:
        sessions[t.session].append((t.conversation, t.index))
    curve = {str(s): round(100 * sum(1 for k in ks if k in any_flag) / len(ks), 2) for s, ks in sorted(sessions.items())}
    drift = {}
    for s, ks in sorted(sessions.items()):
        checked = [k for k in ks if k in able_set]
        found = sum(1 for k in checked if k in contradicted)
        drift[str(s)] = {"findings": found, "checkable": len(checked),
                         "rate": round(100 * found / len(checked), 2) if checked else None}
    persona_bad = sum(1 for k in able if k in flagged.get("persona", ()))
    out: dict[str, Any] = {
        "turns": len(own),
        "checkable_turns": len(able),
        "coverage": _rate(len(able), len(own)),
    }
    if counts is not None:
        out["claims"] = counts.get("claims", 0)
        out["claims_compared"] = counts.get("compared", 0)
    out.update({
        "prompt_to_line": _rate(len(able) - persona_bad, len(able)),
        "line_to_line_rate": _rate(sum(1 for k in able if k in flagged.get("cross_turn", ())), len(able)),
        "cross_session_rate": _rate(sum(1 for k in later if k in flagged.get("cross_session", ())), len(later)),
        "retest_stability": _rate(sum(1 for k in repeats if k not in flagged.get("retest", ())), len(repeats)),
        "adherence_rate": _rate(sum(1 for k in keys if k in adherence), len(keys)),
        "per_100_turns_by_session": curve,
        "per_100_checkable_by_session": drift,
    })
    return out
