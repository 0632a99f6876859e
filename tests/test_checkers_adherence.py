"""Adherence findings: third person, impersonation, wrong name, repetition; and what must stay silent."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulate.checkers.adherence import AdherenceChecker, is_person_name
from simulate.checkers.conversation import TurnIn
from simulate.checkers.findings import KINDS, Finding
from simulate.checkers.readers import read_spc_csv

from conftest import SPC_VALID, needs_spc

JASMINE, WALTER, NADIA = "Jasmine Alvarez", "Walter Pruitt", "Nadia Haddad"
NAME_KINDS = {"third_person", "impersonation", "wrong_name"}


def said(speaker: str, text: str, names: tuple[str, ...] = (JASMINE, WALTER), *, addressee: str | None = None,
         before: tuple[tuple[str, str], ...] = ()) -> list[Finding]:
    """Findings of `text` said by `speaker`, after the turns in `before`."""
    checker = AdherenceChecker("c1", names)
    for index, (who, line) in enumerate(before):
        checker.add(TurnIn(speaker=who, text=line), index)
    return checker.add(TurnIn(speaker=speaker, text=text), len(before), addressee=addressee)


def kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def test_the_four_kinds_are_finding_kinds() -> None:
    assert {"third_person", "impersonation", "wrong_name", "repetition"} <= set(KINDS)


@pytest.mark.parametrize("label, expected", [
    ("Jasmine Alvarez", True), ("Walter", True), ("Ji-ho Kim", True), ("José Núñez", True), ("Ludwig van Beethoven", True),
    ("jasmine", False),
    ("User 1", False), ("User 2", False), ("Speaker A", False), ("Persona B", False), ("agent", False),
    ("interviewer", False), ("Bob 2", False), ("", False)])
def test_which_labels_are_names(label: str, expected: bool) -> None:
    assert is_person_name(label) is expected


# ---- third_person ----
@pytest.mark.parametrize("text", [
    "Walter Pruitt, who you mentioned, and I'm wondering what you think.",
    "Walter is a retired teacher, you know.",
    "Walter thinks the soup kitchen needs more hands.",
    "Sure. Walter Pruitt has been volunteering there for years.",
    "Walter, a retired gym teacher, likes his coffee black.",
])
def test_third_person_found(text: str) -> None:
    findings = said(WALTER, text)
    assert kinds(findings) == ["third_person"]
    finding = findings[0]
    assert finding.against == [{"turn": 0}] and finding.slot == "name" and finding.speaker == WALTER
    assert "Walter" in finding.message and finding.confidence >= 0.8


@pytest.mark.parametrize("text", [
    "I'm Walter, nice to meet you.",
    "I'm Walter, Walter Pruitt, a retired gym teacher.",
    "Walter here. How was your week?",
    "My name is Walter Pruitt and I taught gym.",
    "Call me Walt, everyone does.",
    "Walter: I taught gym for thirty years.",
    "Walter Pruitt: my week was quiet.",
    "It's me, Walter. I brought the soup.",
    "Jasmine is a student at UC Santa Cruz.",  # another persona in the third person is fine
    "My grandson is also named Walter and he loves soup.",
    "My grandfather Walter was a miner, and I was named after him.",
    "We drove past the old Walter Pruitt gym.",
    "Walter's the name, gym was the game.",
    'The kids wrote "Walter is the best coach" on the board.',
    "Love, Walter",
])
def test_third_person_not_found(text: str) -> None:
    assert "third_person" not in kinds(said(WALTER, text))


def test_a_first_name_that_is_a_word_needs_a_clear_verb() -> None:
    assert kinds(said(JASMINE, "Jasmine loves tide pooling more than anything.")) == ["third_person"]
    assert said(JASMINE, "Jasmine tea is my favourite in the morning.") == []
    assert said(JASMINE, "Jasmine flowers smell lovely in the spring.") == []


# ---- impersonation ----
@pytest.mark.parametrize("text", [
    "Jasmine: I think so too!",
    "That's fine by me. Jasmine: I think so too!",
    "**Jasmine Alvarez:** I study environmental science.",
    "Hi, I'm Jasmine and I study here.",
    "My name is Jasmine Alvarez.",
    "Hi, this is Jasmine.",
])
def test_impersonation_found(text: str) -> None:
    before = ((JASMINE, "Hi Walter! How was your week?"),)
    findings = said(WALTER, text, before=before)
    assert kinds(findings) == ["impersonation"]
    assert findings[0].against == [{"turn": 0}]  # Jasmine's latest turn
    assert JASMINE in findings[0].message and findings[0].slot == "identity"


def test_impersonation_evidence_is_the_turn_itself_when_the_persona_has_not_spoken() -> None:
    findings = said(WALTER, "Jasmine: hello there!", before=((WALTER, "Hello!"),))
    assert kinds(findings) == ["impersonation"] and findings[0].against == [{"turn": 1}]


@pytest.mark.parametrize("text", [
    "So this is Jasmine's favourite café.",
    "I'm Jasmine's mentor this term.",
    "I told you about it, Jasmine: the soup is ready.",
    "Jasmine is a student and I'm a retired teacher.",
    "Do you know what Jasmine: said?",
])
def test_impersonation_not_found(text: str) -> None:
    assert "impersonation" not in kinds(said(WALTER, text))


def test_what_follows_another_personas_label_is_not_read_as_the_speakers_own() -> None:
    findings = said(WALTER, "Nice to see you.\nJasmine: Thanks, Walter! Walter is so kind.")
    assert kinds(findings) == ["impersonation"]


# ---- wrong_name ----
@pytest.mark.parametrize("text, called", [
    ("Thanks, Walter!", "Walter"),
    ("That sounds great, Walter.", "Walter"),
    ("Walter, you should try the soup.", "Walter"),
    ("Nice to meet you Walter Pruitt!", "Walter Pruitt"),
    ("Walter! Good to see you again.", "Walter"),
])
def test_wrong_name_own_name(text: str, called: str) -> None:
    findings = said(WALTER, text, before=((JASMINE, "Hello!"),))
    assert kinds(findings) == ["wrong_name"]
    assert findings[0].message.startswith(f'calls {JASMINE} "{called}"')
    assert findings[0].against == [{"turn": 0}] and findings[0].slot == "name"


def test_wrong_name_a_third_persona() -> None:
    names = (JASMINE, WALTER, NADIA)
    findings = said(WALTER, "Hi Nadia, how are you?", names, addressee=JASMINE,
                    before=((JASMINE, "Hello Walter."), (NADIA, "Hi all.")))
    assert kinds(findings) == ["wrong_name"] and findings[0].against == [{"turn": 0}]
    # the same words to Nadia are right
    assert said(WALTER, "Hi Nadia, how are you?", names, addressee=NADIA) == []
    # without an addressee, three speakers: who is meant is unknown, so nothing
    assert said(WALTER, "Hi Nadia, how are you?", names) == []


@pytest.mark.parametrize("text", [
    "Thanks, Jasmine!",
    "Hi Jasmine, I'm Walter.",
    "Jasmine, you should try the soup.",
    "Thanks, Walt!",  # not a known name
    "Thanks, Biscuit! Good dog.",  # a pet: not a known name
    "Do you know Walter Pruitt?",
    "Love, Walter",
    "Walter, with his brother, went to the game.",  # an appositive, not an address
    'My students used to shout "Thanks, Walter!" after every class.',  # reported words
    "My students used to shout “Thanks, Walter!” after every class.",
    "Well, as I was telling my granddaughter just the other day when we were out, it's me, Walter.",
])
def test_wrong_name_not_found(text: str) -> None:
    assert "wrong_name" not in kinds(said(WALTER, text))


def test_a_third_persona_mentioned_is_not_addressed() -> None:
    names = (JASMINE, WALTER, NADIA)
    for text in ("I had lunch with my friend, Nadia.", "Do you know Nadia?", "Nadia, Jasmine and I cooked."):
        assert said(WALTER, text, names, addressee=JASMINE) == []


def test_speakers_not_among_the_names_get_no_name_findings() -> None:
    checker = AdherenceChecker("c1", [])
    checker.add(TurnIn(speaker=JASMINE, text="Hello!"), 0)
    assert checker.add(TurnIn(speaker=WALTER, text="Thanks, Walter! Walter thinks so too."), 1) == []


def test_the_addressee_is_the_other_of_two_speakers_only() -> None:
    two = said(WALTER, "Hi Jasmine! Thanks, Walter!", before=((JASMINE, "Hello."),))
    assert kinds(two) == ["wrong_name"] and two[0].against == [{"turn": 0}]
    assert two[0].message.startswith(f'calls {JASMINE} "Walter"')
    # three personas and no addressee given: one's own name is still wrong, the evidence is the turn itself
    three = said(WALTER, "Thanks, Walter!", (JASMINE, WALTER, NADIA), before=((JASMINE, "Hello."),))
    assert kinds(three) == ["wrong_name"] and three[0].against == [{"turn": 1}]
    assert three[0].message.startswith('calls the person addressed "Walter"')


# ---- labels that are not names ----
def test_role_labels_switch_name_kinds_off() -> None:
    names = ("User 1", "User 2")
    assert said("User 1", "User 1 is a teacher. User 2: hi! Thanks, User 1!", names) == []


# ---- repetition ----
LINE = "I spent the whole weekend at the soup kitchen with my neighbours."


def test_repetition_of_an_own_turn() -> None:
    before = ((WALTER, LINE), (JASMINE, "Oh nice."))
    findings = said(WALTER, LINE.upper(), before=before)
    assert kinds(findings) == ["repetition"]
    assert findings[0].against == [{"turn": 0}] and findings[0].confidence >= 0.9


def test_near_repetition_and_all_earlier_copies_as_evidence() -> None:
    near = "I spent the whole weekend at the soup kitchen with my neighbours too."
    before = ((WALTER, LINE), (JASMINE, "Oh nice."), (WALTER, LINE))
    findings = said(WALTER, near, before=before)
    assert kinds(findings) == ["repetition"] and findings[0].against == [{"turn": 0}, {"turn": 2}]


def test_a_question_asked_a_third_time_is_a_loop() -> None:
    question = "What else do you like to do in your free time?"
    before = ((WALTER, question), (JASMINE, "Reading."), (WALTER, question), (JASMINE, "Still reading."))
    assert kinds(said(WALTER, question, before=before)) == ["repetition"]


def test_repetition_within_one_turn() -> None:
    findings = said(JASMINE, "You're going to help me with the soup. " * 8)
    assert kinds(findings) == ["repetition"] and findings[0].against == [{"turn": 0}]
    assert "8 times" in findings[0].message
    assert said(JASMINE, "You're going to help me with the soup. " * 2) == []


@pytest.mark.parametrize("first, again", [
    ("Thank you.", "Thank you."),
    ("Hi! How are you?", "Hi! How are you?"),
    ("I'll keep that in mind, thanks.", "I'll keep that in mind, thanks."),  # short: twice is talk
    ("What's your favorite part of your job?", "What's your least favorite part of your job?"),
    ("Oh, that's a great book! I love that one too.", "Oh, that's a great song! I love that one too."),
    ("What else do you like to do in your free time?", "What else do you like to do in your free time?"),
])
def test_repetition_not_found(first: str, again: str) -> None:
    assert said(JASMINE, again, before=((JASMINE, first), (WALTER, "Right."))) == []


def test_a_short_line_said_a_third_time_is_a_loop() -> None:
    line = "I know, right? They're so good!"
    before = ((JASMINE, line), (WALTER, "Yes."), (JASMINE, line), (WALTER, "Indeed."))
    assert said(JASMINE, line, before=before)[0].against == [{"turn": 0}, {"turn": 2}]


STOCK = "I've heard good things about that book. I'll have to check it out."


def test_a_stock_reply_said_once_before_to_something_new_is_conversation() -> None:
    before = ((WALTER, "My favourite historical novel is The Book Thief."), (JASMINE, STOCK),
              (WALTER, "You should, it's great."), (JASMINE, "What's your favourite mystery?"),
              (WALTER, "Probably The Girl on the Train by Paula Hawkins."))
    assert said(JASMINE, STOCK, before=before) == []


def test_a_stock_reply_to_the_same_prompt_or_right_after_itself_is_a_loop() -> None:
    prompt = "My favourite historical novel is The Book Thief."
    before = ((WALTER, prompt), (JASMINE, STOCK), (WALTER, "You should, it's great."), (JASMINE, "What else?"),
              (WALTER, prompt))
    assert kinds(said(JASMINE, STOCK, before=before)) == ["repetition"]  # the same prompt, the same reply
    before = ((WALTER, prompt), (JASMINE, STOCK), (WALTER, "Probably The Girl on the Train by Paula Hawkins."))
    assert kinds(said(JASMINE, STOCK, before=before)) == ["repetition"]  # one's own last turn again


def test_facts_told_again_to_something_new_are_repetition() -> None:
    before = ((WALTER, LINE), (JASMINE, "Oh nice."), (WALTER, "Anyway."), (JASMINE, "What did you do at the weekend?"))
    assert kinds(said(WALTER, LINE, before=before)) == ["repetition"]


def test_repetition_only_within_the_window_and_the_speakers_own_turns() -> None:
    checker = AdherenceChecker("c1", (JASMINE, WALTER), window=2)
    checker.add(TurnIn(speaker=WALTER, text=LINE), 0)
    assert checker.add(TurnIn(speaker=JASMINE, text=LINE), 1) == []  # someone else's words
    for index in (2, 3):
        checker.add(TurnIn(speaker=WALTER, text=f"Something else entirely happened on day {index} of it."), index)
    assert checker.add(TurnIn(speaker=WALTER, text=LINE), 4) == []  # out of the window


def test_answers_to_probes_are_not_repetition() -> None:
    checker = AdherenceChecker("c1", (JASMINE, WALTER))
    checker.add(TurnIn(speaker="interviewer", text="Where do you live?", kind="probe_question", probe="p1"), 0)
    checker.add(TurnIn(speaker=WALTER, text="I live in Santa Cruz, near the old harbour.", probe="p1"), 1)
    again = TurnIn(speaker=WALTER, text="I live in Santa Cruz, near the old harbour.", probe="p1")
    assert checker.add(again, 2) == []


# ---- state ----
def test_record_false_leaves_the_checker_as_it_was() -> None:
    checker = AdherenceChecker("c1", (JASMINE, WALTER))
    checker.add(TurnIn(speaker=WALTER, text=LINE), 0)
    previewed = checker.add(TurnIn(speaker=WALTER, text=LINE), 1, record=False)
    assert kinds(previewed) == ["repetition"]
    again = checker.add(TurnIn(speaker=WALTER, text=LINE), 1, record=False)
    assert again == previewed
    # nothing of turn 1 was kept: a later copy cites turn 0 only, and Jasmine's latest turn is unknown
    assert checker.add(TurnIn(speaker=WALTER, text=LINE), 2)[0].against == [{"turn": 0}]
    checker2 = AdherenceChecker("c1", (JASMINE, WALTER))
    checker2.add(TurnIn(speaker=JASMINE, text="Hi."), 0, record=False)
    assert checker2.add(TurnIn(speaker=WALTER, text="Jasmine: hi!"), 1)[0].against == [{"turn": 1}]


PHRASES = ("Thanks, Walter!", "Hi Jasmine, how are you?", "Walter thinks so.", "Jasmine: I agree.",
           LINE, "I'm Jasmine.", "You're going to help me with the soup. " * 3, "Okay.", "Nadia, hello!")


@given(st.lists(st.tuples(st.sampled_from((JASMINE, WALTER, NADIA)), st.sampled_from(PHRASES)), max_size=30))
def test_previewing_every_turn_changes_nothing(turns: list[tuple[str, str]]) -> None:
    plain, previewed = AdherenceChecker("c1", (JASMINE, WALTER)), AdherenceChecker("c1", (JASMINE, WALTER))
    for index, (speaker, text) in enumerate(turns):
        turn = TurnIn(speaker=speaker, text=text)
        preview = previewed.add(turn, index, record=False)
        assert previewed.add(turn, index) == preview == plain.add(turn, index)


def test_window_must_be_positive() -> None:
    with pytest.raises(ValueError, match="window"):
        AdherenceChecker("c1", (), window=0)


# ---- real text ----

# the first turns of the default scenario on the embedded model (seed 7), as written
EMBEDDED = (
    (JASMINE,
      'The week before the first meet-up at the campus café, Walter Pruitt was on his way to work. He '
      "was a senior, and he's always been the one to make the last few hours before he left the house "
      'before'),
    (WALTER,
      'The week of the first meet-up at the campus café, Walter Pruitt, with your brother, Jasmine '
      'Alvarez, and the family you were part of last week, where you grew up and went to school.'),
    (JASMINE,
      'We were talking about how Walter Pruitt and the family we grew up in, which was a family with a '
      'lot of history and traditions. He was going to work, and he had to go to school, which was a big'
      ' part'),
    (WALTER,
      "Walter Pruitt, who you mentioned, and I'm wondering where he is and what his plans are, how he's"
      " going to get to school, and what his work life looks like. He's going to school, which means"),
    (JASMINE,
      "He's going to work at a farm stand, which is a family business, and he's going to be working on "
      "a farm, which is a job that's very involved and very demanding. He's going to have to work a lot"),
    (WALTER,
      "Walter Pruitt, who you mentioned, and I'm wondering, how he's going to make ends meet, and how "
      "he's going to get to make ends meet, and what kind of farm work can he do. He's"),
    (JASMINE,
      "He's going to be a farmer, which means he's going to grow and raise animals, which is a job that"
      " requires a lot of work and a lot of dedication. He's going to be doing a lot of farming work, "
      'and'),
)


def test_embedded_model_transcript() -> None:
    checker = AdherenceChecker("getting-to-know-s7-c0000", (JASMINE, WALTER))
    found = [f for index, (speaker, text) in enumerate(EMBEDDED)
             for f in checker.add(TurnIn(speaker=speaker, text=text), index)]
    assert [(f.turn, f.kind) for f in found] == [(3, "third_person"), (5, "third_person")]
    assert all(f.message.startswith('speaks of themself in the third person: "Walter Pruitt, who you mentioned')
               for f in found)


@needs_spc
def test_no_name_finding_on_synthetic_persona_chat() -> None:
    """Speaker labels there are "User 1" / "User 2": not names, so the name kinds must stay silent."""
    seen = 0
    for conversation in itertools.islice(read_spc_csv(SPC_VALID), 200):
        checker = AdherenceChecker(conversation.id, list(conversation.personas))
        for index, turn in enumerate(conversation.turns):
            found = checker.add(turn, index)
            assert not [f for f in found if f.kind in NAME_KINDS], (conversation.id, index, turn.text)
            seen += 1
    assert seen > 4000


@needs_spc
def test_no_name_finding_on_synthetic_persona_chat_with_names_given() -> None:
    """The same conversations with the labels renamed to people: still nothing (nobody is named there)."""
    rename = {"User 1": JASMINE, "User 2": WALTER}
    found: list[Finding] = []
    for conversation in itertools.islice(read_spc_csv(SPC_VALID), 200):
        checker = AdherenceChecker(conversation.id, (JASMINE, WALTER))
        for index, turn in enumerate(conversation.turns):
            renamed = turn.model_copy(update={"speaker": rename[turn.speaker]})
            found += [f for f in checker.add(renamed, index) if f.kind in NAME_KINDS]
    assert found == []
