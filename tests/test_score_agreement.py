"""Agreement between judges, and between low persona-consistency scores and findings."""

from __future__ import annotations

from simulate.score.agreement import findings_agreement, judge_agreement


def test_judge_agreement_figures() -> None:
    a = judge_agreement([(5, 5), (4, 5), (2, 4), (1, 1)])
    assert a["n"] == 4 and a["exact"] == 0.5 and a["within_1"] == 0.75 and a["mean_abs_diff"] == 0.75
    assert 0 < a["pearson"] < 1


def test_a_constant_judge_has_no_correlation_and_nothing_compared_is_unknown() -> None:
    assert judge_agreement([(3, 3), (4, 3)])["pearson"] is None
    empty = judge_agreement([])
    assert empty["n"] == 0 and empty["exact"] is None and empty["pearson"] is None


def test_low_scores_against_findings() -> None:
    turns = [(1.0, True), (2.0, True), (2.0, False), (5.0, False), (4.5, False), (4.0, True)]
    f = findings_agreement(turns)
    assert (f["low_and_finding"], f["low_only"], f["finding_only"], f["neither"]) == (2, 1, 1, 2)
    assert f["agreement"] == round(4 / 6, 4) and f["precision"] == round(2 / 3, 4) and f["recall"] == round(2 / 3, 4)
    # Cohen's kappa: observed 4/6, expected 0.5*0.5 + 0.5*0.5 = 0.5
    assert f["kappa"] == round((4 / 6 - 0.5) / 0.5, 4)


def test_perfect_and_empty_findings_agreement() -> None:
    assert findings_agreement([(1.0, True), (5.0, False)])["kappa"] == 1.0
    empty = findings_agreement([])
    assert empty["n"] == 0 and empty["agreement"] is None and empty["kappa"] is None
