"""Retelling first-person sentences as you/they, and finding sentences."""

from __future__ import annotations

import pytest

from simulate.memory.perspective import clause, join_names, sentence_around, sentences, shift_person, strip_vocative


@pytest.mark.parametrize(("text", "they", "you"), [
    ("I am 40 and I love my dog.", "They are 40 and they love their dog.", "You are 40 and you love your dog."),
    ("I was born in Ohio.", "They were born in Ohio.", "You were born in Ohio."),
    ("Tom told me I'm right about myself.", "Tom told them they're right about themselves.",
     "Tom told you you're right about yourself."),
    ("We have a cat.", "We have a cat.", "We have a cat."),
])
def test_shift_person(text: str, they: str, you: str) -> None:
    """Pronouns and the verb 'to be' follow the new person; everything else stays."""
    assert shift_person(text, "they") == they
    assert shift_person(text, "you") == you


def test_vocatives_sentences_and_clauses() -> None:
    """A leading 'Tom, ' goes; sentences carry their spans; clauses fit after 'told you'."""
    assert strip_vocative("Tom, I work as a chef.", ["Tom Smith"]) == "I work as a chef."
    assert strip_vocative("Tommy, hi", ["Tom"]) == "Tommy, hi"
    text = "Hi there! I live in Denver. I have a dog"
    assert [s for _, _, s in sentences(text)] == ["Hi there!", "I live in Denver.", "I have a dog"]
    assert sentence_around(text, 12, 20) == "I live in Denver."
    assert clause("They work as a chef.") == "they work as a chef"
    assert clause("Denver is lovely!") == "Denver is lovely"
    assert join_names(["A"]) == "A" and join_names(["A", "B", "C"]) == "A, B and C" and join_names([]) == "no one"
