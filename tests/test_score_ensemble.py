"""Judges: `--judge` strings, the scripted judge's known answers, averaging and counting."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import InputError
from simulate.gateway import Gateway
from simulate.models.scripted_judge import known_score
from simulate.score.ensemble import Judges, parse_judge
from simulate.score.scored_items import ScoreItem


def test_judge_strings() -> None:
    plain = parse_judge("openai/gpt-4o")
    assert (plain.model, plain.label, plain.options, plain.json) == ("openai/gpt-4o", "openai/gpt-4o", {}, False)
    harsh = parse_judge("scripted?judge_bias=-1&judge_unreadable=0.5")
    assert harsh.model == "scripted" and harsh.options == {"judge_bias": -1, "judge_unreadable": 0.5}
    assert parse_judge("local/smollm2").json is True and parse_judge("local/smollm2?json=false").json is False
    assert parse_judge("scripted", taken=["scripted"]).label == "scripted#2"


@pytest.mark.parametrize("text, problem", [("", "give a model"), ("nope", "unknown model"),
                                           ("scripted?bias", "not KEY=VALUE"), ("scripted?=1", "no name"),
                                           ("openai/gpt-4o?api_key=sk-123", "environment variables")])
def test_bad_judge_strings(text: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        parse_judge(text)


def test_no_judge_is_an_input_error() -> None:
    with pytest.raises(InputError, match="at least one --judge"):
        Judges([], Gateway())


def item(task: str, contradicts: bool | None, turn: int = 1) -> ScoreItem:
    metadata = {} if contradicts is None else {"scripted": {"contradicts": [{"fact": 0}] if contradicts else []}}
    return ScoreItem(item="i", model="m", conversation="c", persona="Ana", session=0, turn=turn, kind="probe",
                     probe=None, task=task, question="q?", response="I am a pilot.", card="A baker",
                     metadata=metadata)


def test_known_scores() -> None:
    assert known_score("persona_consistency", item("persona_consistency", True).metadata) == 2
    assert known_score("persona_consistency", item("persona_consistency", False).metadata) == 5
    assert known_score("linguistic_habits", item("linguistic_habits", True).metadata) == 3
    assert known_score("linguistic_habits", {}) == 3  # not a scripted turn: no truth known


def judge(specs: list[str], items: list[ScoreItem]) -> tuple[list, Judges]:
    parsed = []
    for text in specs:
        parsed.append(parse_judge(text, taken=[p.label for p in parsed]))
    judges = Judges(parsed, Gateway())
    return [asyncio.run(judges.judge(i)) for i in items], judges


def test_two_scripted_judges_give_their_known_answers() -> None:
    verdicts, judges = judge(["scripted", "scripted?judge_bias=-1"], [item("persona_consistency", True),
                                                                     item("persona_consistency", False)])
    assert [[a.score for _, a in v] for v in verdicts] == [[2, 1], [5, 4]]
    assert [label for label, _ in verdicts[0]] == ["scripted", "scripted?judge_bias=-1"]
    assert judges.stats["scripted"].asked == 2 and judges.stats["scripted"].scored == 2


def test_unreadable_first_answers_are_re_asked_and_counted() -> None:
    verdicts, judges = judge(["scripted?judge_unreadable=1"], [item("persona_consistency", True, turn=t)
                                                               for t in range(3)])
    assert [v[0][1].score for v in verdicts] == [2, 2, 2] and all(v[0][1].attempts == 2 for v in verdicts)
    stats = judges.stats["scripted?judge_unreadable=1"].as_dict()
    assert stats["reasked"] == 3 and stats["unreadable"] == 0 and stats["parse_failure_rate"] == 0.0


def test_a_judge_that_never_gives_a_score_is_counted_never_read_as_a_number() -> None:
    verdicts, judges = judge(["scripted", "scripted?judge_broken=true"], [item("persona_consistency", False)])
    (_, good), (_, broken) = verdicts[0]
    assert good.score == 5 and broken.score is None and broken.error.startswith("unreadable")
    stats = judges.stats["scripted?judge_broken=true"].as_dict()
    assert stats["unreadable"] == 1 and stats["parse_failure_rate"] == 1.0
