"""Consistency metrics from turns and findings."""

from __future__ import annotations

from simulate.checkers.findings import Finding
from simulate.checkers.metrics import TurnFacts, consistency_metrics


def finding(turn: int, kind: str) -> Finding:
    """A finding by A in conversation c."""
    evidence = [{"fact": 0}] if kind == "persona" else [{"turn": 0}]
    return Finding(conversation="c", speaker="A", turn=turn, kind=kind, against=evidence, message="m",  # type: ignore[arg-type]
                   checker="rules", confidence=0.9)


def test_rates_and_drift_curve() -> None:
    """Each rate counts the persona's own turns; the curve is per 100 turns per session."""
    turns = [TurnFacts("c", i, "A", session=i // 4) for i in range(8)]
    turns += [TurnFacts("c", 8, "Q", 2, kind="probe_question", probe="p"),
              TurnFacts("c", 9, "A", 2, kind="probe_answer", probe="p"),
              TurnFacts("c", 10, "Q", 2, kind="probe_question", probe="p"),
              TurnFacts("c", 11, "A", 2, kind="probe_answer", probe="p")]
    findings = [finding(1, "persona"), finding(2, "cross_turn"), finding(5, "cross_session"), finding(11, "retest")]
    metrics = consistency_metrics(turns, findings)["A"]
    assert metrics["turns"] == 10
    assert metrics["prompt_to_line"] == 0.9
    assert metrics["line_to_line_rate"] == 0.1
    assert metrics["cross_session_rate"] == round(1 / 6, 4)
    assert metrics["retest_stability"] == 0.0
    assert metrics["per_100_turns_by_session"] == {"0": 50.0, "1": 25.0, "2": 50.0}


def test_no_repeated_probe_means_no_retest_figure() -> None:
    """A rate with nothing to measure is None, not a perfect score."""
    metrics = consistency_metrics([TurnFacts("c", 0, "A", 0)], [])["A"]
    assert metrics["retest_stability"] is None and metrics["cross_session_rate"] is None


def test_nothing_checkable_is_no_score_not_a_perfect_one() -> None:
    """A persona none of whose turns made a checkable claim gets null rates and zero coverage."""
    turns = [TurnFacts("c", i, "A", 0) for i in range(4)]
    metrics = consistency_metrics(turns, [], checkable=set(), claims={"A": {"claims": 0, "compared": 0}})["A"]
    assert metrics["checkable_turns"] == 0 and metrics["coverage"] == 0.0
    assert metrics["prompt_to_line"] is None and metrics["line_to_line_rate"] is None
    assert metrics["claims"] == 0 and metrics["per_100_checkable_by_session"]["0"]["rate"] is None


def test_rates_are_over_checkable_turns() -> None:
    """One persona finding among two checkable turns of four: prompt-to-line 0.5, coverage 0.5."""
    turns = [TurnFacts("c", i, "A", 0) for i in range(4)]
    metrics = consistency_metrics(turns, [finding(1, "persona")], checkable={("c", 1), ("c", 2)})["A"]
    assert metrics["checkable_turns"] == 2 and metrics["coverage"] == 0.5
    assert metrics["prompt_to_line"] == 0.5
    assert metrics["per_100_checkable_by_session"]["0"] == {"findings": 1, "checkable": 2, "rate": 50.0}


def test_adherence_findings_have_their_own_rate() -> None:
    """A repetition finding is not a contradiction: it counts in adherence_rate, over all turns."""
    turns = [TurnFacts("c", i, "A", 0) for i in range(4)]
    repeat = Finding(conversation="c", speaker="A", turn=3, kind="repetition", against=[{"turn": 1}], message="m",
                     checker="rules", confidence=0.9)
    metrics = consistency_metrics(turns, [repeat], checkable={("c", 3)})["A"]
    assert metrics["adherence_rate"] == 0.25 and metrics["prompt_to_line"] == 1.0
