"""Prompts built from the card, the clock and the window; replies cleaned of echoed names."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from simulate.agent import Agent, TurnContext, clean_reply
from simulate.persona import PersonaCard
from simulate.scenario import ModelSettings
from simulate.turn import Turn

NOW = datetime(2026, 3, 1, 18, 0, tzinfo=timezone.utc)


def context(**changes: object) -> TurnContext:
    """A context for Maya talking to Tom."""
    card = PersonaCard(name="Maya", description="A nurse.", facts={"age": 34}, style="warm")
    base = dict(conversation="c", session=1, turn=0, index=4, now=NOW, speaker="Maya", addressee="Tom",
                candidates=["Tom"], topic="a walk", window=[], history=[], facts=card.facts,
                last_session_gap=timedelta(days=21), seed=5)
    base.update(changes)
    return TurnContext(**base)  # type: ignore[arg-type]


def agent() -> Agent:
    """Maya with a scripted model."""
    return Agent(PersonaCard(name="Maya", description="A nurse.", facts={"age": 34}, style="warm"),
                 ModelSettings(name="scripted", temperature=0.3, max_tokens=20))


def turn(speaker: str, text: str, index: int) -> Turn:
    """A turn in session 1."""
    return Turn(conversation="c", index=index, session=1, turn=index, speaker=speaker, text=text, time=NOW,
                model="m")


def test_system_prompt_holds_card_clock_partner_scene_and_memory() -> None:
    """Everything the persona needs is in the system message."""
    text = agent().system_prompt(context(), ["Tom has a cat."])
    for part in ("You are Maya. A nurse.", "- I am 34 years old.", "How you speak: warm",
                 "Sunday 1 March 2026, 18:00", "It has been 3 weeks since you last spoke.",
                 "talking with Tom", "Scene: a walk", "- Tom has a cat."):
        assert part in text


def test_window_maps_own_turns_to_assistant_and_others_to_user() -> None:
    """Own lines are the assistant's; others' are user lines with the speaker's name."""
    window = [turn("Tom", "Hi!", 0), turn("Maya", "Hello.", 1), turn("Tom", "How are you?", 2)]
    messages = agent().messages(context(window=window), [])
    assert [(m.role, m.content) for m in messages[1:]] == [
        ("user", "Tom: Hi!"), ("assistant", "Hello."), ("user", "Tom: How are you?")]


def test_first_turn_gets_an_opening_instruction() -> None:
    """With nothing said yet, the user message opens the scene."""
    messages = agent().messages(context(), [])
    assert messages[-1].role == "user" and "Start the conversation with Tom" in messages[-1].content


def test_request_uses_settings_and_the_derived_seed() -> None:
    """Temperature, max_tokens and the per-turn seed reach the request."""
    request = agent().request(context(seed=2**40 + 7), [])
    assert (request.model, request.temperature, request.max_tokens) == ("scripted", 0.3, 20)
    assert request.seed == (2**40 + 7) % 2**31


def test_clean_reply_strips_echoed_names_and_foreign_lines() -> None:
    """Small models echo their own name and write the partner's line; both are removed."""
    assert clean_reply("Walter Pruitt: (Walter Pruitt) Thanks!", "Walter Pruitt", ["Jo"]) == "Thanks!"
    assert clean_reply("Sure.\nJo: no way\nmore", "Walter Pruitt", ["Jo Ann"]) == "Sure."
    assert clean_reply("Jo: hi", "Walter", ["Jo"]) == ""
    assert clean_reply("Plain text.", "Walter", ["Jo"]) == "Plain text."
    assert clean_reply("(Walter: (Walter: hi there", "Walter", ["Jo"]) == "hi there"
    assert clean_reply('(Jo: "I am Jo")', "Walter", ["Jo"]) == ""


def test_requests_stop_at_the_next_speakers_name() -> None:
    """Stop sequences: the addressee's full and first name first, then the speaker's own line; at most four."""
    from simulate.agent import stop_sequences

    assert stop_sequences("Maya Okafor", "Tom Reed", ["Tom Reed", "Ann Lee"]) == [
        "\nTom Reed:", "\nTom:", "\nAnn Lee:", "\nMaya:"]
    request = agent().request(context(), [])
    assert request.options["stop"][0] == "\nTom:" and len(request.options["stop"]) <= 4


def test_the_embedded_model_alone_gets_the_first_person_cue() -> None:
    from simulate.agent import Agent
    from simulate.scenario import ModelSettings

    window = [turn("Tom", "Where do you live?", 0)]
    hosted = agent().messages(context(window=window), [])
    assert hosted[-1].content == "Tom: Where do you live?"
    small = Agent(agent().card, ModelSettings(name="local/smollm2")).messages(context(window=window), [])
    assert small[-1].content.startswith("Tom: Where do you live?") and "answer as yourself: I" in small[-1].content


def test_clean_reply_strips_an_echoed_first_person_cue() -> None:
    """The embedded model's prompt ends with "(Walter, answer as yourself: I ...)"; a reply that repeats the cue
    keeps only what the persona says, so nobody reads the cue as Walter calling his partner "Walter"."""
    assert clean_reply("Walter, answer as yourself: I'm 68.", "Walter Pruitt", ["Jasmine Alvarez"]) == "I'm 68."
    assert clean_reply("(Walter, answer as yourself: I ...) I coach.", "Walter Pruitt", ["Jo"]) == "I coach."
    assert clean_reply("Walter, you old fool, I said to myself.", "Walter Pruitt", ["Jo"]) == \
        "Walter, you old fool, I said to myself."
