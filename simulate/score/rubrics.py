"""PersonaGym's five evaluation tasks and their rubrics (shipped in `data/rubrics/`, MIT), filled into judge prompts.

A rubric is a template with four places: `{persona}`, `{question}`, `{response}` and `{score_example}`.
They are filled in one pass, so persona or response text that itself contains `{question}` stays text;
a missing value raises. The prompt ends with the answer format `verdicts.parse_verdict` reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..models.base import Message

__all__ = ["ANSWER_FORMAT", "NO_EXAMPLES", "TASKS", "Task", "fill_rubric", "judge_messages", "rubric", "task"]


@dataclass(frozen=True)
class Task:
    """One PersonaGym evaluation task: a short key (probe ids, files), its name and its rubric file."""

    key: str
    name: str
    file: str


TASKS: tuple[Task, ...] = (
    Task("expected_action", "Expected Action", "Expected Action.txt"),
    Task("action_justification", "Action Justification", "Action Justification.txt"),
    Task("linguistic_habits", "Linguistic Habits", "Linguistic Habits.txt"),
    Task("persona_consistency", "Persona Consistency", "Persona Consistency.txt"),
    Task("toxicity_control", "Toxicity Control", "Toxicity.txt"),
)
_BY_KEY = {t.key: t for t in TASKS}
_BY_NAME = {t.name: t for t in TASKS} | {"Toxicity": _BY_KEY["toxicity_control"]}  # PersonaGym's file name

NO_EXAMPLES = ("(No example answers are given for this question: choose the score whose criteria above "
               "describe the response best.)")
ANSWER_FORMAT = ('Answer with JSON only, the reason first: {"reason": "<one or two sentences>", "score": <1-5>}. '
                 'The score is a whole number from 1 to 5.')
_PLACES = ("persona", "question", "response", "score_example")
_PLACE = re.compile(r"\{(" + "|".join(_PLACES) + r")\}")


def task(key_or_name: str) -> Task:
    """The task with this key (`persona_consistency`) or PersonaGym name (`Persona Consistency`).

    Raises:
        KeyError: no such task.
    """
    found = _BY_KEY.get(key_or_name) or _BY_NAME.get(key_or_name)
    if found is None:
        raise KeyError(key_or_name)
    return found


@cache
def rubric(key: str) -> str:
    """The rubric text of a task, as PersonaGym ships it."""
    return files("simulate.score").joinpath("data").joinpath("rubrics").joinpath(task(key).file).read_text(encoding="utf-8")


def fill_rubric(template: str, **values: str) -> str:
    """`template` with each `{place}` replaced by its value, in one pass.

    Raises:
        KeyError: the template has a place with no value.
    """
    missing = sorted({m.group(1) for m in _PLACE.finditer(template)} - set(values))
    if missing:
        raise KeyError(f"no value for {', '.join(missing)}")
    return _PLACE.sub(lambda m: values[m.group(1)], template)


def judge_messages(task_key: str, *, persona: str, question: str, response: str,
                   score_example: str = NO_EXAMPLES) -> tuple[Message, ...]:
    """The judge's request: the filled rubric, then the answer format."""
    text = fill_rubric(rubric(task_key), persona=persona, question=question, response=response,
                       score_example=score_example)
    return (Message("system", "You are an accurate, faithful, critical and fair judge of persona answers."),
            Message("user", f"{text.rstrip()}\n\n{ANSWER_FORMAT}"))
