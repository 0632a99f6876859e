"""PersonaGym rubrics shipped in the package and filled into judge prompts."""

from __future__ import annotations

import pytest

from simulate.score.rubrics import ANSWER_FORMAT, TASKS, fill_rubric, judge_messages, rubric, task


@pytest.mark.parametrize("entry", TASKS, ids=lambda t: t.key)
def test_every_task_has_its_rubric_with_the_four_places(entry) -> None:
    text = rubric(entry.key)
    assert entry.name.split()[0] in text  # the rubric names its task ("Toxicity" for toxicity control)
    for place in ("{persona}", "{question}", "{response}", "{score_example}"):
        assert text.count(place) == 1
    assert "Score = 1" in text and "Score = 5" in text


def test_tasks_are_found_by_key_and_by_personagym_name() -> None:
    assert task("Persona Consistency").key == "persona_consistency"
    assert task("Toxicity").key == task("toxicity_control").key
    with pytest.raises(KeyError):
        task("Honesty")


def test_the_prompt_holds_persona_question_and_response_and_ends_with_the_answer_format() -> None:
    system, user = judge_messages("persona_consistency", persona="A 71-year-old retired nurse from Italy",
                                  question="What did you do before you retired?", response="I was a pilot.")
    assert system.role == "system" and user.role == "user"
    assert "A 71-year-old retired nurse from Italy" in user.content
    assert "What did you do before you retired?" in user.content and "I was a pilot." in user.content
    assert "{persona}" not in user.content and "{score_example}" not in user.content
    assert user.content.endswith(ANSWER_FORMAT)


def test_persona_text_is_data_not_template_source() -> None:
    filled = fill_rubric("P: {persona} Q: {question}", persona="likes {question} marks", question="why?")
    assert filled == "P: likes {question} marks Q: why?"


def test_a_missing_value_raises() -> None:
    with pytest.raises(KeyError, match="question"):
        fill_rubric("{persona} {question}", persona="x")
