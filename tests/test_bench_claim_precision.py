"""bench/claim_precision.py: claims shown as one line, a seeded draw, the labels file read, figures counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.claim_precision import (
    COLUMNS,
    Judgement,
    LabelsError,
    Turn,
    claims_now,
    draw,
    read_labels,
    report,
    show,
)
from simulate.checkers.open_claims import OpenClaim


def test_a_claim_shows_its_polarity_predicate_object_time_and_flags() -> None:
    claim = OpenClaim("lik", "swim", polarity="deny", time="ever", never=True, activity=True)
    assert show(claim) == "- lik | swim | ever [never activity]"
    assert show(OpenClaim("have", "dog", quantity=2, subject="we")) == "+ have | dog | present [n=2 we]"


def test_the_draw_keeps_turns_with_a_claim_and_is_seeded() -> None:
    turns = [Turn(f"c#{i}", text) for i, text in enumerate(["I have a dog.", "Hello there!", "I love jazz.",
                                                             "Nice.", "I'm a nurse."])]
    drawn = draw(turns, 2, seed=1)
    assert len(drawn) == 2 and all(t.text not in ("Hello there!", "Nice.") for t in drawn)
    assert drawn == draw(turns, 2, seed=1)
    assert [t.id for t in draw(turns, 10, seed=1)] == ["c#0", "c#2", "c#4"]  # in file order


def test_the_labels_file_is_read_and_a_bad_row_is_named(tmp_path: Path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text("\t".join(COLUMNS) + "\nc#0\tI have a dog.\t+ have | dog | present\tcorrect\t\n", "utf-8")
    assert read_labels(path) == [Judgement("c#0", "I have a dog.", "+ have | dog | present", "correct", "")]
    path.write_text("\t".join(COLUMNS) + "\nc#0\tI have a dog.\t+ have | dog | present\tmaybe\t\n", "utf-8")
    with pytest.raises(LabelsError, match=r"labels.tsv:2: "):
        read_labels(path)


def test_the_report_counts_judged_gone_and_unjudged_claims(capsys: pytest.CaptureFixture[str]) -> None:
    turn = Turn("c#0", "I have a dog and I love jazz.")
    produced = claims_now(turn)
    assert [c for _s, c in produced] == ["+ have | dog | present", "+ lov | jazz | present"]
    judgements = [Judgement("c#0", produced[0][0], "+ have | dog | present", "correct", ""),
                  Judgement("c#0", produced[0][0], "+ lik | music | present", "wrong", "made up")]
    report(judgements, [turn], listing=False)
    out = capsys.readouterr().out
    assert "claims judged (still produced): 1   correct share: 1.000 (1/1)" in out
    assert "gone: 1 wrong claims no longer produced, 0 correct claims lost" in out
    assert "unjudged (produced now, not in the file): 1" in out and "+ lov | jazz | present" in out
