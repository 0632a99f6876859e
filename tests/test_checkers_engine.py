"""Checking conversations: every kind of finding, with its evidence, and legitimate change left alone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from simulate.checkers.conversation import Conversation
from simulate.checkers.engine import ConversationChecker, check_conversation

T0 = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc)


def conv(turns: list[dict], facts: list[str] | None = None, timeline: list[dict] | None = None) -> Conversation:
    """A conversation where A has the given facts."""
    persona = {"facts": facts or [], "timeline": timeline or []}
    return Conversation.model_validate({"id": "c", "personas": {"A": persona}, "turns": turns})


def kinds(conversation: Conversation) -> list[tuple[int, str, list[dict]]]:
    """(turn, kind, against) of each finding."""
    return sorted(((f.turn, f.kind, f.against) for f in check_conversation(conversation)), key=lambda x: x[:2])


def test_persona_finding_names_the_fact() -> None:
    """Contradicting the card is a persona finding against that fact."""
    c = conv([{"speaker": "A", "text": "I live in Boston."}], facts=["I am 34.", "I live in Denver."])
    assert kinds(c) == [(0, "persona", [{"fact": 1}])]


def test_cross_turn_and_cross_session() -> None:
    """Same session: cross_turn; an earlier session: cross_session; each names the earlier turn."""
    c = conv([
        {"speaker": "A", "text": "I have two kids.", "session": 0},
        {"speaker": "B", "text": "Nice.", "session": 0},
        {"speaker": "A", "text": "I have no children.", "session": 0},
        {"speaker": "A", "text": "I have three kids.", "session": 1},
    ])
    assert kinds(c) == [(2, "cross_turn", [{"turn": 0}]),
                        (3, "cross_session", [{"turn": 0}, {"turn": 2}])]


def test_other_speakers_do_not_contradict_each_other() -> None:
    """Claims are per speaker."""
    c = conv([{"speaker": "A", "text": "I live in Denver."}, {"speaker": "B", "text": "I live in Boston."}])
    assert kinds(c) == []


def test_retest_for_a_repeated_probe() -> None:
    """Two answers to the same probe that disagree are a retest finding."""
    c = conv([
        {"speaker": "Q", "text": "What do you do?", "kind": "probe_question", "probe": "job"},
        {"speaker": "A", "text": "I work as a nurse.", "kind": "probe_answer", "probe": "job"},
        {"speaker": "Q", "text": "What do you do?", "kind": "probe_question", "probe": "job", "session": 1},
        {"speaker": "A", "text": "I work as a pilot.", "kind": "probe_answer", "probe": "job", "session": 1},
    ])
    assert kinds(c) == [(3, "retest", [{"turn": 1}])]


def test_repeated_question_text_counts_as_a_probe() -> None:
    """Without probe ids, answers to the same question are retests."""
    c = conv([
        {"speaker": "Q", "text": "Where do you live?"}, {"speaker": "A", "text": "I live in Oslo."},
        {"speaker": "Q", "text": "Where do you live?"}, {"speaker": "A", "text": "I live in Lima."},
    ])
    assert kinds(c) == [(3, "retest", [{"turn": 1}])]


def test_past_against_present_is_not_a_contradiction() -> None:
    """'I used to live in Ohio' and 'I live in Texas' both hold."""
    c = conv([{"speaker": "A", "text": "I used to live in Ohio."}, {"speaker": "A", "text": "I live in Texas."}],
             facts=["I live in Texas."])
    assert kinds(c) == []


def test_a_stated_move_supersedes_earlier_turns_but_not_the_card() -> None:
    """After 'I moved to Austin' the old city is history; the card still disagrees."""
    c = conv([{"speaker": "A", "text": "I live in Denver."}, {"speaker": "A", "text": "I just moved to Austin."},
              {"speaker": "A", "text": "I live in Austin."}], facts=["I live in Denver."])
    assert kinds(c) == [(1, "persona", [{"fact": 0}]), (2, "persona", [{"fact": 0}])]


def test_timeline_facts_apply_from_their_session() -> None:
    """A scheduled move changes the fact from its session on and clears the old city."""
    turns = [{"speaker": "A", "text": "I live in Denver.", "session": 0},
             {"speaker": "A", "text": "I live in Austin, Texas.", "session": 2},
             {"speaker": "A", "text": "I live in Denver.", "session": 3}]
    c = conv(turns, facts=["I live in Denver."], timeline=[{"session": 2, "facts": ["I live in Austin, Texas."]}])
    assert kinds(c) == [(2, "cross_session", [{"turn": 1}]), (2, "persona", [{"fact": 1}])]


def test_ages_advance_with_the_simulated_clock() -> None:
    """34 at the start and 35 fourteen months later is consistent; 38 is not."""
    later = (T0 + timedelta(days=430)).isoformat()
    c = conv([{"speaker": "A", "text": "I am 34.", "time": T0.isoformat()},
              {"speaker": "A", "text": "I am 35 years old.", "session": 1, "time": later},
              {"speaker": "A", "text": "I am 38 years old.", "session": 1, "time": later}],
             facts=["I am 34 years old."])
    assert kinds(c) == [(2, "cross_session", [{"turn": 0}]), (2, "cross_turn", [{"turn": 1}]),
                        (2, "persona", [{"fact": 0}])]


def test_findings_carry_a_message_slot_and_confidence() -> None:
    """The finding explains itself."""
    (finding,) = check_conversation(conv([{"speaker": "A", "text": "I hate hiking."}], facts=["I love hiking."]))
    assert finding.slot == "dislikes" and 0 < finding.confidence <= 1
    assert 'says "I hate hiking."' in finding.message and 'persona says "I love hiking."' in finding.message
    assert finding.record()["checker"] == "rules"


def test_checking_cost_does_not_grow_with_the_conversation() -> None:
    """The ledger keeps a bounded number of entries per value, however long the talk."""
    engine = ConversationChecker("c", {})
    from simulate.checkers.conversation import TurnIn

    for i in range(3000):
        engine.add(TurnIn(speaker="A", text="I live in Denver and I love jazz."), i)
    sizes = engine.ledger.get_state()
    assert max(sizes.values()) <= engine.ledger.keep


def test_a_persona_introducing_itself_by_another_name_contradicts_its_card() -> None:
    """The card's name is a fact: "Hi, I'm Alex" from Jasmine is a persona finding; "call me Jas" is not."""
    from simulate.checkers.conversation import persona_facts
    from simulate.persona import CoreFacts, PersonaCard

    card = PersonaCard(name="Jasmine Alvarez", facts=CoreFacts(age=20))
    personas = {card.name: persona_facts(card)}
    said = Conversation.model_validate({"id": "c", "personas": {k: v.model_dump() for k, v in personas.items()},
                                        "turns": [{"speaker": card.name, "text": "Hi, I'm Alex."},
                                                  {"speaker": card.name, "text": "Call me Jas."}]})
    found = check_conversation(said)
    assert [(f.turn, f.kind, f.slot) for f in found] == [(0, "persona", "name")]


def test_coverage_counts_checkable_turns_and_comparisons() -> None:
    """Turns with a claim are checkable; a claim meeting an earlier one on the same subject is compared."""
    from simulate.checkers.conversation import TurnIn

    engine = ConversationChecker("c", {})
    for index, text in enumerate(["Hello there!", "I knit every evening.", "Nice weather.", "I don't knit."]):
        engine.add(TurnIn(speaker="A", text=text), index)
    counts = engine.coverage["A"]
    assert (counts.turns, counts.checkable_turns, counts.compared) == (4, 2, 1)


def test_a_statement_both_readers_read_counts_once() -> None:
    """'I live in Boston' is a slot claim and an open claim: one claim read, and one compared later."""
    from simulate.checkers.conversation import TurnIn

    engine = ConversationChecker("c", {})
    for index, text in enumerate(["I live in Boston and I have two dogs.", "I live in Boston."]):
        engine.add(TurnIn(speaker="A", text=text), index)
    counts = engine.coverage["A"]
    assert (counts.checkable_turns, counts.claims, counts.compared) == (2, 3, 1)


def test_adherence_findings_come_with_the_contradictions() -> None:
    """A persona narrating itself by its own name is flagged by the default checker."""
    conversation = Conversation.model_validate({"id": "c", "personas": {"Walter Pruitt": {}, "Jasmine Alvarez": {}},
                                                "turns": [{"speaker": "Jasmine Alvarez", "text": "How are you?"},
                                                          {"speaker": "Walter Pruitt",
                                                           "text": "Walter Pruitt, who you mentioned, is tired today."}]})
    assert [f.kind for f in check_conversation(conversation)] == ["third_person"]


def test_a_general_denial_that_excepts_the_earlier_thing_does_not_contradict_it() -> None:
    """'Not into sports, but I like watching hockey' keeps the earlier 'I love hockey'; without the
    exception the denial contradicts it."""
    hedged = conv([{"speaker": "A", "text": "I love hockey."}, {"speaker": "B", "text": "Cool."},
                   {"speaker": "A", "text": "I'm not into sports, but I like watching hockey."}])
    plain = conv([{"speaker": "A", "text": "I love hockey."}, {"speaker": "B", "text": "Cool."},
                  {"speaker": "A", "text": "I'm not into sports at all."}])
    assert check_conversation(hedged) == []
    assert [f.kind for f in check_conversation(plain)] == ["cross_turn"]


def test_an_event_dated_after_an_earlier_never_is_news_not_a_contradiction() -> None:
    """"Never broken a bone" in May, then "I broke my wrist two weeks ago" in July: it happened since. Said a
    week later, "two weeks ago" was before the "never", so it contradicts it; without times nobody can tell."""
    from simulate.checkers.conversation import TurnIn

    start = datetime(2026, 5, 1, 10, tzinfo=timezone.utc)

    def flagged(gap: timedelta | None) -> bool:
        turns = [TurnIn(speaker="A", text="I've never broken a bone.", time=start if gap else None),
                 TurnIn(speaker="A", text="I broke my wrist two weeks ago.", session=1,
                        time=start + gap if gap else None)]
        return any(f.turn == 1 for f in check_conversation(Conversation(id="c", turns=turns)))

    assert not flagged(timedelta(days=60))
    assert flagged(timedelta(days=7))
    assert flagged(None)


def test_messages_name_sessions_only_once_there_are_sessions_and_verbs_as_written() -> None:
    """One session: "said at turn 0"; a later session: "said in session 1 (turn 0)"; slots read "hike", not "hik"."""
    from simulate.checkers.conversation import TurnIn

    def finding(session: int) -> str:
        turns = [TurnIn(speaker="A", text="I hike every weekend."), TurnIn(speaker="A", text="I never hike.", session=session)]
        found = [f for f in check_conversation(Conversation(id="c", turns=turns)) if f.turn == 1]
        assert found and found[0].slot == "hike"
        return found[0].message

    assert "said at turn 0" in finding(0)
    assert "said in session 1 (turn 0)" in finding(1)


def test_affirming_again_what_was_denied_is_no_exception() -> None:
    """'I hate mushrooms' then 'Mushrooms are my favourite food': the exception for a general denial only
    keeps an earlier affirmation, so this pair is flagged."""
    pair = conv([{"speaker": "A", "text": "I hate mushrooms."}, {"speaker": "B", "text": "Cool."},
                 {"speaker": "A", "text": "Mushrooms are my favourite food."}])
    assert [f.kind for f in check_conversation(pair)] == ["cross_turn"]


def test_a_drift_from_the_card_is_not_flagged_again_against_turns_that_said_the_card() -> None:
    """"I can't swim" after "I swim every morning" said in line with the card: one open finding, against the card."""
    turns = [{"speaker": "A", "text": "I swim every morning."}, {"speaker": "B", "text": "Nice."},
             {"speaker": "A", "text": "I don't swim."}]
    found = [(turn, kind) for turn, kind, _ in kinds(conv(turns, facts=["I swim every morning."]))]
    assert (2, "persona") in found
    assert (2, "cross_turn") not in found
    assert (2, "cross_turn") in [(turn, kind) for turn, kind, _ in kinds(conv(turns))]  # no card: the turn is the evidence


def _persona_findings(question: str) -> list[int]:
    said = Conversation.model_validate({
        "id": "c", "personas": {"B": {"facts": ["Mickey mouse is my favorite character."]}},
        "turns": [{"speaker": "A", "text": question}, {"speaker": "B", "text": "My favorite character is Olaf."}]})
    return [f.turn for f in check_conversation(said) if f.kind == "persona"]


def test_a_favourite_asked_within_a_work_is_no_favourite_of_all() -> None:
    assert _persona_findings("So, what's your favorite character from Frozen?") == []
    assert _persona_findings("So, what's your favorite character in the movie?") == []


def test_a_favourite_asked_without_a_scope_still_meets_the_card() -> None:
    assert _persona_findings("So, what's your favorite character?") == [1]
