"""The rules grammar, slot by slot: positive and negative, negation, tense, numbers in words."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulate.checkers import rules
from simulate.checkers.rules import extract_claims


def claims(text: str) -> list[tuple[str, Any, str, str]]:
    """(key, value, polarity, tense) of each claim."""
    return [(c.index_key, c.value, c.polarity, c.tense) for c in extract_claims(text)]


@pytest.mark.parametrize("text, expected", [
    # name
    ("My name is Maya.", ("name", "maya", "affirm", "present")),
    # age, numbers in words
    ("I am 34 years old.", ("age", 34, "affirm", "present")),
    ("I'm thirty-four.", ("age", 34, "affirm", "present")),
    ("I just turned forty", ("age", 40, "affirm", "present")),
    ("as a professional in my early forties, i've learned a lot", ("age", {"min": 40, "max": 43}, "affirm", "present")),
    ("Entering my sixties this year has given me perspective.", ("age", {"min": 59, "max": 61}, "affirm", "present")),
    ("Had my 21st at the pub last night, heaps of mates came.", ("age", {"min": 21, "max": 22}, "affirm", "present")),
    ("I'm Gen Z, born in 2001, so I don't remember a world without wifi.", ("age", {"born": 2001}, "affirm", "present")),
    ("(speaking as a boomer, born in '58, so take this with a pinch of salt) I think kids have it harder.",
     ("age", {"born": 1958}, "affirm", "present")),
    # birthplace
    ("I was born in Lagos, Nigeria.", ("birthplace", "lagos, nigeria", "affirm", "present")),
    # location: present, past, negated, change
    ("I live in Denver with my wife.", ("location", "denver", "affirm", "present")),
    ("I used to live in Ohio.", ("location", "ohio", "affirm", "past")),
    ("I don't live in Boston.", ("location", "boston", "deny", "present")),
    ("I'm based in Austin, Texas these days.", ("location", "austin, texas", "affirm", "present")),
    # occupation and employer
    ("I work as a nurse at the county hospital.", ("occupation", "nurse", "affirm", "present")),
    ("I'm a full-time plumber.", ("occupation", "plumber", "affirm", "present")),
    ("I was a teacher for ten years.", ("occupation", "teacher", "affirm", "past")),
    ("I work for Google.", ("employer", "google", "affirm", "present")),
    ("I am unemployed right now.", ("occupation", "unemployed", "affirm", "present")),
    # marital status
    ("I am married.", ("marital_status", "married", "affirm", "present")),
    ("I'm not married.", ("marital_status", "married", "deny", "present")),
    ("I am a widow.", ("marital_status", "widowed", "affirm", "present")),
    # children with counts
    ("I have three kids.", ("children", 3, "affirm", "present")),
    ("I have no children.", ("children", 0, "affirm", "present")),
    ("I don't have any kids.", ("children", 0, "affirm", "present")),
    ("I have a daughter.", ("children", {"min": 1}, "affirm", "present")),
    # pets: species, negation, past
    ("I have a dog named Max.", ("pets:dog", True, "affirm", "present")),
    ("I don't have any pets.", ("pets:any", True, "deny", "present")),
    ("I have never had a cat.", ("pets:cat", True, "deny", "past")),
    ("I used to have a hamster.", ("pets:hamster", True, "affirm", "past")),
    ("I have a Border terrier.", ("pets:dog", True, "affirm", "present")),
    # siblings
    ("I am an only child.", ("siblings", 0, "affirm", "present")),
    ("I have two brothers.", ("siblings:brother", 2, "affirm", "present")),
    # education
    ("I never went to college.", ("education:attended:college", "college", "deny", "present")),
    ("I graduated from university.", ("education:graduated:college", "college", "affirm", "present")),
    # religion, diet, health
    ("I am a devout Catholic.", ("religion", "christian", "affirm", "present")),
    ("I am vegetarian.", ("diet:meat_free", True, "affirm", "present")),
    ("I don't eat meat.", ("diet:meat_free", True, "affirm", "present")),
    ("I have diabetes.", ("health:diabetes", True, "affirm", "present")),
    ("I am allergic to peanuts.", ("health:allergy:peanuts", True, "affirm", "present")),
    # likes, dislikes, hobbies, favourites
    ("I really love hiking in the mountains.", ("taste:hiking in the mountains", "like", "affirm", "present")),
    ("I can't stand olives.", ("taste:olives", "dislike", "affirm", "present")),
    ("My favorite color is blue.", ("favourite:color", "blue", "affirm", "present")),
    ("My favourite film is Jaws.", ("favourite:movie", "jaws", "affirm", "present")),  # one kind, its names
    ("Being forty-two, I'm starting to feel my age.", ("age", 42, "affirm", "present")),
    ("The Beatles are my all-time favorite band.", ("favourite:band", "beatles", "affirm", "present")),
    ("Purple has always been my favourite colour.", ("favourite:color", "purple", "affirm", "present")),
    ("My hobby is knitting.", ("taste:knitting", "like", "affirm", "present")),
    # possessions
    ("I don't own a car.", ("possessions:car", True, "deny", "present")),
    ("I drive a red truck.", ("possessions:truck", True, "affirm", "present")),
])
def test_slot_statements(text: str, expected: tuple) -> None:
    """Each slot is read with its value, polarity and tense."""
    assert expected in claims(text)


@pytest.mark.parametrize("text", [
    "Do you have a dog?",
    "My sister lives in Boston.",
    "You said you are a nurse.",
    "I would love to live in Paris someday.",
    "I am a big believer in hard work.",
    "I am about 30.",
    "It is 5 minutes past noon.",
    "I had my 40th back in 2010.",  # a party long ago dates no age now
    "At forty, I finally learned to swim.",  # an age then
    "Being seventy, my dad is slowing down.",  # someone else's
    "My sister, born in 1990, is a nurse.",
    "We celebrated my 60th for my son's sake.",
    "",
])
def test_statements_that_claim_nothing_about_the_speaker(text: str) -> None:
    """Questions, other people, wishes and vague numbers give no claim of these slots."""
    assert [c for c in claims(text) if c[0] in ("pets:dog", "location", "occupation", "age")] == []


def test_statements_of_change_are_marked() -> None:
    """'I moved to X' and 'I just got a dog' supersede earlier claims."""
    (moved,) = extract_claims("I moved to Austin last year.")
    assert (moved.index_key, moved.value, moved.change) == ("location", "austin", True)
    assert any(c.change for c in extract_claims("We just adopted a puppy, I got a dog!"))


def test_masked_numbers_are_not_counts() -> None:
    """Synthetic-Persona-Chat masks numbers as 'a': 'a children' is at least one, not exactly one."""
    (claim,) = [c for c in extract_claims("I have a children and a dogs.") if c.slot == "children"]
    assert claim.value == {"min": 1}


def test_several_claims_in_one_utterance_with_spans() -> None:
    """Clauses are split; each claim keeps the sentence it came from."""
    text = "Hi! I'm 34, I live in Denver and I hate olives."
    found = extract_claims(text)
    assert {c.index_key for c in found} >= {"age", "location", "taste:olives"}
    for claim in found:
        assert text[claim.span[0]: claim.span[1]] == claim.text


def test_time_qualifiers_are_kept() -> None:
    """The time words of a claim are recorded with it."""
    (claim,) = [c for c in extract_claims("I moved to Austin last year.") if c.slot == "location"]
    assert claim.qualifier == "last year"
    (past,) = [c for c in extract_claims("I had a dog when I was a kid.") if c.slot == "pets"]
    assert past.qualifier == "when i was a kid" and past.tense == "past"


def test_going_to_a_place_is_not_the_future() -> None:
    """"I'm 18, I love going to the beach" states an age now; "I'm going to be 40" states none now."""
    (age,) = extract_claims("I'm 18 years old, I just love going to the beach and eating oysters.")
    assert (age.value, age.tense) == (18, "present")
    assert not [c for c in extract_claims("I'm going to be 40 next year.") if c.tense == "present"]


def test_a_favourite_that_is_a_function_word_is_no_value() -> None:
    """"My favorite band is up and I got to see them" (a slip for U2) gives no favourite to contradict."""
    assert not [c for c in extract_claims("My favorite band is up and i got to see them in concert once.")
                if c.slot == "likes"]
    assert [c.value for c in extract_claims("My favorite band is U2.") if c.slot == "likes"] == ["u2"]


def test_each_rule_declares_needs_that_every_match_contains() -> None:
    """A rule is tried only on sentences holding one of its `needs`: on the statements of the persona pairs,
    no rule matches a sentence without them (else the guard would hide a claim)."""
    from pathlib import Path

    import orjson

    from simulate.checkers.normalize import normalise, sentences
    from simulate.checkers.rules import _FILLER, _RULES  # the registry itself is under test

    pairs = Path(__file__).resolve().parent.parent / "bench" / "data" / "persona_pairs" / "spc_valid_pairs.jsonl"
    texts = {r[side] for r in map(orjson.loads, pairs.read_bytes().splitlines()) for side in ("premise", "hypothesis")}
    said = [_FILLER.sub("", normalise(raw)) for text in sorted(texts) for _, raw in sentences(text)]
    assert len(_RULES) >= 49 and all(needs for _, _, needs in _RULES)
    hidden = [(handler.__name__, s) for s in said for pattern, handler, needs in _RULES
              if pattern.search(s) and not any(t in s for t in needs)]
    assert not hidden, hidden[:5]
    assert sum(1 for s in said for pattern, _, _ in _RULES if pattern.search(s)) > 300  # the rules do match here


def test_a_rule_without_needs_is_refused() -> None:
    from simulate.checkers.rules import rule

    with pytest.raises(ValueError, match="needs at least one"):
        rule(r"\bi am (?P<v>\w+)", needs=())


def test_a_tagged_question_leaves_the_statement_readable() -> None:
    """"..., can you believe it?" and "..., you know?" end statements; a real question says nothing."""
    from simulate.checkers.normalize import without_tag_question

    assert without_tag_question("my grandson starts school in May, can you believe it?") == "my grandson starts school in May"
    assert without_tag_question("I love it, you know?") == "I love it"
    assert without_tag_question("Do you have a dog?") == "Do you have a dog?"
    assert [c.value for c in extract_claims("I have two dogs, you know?") if c.slot == "pets"]


def test_ages_from_years_and_life_events() -> None:
    """A birth year, a remembered event, grandchildren and years of service or marriage bound an age."""
    def ages(text: str) -> list[object]:
        return [c.value for c in extract_claims(text) if c.slot == "age"]

    assert ages("I was born in 1999.") == [{"born": 1999}]
    assert ages("I was born in the eighties.") == [{"born": 1980, "born_max": 1989}]
    assert ages("I remember watching the moon landing live.") == [{"born_by": 1965}]
    assert ages("I remember the moon landing from a documentary.") == []
    assert ages("My granddaughter starts uni this fall.") == [{"min": 35, "max": 124}]
    assert ages("My grandma's grandkids are everywhere.") == []
    assert ages("I retired after forty years' service.") == [{"min": 56, "max": 124}]
    assert ages("My dad retired after forty years' service.") == []
    assert ages("I've been married for thirty years.") == [{"min": 48, "max": 125}]
@pytest.mark.parametrize(("text", "low"), [
    ("My grandson starts school in September.", 35),
    ("I'm a proud grandma.", 35),
    ("I retired after forty years on the railway.", 56),
    ("I've been teaching for thirty years.", 46),
    ("My teenage daughter is driving me mad.", 26),
    ("My kids are all grown up now.", 36),
])
def test_a_life_stage_bounds_the_age_from_below(text: str, low: int) -> None:
    """Grandchildren, years of service and grown children imply a least age, never an exact one."""
    ages = [c.value for c in extract_claims(text) if c.slot == "age"]
    assert ages == [{"min": low, "max": 124}]


@pytest.mark.parametrize("text", ["My grandma is 90.", "I hope my future grandkids like dogs.",
                                  "My teenage years were wild.", "My stepson's teenage friends are loud.",
                                  "I'd love to retire after thirty years."])
def test_other_life_stages_bound_nothing(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


def test_a_tag_question_leaves_the_statement_standing() -> None:
    """"..., can you believe it?" ends a statement, not a question."""
    assert [c.value for c in extract_claims("I'm 40 now, can you believe it?") if c.slot == "age"] == [40]
    assert not extract_claims("Are you 40 now, can you believe it?")


def test_an_age_said_now_is_present_whatever_follows() -> None:
    """"I'm 24, still figuring out what I want to do": 24 now (not a future age)."""
    ages = [c for c in extract_claims("I'm 24, still figuring out what I want to do.") if c.slot == "age"]
    assert [(c.value, c.tense) for c in ages] == [(24, "present")]


@pytest.mark.parametrize(("text", "age"), [
    ("Being nineteen is weird.", 19),
    ("As a 23 year old I already feel ancient.", 23),
    ("I'm still in my twenties.", {"min": 20, "max": 29}),
    ("I'm only in my fifties.", {"min": 50, "max": 59}),
])
def test_ages_said_in_passing(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


def test_as_a_teenager_is_no_age_now() -> None:
    assert not [c for c in extract_claims("As a teenager I hated school.") if c.slot == "age"]


def test_an_only_sibling_of_a_kind_is_one() -> None:
    assert [(c.key, c.value) for c in extract_claims("My only sister lives in Perth.") if c.slot == "siblings"] == \
        [("siblings:sister", 1)]
    assert ("siblings:sister", 2) in [(c.key, c.value) for c in extract_claims("I've got two older sisters.")]


def test_an_age_in_a_sentence_about_later_is_now() -> None:
    said = extract_claims("I'm only in my fifties, so I've got years left before I can retire.")
    assert [(c.value, c.tense) for c in said if c.slot == "age"] == [({"min": 50, "max": 59}, "present")]


@pytest.mark.parametrize(("text", "age"), [
    ("My 40th birthday was last month.", {"min": 40, "max": 41}),
    ("My fortieth birthday party was last weekend.", {"min": 40, "max": 41}),
    ("I'm a teenager, life is unfair.", {"min": 11, "max": 19}),
    ("I'm in sixth form.", {"min": 11, "max": 19}),
    ("I'm a pensioner now.", {"min": 60, "max": 124}),
])
def test_ages_from_birthdays_and_life_stages(text: str, age: dict) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["My dad's 60th birthday was last month.", "I teach sixth form.",
                                  "My son's 18th is next week."])
def test_birthdays_and_stages_of_others_bound_nothing(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


def test_turning_an_age_soon_is_the_year_before_now() -> None:
    ages = [c for c in extract_claims("I'm turning 50 next month.") if c.slot == "age"]
    assert [(c.value, c.tense) for c in ages] == [({"min": 49, "max": 50}, "present")]


def test_an_age_said_of_anyone_is_no_age() -> None:
    assert not [c for c in extract_claims("Being sixteen is hard for kids these days.") if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("19 y/o, first year at uni lol", 19),
    ("Forty-two years old and still skating.", 42),
    ("im 27 tbh, been working for years now", 27),
    ("I'm 31 y/o.", 31),
    ("I hit fifty this year.", {"min": 50, "max": 51}),
    ("I reached 40 last month.", {"min": 40, "max": 41}),
])
def test_ages_said_as_fragments_and_milestones(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["15 years old, that's when I started working.", "20 years old is too young to marry.",
                                  "I hit 100 mph on the motorway.", "My son is 19 y/o."])
def test_ages_of_a_time_past_of_others_and_speeds_are_no_age(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("I'm in my late 20s.", {"min": 26, "max": 29}),
    ("I'm mid-thirties.", {"min": 33, "max": 36}),
    ("I'm pushing forty.", {"min": 37, "max": 40}),
    ("I'm on the wrong side of fifty.", {"min": 51, "max": 59}),
    ("I'm thirty-something.", {"min": 30, "max": 39}),
    ("Been driving a truck thirty years.", {"min": 46, "max": 124}),
    ("I've spent 25 years as a nurse.", {"min": 41, "max": 124}),
    ("I was born the year the Berlin Wall fell.", {"born": 1989}),
])
def test_ages_said_in_everyday_shapes(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["I'm nearly 40 minutes away.", "I spent five years as a kid in France.",
                                  "I've been dancing for twenty years.", "My son was born the year Obama got elected."])
def test_distances_childhoods_pastimes_and_others_bound_no_age(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("My son just graduated from university.", {"min": 32, "max": 124}),
    ("My eldest daughter got married in June.", {"min": 32, "max": 124}),
    ("I've been a firefighter for twenty years.", {"min": 36, "max": 124}),
    ("I'm 22 years young.", 22),
])
def test_ages_from_grown_children_years_in_a_job_and_years_young(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["My son just started school.", "I've been a vegetarian for twenty years.",
                                  "My friend's son got married."])
def test_young_children_diets_and_others_children_bound_no_age(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("Married at 20, that was 35 years ago.", {"min": 55, "max": 124}),
    ("I have three grandchildren.", {"min": 35, "max": 124}),
    ("19yo here, first year of uni.", 19),
])
def test_ages_from_then_and_since_and_grandchildren(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


def test_a_parent_married_long_ago_bounds_no_age() -> None:
    assert not [c for c in extract_claims("My mum married at 20, that was 35 years ago.") if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("I've been with the council for fifteen years.", {"min": 31, "max": 124}),
    ("I just got my driver's license.", {"min": 15, "max": 124}),
    ("I drive to work every day.", {"min": 15, "max": 124}),
])
def test_ages_from_years_with_an_employer_and_driving(text: str, age: object) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["My mum got her driving licence last week.", "I passed my driving test when I was 17."])
def test_licences_of_others_and_long_ago_bound_no_age(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]


@pytest.mark.parametrize(("text", "age"), [
    ("Mid-twenties, still living with my parents.", {"min": 23, "max": 26}),
    ("I just hit the big 4-0.", {"min": 40, "max": 41}),
    ("I'm sixty-ish.", {"min": 57, "max": 64}),
    ("I'll be 30 next month.", {"min": 29, "max": 30}),
    ("I'm not even 20 yet.", {"min": 1, "max": 19}),
])
def test_ages_said_as_milestones_and_rough_figures(text: str, age: object) -> None:
    assert age in [c.value for c in extract_claims(text) if c.slot == "age"]


def test_a_mothers_coming_birthday_is_no_age_of_mine() -> None:
    assert not [c for c in extract_claims("My mum will be 60 next month.") if c.slot == "age"]


def test_a_text_read_again_is_remembered_and_each_caller_gets_its_own_list(monkeypatch: pytest.MonkeyPatch) -> None:
    from simulate.checkers import rules  # noqa: PLC0415

    calls: list[str] = []
    real = rules._extract

    def counted(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(rules, "_extract", counted)
    rules._remembered.cache_clear()
    first = extract_claims("I am a nurse.")
    first.clear()
    again = extract_claims("I am a nurse.")
    assert calls == ["I am a nurse."] and again
    for n in range(4):  # four other texts later, the first is forgotten
        extract_claims(f"I have {n + 2} cats.")
    extract_claims("I am a nurse.")
    assert calls.count("I am a nurse.") == 2
    rules._remembered.cache_clear()


def test_threads_reading_at_once_read_what_one_thread_reads() -> None:
    texts = [f"I am {n} years old and I live in Leeds." for n in range(20, 40)] * 10
    alone = [extract_claims(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(extract_claims, texts)) == alone


@pytest.mark.parametrize("text", ["I was born in 1990.", "I was born in the 80s.", "I was born in May."])
def test_a_year_or_month_of_birth_is_no_birthplace(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "birthplace"]


def test_a_year_of_birth_said_with_two_digits_is_an_age() -> None:
    assert [(c.slot, c.value) for c in extract_claims("i was born in '82")] == [("age", {"born": 1982})]


_TRIGGER_TEXT = st.text(alphabet=st.sampled_from("abcdefghijklmnoprstuvwy0123456789 '-"), max_size=80)


@given(text=st.one_of(_TRIGGER_TEXT, st.sampled_from(["i am 23 yrs old", "my brother lives in ohio", "yo", "t", ""])),
       padding=_TRIGGER_TEXT)
def test_triggers_found_through_the_pair_index_are_every_trigger_in_the_sentence(text: str, padding: str) -> None:
    """The rules try only triggers whose first two characters occur; none that occurs is left out."""
    for sentence in (text, padding + text, text + padding):
        assert rules._triggers(sentence) == {t for t in rules._TRIGGERS if t in sentence}


def test_triggers_include_triggers_embedded_in_longer_words() -> None:
    sentence = "my grandmother's 2 sisters"
    found = rules._triggers(sentence)
    assert found and found == {t for t in rules._TRIGGERS if t in sentence}
    assert any(len(t) == 1 for t in found)  # the digit, tried apart from the index of pairs


@pytest.mark.parametrize(("text", "ages"), [("My back makes me feel like I'm 80 lol.", []),
                                            ("Honestly I act like I'm 12.", []), ("I'm 30 lol.", [30])])
def test_an_age_said_as_a_likeness_is_no_age(text: str, ages: list[int]) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == ages


@pytest.mark.parametrize(("text", "age"), [("I'm over 60 now.", {"min": 60, "max": 124}),
                                           ("I'm not even 30 lol.", {"min": 1, "max": 29}),
                                           ("I'm under 25.", {"min": 1, "max": 24})])
def test_an_age_said_as_a_bound(text: str, age: dict[str, int]) -> None:
    assert [c.value for c in extract_claims(text) if c.slot == "age"] == [age]


@pytest.mark.parametrize("text", ["I'm over 6 feet tall.", "I'm not even 30 minutes away.", "If I'm over 60 I get a discount.",
                                  "I'm over 100 days sober."])
def test_heights_distances_and_conditions_are_no_age_bound(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.slot == "age"]
