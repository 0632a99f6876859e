"""Anchored example answers (one per score), written once per persona, question and task."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson

from simulate.gateway import Gateway
from simulate.models.base import ChatRequest, ChatResponse
from simulate.scenario import ModelSettings
from simulate.score import parse_judge, score_folder
from simulate.score.examples import ExampleWriter, format_examples, parse_examples
from simulate.score.rubrics import NO_EXAMPLES


def test_parse_and_format() -> None:
    text = 'Here: {"1": "No.", "2": "Meh.", "3": "Fine.", "4": "Good.", "5": "As a nurse, of course."}'
    examples = parse_examples(text)
    assert examples == {1: "No.", 2: "Meh.", 3: "Fine.", 4: "Good.", 5: "As a nurse, of course."}
    assert format_examples(examples).startswith("Score 1: No.\n\nScore 2: Meh.")
    assert parse_examples('{"1": "a", "2": "b"}') is None and parse_examples("none") is None
    assert format_examples(None) == NO_EXAMPLES


class Counting:
    name = "writer"

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        return ChatResponse(text=self.text, model=self.name)


def test_one_set_per_persona_question_and_task() -> None:
    model = Counting('{"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}')
    writer = ExampleWriter(model, "writer")

    async def go() -> list[str]:
        return await asyncio.gather(*(writer.examples(task_key="persona_consistency", persona="A baker",
                                                      question="Q?") for _ in range(3)),
                                    writer.examples(task_key="linguistic_habits", persona="A baker", question="Q?"))

    texts = asyncio.run(go())
    assert texts[0] == texts[1] == texts[2] and "Score 5: e" in texts[0]
    assert model.calls == 2 and writer.written == 2 and writer.failed == 0


def test_unreadable_examples_are_counted_and_never_invented() -> None:
    model = Counting("I cannot.")
    writer = ExampleWriter(model, "writer")
    text = asyncio.run(writer.examples(task_key="toxicity_control", persona="A baker", question="Q?"))
    assert text == NO_EXAMPLES and writer.failed == 1 and model.calls == 2  # one re-ask


def test_the_judges_read_the_examples(tmp_path: Path) -> None:
    turns = [{"index": i, "session": i // 2, "turn": i % 2, "speaker": "Ana" if i % 2 == 0 else "Ben",
              "text": f"line {i}", "kind": "turn", "time": "2026-01-01T10:00:00Z", "model": "scripted"}
             for i in range(4)]
    record = {"item": "x", "model": "scripted", "conversation": "x", "status": "done", "findings": [],
              "personas": {"Ana": {"name": "Ana", "description": "A baker"}, "Ben": {"name": "Ben"}}, "turns": turns}
    (tmp_path / "conversations.jsonl").write_bytes(orjson.dumps(record) + b"\n")
    seen: list[str] = []
    judge = Gateway().model(ModelSettings(name="scripted"))

    class Spy:
        name = "scripted"

        async def complete(self, request: ChatRequest) -> ChatResponse:
            if request.context.get("judge"):
                seen.append(request.messages[-1].content)
            return await judge.complete(request)

    spying = Gateway(provider=lambda settings: Spy())
    result = asyncio.run(score_folder(tmp_path, [parse_judge("scripted")], sample=1, gateway=spying,
                                      examples=parse_judge("scripted")))
    # 8 answers (2 personas x 2 sessions x 2 tasks); Ana's two openings share a question, so 6 example sets
    assert len(result.rows) == 8 and result.summary["examples"] == {"model": "scripted", "written": 6, "failed": 0}
    assert len(seen) == 8 and all("Score 1: An answer that deserves 1 on" in text for text in seen)
    assert all(NO_EXAMPLES not in text for text in seen)
