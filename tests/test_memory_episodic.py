"""Session summaries: the persona's model when usable, the extractive fallback otherwise, always counted."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import RetriesExhaustedError, ServerError
from simulate.memory.episodic import INSTRUCTIONS, Summariser, judge_summary, summary_request
from simulate.memory.extractive import extractive_summary
from simulate.memory.perspective import sentences
from simulate.models.scripted import ScriptedModel
from simulate.scenario import ModelSettings
from simulate.testing.memory_doubles import NoteModel, make_turn

SETTINGS = ModelSettings(name="note", temperature=0.2)
TURNS = [
    make_turn("Maya", "Hi Tom! It is lovely to meet you.", 0, addressee="Tom"),
    make_turn("Tom", "Maya, I work as a chef at a seafood place.", 1, addressee="Maya"),
    make_turn("Maya", "I have a dog named Max and I live in Denver.", 2, addressee="Tom"),
    make_turn("Tom", "I really love jazz.", 3, addressee="Maya"),
    make_turn("Maya", "Nice.", 4, addressee="Tom"),
]
GOOD = "I met Tom at the cafe. He told me he cooks at a seafood place, and I told him about Max."


def summarise(model: object, *, use_model: bool = True) -> tuple:
    """Summarise TURNS for Maya with `model`; returns (result, stats)."""
    summariser = Summariser(use_model=use_model, max_tokens=60)
    result = asyncio.run(summariser.summarise("Maya", TURNS, topic="a cafe", model=model,  # type: ignore[arg-type]
                                              settings=SETTINGS, seed=3))
    return result, summariser.stats


def test_a_usable_note_is_kept_and_the_request_is_the_personas() -> None:
    """The model's note is used; the request carries the persona's settings, transcript and instructions."""
    model = NoteModel(f'Note: "{GOOD}"')
    result, stats = summarise(model)
    assert (result.text, result.source, result.fallback_reason) == (GOOD, "model", None)
    assert stats == {"summaries": 1, "model": 1, "extractive": 0, "fallbacks": 0, "fallback_reasons": {}}
    request = model.requests[0]
    assert (request.model, request.temperature, request.max_tokens, request.seed) == ("note", 0.2, 60, 3)
    assert "You are Maya" in request.messages[0].content and "2 to 4 sentences" in request.messages[0].content
    assert request.context == {"speaker": "Maya", "purpose": "memory_summary", "history": ()}
    assert "Tom: I really love jazz." in request.messages[1].content
    assert "You: I have a dog named Max" in request.messages[1].content


ECHO = INSTRUCTIONS.substitute(name="Maya", partners="Tom", occasion=" (a cafe)")


@pytest.mark.parametrize(("answer", "reason"), [
    ("", "empty"),
    ("   ", "empty"),
    ("I see.", "too_short"),
    ("I told Tom about Max. " * 20, "too_long"),
    (ECHO, "echo"),
    ("Sure! I will write a short private note about it for yourself.", "echo"),
    ("Tom: I work as a chef at a seafood place.\nYou: nice", "echo"),
    ("Tom is a chef who loves jazz and lives somewhere near the coast.", "not_first_person"),
])
def test_junk_falls_back_to_the_extractive_summary_and_is_counted(answer: str, reason: str) -> None:
    """Each kind of junk is named; the summary is the extractive one."""
    result, stats = summarise(NoteModel(answer))
    assert (result.source, result.fallback_reason) == ("extractive", reason)
    assert result.text == extractive_summary("Maya", TURNS, topic="a cafe")
    assert stats["fallbacks"] == 1 and stats["fallback_reasons"] == {reason: 1}


@pytest.mark.parametrize("error", [ServerError("boom", model="note"),
                                   RetriesExhaustedError(ServerError("boom"), attempts=4, model="note")])
def test_a_failing_model_falls_back_and_is_counted(error: Exception) -> None:
    """A ModelError is a fallback with reason model_error, not a crash."""
    result, stats = summarise(NoteModel(error=error))  # type: ignore[arg-type]
    assert (result.source, result.fallback_reason) == ("extractive", "model_error")
    assert stats["fallback_reasons"] == {"model_error": 1}


def test_other_errors_are_not_swallowed() -> None:
    """A bug in a model is not a fallback."""
    class Broken:
        name = "broken"

        async def complete(self, request: object) -> object:
            raise KeyError("bug")

    with pytest.raises(KeyError):
        summarise(Broken())


def test_the_scripted_model_cannot_summarise_and_that_is_visible() -> None:
    """The card-reading scripted model answers small talk: a counted fallback."""
    result, stats = summarise(ScriptedModel())
    assert result.source == "extractive" and stats["fallbacks"] == 1


def test_extractive_by_choice_is_not_a_fallback() -> None:
    """summarise: false makes extractive summaries without asking the model."""
    model = NoteModel(GOOD)
    result, stats = summarise(model, use_model=False)
    assert result.source == "extractive" and result.fallback_reason is None and model.requests == []
    assert stats == {"summaries": 1, "model": 0, "extractive": 1, "fallbacks": 0, "fallback_reasons": {}}


def test_the_extractive_summary_is_first_person_and_informative() -> None:
    """2-4 sentences: whom Maya met, her most informative statement, what Tom told her."""
    text = extractive_summary("Maya", TURNS, topic="a cafe")
    assert 2 <= len(sentences(text)) <= 4
    assert text.startswith("I spent time with Tom; the occasion: a cafe.")
    assert "I told Tom that I have a dog named Max and I live in Denver." in text
    assert "Tom told me that they work as a chef at a seafood place." in text
    assert "Nice" not in text and "lovely" not in text
    request = summary_request("Maya", TURNS, settings=SETTINGS, topic="a cafe", max_tokens=120, seed=0)
    assert judge_summary(text, request=request, max_tokens=120) is None


def test_a_long_scene_is_cut_to_its_first_clause() -> None:
    """The occasion is named briefly, not copied whole."""
    text = extractive_summary("Maya", TURNS, topic="First meeting at the café: where you grew up; what you do")
    assert text.startswith("I spent time with Tom; the occasion: First meeting at the café.")


def test_a_lone_speaker_still_gets_a_summary() -> None:
    """No partner and no statements: still a first-person sentence."""
    assert extractive_summary("Maya", [make_turn("Maya", "Hmm?", 0)]) == "I spent time with no one."
