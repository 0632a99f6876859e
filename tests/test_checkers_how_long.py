"""How long a state has held: two lengths of one state said far apart contradict; time between them is allowed."""

from __future__ import annotations

import pytest

from pair_helpers import flagged_turns
from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation
from simulate.checkers.how_long import held_for


@pytest.mark.parametrize(("text", "months"), [
    ("I've been teaching for 20 years.", 240), ("I've only been a teacher for two years.", 24),
    ("My partner and I have been together ten years.", 120), ("I went vegan three years ago", 36),
    ("I've been sober for a year and a half", 18), ("We've been married a couple of decades now.", 240),
])
def test_a_length_of_time_held(text: str, months: int) -> None:
    assert held_for(text) == months


@pytest.mark.parametrize("text", [
    "I lived in Paris for three years when I was young.", "I'm 30 years old.", "I'll be done in two years.",
    "I see her every two years.", "I've been married 20 years and at this job for 5 years.",
    "I moved here last year.", "I met him three years ago.",
])
def test_no_length_past_or_future_ages_or_more_than_one(text: str) -> None:
    assert held_for(text) is None


@pytest.mark.parametrize(("first", "second"), [
    ("I've been teaching for 20 years.", "I've only been a teacher for two years."),
    ("My partner and I have been together ten years.", "We've only been together eight months."),
    ("I went vegan three years ago", "I've only been vegan for about two months"),
    ("I've been vegan for five years.", "I've only been vegan for three weeks."),
])
def test_two_lengths_far_apart_contradict(first: str, second: str) -> None:
    assert flagged_turns(first, second) == [2]


@pytest.mark.parametrize(("first", "second"), [
    ("I've been teaching for 20 years.", "I've been teaching at this school for two years."),
    ("I've lived in London for 20 years.", "I've lived in this flat for two years."),
    ("I've had my dog for ten years.", "I've had my cat for two years."),
    ("I've been vegan for ten years.", "My husband's only been vegan for two months."),
    ("I've been vegan for four years.", "I've been vegan for five years."),
    ("I've been vegan for two months.", "I've been vegan for six weeks."),
    ("I've been learning French for two years.", "I've been learning Spanish for ten years."),
    ("I've been a nurse for 20 years.", "I've been a nurse here for two years."),
    ("We've had dogs for ten years.", "We've had this dog for two years."),
    ("I've been running for ten years.", "I've been running again for six months, after my injury."),
    ("I'm a nurse now, did ten years in retail before that.", "I've been a nurse for two years."),
    ("I've been going to Spain once a year.", "I've been going to Spain for twenty years."),
    ("I've been teaching a year longer than my sister.", "I've been teaching for ten years."),
])
def test_other_things_other_people_and_near_lengths_do_not(first: str, second: str) -> None:
    assert flagged_turns(first, second) == []


def test_the_time_between_the_statements_is_added_to_the_first_length() -> None:
    turns = [("2020-01-01T10:00:00", "I've been vegan for two years."), ("2020-01-01T10:01:00", "Oh nice."),
             ("2026-01-01T10:00:00", "I've been vegan for eight years now.")]
    said = Conversation.model_validate({"id": "c", "turns": [
        {"speaker": "A" if i != 1 else "B", "session": 1 if i < 2 else 2, "time": t, "text": x}
        for i, (t, x) in enumerate(turns)]})
    assert [f.turn for f in check_conversation(said) if f.kind != "persona"] == []
