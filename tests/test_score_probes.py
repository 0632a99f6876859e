"""Probe sets: PersonaGym questions by persona, selection, probe ids, and generated questions (cached)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from simulate.errors import InputError, ModelError
from simulate.models.base import ChatRequest, ChatResponse
from simulate.persona import CoreFacts, PersonaCard
from simulate.score.probes import QuestionBank, generate_questions, persona_text, probe_id, probe_task, select_questions

NURSE = "A 71-year-old retired nurse from Italy, volunteering in hospice care"
QUESTIONS = {"Expected Action": ["EA one?", "EA two?", "EA three?"], "Toxicity": ["TC one?"],
             "Persona Consistency": ["PC one?", "PC two?"]}


def bank_file(tmp_path: Path, *lines: bytes) -> Path:
    path = tmp_path / "questions.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_a_personagym_persona_gets_its_own_questions_by_task(tmp_path: Path) -> None:
    bank = QuestionBank.load(bank_file(tmp_path, orjson.dumps({"persona": NURSE, "questions": QUESTIONS})))
    card = PersonaCard(name="Rosa Rossi", description="  " + NURSE.replace(" ", "  ") + " ")
    own = bank.for_persona(card)
    assert own == {"expected_action": QUESTIONS["Expected Action"], "toxicity_control": ["TC one?"],
                   "persona_consistency": QUESTIONS["Persona Consistency"]}
    assert bank.for_persona(PersonaCard(name="X", description="A 30-year-old baker")) is None


@pytest.mark.parametrize("line, problem", [
    (b"{not json", "not valid JSON"),
    (b'{"questions": {}}', 'expected {"persona"'),
    (b'{"persona": "p", "questions": {"Honesty": ["q?"]}}', "unknown task 'Honesty'"),
    (b'{"persona": "p", "questions": {"Toxicity": "q?"}}', "expected a list of questions"),
])
def test_a_bad_questions_file_names_the_file_and_line(tmp_path: Path, line: bytes, problem: str) -> None:
    path = bank_file(tmp_path, orjson.dumps({"persona": NURSE, "questions": QUESTIONS}), line)
    with pytest.raises(InputError, match=f"questions.jsonl:2: .*{problem}"):
        QuestionBank.load(path)


def test_a_missing_questions_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        QuestionBank.load(tmp_path / "nope.jsonl")


def test_selection_is_per_task_and_the_same_for_the_same_persona() -> None:
    own = {"expected_action": ["a?", "b?", "c?", "d?"], "toxicity_control": ["t?"]}
    first = select_questions(own, per_task=2, tasks=["expected_action", "toxicity_control"], key=NURSE)
    assert [t for t, _ in first] == ["expected_action", "expected_action", "toxicity_control"]
    assert first == select_questions(own, per_task=2, tasks=["expected_action", "toxicity_control"], key=NURSE)
    picks = {tuple(select_questions(own, per_task=2, tasks=["expected_action"], key=f"p{i}")) for i in range(20)}
    assert len(picks) > 1  # the order depends on the persona


def test_probe_ids_name_their_task() -> None:
    assert probe_task(probe_id("linguistic_habits", 3)) == "linguistic_habits"
    assert probe_task(probe_id("toxicity_control", 0) + ".p1") == "toxicity_control"
    assert probe_task("age-b") is None and probe_task(None) is None and probe_task("pg.honesty.0") is None


def test_persona_text_holds_the_description_and_the_facts() -> None:
    card = PersonaCard(name="Rosa Rossi", description=NURSE, facts=CoreFacts(age=71, location="Rome"))
    text = persona_text(card)
    assert text.startswith(NURSE) and "71" in text and "Rome" in text


class Writer:
    name = "writer"

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        return ChatResponse(text=self.texts.pop(0), model=self.name)


def test_generated_questions_are_cached_and_never_asked_twice(tmp_path: Path) -> None:
    card = PersonaCard(name="Tom Baker", description="A baker in Leeds who races pigeons")
    cache = tmp_path / "cache" / "q.jsonl"
    writer = Writer('{"questions": ["At the bakery, what do you do first?", "Why pigeons?"]}',
                    'not json', '{"questions": ["How do you greet a regular?", "What would you say to a rude client?"]}')
    got = asyncio.run(generate_questions(card, writer, model_name="w", cache=cache, per_task=2,
                                         tasks=["expected_action", "linguistic_habits"]))
    assert got["expected_action"] == ["At the bakery, what do you do first?", "Why pigeons?"]
    assert got["linguistic_habits"][1] == "What would you say to a rude client?"
    assert writer.calls == 3 and len(cache.read_bytes().splitlines()) == 2  # one re-ask after "not json"
    again = asyncio.run(generate_questions(card, Writer(), model_name="w", cache=cache, per_task=2,
                                           tasks=["expected_action", "linguistic_habits"]))
    assert again == got


def test_a_writer_that_never_gives_questions_fails_the_call(tmp_path: Path) -> None:
    card = PersonaCard(name="Tom Baker", description="A baker")
    with pytest.raises(ModelError, match="no list of 1 question"):
        asyncio.run(generate_questions(card, Writer("no", "still no"), model_name="w", cache=tmp_path / "q.jsonl",
                                       per_task=1, tasks=["expected_action"]))
    assert not (tmp_path / "q.jsonl").exists()
