"""What is scored: every probe answer on its task, a sample of ordinary turns per persona and session."""

from __future__ import annotations

from typing import Any

from simulate.score.scored_items import OPENING, TURN_TASKS, score_items

CARDS = {"Ana": {"name": "Ana", "description": "A 30-year-old baker from Lisbon"},
         "Ben": {"name": "Ben", "description": "A 60-year-old retired pilot"}}


def turn(index: int, session: int, speaker: str, text: str, kind: str = "turn", probe: str | None = None,
         **extra: Any) -> dict[str, Any]:
    return {"index": index, "session": session, "speaker": speaker, "text": text, "kind": kind, "probe": probe,
            "metadata": extra}


def record(turns: list[dict[str, Any]], status: str = "done") -> dict[str, Any]:
    return {"item": "x.d0.m0.r0", "model": "m1", "conversation": "c", "status": status, "personas": CARDS,
            "turns": turns, "findings": []}


def test_probe_answers_are_scored_on_their_task_with_their_question() -> None:
    r = record([turn(0, 0, "Ben", "What would you do in a storm?", "probe_question", "pg.expected_action.0.p0"),
                turn(1, 0, "Ana", "I would close the shop.", "probe_answer", "pg.expected_action.0.p0"),
                turn(2, 0, "Ben", "How old are you?", "probe_question", "age-a"),
                turn(3, 0, "Ana", "I am 30.", "probe_answer", "age-a")])
    items = list(score_items([r], sample=0))
    assert [(i.turn, i.kind, i.task, i.question) for i in items] == [
        (1, "probe", "expected_action", "What would you do in a storm?"),
        (3, "probe", "persona_consistency", "How old are you?")]
    assert items[0].card.startswith("A 30-year-old baker") and items[0].model == "m1" and items[0].session == 0


def test_a_sample_of_ordinary_turns_per_persona_and_session_against_what_was_said_before() -> None:
    turns = [turn(i, i // 6, "Ana" if i % 2 == 0 else "Ben", f"line {i}") for i in range(12)]
    items = list(score_items([record(turns)], sample=2))
    per = {}
    for i in items:
        per.setdefault((i.persona, i.session), set()).add(i.turn)
        assert i.kind == "turn" and i.task in TURN_TASKS
        expected = OPENING if i.turn in (0, 6) else f"line {i.turn - 1}"
        assert i.question == expected
    assert {k: len(v) for k, v in per.items()} == {("Ana", 0): 2, ("Ben", 0): 2, ("Ana", 1): 2, ("Ben", 1): 2}
    assert len(items) == 8 * len(TURN_TASKS)
    assert items == list(score_items([record(turns)], sample=2))  # the same sample every time


def test_failed_conversations_are_not_scored() -> None:
    assert list(score_items([record([turn(0, 0, "Ana", "hi")], status="failed")], sample=2)) == []
