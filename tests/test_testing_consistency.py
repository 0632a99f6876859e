"""assert_consistent: passes consistent agents, fails inconsistent ones with the shrunk transcript."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from hypothesis import settings

from simulate.errors import InputError, ModelError
from simulate.models.cache import CachedModel, CallCache
from simulate.models.scripted import ScriptedModel
from simulate.persona import CoreFacts, PersonaCard, Pet
from simulate.testing import (
    InconsistentPersonaError,
    ProbePlan,
    as_chat_model,
    assert_consistent,
    persona_questions,
    render_transcript,
    run_interview,
)

MAYA = PersonaCard(name="Maya Okafor", facts=CoreFacts(age=38, occupation="nurse", location="Denver, Colorado",
                                                      pets=[Pet(species="dog", name="Max")], likes=["jazz"]))
FAST = settings(max_examples=25, derandomize=True)


def question(messages: list[dict[str, str]]) -> str:
    return messages[-1]["content"].split(": ", 1)[-1].lower()


def returning(messages: list[dict[str, str]]) -> bool:
    return "This is your first conversation." not in messages[0]["content"]


def consistent(messages: list[dict[str, str]]) -> str:
    q = question(messages)
    if "live" in q:
        return "I live in Denver, Colorado."
    if "old" in q:
        return "I am 38 years old."
    if "pet" in q:
        return "I have a dog named Max."
    return "I work as a nurse and I really love jazz."


def moves_to_boston(messages: list[dict[str, str]]) -> str:
    """Forgets where it lives when a user comes back."""
    if "live" in question(messages) and returning(messages):
        return "I live in Boston."
    return consistent(messages)


def test_a_consistent_agent_passes() -> None:
    """No finding of any kind in any plan."""
    assert_consistent(MAYA, model=consistent, settings=FAST)


def test_the_scripted_model_without_drift_passes_by_default() -> None:
    """With no model given, the scripted model plays the card, and it never drifts at rate 0."""
    assert_consistent(MAYA, settings=FAST)


def test_an_inconsistent_agent_fails_with_the_smallest_interview() -> None:
    """Shrunk to two sessions and one question: where she lives, asked only when she comes back."""
    with pytest.raises(InconsistentPersonaError) as caught:
        assert_consistent(MAYA, model=moves_to_boston, settings=FAST)
    error = caught.value
    plan = error.interview.plan  # type: ignore[union-attr]
    assert (len(plan.sessions), plan.asked) == (2, 1) and plan.sessions[0] == ()
    assert plan.questions[plan.sessions[1][0]] == "Where do you live?"
    assert [f.kind for f in error.findings] == ["persona"]
    message = str(error)
    assert "Maya Okafor contradicted their persona card or themself: 1 finding (persona)" in message
    assert "2 sessions 1 day apart, 1 question" in message
    assert "Interviewer: Where do you live?" in message and "Maya Okafor: I live in Boston." in message
    assert "✗ persona · location" in message and "against fact 2: I live in Denver, Colorado." in message
    assert message.index("session 1") < message.index("session 2") < message.index("✗")


def test_drift_in_the_scripted_model_is_caught() -> None:
    """The scripted model at a drift rate contradicts its card; the error names the evidence."""
    with pytest.raises(InconsistentPersonaError, match="against fact"):
        assert_consistent(MAYA, model=ScriptedModel(drift_rate=0.5), settings=FAST)


def test_kinds_choose_what_fails() -> None:
    """An answer that changes between sessions, about something the card does not say, is a retest
    finding only: it fails a retest check and passes a persona check."""
    card = PersonaCard(name="Tom", facts=CoreFacts(occupation="chef"))

    def wanders(messages: list[dict[str, str]]) -> str:
        if "live" in question(messages):
            return "I live in Lagos." if returning(messages) else "I live in Oslo."
        return "I work as a chef."

    questions = ["Where do you live?", "What do you do for a living?"]
    assert_consistent(card, model=wanders, questions=questions, kinds=("persona", "cross_turn"), settings=FAST)
    with pytest.raises(InconsistentPersonaError) as caught:
        assert_consistent(card, model=wanders, questions=questions, kinds=["retest"], settings=FAST)
    assert {f.kind for f in caught.value.findings} == {"retest"}
    assert "✗ retest · location" in str(caught.value) and "against #2 (session 1) Tom: I live in Oslo." in str(caught.value)


def test_shrinking_never_pays_twice_for_a_call() -> None:
    """Every call the agent answers is a distinct request: repeats come from the cache. A second
    check over the same cache makes no call at all."""
    calls: Counter[str] = Counter()

    def counted(messages: list[dict[str, str]]) -> str:
        calls[repr(messages)] += 1
        return moves_to_boston(messages)

    cache = CallCache()
    model = CachedModel(as_chat_model(counted), cache)
    few = settings(max_examples=8, derandomize=True)
    with pytest.raises(InconsistentPersonaError):
        assert_consistent(MAYA, model=model, settings=few)
    assert cache.hits > 0 and sum(calls.values()) == cache.misses == len(cache)
    before = sum(calls.values())
    with pytest.raises(InconsistentPersonaError):
        assert_consistent(MAYA, model=CachedModel(as_chat_model(counted), cache, replay=True), settings=few)
    assert sum(calls.values()) == before


def test_model_failures_are_reported_as_model_errors() -> None:
    """A failing model is a ModelError naming the persona, not a consistency verdict; other exceptions
    from an agent surface unchanged."""
    async def down(request):  # type: ignore[no-untyped-def]
        raise ModelError("quota exceeded", model="down")

    with pytest.raises(ModelError, match="Maya Okafor was interviewed: ModelError: down: quota exceeded"):
        assert_consistent(MAYA, model=down, settings=settings(max_examples=2, derandomize=True))

    def broken(messages):  # type: ignore[no-untyped-def]
        raise KeyError("profile")

    with pytest.raises(KeyError, match="profile"):
        assert_consistent(MAYA, model=broken, settings=settings(max_examples=2, derandomize=True))


@pytest.mark.parametrize("options, message", [
    ({"kinds": ["persona", "vibes"]}, "kinds must be some of"),
    ({"kinds": []}, "kinds must be some of"),
    ({"max_sessions": 0}, "max_sessions"),
    ({"max_questions": 0}, "max_questions"),
    ({"memory": "total"}, "memory must be"),
    ({"questions": ["  "]}, "at least one question"),
])
def test_bad_arguments_fail_before_anything_runs(options: dict, message: str) -> None:  # type: ignore[type-arg]
    """InputError (a ValueError) with a plain message."""
    with pytest.raises(InputError, match=message):
        assert_consistent(MAYA, model=consistent, **options)
    with pytest.raises(InputError, match="PersonaCard"):
        assert_consistent("Maya", model=consistent)  # type: ignore[arg-type]


def test_inside_an_event_loop_it_says_so() -> None:
    """assert_consistent runs its own loop; from a coroutine it refuses clearly."""
    async def from_async() -> None:
        assert_consistent(MAYA, model=consistent)

    with pytest.raises(InputError, match="synchronous test"):
        asyncio.run(from_async())


def test_a_card_as_data_is_accepted() -> None:
    """The persona may be given as card data."""
    assert_consistent(MAYA.model_dump(), model=consistent, settings=settings(max_examples=3, derandomize=True))


def test_the_interviewer_costs_no_call_and_the_transcript_renders() -> None:
    """Only the persona's answers reach the model; the rendering puts sessions, turns and findings in order."""
    answered: list[str] = []

    def agent(messages: list[dict[str, str]]) -> str:
        answered.append(question(messages))
        return moves_to_boston(messages)

    plan = ProbePlan(questions=persona_questions(MAYA), sessions=((0,), (), (0, 1)), gap="3 weeks")
    interview = asyncio.run(run_interview(MAYA, plan, as_chat_model(agent)))
    assert answered == ["where do you live?", "where do you live?", "what do you do for a living?"]
    assert [t.kind for t in interview.turns].count("turn") == 3
    text = render_transcript(interview.turns, interview.findings, MAYA, gap="3 weeks")
    assert text.splitlines()[0] == "  session 1 · Monday 5 January 2026"
    assert "session 3 · Monday 16 February 2026 (3 weeks later)" in text
    assert {f.kind for f in interview.findings} == {"persona", "retest"}
    assert "against #2 (session 1) Maya Okafor: I live in Denver, Colorado." in text
