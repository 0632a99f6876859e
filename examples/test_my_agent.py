"""A team tests its own persona agent: whatever the users ask, across sessions, Maya never contradicts
her card or herself.

The "agent" here is a plain function of the chat messages, as a team's agent often is; simulate adapts
it to its ChatModel protocol. `assert_consistent` interviews it in many generated plans (questions,
their order, sessions and the time between them), runs each through the engine, checks every answer
with the rules checkers and, on a contradiction, shrinks the plan to the smallest interview that still
contradicts: that transcript, with the findings and their evidence, is the error message.

    pytest examples/            # the forgetful agent's counterexample is printed in the `simulate` section
"""

from __future__ import annotations

import pytest
from hypothesis import settings

from simulate.persona import CoreFacts, PersonaCard, Pet
from simulate.testing import InconsistentPersonaError, assert_consistent

MAYA = PersonaCard(
    name="Maya Okafor",
    description="A paediatric nurse in Denver who runs the trails at weekends.",
    facts=CoreFacts(age=38, occupation="paediatric nurse", location="Denver, Colorado",
                    pets=[Pet(species="dog", name="Max")], likes=["trail running"]),
)

# What the agent knows about itself: its own profile store, not the engine's card.
PROFILE = {"age": 38, "job": "paediatric nurse", "city": "Denver, Colorado", "pet": "dog named Max",
           "hobby": "trail running"}
# An older copy of the profile, from before Maya moved to Denver.
STALE_PROFILE = {**PROFILE, "city": "Boston"}


def last_question(messages: list[dict[str, str]]) -> str:
    """The interviewer's last line, without the speaker's name in front."""
    text = messages[-1]["content"]
    return text.split(": ", 1)[1] if ": " in text else text


def answer(question: str, profile: dict[str, object]) -> str:
    """A canned answer from `profile` to a question about oneself."""
    q = question.lower()
    if "live" in q:
        return f"I live in {profile['city']}."
    if "old" in q:
        return f"I am {profile['age']} years old."
    if "living" in q or "work" in q:
        return f"I work as a {profile['job']}."
    if "pet" in q:
        return f"I have a {profile['pet']}."
    if "free time" in q or "like" in q:
        return f"I love {profile['hobby']}, mostly at weekends."
    return f"I work as a {profile['job']} and I love {profile['hobby']}."


def consistent_agent(messages: list[dict[str, str]]) -> str:
    """Answers every question from the current profile."""
    return answer(last_question(messages), PROFILE)


def forgetful_agent(messages: list[dict[str, str]]) -> str:
    """Like consistent_agent, but when a user comes back for another conversation it reads a stale
    copy of the profile, which still has Maya living in Boston."""
    returning = "This is your first conversation." not in messages[0]["content"]
    return answer(last_question(messages), STALE_PROFILE if returning else PROFILE)


def test_the_consistent_agent_never_contradicts_itself() -> None:
    """Every plan passes: no persona, cross-turn, cross-session or retest finding."""
    assert_consistent(MAYA, model=consistent_agent, settings=settings(max_examples=30, derandomize=True))


@pytest.mark.xfail(strict=True, raises=InconsistentPersonaError,
                   reason="forgetful_agent answers returning users from a stale profile")
def test_the_forgetful_agent_is_caught_with_the_shortest_interview() -> None:
    """Fails, on purpose: the error shows the smallest interview in which Maya contradicts herself."""
    assert_consistent(MAYA, model=forgetful_agent, settings=settings(max_examples=30, derandomize=True))
