"""The recall set's recipe: deterministic, and every question's evidence is a turn that states its fact."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from conftest import ROOT, load_script, needs_spc

HERE = ROOT / "bench" / "data" / "recall"


def builder() -> ModuleType:
    return load_script("recall_build", HERE / "build.py")


def read(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]


@needs_spc
def test_the_shipped_files_are_what_the_recipe_builds(tmp_path: Path) -> None:
    """Building the valid split again gives the shipped files, byte for byte."""
    build = builder()
    convs, questions = build.build("valid")  # type: ignore[attr-defined]
    build._write(tmp_path / "c.jsonl", convs)  # type: ignore[attr-defined]
    build._write(tmp_path / "q.jsonl", questions)  # type: ignore[attr-defined]
    assert (tmp_path / "c.jsonl").read_bytes() == (HERE / "spc_valid_conversations.jsonl").read_bytes()
    assert (tmp_path / "q.jsonl").read_bytes() == (HERE / "spc_valid_questions.jsonl").read_bytes()


def test_each_question_points_at_turns_of_its_session_that_state_its_fact() -> None:
    """Evidence turns are in the named session, said by the fact's owner, holding the words of the fact
    (of a topic question: of one of the owner's facts of that session)."""
    build = builder()
    for split in ("valid", "test"):
        convs = {c["id"]: c for c in read(f"spc_{split}_conversations.jsonl")}
        questions = read(f"spc_{split}_questions.jsonl")
        assert len(questions) > 100 and {q["kind"] for q in questions} == {"topic", "word"}
        for q in questions:
            turns = convs[q["conversation"]]["turns"]
            owner = q["speaker"] if q["person"] == "self" else q["asker"]
            assert q["speaker"] != q["asker"]
            profile = convs[q["conversation"]]["sources"][q["session"]]["profiles"][owner]
            facts = profile if q["kind"] == "topic" else [q["fact"]]
            assert q["fact"] in profile and q["evidence"]
            for index in q["evidence"]:
                turn = turns[index]
                assert turn["session"] == q["session"] and turn["speaker"] == owner
                said = set(build.content_words(turn["text"]))  # type: ignore[attr-defined]
                assert any(len(said & set(build.content_words(f))) >= 2 for f in facts)  # type: ignore[attr-defined]
