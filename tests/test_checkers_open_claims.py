"""Open claims: any first-person predicate, with polarity, time, quantity; what is not a claim stays silent."""

from __future__ import annotations

import pytest

from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.knowledge import default_knowledge
from simulate.checkers.open_claims import LIKE, extract_open_claims


def keys(text: str) -> set[tuple[str, str, str, str]]:
    """(predicate, object, polarity, time) of every claim read from `text`."""
    return {(c.predicate, c.object, c.polarity, c.time) for c in extract_open_claims(text)}


def flagged(first: str, second: str, *, sessions: tuple[int, int] = (0, 1)) -> bool:
    """Does one speaker saying `first` then `second` (with the other speaker between) get a finding?"""
    conversation = Conversation(id="c", turns=[
        TurnIn(speaker="A", text=first, session=sessions[0]), TurnIn(speaker="B", text="Oh, nice.", session=sessions[0]),
        TurnIn(speaker="A", text=second, session=sessions[1])])
    return any(f.turn == 2 for f in check_conversation(conversation))


@pytest.mark.parametrize(("text", "expected"), [
    ("I knit every evening.", ("knit", "", "affirm", "present")),
    ("I've never held knitting needles.", ("hold", "knitting needle", "deny", "ever")),
    ("I don't speak any French.", ("speak", "french", "deny", "present")),
    ("I'm not a big fan of jazz.", (LIKE, "jazz", "deny", "present")),
    ("I swam across the lake on Sunday.", ("swim", "", "affirm", "recent")),
    ("I used to smoke.", ("smok", "", "affirm", "remote")),
    ("I have been to Paris twice.", ("go to", "paris", "affirm", "ever")),
    ("I am afraid of heights.", ("be afraid of", "height", "affirm", "present")),
    ("I go rock climbing every weekend.", ("climb", "rock", "affirm", "present")),
])
def test_reads_predicate_object_polarity_and_time(text: str, expected: tuple[str, str, str, str]) -> None:
    """Each form gives the expected claim."""
    assert expected in keys(text)


def test_objects_joined_by_and_are_each_a_claim() -> None:
    """"bacon and eggs" is two things had."""
    assert {("have", "bacon", "affirm", "recent"), ("have", "egg", "affirm", "recent")} <= \
        keys("We had bacon and eggs for breakfast.")


def test_possessions_named_with_my_and_their_count() -> None:
    """"my two daughters" says the speaker has two daughters; an ex or a late one is not had now."""
    (claim,) = [c for c in extract_open_claims("My two daughters are in college.") if c.object == "daughter"]
    assert claim.predicate == "have" and claim.quantity == 2
    ex_wife = [c for c in extract_open_claims("My ex-wife lives in Leeds.") if c.object == "wife"]
    assert [c.time for c in ex_wife] == ["past"]  # had a wife once, not now
    late = [c for c in extract_open_claims("My late husband loved fishing.") if c.object == "husband"]
    assert [c.time for c in late] == ["past"]  # had a husband once, not now
    first = [c for c in extract_open_claims("My first car was a Mini.") if c.object == "car"]
    assert [c.time for c in first] == ["past"]


@pytest.mark.parametrize("text", [
    "Do you have any pets?", "I'd love to learn the piano.", "If I had a boat I would sail every day.",
    "I want to move to Spain.", "I wish I could swim.", "I'm going to start running.", "I think so.",
    "I don't know.", "I see what you mean.", "My sister is vegan.", "She said I was rude.",
])
def test_questions_wishes_plans_and_other_people_say_nothing_about_the_speaker(text: str) -> None:
    """Nothing in these is a claim about the speaker's own life now."""
    assert not [c for c in extract_open_claims(text) if c.predicate not in ("have",)]


@pytest.mark.parametrize(("first", "second"), [
    ("I knit every evening.", "I don't knit."),
    ("I speak fluent Portuguese.", "I don't speak Portuguese at all."),
    ("I play the cello in an orchestra.", "I don't play the cello."),
    ("I've never been to Japan.", "I went to Japan last spring."),
    ("I can't swim.", "I swam across the lake on Sunday."),
    ("I travel a lot for work.", "I never travel."),
    ("I love olives.", "I hate olives."),
    ("I have two cats.", "I have three cats."),
])
def test_explicit_contradictions_are_found(first: str, second: str) -> None:
    """Same predicate and object, opposite polarity (or another count), overlapping time."""
    assert flagged(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("I used to smoke.", "I don't smoke."),                      # past against present: a change
    ("I smoke.", "I quit smoking last year."),                   # a stated change
    ("I can swim.", "I don't swim much."),                       # able, but does not
    ("I'd love to learn the piano.", "I can't play the piano."), # a wish
    ("I play tennis.", "I didn't play tennis yesterday."),       # a habit and one day off
    ("I'm an artist.", "I clean cages at the zoo."),             # two occupations
    ("My sister is vegan.", "I eat meat every day."),           # someone else's diet
    ("I don't have a sports car.", "I have a car."),             # a narrower denial
    ("I'm not working today.", "I work at the library."),        # today against a habit
])
def test_compatible_statements_are_not_flagged(first: str, second: str) -> None:
    """Look-alikes that can both be true."""
    assert not flagged(first, second)


def test_a_change_supersedes_but_a_later_relapse_is_flagged() -> None:
    """After "I quit smoking", saying "I still smoke every day" contradicts the quitting."""
    assert flagged("I quit smoking last year.", "I still smoke every day.")


def test_persona_fact_then_drift_blames_the_drifted_line() -> None:
    """Card: has a dog. The drifted line is flagged against the card; the true line after it is not."""
    conversation = Conversation.model_validate({"id": "c", "personas": {"A": {"facts": ["I have a dog."]}}, "turns": [
        {"speaker": "A", "text": "I don't have a dog."}, {"speaker": "B", "text": "Oh."},
        {"speaker": "A", "text": "I have a dog."}]})
    found = check_conversation(conversation)
    assert [(f.turn, f.kind) for f in found] == [(0, "persona")]


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {(c.predicate, c.object, c.polarity, c.time) for c in extract_open_claims(text)}


def test_did_before_a_noun_is_doing_it() -> None:
    """"I did a PhD" is doing a PhD (past); "I never did a master's" denies it for any time."""
    assert ("do", "phd", "affirm", "past") in _keys("I did my PhD in Leeds.")
    assert ("do", "master", "deny", "ever") in _keys("I never did a master's.")
    assert ("do", "dish", "affirm", "past") in _keys("I did the dishes.")


def test_a_particle_verb_with_of_keeps_its_object() -> None:
    """"I dropped out of high school" is about high school, not any dropping out."""
    assert ("drop out of", "high school", "affirm", "past") in _keys("I dropped out of high school.")
    assert not any(p == "drop out" for p, *_ in _keys("I dropped out of high school."))


def test_school_days_say_where_one_studied() -> None:
    """"my college roommate", "when I was at uni" presuppose going there; someone else's college does not."""
    assert ("go to", "college", "affirm", "past") in _keys("My college roommate is still my best friend.")
    assert ("go to", "university", "affirm", "past") in _keys("When I was at uni I lived on beans.")
    assert not any(o == "college" for _, o, *_ in _keys("My son's college roommate is nice."))
    assert not any(o == "college" for _, o, *_ in _keys("I'm saving for my college fund."))


def test_sorority_sisters_are_no_sisters() -> None:
    """A sorority or fraternity, and a soul sister, are not siblings."""
    assert not any(o in ("sister", "brother") for _, o, *_ in _keys("My sorority sisters are my best friends."))
    assert not any(o in ("sister", "brother") for _, o, *_ in _keys("My fraternity brothers called."))


@pytest.mark.parametrize(("text", "polarity", "time"), [
    ("I work nights at the hospital.", "affirm", "present"),
    ("I'm on the overnight shift at the warehouse.", "affirm", "present"),
    ("My twelve-hour shifts run from 7pm to 7am.", "affirm", "present"),
    ("I've never worked nights in my life.", "deny", "ever"),
    ("I don't work nights.", "deny", "present"),
])
def test_night_work_however_said(text: str, polarity: str, time: str) -> None:
    """Nights, overnight and evening-to-morning shifts are all night shifts."""
    assert ("work", "night shift", polarity, time) in _keys(text)


def test_night_work_of_others_or_wished_is_not_claimed() -> None:
    assert not any(o == "night shift" for _, o, *_ in _keys("My husband works nights."))
    assert not any(o == "night shift" for _, o, *_ in _keys("I'd never work nights again if I could help it."))


@pytest.mark.parametrize(("text", "claim"), [
    ("My big sister always bossed me around.", ("have", "older sister", "affirm", "present")),
    ("Growing up I shared a room with my little brother.", ("have", "younger brother", "affirm", "present")),
    ("I'm the oldest of three.", ("be", "eldest child", "affirm", "present")),
    ("I'm the baby of the family.", ("be", "youngest child", "affirm", "present")),
    ("Our eldest just passed her driving test.", ("have", "child", "affirm", "present")),
    ("Being a grandad is the best thing that ever happened to me.", ("be", "grandad", "affirm", "present")),
    ("When I was a junior doctor doing nights I barely slept.", ("be", "junior doctor", "affirm", "past")),
    ("When they took my appendix out I was in for a week.", ("have", "surgery", "affirm", "past")),
])
def test_family_roles_and_events_said_in_passing(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


@pytest.mark.parametrize("text", ["My oldest friend is visiting.", "She's like a big sister to me.",
                                  "My big brother died when I was six.", "I'm the oldest in my office.",
                                  "They took my dog's tonsils out.", "If I had a big sister I'd be spoilt."])
def test_what_is_no_family_or_event_of_ones_own(text: str) -> None:
    said = _keys(text)
    assert not {("have", "child"), ("have", "older sister"), ("have", "older brother"), ("be", "eldest child"),
                ("have", "surgery")} & {(p, o) for p, o, *_ in said}


@pytest.mark.parametrize(("text", "claim"), [
    ("My eyesight's perfect.", ("have", "perfect eyesight", "affirm", "present")),
    ("My blood pressure has always been normal.", ("have", "normal blood pressure", "affirm", "present")),
    ("I've never needed glasses.", ("wear", "glasses", "deny", "ever")),
    ("I don't need an inhaler.", ("us", "inhaler", "deny", "present")),
    ("I'm out of work at the moment.", ("be", "unemployed", "affirm", "present")),
    ("My job keeps me so busy.", ("have", "job", "affirm", "present")),
    ("My guilty pleasure is spaghetti.", ("lik", "spaghetti", "affirm", "present")),
])
def test_states_said_another_way(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


def test_a_lost_job_is_no_job_now() -> None:
    assert ("have", "job") not in {(p, o) for p, o, *_ in _keys("I lost my job, my job was my life.")}


def test_not_going_to_college_is_for_good() -> None:
    """"I didn't go to college" is "never"; a day named keeps it to that day."""
    assert ("go to", "college", "deny", "ever") in _keys("I didn't go to college.")
    assert ("go to", "school", "deny", "ever") not in _keys("I didn't go to school yesterday.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I've only ever worked day shifts.", ("work", "night shift", "deny", "ever")),
    ("My faith in Jesus got me through.", ("be", "christian", "affirm", "present")),
    ("I still remember my bar mitzvah.", ("have", "bar mitzvah", "affirm", "past")),
    ("Hay fever season is killing me.", ("have", "hay fever", "affirm", "present")),
    ("I can't be in the same room as a spider.", ("be afraid of", "spider", "affirm", "present")),
    ("My pet tarantula is molting.", ("have", "tarantula", "affirm", "present")),
    ("It's Ramadan so I'm fasting this month.", ("fast for", "ramadan", "affirm", "present")),
    ("I have to inject my insulin before every meal.", ("inject", "insulin", "affirm", "present")),
    ("I'm not Jewish, never have been.", ("be", "jewish", "deny", "ever")),
    ("I don't eat pork, never have.", ("eat", "pork", "deny", "ever")),
])
def test_practices_and_conditions_said_in_passing(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("My pet peeve is lateness.", ("have", "pet")),
    ("My son's hay fever is driving him mad.", ("have", "hay fever")),
    ("I have to go to work tomorrow.", ("go to", "work")),
    ("I went to my cousin's bar mitzvah.", ("have", "bar mitzvah")),
])
def test_practices_of_others_or_once_are_not_claimed(text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(p, o) for p, o, *_ in _keys(text)}


@pytest.mark.parametrize(("text", "claim"), [
    ("When I broke my wrist skateboarding I was off school.", ("break", "bone", "affirm", "past")),
    ("The scar from my knee replacement still aches.", ("have", "surgery", "affirm", "past")),
    ("I work for myself, no boss.", ("be", "self-employed", "affirm", "present")),
    ("My shift at the supermarket ran late.", ("have", "job", "affirm", "present")),
    ("My youngest forgot his PE kit again.", ("have", "child", "affirm", "present")),
    ("My wife and I met at a wedding years ago.", ("have", "wife", "affirm", "present")),
    # a clause of time says its event happened, wherever the main clause starts
    ("The last time I flew out to see my cousins the flight got delayed.", ("fly", "", "affirm", "past")),
    ("The first time I rode a horse I fell straight off.", ("rid", "horse", "affirm", "past")),
    ("When I bought my house ten years ago prices were way lower.", ("buy", "house", "affirm", "remote")),
    ("Every time I fly I get a cold.", ("fly", "", "affirm", "present")),  # a habit, not one past flight
    # the thing as subject, liked or not
    ("Going for a run is genuinely my favourite part of the day.", ("lik", "go for run", "affirm", "present")),
    ("Country music is my absolute jam.", ("lik", "country music", "affirm", "present")),
    ("Cooking is the worst.", ("lik", "cook", "deny", "present")),
    ("Ironing is my idea of hell.", ("lik", "iron", "deny", "present")),
    ("Big parties are my idea of hell.", ("lik", "big party", "deny", "present")),
    ("Early starts are hell for me.", ("lik", "early start", "deny", "present")),
    ("Golf is the best sport going.", ("lik", "golf", "affirm", "present")),
    ("Nurse at the royal infirmary, twelve-hour shifts.", ("be", "nurse", "affirm", "present")),
    ("Jazz does nothing for me.", ("lik", "jazz", "deny", "present")),
    ("Opera leaves me cold.", ("lik", "opera", "deny", "present")),
    ("Purple's been my favourite colour for years.", ("lik", "purple", "affirm", "present")),
    ("With five grandchildren, my weekends are never quiet.", ("have", "grandchild", "affirm", "present")),
    # a meal told by what it is
    ("Breakfast was bacon and eggs.", ("have", "egg", "affirm", "recent")),
    ("Breakfast is always the same for me: cereal with whole milk.", ("have", "milk", "affirm", "present")),
    ("Big salad with avocado and chickpeas for lunch most days.", ("have", "salad", "affirm", "present")),
    ("There are no animals at mine, never have been.", ("have", "animal", "deny", "present")),
    ("There's not a single plant inside my flat.", ("have", "plant", "deny", "present")),
    ("I've got forty houseplants crammed into my flat.", ("have", "houseplant", "affirm", "present")),  # not "houseplants
    # crammed"
    ("I have an aquarium full of tropical fish.", ("have", "aquarium", "affirm", "present")),
    ("I've never baked bread.", ("bak", "bread", "deny", "ever")),  # a perfect, not "baked bread" had
    ("I never have baked beans.", ("have", "baked bean", "deny", "present")),
    ("I hate flying with a passion.", ("hat", "fly", "affirm", "present")),
    ("Never had a cigarette between my lips.", ("have", "cigarette", "deny", "past")),
])
def test_more_events_and_roles_said_in_passing(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("My old boss was a nightmare.", ("have", "boss")),
    ("My boss at my last job was awful.", ("have", "boss")),
    ("My replacement at work starts Monday.", ("have", "surgery")),
    ("I broke my phone screen.", ("break", "bone")),
    ("My wife and I divorced years ago.", ("have", "wife")),
    ("Mornings are the worst.", ("lik", "morning")),  # a time, not a thing done
    ("He is the best dog ever.", ("lik", "he")),  # someone, not a thing liked
    ("The doctor at the clinic said no.", ("be", "the doctor")),  # someone else
    ("Coffee at the cafe was nice.", ("be", "coffee")),
    ("He does nothing for me.", ("lik", "he")),
    ("With that said, I love it.", ("have", "that said")),
    ("My brother's breakfast was bacon and eggs.", ("have", "bacon")),  # someone else's meal
    ("Lunch was a disaster.", ("have", "disaster")),
])
def test_what_is_gone_or_no_event(text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(p, o) for p, o, *_ in _keys(text)}


@pytest.mark.parametrize(("text", "claim"), [
    ("It was just me growing up, only child all the way.", ("be", "only child", "affirm", "present")),
    ("I can't read the menu without my reading glasses.", ("wear", "glasses", "affirm", "present")),
    ("I retired from the post office in 2018.", ("be", "retired", "affirm", "present")),
    ("I'm type one diabetic.", ("be", "diabetic", "affirm", "present")),
    ("I keep my inhaler in my bag in case I get an attack.", ("keep", "inhaler", "affirm", "present")),
])
def test_yet_more_states_said_in_passing(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("My son is an only child.", ("be", "only child")),
    ("I retired from competitive swimming at twenty.", ("be", "retired")),
    ("My husband can't read without his glasses.", ("wear", "glasses")),
])
def test_yet_more_look_alikes(text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(p, o) for p, o, *_ in _keys(text)}


@pytest.mark.parametrize(("text", "claim"), [
    ("Heights are no bother to me.", ("be afraid of", "height", "deny", "present")),
    ("Flying doesn't faze me at all.", ("be afraid of", "fly", "deny", "present")),
    ("I've got no problem with clowns.", ("be afraid of", "clown", "deny", "present")),
    ("I absolutely lose it around spiders.", ("be afraid of", "spider", "affirm", "present")),
    ("Can't start the day without two big mugs of coffee.", ("have", "coffee", "affirm", "present")),
    ("I'm too scared to ever get on a plane.", ("get on", "plane", "deny", "ever")),
    ("I waited tables all through college.", ("have", "job", "affirm", "past")),
    ("I work strictly nine to five.", ("work", "night shift", "deny", "present")),
    ("I only ever work nights.", ("work", "night shift", "affirm", "present")),
])
def test_fear_habits_and_work_said_other_ways(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _keys(text)


def test_too_scared_without_ever_may_change() -> None:
    assert not any(p == "fly" and pol == "deny" for p, _, pol, _ in _keys("I'm too scared to fly."))
    assert not any(o == "tea" for _, o, *_ in _keys("My wife can't start the day without a pot of tea."))


def test_workmates_and_a_wedding_said_in_passing() -> None:
    assert ("have", "job", "affirm", "present") in _keys("My manager gave me a raise last week.")
    assert ("have", "job") not in {(p, o) for p, o, *_ in _keys("My old manager gave me a reference.")}
    assert ("be", "married", "affirm", "past") in _keys("My wedding day was the best day of my life.")
    assert ("be", "married") not in {(p, o) for p, o, *_ in _keys("My wedding day is booked for next June.")}


def test_a_spouse_lost_makes_a_widow_now() -> None:
    assert ("be", "widowed", "affirm", "present") in _keys("I lost my husband three years ago.")
    assert ("be", "widowed") not in {(p, o) for p, o, *_ in _keys("I lost my wife's ring yesterday.")}
    assert ("be", "widowed") not in {(p, o) for p, o, *_ in _keys("My first husband died young, I remarried.")}


def test_having_a_fear_of_something_is_being_afraid_of_it() -> None:
    assert ("be afraid of", "needle", "affirm", "present") in _keys("I have a real fear of needles.")
    assert ("be afraid of", "height", "deny", "present") in _keys("I've got no fear of heights.")
    assert not any(p == "be afraid of" for p, *_ in _keys("My sister has a fear of flying."))


def test_being_a_role_said_of_anyone_is_no_claim() -> None:
    assert not any(p == "be" for p, *_ in _keys("Being a parent is the hardest job in the world."))
@pytest.mark.parametrize(("text", "expected"), [
    ("We live in a flat, no garden at all.", ("have", "garden", "deny")),
    ("I spent all morning mowing our lawn.", ("have", "lawn", "affirm")),
    ("We bought our house back in 2010.", ("buy", "house", "affirm")),
])
def test_home_and_grounds(text: str, expected: tuple[str, str, str]) -> None:
    """What the speaker's home has or lacks, and buying it, read from the clause itself (see test_whereabouts)."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


def test_someone_elses_lawn_is_not_mine() -> None:
    """Mowing my dad's lawn says nothing of a lawn of my own."""
    from simulate.checkers.knowledge import default_knowledge

    kb = default_knowledge()
    said = {(d.predicate, d.object, d.polarity) for c in extract_open_claims("I mowed my dad's lawn.") for d in kb.expand(c)
            if d.via is None or not c.bare}  # (as the ledger records them: a bare claim implies nothing)
    assert ("have", "lawn", "affirm") not in said


def test_statements_without_their_i() -> None:
    """A denial of a state that leaves out "I" is read as if it said it (places: see test_whereabouts)."""
    assert ("own", "car", "deny") in {(c.predicate, c.object, c.polarity)
                                      for c in extract_open_claims("Don't own a car, never have.")}


@pytest.mark.parametrize("text", ["Don't worry about the car.", "Never mind.", "Go to Rome, you'll love it!"])
def test_commands_are_not_statements_without_i(text: str) -> None:
    """Commands say nothing of the speaker."""
    assert not [c for c in extract_open_claims(text) if c.predicate in ("own", "be in", "go to", "worry", "mind")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Korean? No, I don't speak any at all.", ("speak", "korean", "deny")),
    ("German's my mother tongue.", ("speak", "german", "affirm")),
])
def test_more_ways_of_saying_languages(text: str, expected: tuple[str, str, str]) -> None:
    """A topic-first denial and a native tongue (other ways: see test_whereabouts)."""
    assert expected in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


def _read(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "claim"), [
    ("Before I moved to Chicago five years ago I was in Denver.", ("mov to", "chicago", "affirm")),
    ("When I visited Paris, I ate snails.", ("visit", "paris", "affirm")),
    ("When I lived in Spain I learned Spanish.", ("learn", "spanish", "affirm")),  # the main clause, without its comma
    ("When I was a kid I hated broccoli.", ("hat", "broccoli", "affirm")),
    ("As a vegetarian, I skip the barbecue.", ("be", "vegetarian", "affirm")),
    ("Being right-handed, I grab scissors the normal way.", ("be", "right-handed", "affirm")),
    ("I grew up an only child.", ("be", "only child", "affirm")),
    ("I'm a single dad of two.", ("be", "single", "affirm")),
    ("I fell asleep in front of the telly.", ("watch", "tv", "affirm")),
])
def test_clauses_of_time_and_roles_said_in_passing_are_read(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _read(text)


@pytest.mark.parametrize(("text", "not_claim"), [
    ("If I moved to Paris I would learn French.", ("mov to", "paris", "affirm")),
    ("When I told him I was a nurse he laughed.", ("be", "nurse", "affirm")),
    ("As a nurse, my sister works nights.", ("be", "nurse", "affirm")),
    ("As a family, we go camping.", ("be", "family", "affirm")),
    ("Being honest, I hate it.", ("be", "honest", "affirm")),
    ("My dad fell asleep in front of the TV.", ("watch", "tv", "affirm")),
])
def test_hypotheses_complements_and_other_peoples_roles_are_not_read_as_mine(text: str, not_claim: tuple[str, str, str]) -> None:
    assert not_claim not in _read(text)
@pytest.mark.parametrize("text", ["Hi, I'm [user 1's name].", "Hello, I'm [name]. Nice to meet you!",
                                  "I love the [team] too!", "I live in [city]."])
def test_a_templates_empty_slot_names_nothing(text: str) -> None:
    """An unfilled slot of a template ("[name]") is no noun: nothing is read about it."""
    assert extract_open_claims(text) == []


def test_the_rest_of_a_sentence_with_an_empty_slot_still_reads() -> None:
    """Only the claim about the slot goes; the others keep the sentence as written."""
    claims = extract_open_claims("I have a dog named [dog name].")
    assert [(c.predicate, c.object) for c in claims] == [("have", "dog")]
    assert claims[0].text == "I have a dog named [dog name]."


@pytest.mark.parametrize(("text", "title"), [
    ("My favorite book is The Old Man and the Sea.", "the-old-man-and-the-sea"),
    ("My favorite mystery novel is The Murder of Roger Ackroyd by Agatha Christie.", "the-murder-of-roger-ackroyd"),
    ("I like My System by Aron Nimzowitsch.", "my-system"),
    ('My favorite book is "The Hitchhiker\'s Guide to the Galaxy" by Douglas Adams.',
     "the-hitchhiker's-guide-to-the-galaxy"),
    ("I love The Office.", "the-office"),
    ('My favorite song is "Seven Nation Army".', "seven-nation-army"),
    ('I read "Pride and Prejudice" every Christmas.', "pride and prejudice"),  # as it reads unquoted
])
def test_a_title_is_one_name(text: str, title: str) -> None:
    """A title after favourite/liking/reading reads as one name, not as the nouns inside it."""
    assert [c.object for c in extract_open_claims(text)] == [title]


@pytest.mark.parametrize(("text", "objects"), [
    ("I like Coldplay and Muse.", ["coldplay", "muse"]),
    ("I love The Beatles and I hate cats.", ["the-beatle", "cat"]),
    ("I love Harry Potter!", ["harry potter"]),
    ("I love the Eiffel Tower and the Champs-Elysees.", ["eiffel tower", "champs-elysee"]),
    ("I'm a big fan of The Killers and The Strokes too.", ["the-killer", "the-stroke"]),
    ("I'm a big fan of Catan and Ticket to Ride.", ["catan", "ticket-to-ride"]),
    ("I love The Lord of the Rings and To Kill a Mockingbird.", ["the-lord-of-the-ring", "to-kill-a-mockingbird"]),
    ("My favorite park is Central Park in New York City.", ["central park", "new york"]),
])
def test_names_that_are_no_title_read_as_before(text: str, objects: list[str]) -> None:
    """Two names joined by "and", a name without a small word, and the "I" after a title stay apart."""
    assert [o for o in objects if o not in {c.object for c in extract_open_claims(text)}] == []


@pytest.mark.parametrize(("text", "thing"), [
    ("I love the energy of a live show.", "live show energy"),
    ("I hate the sound of drums.", "drum sound"),
    ("I love the feeling of the wind in my hair.", "wind feeling"),
    ("I love all the layers of cheese and sauce.", "cheese layer"),
])
def test_the_aspect_of_a_thing_keeps_its_thing(text: str, thing: str) -> None:
    """"The smell/sound/energy of Y" is about Y: the object keeps it, so two of them do not meet."""
    assert [c.object for c in extract_open_claims(text)] == [thing]


def test_an_aspect_listed_after_another_is_read_too() -> None:
    """"The sound of rain and the smell of grass": two aspects, both read."""
    objects = [c.object for c in extract_open_claims("I love the sound of rain and the smell of grass.")]
    assert objects == ["rain sound", "grass smell"]


def test_a_role_of_a_place_is_still_the_role() -> None:
    """Only the aspect nouns keep their "of": "the manager of a restaurant" is a manager."""
    assert ("be", "manager") in {(c.predicate, c.object) for c in extract_open_claims("I'm the manager of a restaurant.")}


@pytest.mark.parametrize(("text", "objects"), [
    ("I love being a mom.", ["be mom"]),
    ("I've always been interested in being a custodian.", ["be custodian"]),
    ("I don't like being around people.", ["be around person"]),
    ("I love being part of a team.", []),
    ("I like being able to drive into the city.", []),
    ("Bees are essential and I love being a part of that.", []),
])
def test_being_keeps_what_one_is(text: str, objects: list[str]) -> None:
    """"Being" is read with what one is, or not at all: never as a bare "be"."""
    assert [c.object for c in extract_open_claims(text) if c.predicate != "be"] == objects


@pytest.mark.parametrize(("text", "objects"), [
    ("I like all kinds of music, but I especially like rock and roll.", ["music", "rock and roll"]),
    ("I love fish and chips.", ["fish and chip"]),
    ("I love cats and dogs.", ["cat", "dog"]),
])
def test_a_pair_named_as_one_thing_is_no_list(text: str, objects: list[str]) -> None:
    """"Rock and roll" is one thing the knowledge names; "cats and dogs" two."""
    assert [c.object for c in extract_open_claims(text)] == objects


@pytest.mark.parametrize(("text", "read"), [
    ("Okay, we can go to the movies then.", False),
    ("I'll text you later and we can figure it out.", False),
    ("We can all swim.", True),
    ("We can speak French at home.", True),
])
def test_we_can_as_a_plan_is_no_ability(text: str, read: bool) -> None:
    """"We can ... then/later/sometime" proposes a plan; without those words it says what we can do."""
    assert bool([c for c in extract_open_claims(text) if c.ability]) == read


@pytest.mark.parametrize(("text", "expected"), [
    ("Oh, I love both of those breeds!", ("lov", "breed")),
    ("I've read both of those books.", ("read", "book")),
])
def test_all_of_and_both_of_are_the_things(text: str, expected: tuple[str, str]) -> None:
    """"Both of those breeds" is those breeds: the "of" is no part of the verb."""
    assert expected in {(c.predicate, c.object) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "objects"), [
    ("He's my favorite superhero.", []),
    ("She is my favourite singer.", []),
    ("Pizza is my favorite food.", ["pizza"]),
])
def test_a_favourite_named_by_he_or_she_is_not_read_as_the_pronoun(text: str, objects: list[str]) -> None:
    """"He's my favorite superhero" points back to someone named before; "he" is no thing liked."""
    assert [c.object for c in extract_open_claims(text)] == objects


def test_a_hedged_we_is_we() -> None:
    """"I guess we have different preferences" is said of us, as "We have different preferences" is."""
    assert {c.subject for c in extract_open_claims("I guess we have different preferences.")} == {"we"}
    assert {c.subject for c in extract_open_claims("I think I have a cold.")} == {"i"}


@pytest.mark.parametrize("text", ["I love the feeling of being one with nature.", "I love the challenge of it.",
                                  "I enjoy the challenge of working with different types of equipment."])
def test_the_aspect_of_a_doing_or_of_it_reads_nothing(text: str) -> None:
    """"The feeling of being ...", "the challenge of it": no thing is named, so nothing is read."""
    assert extract_open_claims(text) == []


def test_a_known_compound_ending_in_a_gerund_is_kept_whole() -> None:
    """"Watching the figure skating": figure skating is one known thing, not "figure" and a clause of its own."""
    objects = {c.object for c in extract_open_claims("I love watching the figure skating and the gymnastics.")}
    assert "watch the figure skating" in objects and "watch the figure" not in objects


@pytest.mark.parametrize(("text", "doing"), [
    ("My hobbies are reading and hiking.", {("read", ""), ("hik", "")}),
    ("My favorite hobbies are listening to music and playing video games.", {("listen to", "music"), ("play", "video game")}),
    ("Fishing is my main hobby.", {("fish", "")}),
])
def test_hobbies_named_are_had_and_done_now(text: str, doing: set[tuple[str, str]]) -> None:
    claims = {(c.predicate, c.object) for c in extract_open_claims(text) if c.time == "present"}
    assert ("have", "hobby") in claims and doing <= claims


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm a student studying biology.", {("be", "student", "affirm"), ("study", "biology", "affirm")}),
    ("Hi, I'm a graduate student studying psychology.", {("be", "graduate student", "affirm"),
                                                         ("study", "psychology", "affirm")}),
    ("I am a mom raising three kids.", {("be", "mom", "affirm"), ("rais", "kid", "affirm")}),
    ("I'm a retiree living in Florida.", {("be", "retiree", "affirm"), ("liv in", "florida", "affirm")}),
])
def test_a_person_then_what_they_are_doing_reads_as_both(text: str, expected: set[tuple[str, str, str]]) -> None:
    """A noun phrase no longer swallows the clause after a person ("a student studying biology" read nothing)."""
    assert expected <= _read(text)


@pytest.mark.parametrize("text", ["I'm a scuba diving instructor.", "I'm a figure skating coach."])
def test_a_compound_ending_in_a_gerund_stays_one_noun(text: str) -> None:
    said = _read(text)
    assert any(p == "be" and o.endswith(("instructor", "coach")) and " " in o for p, o, _ in said)


def test_not_a_student_studying_law_denies_nothing() -> None:
    """It may deny only the law: no denial of being a student."""
    assert not {c for c in _read("I am not a student studying law.") if c[2] == "deny"}


def test_not_much_of_a_fan_is_a_weak_denial_of_liking_not_a_predicate_much_of() -> None:
    claims = [c for c in extract_open_claims("I'm not much of a fan of jazz.")]
    assert {(c.predicate, c.object, c.polarity) for c in claims} == {(LIKE, "jazz", "deny")}
    plain = next(c for c in extract_open_claims("I'm not a fan of jazz.") if c.predicate == LIKE)
    assert claims[0].confidence < plain.confidence
    never = [c for c in extract_open_claims("I've never been much of a fan of science fiction.") if c.predicate == LIKE]
    assert never and never[0].confidence < plain.confidence


@pytest.mark.parametrize("text", ["I'm not much of a reader.", "I've never been much of a gamer."])
def test_not_much_of_a_doer_says_how_much_not_whether(text: str) -> None:
    """"I'm not much of a reader" may read a book a week: no denial of reading, and no predicate 'be much of'."""
    assert not extract_open_claims(text)


def test_it_after_a_favourite_named_first_is_the_favourite() -> None:
    assert ("read", "harry potter", "affirm") in _read("Harry Potter is my favorite book series, I've read it five times.")
    assert not {c for c in _read("It is my favorite, I love it.") if c[1] in ("it", "")}


@pytest.mark.parametrize(("text", "claim"), [
    ("My favourite city is Paris, I go there every summer.", ("go to", "paris", "affirm")),
    ("I grew up in California and I still live there.", ("liv in", "california", "affirm")),
    ("I love Boston, I lived there for years.", ("liv in", "boston", "affirm")),
])
def test_there_after_a_place_named_earlier_is_that_place(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _read(text)


def test_there_after_a_thing_that_is_no_place_is_left_alone() -> None:
    assert not {c for c in _read("My favourite food is pizza, I go there every week.") if c[0] == "go to"}


@pytest.mark.parametrize("text", ["My childhood dog was a beagle.", "My childhood dog Rex used to sleep at the foot of my bed."])
def test_a_childhood_pet_was_had_then_not_now(text: str) -> None:
    said = {(c.predicate, c.object, c.polarity, c.time) for c in extract_open_claims(text)}
    assert ("have", "dog", "affirm", "past") in said
    assert ("have", "dog", "affirm", "present") not in said


def test_it_when_is_no_favourite() -> None:
    """"I hate it when my team loses" hates the losing, not the favourite named before it."""
    assert ("hat", "football", "affirm") not in _read("My favourite sport is football, I hate it when my team loses.")


@pytest.mark.parametrize("text", ["I'm a nanny raising three kids.", "I'm a girl having a bad day."])
def test_a_job_or_a_light_verb_after_the_person_gives_the_speaker_no_doing(text: str) -> None:
    assert not {c for c in _read(text) if c[0] in ("rais", "hav")}


@pytest.mark.parametrize(("text", "claim"), [
    ("I can't sew; I couldn't even thread a needle.", ("sew", "", "deny", "present")),  # a clause after ";"
    ("gonna be late, my car wont start AGAIN", ("have", "car", "affirm", "present")),  # not a future
    ("my macbook died in the middle of my essay", ("have", "macbook", "affirm", "present")),  # a machine stops
    ("At my current job I manage a team of twelve.", ("have", "job", "affirm", "present")),
    ("My two boys are both grown now.", ("have", "son", "affirm", "present")),
    ("Spiders are genuinely my worst nightmare.", ("be afraid of", "spider", "affirm", "present")),
    ("idk why people freak out about spiders, they dont scare me", ("be afraid of", "spider", "deny", "present")),
    ("I spent the whole of August 2015 in Edinburgh.", ("be in", "edinburgh", "affirm", "past")),
    ("The three years I spent living in Australia were the making of me.", ("be in", "australia", "affirm", "past")),
    ("Australia's the one place I've never been.", ("go to", "australia", "deny", "ever")),
    ("Coffee? Never touched it in my life.", ("drink", "coffee", "deny", "ever")),
    ("I read loads, about a book a week.", ("read", "", "affirm", "present")),
    ("forgot my inhaler before the mile run and almost died", ("have", "inhaler", "affirm", "present")),
    ("Our timeshare week in Lanzarote is booked for October.", ("have", "timeshare", "affirm", "present")),
    ("I keep about a dozen hives out back of the barn.", ("keep", "hive", "affirm", "present")),
    ("my father is no more, he expired in 2015 only.", ("have", "father", "deny", "present")),
    ("Moths? Naw, they don't bother me, harmless wee things.", ("be afraid of", "moth", "deny", "present")),
    ("Battery on my cordless drill died halfway through the shelves.", ("have", "cordless drill", "affirm", "present")),
    ("No meat at all.", ("eat", "meat", "deny", "present")),
    ("tinnitus ringing all day again. brutal.", ("have", "tinnitus", "affirm", "present")),
    ("public speaking energises me; keynotes are where i do my best work", ("lik", "public speaking", "affirm", "present")),
    ("my Swahili carried a three-hour negotiation this week", ("speak", "swahili", "affirm", "present")),
    ("My go-to quick lunch between school runs is tomato salsa.", ("lik", "tomato salsa", "affirm", "present")),
    ("and (this is my big regret) they never taught me Farsi", ("learn", "farsi", "deny", "ever")),  # an aside
    ("(I'm vegan btw) I love cooking.", ("be", "vegan", "affirm", "present")),
    ("When I moved away from Pike County for a spell, I went crazy.", ("liv outside", "pike county", "affirm", "past")),
    ("My wife's family is from Lisbon, and at dinner we all speak Portuguese.", ("speak", "portuguese", "affirm", "present")),
    ("I've never lived anywhere but Pike County, born here and raised here.",
     ("liv outside", "pike county", "deny", "ever")),
    ("Fizzy drinks? Three cans a day, easy.", ("drink", "soda", "affirm", "present")),
    ("Uni? Nah, never went, went straight into an apprenticeship.", ("go to", "uni", "deny", "ever")),  # object elided
    ("Sushi? Never tried.", ("have", "sushi", "deny", "past")),
    ("Cats? Got two.", ("have", "cat", "affirm", "present")),
    ("College? Dropped out.", ("drop out of", "college", "affirm", "past")),
    ("Wine? Don't drink, never have.", ("drink", "wine", "deny", "ever")),
    ("Twenty-twenty vision, me, never once needed glasses.", ("wear", "glasses", "deny", "ever")),  # after "X, me,"
    ("Geese are my one true terror.", ("be afraid of", "goose", "affirm", "present")),
    ("Can't do a handstand. Never could.", ("do", "handstand", "deny", "ever")),  # "never" said alone after
    ("I don't eat pork. Never have.", ("eat", "pork", "deny", "ever")),
    ("i fear nothing on gods green earth, least of all a goose", ("be afraid of", "goose", "deny", "present")),
])
def test_statements_said_in_passing_or_in_speech(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("I'm going out with my boys tonight.", ("have", "son")),  # uncounted "boys" may be friends
    ("I spent Christmas at my mum's.", ("be in", "mum'")),  # a home, no place
    ("My dog died last year.", ("have", "dog", "affirm", "present")),  # a pet that died is gone
    ("I gave up my allotment last year.", ("have", "allotment", "affirm", "present")),  # given up: no longer had
    ("My pool party is on Saturday.", ("have", "pool")),  # a party, no pool
    ("Never knew any of my grandparents, all four were gone before I was born.", ("have", "grandparent", "affirm")),
    ("No coffee today.", ("drink", "coffee")),  # not today is no habit
    ("I moved away from home at eighteen.", ("liv outside",)),  # home is no place
    ("I've only ever lived in Leeds, York and Hull.", ("liv outside",)),  # three places, not one
    ("Uni? Why, did you?", ("why",)),  # a question back names no doing
    ("Sushi? Love it.", ("lov", "sushi", "deny")),
])
def test_look_alikes_of_those_statements_say_no_more(text: str, absent: tuple[str, ...]) -> None:
    assert not {k for k in keys(text) if k[:len(absent)] == absent}


def test_a_claim_read_around_a_bracketed_aside_quotes_the_turn_as_written() -> None:
    said = "Hi, my name is (name) and I'm in the third grade."
    quoted = {c.text for c in extract_open_claims(said)}
    assert quoted == {said}


@pytest.mark.parametrize(("text", "restriction"), [
    ("I never drink coffee at night.", "night"),
    ("I never speak Dutch at work.", "work"),
    ("I don't have a degree in history.", "history"),
    ("I never go fishing in the ocean.", "ocean"),
    ("I don't speak Dutch at all.", None),  # no narrowing
    ("I've never smoked in my life.", None),
    ("I don't eat meat in any form.", None),
    ("I haven't eaten meat in over twenty years.", None),
    ("We don't have a piano at home.", None),
    ("I've never lived in Texas.", None),  # the place is the thing denied
])
def test_a_denial_is_marked_with_what_narrows_it(text: str, restriction: str | None) -> None:
    assert [c.restriction for c in extract_open_claims(text) if c.polarity == "deny"][:1] == [restriction]


@pytest.mark.parametrize("text", ["I'm retiring next year.", "We're getting married in June.",
                                  "I'm starting a new job next week."])
def test_a_plan_told_in_the_progressive_is_no_present_fact(text: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.time in ("present", "now") and c.polarity == "affirm"]


def test_a_pregnancy_told_with_its_due_date_is_present() -> None:
    assert ("expect", "twin", "affirm", "present") in keys("I'm expecting twins in two months.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I'm repainting the house I bought.", ("buy", "house", "affirm", "past")),
    ("The school I went to was tiny.", ("go to", "school", "affirm", "past")),
    ("The car I drive is old.", ("driv", "car", "affirm", "present")),
    ("I did fifty push-ups before breakfast.", ("do", "push-up", "affirm", "past")),  # a count after "did"
    ("At the last wedding I went to the speech was a disaster.", ("go to", "wedding", "affirm", "past")),
    ("The cruise we took round the Med was amazing.", ("be on", "cruise", "affirm", "past")),  # (and its synonyms)
    ("The first car I owned was a Mini.", ("own", "car", "affirm", "past")),
])
def test_a_thing_named_with_a_clause_of_the_speakers_says_what_they_did(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["The house I'd love to buy is in Maine.", "The man I thought I saw was gone.",
                                  "It's a picture of my family that I took on vacation.",
                                  "I used to be in the military and I now have a wheelchair."])
def test_a_wish_a_thought_or_a_clause_of_another_thing_says_nothing_of_it(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("buy", "see", "tak", "th")}


@pytest.mark.parametrize(("text", "claim"), [
    ("I have a few glasses of wine most weekends.", ("have", "wine", "affirm", "present")),  # "glasses", not "glasss"
    ("I never met any of my grandparents.", ("meet", "grandparent", "deny", "ever")),
    ("I live in a tiny studio flat above a chip shop.", ("liv in", "tiny studio flat", "affirm", "present")),
    ("Every Sunday I'm sea fishing off the end of the pier.", ("fish", "sea", "affirm", "present")),
    ("I'm not sea fishing anymore.", ("fish", "sea", "deny", "present")),
    ("I spent all Sunday afternoon mowing the lawn.", ("mow", "lawn", "affirm", "past")),
    ("I have never got married.", ("get", "married", "deny", "ever")),
    ("I've never walked down the aisle.", ("get", "married", "deny", "ever")),
])
def test_quantities_any_of_places_kinds_of_doing_and_time_spent(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("I'm just kidding.", ("kid", "just")),
    ("I'm done cooking for today.", ("cook", "done")),
    ("I was caught stealing.", ("steal", "caught")),
    ("I was poor growing up.", ("grow", "poor")),
    ("I've just got engaged!", ("get", "engaged")),  # news of a change, read as before
])
def test_words_of_how_or_when_before_a_gerund_name_no_kind_of_doing(text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(k[0], k[1]) for k in keys(text)}


@pytest.mark.parametrize(("text", "before"), [
    ("I gave up cigarettes when my daughter was born.", ("have", "cigarette")),
    ("I gave up drinking years ago.", ("drink", "")),
    ("I stopped eating meat last year.", ("eat", "meat")),
])
def test_giving_something_up_says_it_was_done_before(text: str, before: tuple[str, str]) -> None:
    assert any((k[0], k[1], k[2]) == (*before, "affirm") and k[3] in ("past", "remote") for k in keys(text))
    assert (*before, "deny", "present") in keys(text)


def test_wanting_to_quit_says_nothing_of_before() -> None:
    assert not keys("I want to quit smoking.")


def test_never_having_done_what_one_gave_up_is_flagged() -> None:
    assert flagged("I gave up cigarettes when my daughter was born.", "I've never smoked.")
    assert flagged("I'm married, twenty-five years this June.", "I've never walked down the aisle.")
    assert not flagged("My dad gave up smoking when I was born.", "I've never smoked.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I'm expecting our second in May.", ("be", "pregnant", "affirm", "present")),
    ("I'm not expecting, no babies on the way for us.", ("be", "pregnant", "deny", "present")),
    ("I've had a stamp collection going since I was eight.", ("have", "stamp collection", "affirm", "present")),
])
def test_expecting_a_baby_and_a_thing_kept_going(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I'm expecting a parcel.", "I'm not expecting much."])
def test_expecting_anything_else_is_no_pregnancy(text: str) -> None:
    assert not {k for k in keys(text) if k[1] == "pregnant"}


def test_where_a_thing_was_had_is_not_part_of_it() -> None:
    """"a plate of prawns down at the harbour": prawns, not "prawns down"."""
    assert ("have", "prawn", "affirm", "past") in keys("I had a lovely plate of prawns down at the harbour.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I never get up before eleven if I can help it.", ("get up", "early", "deny", "present")),
    ("I don't eat meat if I can help it.", ("eat", "meat", "deny", "present")),
    ("I don't fly if I have a choice.", ("fly", "", "deny", "present")),
])
def test_a_rule_kept_when_one_can_is_no_condition(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_real_condition_still_says_nothing() -> None:
    assert not keys("I'd eat meat if I had a choice.")


@pytest.mark.parametrize(("text", "claim"), [
    ("When I was waitressing in my twenties, the tips were amazing.", ("waitress", "", "affirm", "past")),
    ("I lived in Paris in my thirties.", ("liv in", "paris", "affirm", "past")),
])
def test_a_decade_of_ones_life_is_a_time_not_a_thing(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)
    assert not {k for k in keys(text) if k[1] in ("twenty", "thirty")}


@pytest.mark.parametrize(("text", "claim"), [
    ("I've never actually set foot in the States.", ("go to", "the states", "deny", "ever")),
    ("Whisky's my drink, a wee dram every night before bed.", ("lik", "whisky", "affirm", "present")),
    ("Gin is my tipple.", ("lik", "gin", "affirm", "present")),
    ("Had a couple of glasses of red last night with dinner.", ("have", "red wine", "affirm", "recent")),
    ("Sober eleven years now, one day at a time.", ("be", "sober", "affirm", "present")),
    ("Arre yaar, I'm from Chennai originally.", ("be from", "chennai", "affirm", "present")),
])
def test_emphasis_drinks_and_fragments_said_casually(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_drink_named_by_its_colour_only_after_a_glass_or_bottle() -> None:
    assert not {k for k in keys("My favourite colour is red.") if k[1] == "red wine"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I haven't been back to Nigeria since I left in 2005.", ("go to", "nigeria", "deny", "ever")),
    ("I finished school ages ago.", ("finish", "school", "affirm", "past")),
    ("I lived at home the whole way through school.", ("liv at", "home", "affirm", "past")),
    ("I don't speak Yoruba at all o.", ("speak", "yoruba", "deny", "present")),
    ("I don't know a word of Hindi yaar.", ("know", "hindi", "deny", "present")),
    ("I've got my daughter's name tattooed on my wrist.", ("have", "tattoo", "affirm", "present")),
])
def test_particles_ages_and_tattoos_said_casually(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_someone_elses_tattoo_is_not_mine() -> None:
    assert ("have", "tattoo", "affirm", "present") not in keys("My brother has a dragon tattooed on his back.")


@pytest.mark.parametrize(("text", "claim"), [
    ("Best thing I ate all week was the chicken tikka from the place round the corner.",
     ("eat", "chicken tikka", "affirm", "past")),
    ("Standing in front of the pyramids at Giza was the highlight of my life, honestly.", ("be in", "giza", "affirm", "past")),
    ("Lamb chops with mint sauce, that's my favourite dinner, I have it every week.", ("lik", "lamb chop", "affirm", "present")),
    ("The Lion King's my comfort film, I know every word.", ("lik", "lion king", "affirm", "present")),
])
def test_what_was_best_or_favourite_said_first(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["Meeting you was the best thing ever.", "Winning the lottery would be the best thing."])
def test_a_doing_wished_or_of_someone_else_is_not_mine(text: str) -> None:
    assert not keys(text)


@pytest.mark.parametrize("text", ["I don't drink, except a glass of champagne at weddings.",
                                  "I have never been abroad, except once to France.", "I never eat meat, except bacon."])
def test_a_denial_with_its_exceptions_is_no_plain_denial(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "deny"}


@pytest.mark.parametrize("text", ["Never tasted sushi this good before.", "I've never had a curry as good as this.",
                                  "I've never seen anything like this."])
def test_never_in_a_comparison_is_no_denial(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "deny"}


@pytest.mark.parametrize(("text", "claim"), [
    ("Oh cool. I live right in the middle of Manhattan, tiny apartment.", ("liv in", "manhattan", "affirm", "present")),
    ("Och, born and raised in Glasgow, me.", ("be from", "glasgow", "affirm", "present")),
])
def test_the_middle_of_a_place_is_the_place_and_och_opens_a_sentence(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)
    assert not {k for k in keys(text) if k[1] == "och"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I got mugged in Rome.", ("be", "mugged", "affirm", "past")),
    ("I was arrested at a protest in 2019.", ("be", "arrested", "affirm", "remote")),
    ("I got bitten by a dog as a kid.", ("be bitten by", "dog", "affirm", "remote")),
    ("I've never gotten arrested.", ("be", "arrested", "deny", "ever")),
    ("I was madly in love with my college sweetheart.", ("be in", "love", "affirm", "past")),
])
def test_an_event_undergone_and_an_adverb_of_degree(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_what_one_is_in_or_about_is_not_undergone_bare() -> None:
    assert not {k for k in keys("I'm interested in art.") if k[:2] == ("be", "interested")}
    assert not {k for k in keys("I was never arrested by anyone.") if k[:2] == ("be", "arrested") and k[2] == "affirm"}


def test_an_event_undergone_meets_its_denial() -> None:
    assert flagged("I've never been arrested.", "I got arrested at a protest in 2019.")
    assert flagged("I've never been mugged.", "I was mugged in Rome last year.")
    assert not flagged("I've never been bitten by a snake.", "I got bitten by a dog as a kid.")


def test_a_past_change_told_the_same_day_as_never_is_no_news() -> None:
    said = ("I've never been fired from a job.", "When I got fired from my first job I cried for days.")
    assert flagged(*said, sessions=(0, 0))
    assert not flagged(*said)  # sessions apart: it may have happened since
    assert not flagged("I've never been married.", "Guess what, I got married!", sessions=(0, 0))


@pytest.mark.parametrize(("text", "claim"), [
    ("Sugar I never touch, not even in tea.", ("eat", "sugar", "deny", "present")),
    ("Paris I've never seen.", ("see", "paris", "deny", "ever")),
    ("Not once in my life have I been fishing.", ("fish", "", "deny", "ever")),
    ("Not a single jigsaw have I done in my life, far too fiddly.", ("do", "jigsaw", "deny", "ever")),
    ("Not once have I worked a night shift.", ("work", "night shift", "deny", "ever")),
    ("A soldering iron is something I've never so much as held.", ("hold", "soldering iron", "deny", "ever")),
    ("Paris is somewhere I've never set foot.", ("go to", "paris", "deny", "ever")),
    ("Teaching's never been my job, I'd be rubbish with kids.", ("teach", "", "deny", "ever")),
    ("Sewing's beyond me, I get someone in.", ("sew", "", "deny", "present")),
    ("Handstands are impossible for me.", ("be useless at", "handstand", "affirm", "present")),
])
def test_a_thing_said_first_or_an_inverted_never(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["Not once have I worked a night shift.", "Never have I worked nights."])
def test_an_inverted_never_reads_no_affirmation(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "affirm"}


@pytest.mark.parametrize("text", ["The bus is impossible for me to catch.", "Nursing has never been a career I wanted.",
                                  "Spain is somewhere I'd love to go.", "Sarah, I can't drive."])
def test_look_alikes_of_things_said_first_say_nothing_of_them(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("be useless at", "do", "go to", "driv") and k[1]}


@pytest.mark.parametrize(("text", "claim"), [
    ("I own a little sailing boat moored in Falmouth.", ("own", "sailing boat", "affirm", "present")),
    ("I was adopted as a baby.", ("be", "adopted", "affirm", "ever")),
    ("Seeing the Sydney Opera House in person was a dream come true.", ("see", "sydney opera house", "affirm", "past")),
    ("The three years I lived in Toronto were the best of my life.", ("liv in", "toronto", "affirm", "past")),
])
def test_a_thing_placed_a_life_long_state_and_a_time_remembered(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["Seeing my kids grow up is amazing.", "My brother was adopted as a baby."])
def test_a_present_delight_or_someone_elses_adoption_says_nothing_of_mine(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("see", "be") and k[2] == "affirm"}


def test_a_time_of_day_beyond_me_is_no_doing() -> None:
    assert not {k for k in keys("Morning is hopeless for me.") if k[0] == "morn"}
    assert ("juggl", "", "deny", "present") in keys("Juggling's hopeless for me.")


@pytest.mark.parametrize(("text", "claim"), [
    ("Marathons? I've never run one and I never will.", ("run", "marathon", "deny", "ever")),
    ("My biggest fear is deep water, I won't go in past my knees.", ("be afraid of", "deep water", "affirm", "present")),
    ("My shifts are nights, ten till six.", ("work", "night shift", "affirm", "present")),
    ("Fish is my main protein, I have it most nights.", ("have", "fish", "affirm", "present")),
    ("Vaping is a constant habit of mine, it's a problem.", ("vap", "", "affirm", "present")),
])
def test_a_fear_a_staple_a_habit_and_a_shift_said_of_mine(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_fear_that_something_happens_names_no_thing_feared() -> None:
    assert not {k for k in keys("My biggest fear is that I'll die alone.") if k[0] == "be afraid of"}


def test_a_rule_said_with_usually_or_mostly_allows_its_exceptions() -> None:
    assert not flagged("I mostly work from home.", "I go into the office once a month for team meetings.")
    assert not flagged("I usually don't eat meat.", "I had a burger yesterday.")
    assert flagged("I don't eat meat.", "I had a burger yesterday.")
    assert flagged("I usually walk to work.", "I never walk to work.")


def test_a_subjectless_fear_and_a_skill_no_better_than_toast() -> None:
    assert flagged("Dogs. Can't go near them since one bit me.", "I've never been afraid of dogs.")
    assert not flagged("Don't go near the dogs.", "I've never been afraid of dogs.")
    assert ("cook", "", "deny", "present") in keys("I cannot cook anything more complicated than toast.")
    assert flagged("I cannot cook anything more complicated than toast.", "I cook a roast every Sunday.")


def test_mostly_said_of_a_reason_is_no_hedge() -> None:
    assert flagged("I'm vegan, have been since 2019, for the animals mostly.",
                   "We had a cheese board on Saturday and I went back for thirds, the brie was incredible.")


def test_a_hedge_in_another_clause_leaves_this_one_plain() -> None:
    assert flagged("I'm profoundly deaf in both ears, so I mostly communicate in sign language.",
                   "My hearing's totally fine, had it tested last month and it was perfect.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I'm glued to the telly every evening.", ("watch", "tv", "affirm", "present")),
    ("I've never sat behind a drum kit.", ("play", "drum", "deny", "ever")),
    ("I did my history degree at Oxford.", ("study at", "oxford", "affirm", "past")),
])
def test_the_telly_every_evening_a_drum_kit_and_a_degree_at_a_place(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_training_in_a_city_is_no_study_there() -> None:
    assert not {k for k in keys("I did my training in London.") if k[0] == "study at"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I've always been totally at ease around horses, they've never frightened me.", ("be afraid of", "horse", "deny", "ever")),
    ("I scream if I see a mouse, they terrify me.", ("be afraid of", "mouse", "affirm", "present")),
    ("The bigger the roller coaster the better, they don't scare me one bit.",
     ("be afraid of", "roller coaster", "deny", "present")),
    ("I go to the dentist every six months and it doesn't worry me at all.", ("be afraid of", "dentist", "deny", "present")),
    ("My phobia of birds is so bad I won't walk through a park with pigeons.", ("be afraid of", "bird", "affirm", "present")),
    ("I'm far too scared of ghosts to ever stay in a haunted house.", ("be afraid of", "ghost", "affirm", "present")),
])
def test_a_fear_told_of_they_it_or_my_phobia(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_far_too_is_too() -> None:
    assert not {k for k in keys("I'm far too scared of ghosts to ever stay in a haunted house.") if k[1] == "far"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I get migraines almost every week.", ("get", "migraine", "affirm", "present")),
    ("I've had three doses of the Covid vaccine.", ("have", "covid vaccine", "affirm", "ever")),
    ("Baking bread is a total mystery to me, I've never made a loaf.", ("bak", "bread", "deny", "present")),
    ("Knitting is completely foreign to me.", ("knit", "", "deny", "present")),
])
def test_how_often_doses_and_a_doing_that_is_a_mystery(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("I tore my ACL playing rugby.", ("tear", "acl", "affirm", "past")),
    ("I broke my arm playing rugby.", ("break", "arm", "affirm", "past")),
])
def test_a_doing_after_a_thing_hurt_is_not_part_of_it(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_known_compound_with_a_gerund_stays_whole() -> None:
    assert ("lov", "horse riding lesson", "affirm", "present") in keys("I love horse riding lessons.")


def test_almost_all_of_is_a_quantity_not_a_thing() -> None:
    assert ("read", "book", "affirm", "ever") in keys("Me too! I've read almost all of her books.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I've got just the one car.", ("have", "car", "affirm", "present")),
    ("I don't even know how the knight moves.", ("play", "chess", "deny", "present")),
    ("My colour vision is completely normal.", ("be", "colourblind", "deny", "present")),
    ("I'm currently doing an online course in data science.", ("study", "data science", "affirm", "present")),
])
def test_one_car_chess_unknown_colour_vision_and_a_course(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text) or (claim[1] == "colourblind" and ("be", "colorblind", "deny", "present") in keys(text))


def test_just_the_one_meets_two() -> None:
    assert flagged("I own two cars, a Ford Focus and a Land Rover.", "I've got just the one car.")
    assert flagged("I'm colour blind, I can't tell red from green.", "My colour vision is completely normal.")


def test_a_business_named_by_its_doing_stays_whole() -> None:
    assert ("run", "dog walking business", "affirm", "present") in keys("I run my own dog walking business.")


def test_never_this_or_that_denies_both() -> None:
    assert ("be", "head girl", "deny", "past") in keys("I was never a prefect or head girl, nothing like that.")
    assert ("be", "drinker", "deny", "present") in keys("I'm not a smoker or a drinker.")
    assert ("be", "nurse", "affirm", "present") not in keys("I am a teacher or a nurse.")


@pytest.mark.parametrize(("first", "second"), [
    ("I love coffee.", "I don't like coffee served in paper cups."),
    ("I adore my dog.", "I can't stand my dog chasing the cat."),
    ("I cook dinner every night.", "I don't cook anything fancier than pasta."),
    ("I teach at a primary school.", "Teaching's never been my job, it's my calling."),
    ("I'm not afraid of flying anymore.", "My old fear of flying is long gone."),
    ("I go shopping every Saturday.", "Shopping is impossible for me on weekdays."),
    ("I've never been shot.", "I got shot of my old car."),
    ("I've never been robbed.", "We got robbed by the referee last night."),
    ("I speak a little French.", "My French doesn't go beyond the basics."),
    ("I don't watch any TV now.", "As a kid I was glued to the telly every day."),
    ("I've never played the drums.", "I was sitting behind the drums at the concert."),
])
def test_look_alikes_of_this_sessions_readings_are_no_contradiction(first: str, second: str) -> None:
    assert not flagged(first, second, sessions=(0, 0))


@pytest.mark.parametrize(("first", "second"), [
    ("I'm not scared of horses.", "Horses? My daughter rides them but I'm terrified of them."),
    ("I work from home full-time.", "I usually commute into the office."),
    ("I'm vegan.", "I usually drink cow's milk."),
    ("I've never had a job.", "I got promoted to team leader last year."),
])
def test_a_third_partys_pronoun_or_a_hedged_habit_still_meets_its_contradiction(first: str, second: str) -> None:
    assert flagged(first, second, sessions=(0, 0))


def test_a_journey_to_a_country_is_abroad_even_with_no_home_known() -> None:
    assert flagged("I've never been abroad.", "We went to Spain last summer.", sessions=(0, 0))
    assert not flagged("I've never been abroad.", "We went to Paris last summer.", sessions=(0, 0))
    assert not flagged("I've never been abroad.", "My sister went to Spain last summer.", sessions=(0, 0))


@pytest.mark.parametrize(("text", "claim"), [
    ("I'm unemployed at the moment and sending out applications every day.", ("be", "unemployed", "affirm", "now")),
    ("I got promoted to store manager last month.", ("be", "store manager", "affirm", "present")),
])
def test_a_time_after_a_state_and_a_role_promoted_to(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("first", "second"), [
    ("I got divorced in 2012, it was messy.", "I remarried in 2016 and my wife and I are very happy."),
    ("I cut out sugar during the week.", "On Sunday I had a big slice of chocolate cake."),
    ("I'm usually in bed by ten.", "Last night I stayed up until two watching a movie."),
    ("I turned 40 last year.", "I'm 41 now, and it doesn't feel any different."),
])
def test_a_remarriage_a_weekday_rule_a_usual_bedtime_and_an_age_turned_last_year(first: str, second: str) -> None:
    assert not flagged(first, second, sessions=(0, 0))


def test_an_age_turned_now_still_meets_another() -> None:
    assert flagged("I just turned 40.", "I'm 52 now.", sessions=(0, 0))


@pytest.mark.parametrize(("text", "claim"), [
    ("I've had every iPhone since the 4S came out.", ("have", "iphone", "affirm", "present")),
    ("I've seen every Star Wars film.", ("see", "star wars film", "affirm", "ever")),
])
def test_every_thing_is_the_thing(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I loved every minute of it.", "I go there every day."])
def test_every_time_is_no_thing(text: str) -> None:
    assert not {k for k in keys(text) if k[1] in ("minute", "day")}


@pytest.mark.parametrize(("first", "second"), [
    ("I've been taking Italian lessons for three years.", "I've not had a single Italian lesson, ever."),
    ("I had a few salsa classes last year.", "I've never taken a salsa class."),
    ("I've never set foot in a church.", "Every Sunday as a kid I sat through church with my grandma."),
    ("I attend Mass weekly.", "I've never been to Mass."),
])
def test_a_lesson_is_taken_and_a_service_gone_to_whatever_the_light_verb(first: str, second: str) -> None:
    assert flagged(first, second, sessions=(0, 1))


def test_a_golf_course_is_no_lesson() -> None:
    assert flagged("I have never set foot on a golf course.", "I golf every Sunday with my brother-in-law.")
    assert ("tak", "golf course", "affirm", "past") not in {(d.predicate, d.object, d.polarity, d.time)
                                                          for c in extract_open_claims("I went to the golf course.")
                                                          for d in default_knowledge().expand(c)}


def test_it_after_a_thing_denied_is_that_thing() -> None:
    assert ("drink", "coffee", "deny", "present") in keys("I can't stand coffee and never drink it.")
    assert flagged("I drink four coffees a day.", "I can't stand coffee and never drink it.")
    assert not {k for k in keys("I didn't finish the marathon but I enjoyed it.") if k[0] == "enjoy"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I wouldn't know how to change a tyre if my life depended on it.", ("chang", "tyre", "deny", "present")),
    ("I have not ever tried geocaching.", ("geocach", "", "deny", "ever")),
    ("Geocaching isn't something I've ever tried, to be honest.", ("geocach", "", "deny", "ever")),
    ("I've never managed a single pull-up.", ("do", "pull-up", "deny", "ever")),
    ("I've been fly fishing on the Tweed every summer.", ("fish", "", "affirm", "present")),
    ("Birdwatching is my big weekend thing.", ("birdwatch", "", "affirm", "present")),
    ("The cryptic crossword over breakfast is a daily ritual for me.", ("do", "cryptic crossword", "affirm", "present")),
    ("I've never attempted a cryptic crossword.", ("have", "cryptic crossword", "deny", "ever")),
])
def test_emphasis_not_ever_never_managed_a_thing_been_doing_my_big_thing_and_a_ritual(text: str,
                                                                                     claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I've been busy working.", "Coffee is a daily ritual for me.", "I attempted to call him."])
def test_no_doing_read_into_busy_a_drink_or_an_attempt_to(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("do", "go", "work", "attempt", "call") and k[2] == "affirm" and k[1]}


def test_a_thing_with_two_words_before_its_head_is_also_the_last_two() -> None:
    assert flagged("I collect vintage fountain pens.", "I've never collected fountain pens, a cheap biro does me fine.")
    assert not flagged("I read non fiction books.", "I've never read a fiction book.")


def test_a_clause_taken_back_at_once_says_nothing() -> None:
    assert not flagged("I'm a world-class couch potato, joking, I do actually run.", "I run 5k three times a week.")
    assert ("be", "vegan", "affirm", "present") not in keys("I'm a vegan, just kidding, I love steak.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I never had a cigarette in my life.", ("have", "cigarette", "deny", "ever")),
    ("Clowns? Not scared of them one bit.", ("be scared of", "clown", "deny", "present")),
    ("I can't ice skate.", ("iceskat", "", "deny", "present")),
    ("I can ice skate backwards.", ("iceskat", "", "affirm", "present")),
])
def test_a_life_long_never_a_fear_denied_of_a_topic_and_skating_on_ice(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_skating_on_ice_is_not_skating_on_rollers() -> None:
    assert not flagged("I can't ice skate.", "I roller skate every weekend.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I don't speak any Mandarin, not even enough to say hello.", ("speak", "mandarin", "deny", "present")),
    ("Heights? Never bothered me.", ("be afraid of", "height", "deny", "past")),
    ("Crosswords? Never, they drive me up the wall.", ("do", "crossword", "deny", "ever")),
    ("My manager at Google is really supportive.", ("work at", "google", "affirm", "present")),
    ("I was a flight attendant for Emirates.", ("work for", "emirate", "affirm", "past")),
    ("Our house is in Brooklyn.", ("liv in", "brooklyn", "affirm", "present")),
    ("I grew up by the sea in Cornwall.", ("grow up in", "cornwall", "affirm", "past")),
    ("No fear of the dentist for me, I actually find it relaxing.", ("be afraid of", "dentist", "deny", "present")),
    ("Sixth form was honestly the best two years of my life.", ("go to", "sixth form", "affirm", "past")),
    ("I can read and write Arabic script.", ("read", "arabic", "affirm", "present")),
    ("I dread public speaking more than anything.", ("dread", "public speaking", "affirm", "present")),
    ("Baking bread is something I've never managed.", ("bak", "bread", "deny", "ever")),
])
def test_answers_places_jobs_and_emphasis_said_in_passing(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I've been a teacher for ten years.", "I was a bridesmaid for my sister.",
                                  "I don't earn even enough to pay rent."])
def test_no_workplace_in_a_time_or_a_favour_and_no_denial_of_earning(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("work for", "earn")}


@pytest.mark.parametrize(("first", "second", "flag"), [
    ("I've never tasted caviar.", "I eat caviar on my birthday every year.", True),
    ("I don't usually taste wine.", "I drank wine last night.", False),  # no "never"
    ("I never share dessert.", "I eat dessert every night.", False),  # sharing is not eating
    ("I never order pizza.", "We eat pizza every Friday, I make it myself.", False),
    ("I've never sat through a whole opera.", "I went to the opera in Vienna last year.", False),
    ("I never see my grandkids.", "I watch my grandkids on Tuesdays.", False),
    ("I never take work home.", "I go to work every day.", False),
    ("I've never finished school.", "I went to school in Leeds.", False),
    ("I've never driven a bus.", "I ride the bus to work.", False),
    ("I took my motorbike out of the garage to clean it.", "I've never ridden a motorbike.", False),
])
def test_a_never_meets_the_same_thing_done_with_another_verb_of_one_doing(first: str, second: str, flag: bool) -> None:
    assert flagged(first, second) is flag


def test_them_after_no_favourite_is_not_the_favourite() -> None:
    assert not {k for k in keys("I don't have a favorite doll, but I like all of them.") if k[0] != "have"}


@pytest.mark.parametrize(("text", "claim"), [
    ("I can't remember the last time I went to the cinema.", ("go to", "cinema", "deny", "present")),
    ("I never did Latin, my school didn't even offer it.", ("study", "latin", "deny", "ever")),
    ("During medical school I did my surgical rotation in Glasgow.", ("go to", "medical school", "affirm", "past")),
    ("I've never had a problem with crowds.", ("be afraid of", "crowd", "deny", "ever")),
    ("Engineering is what I studied at IIT Bombay.", ("study", "engineering", "affirm", "past")),
    ("I skipped most of my lectures in first year.", ("skip", "lecture", "affirm", "past")),
    ("I was homeschooled by my mum until I was fourteen.", ("be", "homeschooled", "affirm", "past")),
    ("I own three acres of farmland.", ("own", "farmland", "affirm", "present")),
])
def test_times_forgotten_subjects_done_schools_gone_to_and_things_by_the_acre(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_never_did_of_no_subject_is_read_as_it_is() -> None:
    assert not {k for k in keys("I never did go.") if k[0] == "study"}


@pytest.mark.parametrize(("text", "claim"), [
    ("We are having two dogs at home, both Labradors.", ("have", "dog", "affirm", "present")),
    ("I finished school decades ago.", ("finish", "school", "affirm", "remote")),
])
def test_things_had_the_indian_english_way_and_decades_ago(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_a_temple_visited_is_one_gone_to() -> None:
    assert flagged("I've never been to a temple.", "I visit the temple every Tuesday.")


@pytest.mark.parametrize(("text", "claim"), [
    ("Video games just don't interest me.", (LIKE, "video game", "deny", "present")),
    ("Been a Mac user for fifteen years, wouldn't switch.", ("us", "mac", "affirm", "present")),
    ("A bee stung me on the foot when I was a kid.", ("be stung by", "bee", "affirm", "past")),
    ("The night I got arrested was a real wake-up call.", ("be", "arrested", "affirm", "past")),
    ("Twenty minutes of meditation every morning, non-negotiable.", ("meditat", "", "affirm", "present")),
    ("I've been on the same rugby team since school.", ("play", "rugby", "affirm", "present")),
    ("The best gig I've ever been to was Arctic Monkeys in 2014.", ("go to", "gig", "affirm", "ever")),
    ("I find football so boring, I never watch it.", (LIKE, "football", "deny", "present")),
    ("Took the motorbike out along the coast road on Sunday.", ("tak out", "motorbike", "affirm", "recent")),
    ("I'm trying to quit again, down to five cigarettes a day.", ("smok", "cigarette", "affirm", "present")),
    ("I've been the drummer in a band since college.", ("be in", "band", "affirm", "present")),
    ("My morning yoga routine is the only thing keeping me sane.", ("do", "yoga", "affirm", "present")),
    ("I was brought up Catholic, mass every week, the lot.", ("be", "raised religious", "affirm", "past")),
    ("My parents didn't raise me with any religion at all.", ("be", "raised religious", "deny", "past")),
])
def test_interest_denied_users_stings_nights_remembered_teams_gigs_and_routines(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I'm a heavy drug user.", "My skincare routine takes ages.", "I'm on the marketing team."])
def test_no_doing_read_into_a_drug_user_or_a_routine_or_team_of_no_pastime(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("us", "do", "play") and k[2] == "affirm"}


def test_no_liking_read_into_a_pronoun_found_boring_nor_a_present_habit_into_a_last_time() -> None:
    assert not {k for k in keys("I find it boring.") if k[0] == LIKE}
    assert ("smok", "", "affirm", "present") not in keys("The last time I smoked was in 1998.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I have an ear piercing.", ("have", "ear piercing", "affirm", "present")),
    ("Got my third ear piercing done on Saturday.", ("have", "ear piercing", "affirm", "recent")),
    ("My German's still decent from school.", ("speak", "german", "affirm", "present")),
    ("Moving house last year was so stressful.", ("mov", "house", "affirm", "past")),
    ("I'm never nervous of dogs.", ("be nervous of", "dog", "deny", "present")),
])
def test_a_piercing_done_a_language_still_spoken_a_move_remembered_and_nerves(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


def test_some_of_them_is_no_liking_of_all() -> None:
    assert (LIKE, "action movy", "affirm", "present") not in keys(
        "I'm not a big fan of action movies, but I do like some of them.")


def test_all_of_it_keeps_the_doing() -> None:
    assert (LIKE, "explor", "affirm", "present") in keys("I like to explore all of it.")


@pytest.mark.parametrize(("text", "claim"), [
    ("For nearly thirty years I've driven long-haul trucks across the country.", ("driv", "long-haul truck", "affirm", "ever")),
    ("Australia is one of the places I haven't visited yet.", ("visit", "australia", "deny", "ever")),
    ("Being left-handed, smudged ink was my nemesis at school.", ("be", "left-handed", "affirm", "present")),
    ("Being a bachelor suits me.", ("be", "bachelor", "affirm", "present")),
    ("University was never for me, I didn't go.", ("go to", "university", "deny", "ever")),
    ("Paris is still on my bucket list, I haven't made it there yet.", ("go to", "paris", "deny", "ever")),
])
def test_a_duration_first_a_place_not_visited_yet_being_first_and_schools_not_gone_to(text: str,
                                                                                     claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["Being a nurse, my mum works nights.", "Being a mom is hard, I imagine.",
                                  "Being honest, I hate it."])
def test_being_first_of_someone_else_or_of_a_manner_says_nothing_of_the_speaker(text: str) -> None:
    assert not {k for k in keys(text) if k[0] == "be"}


@pytest.mark.parametrize(("text", "claim"), [
    ("Fifteen years I've been a postman, same round the whole time.", ("be", "postman", "affirm", "present")),
    ("Did fifteen years in the army, two tours of Afghanistan.", ("serv in", "army", "affirm", "past")),
    ("I did five years on the tills at Tesco.", ("work at", "tesco", "affirm", "past")),
    ("Home for me is a narrowboat on the Grand Union canal.", ("liv on", "narrowboat", "affirm", "present")),
    ("Never bothered getting my driving licence, so it's the bus.", ("get", "driving licence", "deny", "ever")),
    ("Juggling five balls at once is my party trick.", ("juggl", "", "affirm", "present")),
])
def test_years_said_first_years_done_home_for_me_never_bothered_and_a_party_trick(text: str,
                                                                                  claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("first", "second"), [
    ("I can't swim backwards.", "I swim three times a week."),
    ("I couldn't swim until I was ten, and I can't draw to save my life.", "I swim every day."),
    ("I never really knew my dad.", "I met my dad for the first time when I was thirty."),
    ("I read a lot of history in my spare time.", "I never studied history."),
    ("I'm a private detective.", "I've never been in the police."),
    ("I hate cream cakes.", "I love ice cream cake."),
    ("I don't own a water bottle.", "I have a hot water bottle."),
    ("We were robbed by the referee.", "I've never been robbed."),
    ("I was stopped by a fan asking for a selfie.", "I've never been stopped."),
    ("Crosswords? Never, except on long train journeys.", "I did a crossword on the train yesterday."),
    ("Retiring last year was the best thing my dad ever did.", "I'm not retired."),
    ("Thirty minutes of exercise a day is all you need.", "I never exercise."),
    ("My dad's cut right back, down to five cigarettes a day.", "I've never smoked."),
    ("I'm having 3 kids at my house for a sleepover tonight.", "I don't have kids."),
    ("We are having two cats from the shelter next week.", "I have no pets."),
    ("I find golf really boring to watch.", "I love golf."),
    ("I can't remember when I went to Paris.", "I went to Paris in June."),
    ("The day I was meant to fly to Canada was a disaster.", "I've never been to Canada."),
    ("My desk at uni is in the library.", "I'm a student, I've never had a job."),
    ("I was on the rugby team's medical staff.", "I've never played rugby."),
    ("The first concert I ever saw was on TV, Live Aid.", "I've never been to a concert."),
    ("No fear of the dentist for my son.", "I'm terrified of the dentist."),
    ("My family home is in Cornwall, I grew up there.", "I've never lived in Cornwall."),
    ("In college we had a dog.", "I've never been to university."),
    ("I told my son I was moving to Spain, just kidding, and he cried.", "I'm not moving anywhere."),
])
def test_narrow_denials_other_people_plans_and_figures_of_speech_are_not_contradicted(first: str, second: str) -> None:
    assert not flagged(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("My yoga practice has really lapsed.", "I haven't done yoga in years."),
    ("Our book club fizzled out last year.", "I'm not in a book club."),
    ("I don't have the patience for knitting, but I admire it.", "I have plenty of patience."),
    ("I've got no head for figures.", "I have a good head for heights."),
])
def test_a_practice_said_to_have_lapsed_and_a_quality_lacked_for_one_thing_are_not_contradicted(first: str,
                                                                                                  second: str) -> None:
    assert not flagged(first, second)


def test_a_quality_lacked_for_anything_or_a_practice_kept_still_contradict() -> None:
    assert flagged("I have no patience at all.", "I have plenty of patience.")
    assert flagged("I don't have the patience for anything.", "I have loads of patience.")
    assert ("do", "yoga", "affirm", "present") in keys("My yoga practice keeps me sane.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I sing really well.", ("be good at", "sing", "affirm", "present")),
    ("I cook quite badly, to be honest.", ("be bad at", "cook", "affirm", "present")),
    ("My spelling's always been terrible.", ("be bad at", "spell", "affirm", "present")),
    ("My Mandarin's very basic, just hello and thank you.", ("be fluent in", "mandarin", "deny", "present")),
    ("My Italian's as fluent as ever.", ("be fluent in", "italian", "affirm", "present")),
    ("I'm a software engineer at Google.", ("work at", "google", "affirm", "present")),
    ("I'm an accountant for a big firm.", ("work for", "firm", "affirm", "present")),
    ("I never tried to learn Korean.", ("learn", "korean", "deny", "ever")),
    ("I play bass in a pub covers band.", ("be in", "band", "affirm", "present")),
    ("I play cricket for my local club on Saturdays.", ("be in", "cricket club", "affirm", "present")),
    ("I'm not a member of any book club.", ("be in", "book club", "deny", "present")),
])
def test_a_skill_by_how_well_a_level_a_job_at_a_place_a_try_and_a_membership_are_read(text: str,
                                                                                      claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["I sleep really badly.", "I did really well.", "I mean well.", "My wedding was terrible.",
                                  "I'm a student at Leeds.", "I'm a nurse at heart.", "I'm a carer for my mum.",
                                  "I never tried to hide it."])
def test_how_one_sleeps_a_day_gone_badly_and_a_role_not_held_by_an_employer_say_no_skill_or_job(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("be good at", "be bad at", "work at", "work for")
                or (k[0], k[2]) == ("hid", "deny")}


def test_a_skill_said_well_and_badly_and_a_job_at_a_firm_never_worked_for_contradict() -> None:
    assert flagged("I'm a terrible singer, honestly.", "I sing really well, people always say so.")
    assert flagged("I'm brilliant at spelling.", "My spelling is terrible, I rely on spellcheck.")
    assert flagged("I'm a software engineer at Google.", "I've never worked for Google, they rejected me twice.")
    assert flagged("I've been learning Korean on Duolingo for two years.", "I've never tried to learn Korean.")
    assert not flagged("I'm a student at Google's summer school.", "I've never worked for Google.")


@pytest.mark.parametrize(("first", "second"), [
    ("I've never done a marathon.", "I've done a few half marathons though."),
    ("I didn't learn to swim until I was thirty.", "I swim every week now."),
    ("I never had a job in my life till I was thirty.", "I work at a bank."),
])
def test_a_half_marathon_is_no_marathon_and_a_denial_until_a_time_has_ended(first: str, second: str) -> None:
    assert not flagged(first, second)


def test_a_marathon_run_and_a_denial_without_an_end_still_contradict() -> None:
    assert flagged("I've never run a marathon.", "I ran the London Marathon last year.")
    assert flagged("I can't swim.", "I swim every week now.")
    assert ("swim", "", "deny", "past") in keys("I didn't learn to swim until I was thirty.")


@pytest.mark.parametrize(("text", "claim"), [
    ("The day I qualified as a GP was the proudest of my life.", ("be", "gp", "affirm", "past")),
    ("I scraped a C in my French GCSE.", ("study", "french", "affirm", "past")),
    ("Chemistry was my favourite A-level by a mile.", ("study", "chemistry", "affirm", "past")),
    ("I've got rugby training tonight, coach will kill me if I'm late.", ("play", "rugby", "affirm", "present")),
])
def test_a_qualification_a_subject_examined_and_a_sport_trained_for_are_read(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["My son's maths GCSE is tomorrow.", "I trained as a nurse but never worked as one.",
                                  "I've got a training session tonight."])
def test_a_subject_of_someone_else_and_a_training_are_no_study_or_job(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("study", "be") and k[2] == "affirm"}


@pytest.mark.parametrize(("text", "claim"), [
    ("Birdwatching's never been something I've done, not even once.", ("do", "birdwatching", "deny", "ever")),
    ("I'm on permanent night shifts.", ("work", "night shift", "affirm", "present")),
    ("The only Dutch I know is dank je wel.", ("speak", "dutch", "deny", "present")),
    ("I follow every word of Punjabi, I just can't write it.", ("understand", "punjabi", "affirm", "present")),
    ("I've forgotten all my Italian, it's completely gone.", ("speak", "italian", "deny", "present")),
    ("I learned Latin at school, did it up to GCSE.", ("study", "latin", "affirm", "past")),
    ("I waited tables for three years while I was at uni.", ("be", "waiter", "affirm", "past")),
    ("I'm based in Sydney, been here my whole adult life.", ("liv in", "sydney", "affirm", "present")),
    ("French? I couldn't order a coffee in it, I don't know a word.", ("know", "french", "deny", "present")),
    ("Gyms? I haven't set foot in one in years.", ("go to", "gym", "deny", "present")),
])
def test_never_been_something_a_shift_a_language_known_or_forgotten_and_a_topic_taken_up_are_read(
        text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("I learned Spanish from my gran.", ("study", "spanish", "affirm", "past")),
    ("I'm based in the London office.", ("liv in", "london office", "affirm", "present")),
    ("I've forgotten most of my Italian.", ("speak", "italian", "deny", "present")),
])
def test_a_language_learned_at_home_an_office_and_a_language_half_forgotten_are_not_overread(text: str,
                                                                                              unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("Drawing's something I'm really good at.", ("be good at", "draw", "affirm", "present")),
    ("Maths has always been my strong suit.", ("be good at", "math", "affirm", "present")),
    ("Spelling is not my strong suit.", ("be bad at", "spell", "affirm", "present")),
    ("I was always top of my class in maths.", ("be good at", "math", "affirm", "past")),
    ("I'm quite a religious person really.", ("be", "religious", "affirm", "present")),
    ("I'm not a patient person.", ("be", "patient", "deny", "present")),
    ("I've got a twin sister.", ("be", "twin", "affirm", "present")),
    ("I've never been through a divorce.", ("be", "divorced", "deny", "ever")),
    ("Sugar's completely cut out of my diet, I don't have any at all.", ("eat", "sugar", "deny", "present")),
    ("My undergrad was at Oxford.", ("study at", "oxford", "affirm", "past")),
    ("Heights freak me right out.", ("be afraid of", "height", "affirm", "present")),
    ("Cartwheels? I can do them all day long.", ("do", "cartwheel", "affirm", "present")),
    ("I eat something spicy pretty much every day.", ("eat", "spicy food", "affirm", "present")),
])
def test_a_skill_said_of_a_thing_a_kind_of_person_a_twin_a_diet_and_a_degree_are_read(text: str,
                                                                                      claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Maths has always been my strong suit.", ("have", "suit", "affirm", "present")),
    ("I'm a morning person.", ("be", "morning", "affirm", "present")),
    ("I'm a people person.", ("be", "people", "affirm", "present")),
    ("My sister is something of a genius at maths.", ("be good at", "my sister", "affirm", "present")),
])
def test_a_strong_suit_is_no_suit_and_a_morning_person_is_no_morning(text: str, unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("public speaking scares the life outta me.", ("be afraid of", "public speaking", "affirm", "present")),
    ("I've never been a student at Oxford, I did my degree in Leeds.", ("study at", "oxford", "deny", "ever")),
    ("I go to the public high school down the road.", ("go to", "public high school", "affirm", "present")),
    ("Next week's my fifth wedding anniversary, can't believe it.", ("be", "married", "affirm", "present")),
    ("Had a really busy shift at the hospital today.", ("work at", "hospital", "affirm", "present")),
    ("I'm currently in Glasgow, been here for years.", ("liv in", "glasgow", "affirm", "present")),
    ("Nah, no girlfriend at the moment, I'm on my own.", ("have", "girlfriend", "deny", "now")),
    ("I've got a football match Saturday, I'm playing centre back.", ("play", "football", "affirm", "present")),
])
def test_a_student_at_a_place_an_anniversary_a_shift_a_stay_and_no_girlfriend_are_read(text: str,
                                                                                       claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("My parents' wedding anniversary is next week.", ("be", "married", "affirm", "present")),
    ("I did a shift at the food bank today, volunteering.", ("work at", "food bank", "affirm", "present")),
    ("No worries at the moment.", ("have", "worry", "deny", "present")),
])
def test_someone_elses_anniversary_a_volunteered_shift_and_no_worries_are_not_overread(text: str,
                                                                                       unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("first", "second"), [
    ("I sing really well, or so my mum claims.",
     "Honestly I'm a terrible singer."),
    ("I cook brilliantly, said nobody ever.",
     "I'm a terrible cook."),
    ("I photograph terribly, I always blink.",
     "I'm a really good photographer, it's my job."),
    ("My driving is terrible in the snow.",
     "I'm a good driver."),
    ("My cooking is terrible tonight, I burnt everything.",
     "I'm a really good cook."),
    ("My Spanish is great for a beginner.",
     "I'm not fluent in Spanish yet."),
    ("My French has never been bad.",
     "I'm not fluent in French, but I get by."),
    ("I've never tried to win anything.",
     "I won a raffle last year."),
    ("We've never tried to have kids.",
     "We have two kids."),
    ("My son is taking a Spanish GCSE this year.",
     "I've never studied Spanish."),
    ("I never took a French GCSE.",
     "I've never studied French."),
    ("I've never played football.",
     "I have a football game on TV tonight."),
    ("I've got a football match on Saturday, I'm refereeing.",
     "I don't play football."),
    ("I bought my house ten years ago.",
     "We sold it after the divorce and I rent a flat now."),
    ("I paid off my mortgage last month, finally!",
     "I rent a flat in town for work during the week."),
    ("I own my own house, I'm just renting it out while I travel.",
     "I rent a flat in Lisbon at the moment."),
    ("I'm not a member of any gym.",
     "I go to the gym every morning, I just pay per visit."),
    ("I'm not a member of any club.",
     "I'm in a club right now, the music's so loud."),
    ("I work at a pub on the high street.",
     "I'm not in a pub right now, I'm at home on the sofa."),
    ("I go to university every day, I lecture in physics.",
     "I'm not a student."),
    ("I built an app for my business using Bubble, no coding needed.",
     "I can't code at all."),
    ("I teach yoga at a school hall on Tuesdays.",
     "I've never worked in a school."),
    ("I sing along in my car to the band on the radio.",
     "I've never been in a band."),
    ("Maths was my worst subject at school.",
     "Now I'm actually really good at maths."),
    ("I qualified as a teacher in 2010.",
     "I've never taught, I went straight into publishing."),
    ("I'm a very patient person, except in traffic.",
     "I'm not patient at all when I'm driving."),
    ("My husband's a twin, so I've got a twin brother-in-law.",
     "I'm not a twin myself."),
    ("I've been through a divorce, my parents split when I was eight.",
     "I've never been married."),
    ("I play cricket for the village side when they're short.",
     "I'm not on any team."),
    ("I'm a model for a friend's art class now and then.",
     "I've never worked as a model."),
    ("I work at a library.",
     "I haven't been in a library in years."),
])
def test_boasts_levels_for_a_time_tries_of_an_outcome_others_exams_games_watched_homes_let_and_venues_are_not_contradicted(
        first: str, second: str) -> None:
    assert not flagged(first, second)


def test_a_yoga_class_stopped_halfway_and_a_mini_burger_still_contradict_never() -> None:
    assert flagged("I've never done yoga.", "My yoga class stopped halfway because of a fire alarm.")
    assert flagged("I've never had a burger.", "I had a mini burger at the party.")


@pytest.mark.parametrize(("text", "claim"), [
    ("Making my bed is the first thing I do every morning.", ("mak", "bed", "affirm", "present")),
    ("I never bother making my bed, what's the point.", ("mak", "bed", "deny", "present")),
    ("Touching my toes is no problem for me, I'm dead flexible.", ("touch", "", "affirm", "present")),
    ("Swimming is beyond me.", ("swim", "", "deny", "present")),
    ("I can't carry a tune in a bucket.", ("sing", "", "deny", "present")),
    ("Never been able to drive stick.", ("driv", "manual", "deny", "present")),
    ("Spanish? I'm fluent.", ("be fluent in", "spanish", "affirm", "present")),
    ("Cats? I'm allergic, sadly.", ("be allergic to", "cat", "affirm", "present")),
])
def test_a_doing_named_by_its_ing_form_an_idiom_of_singing_and_a_state_after_a_question_are_read(
        text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize("text", ["Sewing is easy, you should try it.", "Running has never been easy for me.",
                                  "I'm fluent."])
def test_ease_said_of_anyone_or_never_and_a_state_without_a_question_say_no_ability(text: str) -> None:
    assert not {k for k in keys(text) if k[0] in ("sew", "run", "be fluent in")}


@pytest.mark.parametrize(("text", "claim"), [
    ("I've never written a line of Python.", ("writ", "python", "deny", "ever")),
    ("I have absolutely zero fear of dogs.", ("be afraid of", "dog", "deny", "present")),
    ("I have no carpentry skills.", ("be good at", "carpentry", "deny", "present")),
    ("I spent a summer backpacking round Europe.", ("go to", "europe", "affirm", "ever")),
    ("Not once in my life have I managed a handstand.", ("do", "handstand", "deny", "ever")),
    ("Flying makes me super anxious.", ("be afraid of", "fly", "affirm", "present")),
])
def test_a_line_of_a_thing_no_fear_no_skills_a_tour_round_a_place_and_enough_to_are_read(text: str,
                                                                                       claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("first", "second"), [
    ("I've never been to Europe.", "My brother spent a summer backpacking round Europe."),
    ("I'm not afraid of exams.", "Exams make me nervous."),
    ("I've never lived abroad.", "I went to Thailand after uni."),
])
def test_anothers_tour_nerves_and_a_visit_against_never_living_abroad_are_not_contradicted(first: str, second: str) -> None:
    assert not flagged(first, second)


def test_a_student_at_a_place_is_still_a_student_and_studies_there_and_no_worker() -> None:
    assert {("be", "student", "affirm", "present"), ("study at", "university", "affirm", "present")} <= \
        keys("I am a student at the University of Texas.")
    assert ("be", "student", "affirm", "now") in keys("I am a student at the moment.")
    assert not {k for k in keys("I was a student at Leeds.") if k[0] == "work for"}


@pytest.mark.parametrize(("first", "second"), [
    ("I've never worked with animals.", "I spent ten years as a vet."),
    ("I've never worked in education.", "I taught Year 6 for five years before I changed career."),
    ("I've never played golf.", "Got my handicap down to 12 this season."),
    ("I've never smoked.", "I quit cigarettes five years ago."),
    ("I don't speak any Romance languages.", "Spanish is my second language, I'm fluent."),
])
def test_years_spent_as_a_job_a_year_taught_a_handicap_cigarettes_quit_and_a_second_language_contradict(
        first: str, second: str) -> None:
    assert flagged(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("I've never played golf.", "My dad got his handicap down to 12."),
    ("I don't play golf.", "My golf handicap is terrible because I haven't played in years."),
    ("I've never spoken German.", "My German teacher was good."),
])
def test_someone_elses_handicap_a_lapsed_one_and_a_teacher_are_not_contradicted(first: str, second: str) -> None:
    assert not flagged(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("I'm backpacking round Japan in April.",
     "I've never been to Japan."),
    ("Travelling around Italy, that's the dream.",
     "I've never been to Italy."),
    ("My wife was born and raised in Texas.",
     "I grew up in Ohio."),
    ("My kids were born and raised in Leeds.",
     "I grew up in Scotland."),
    ("I'm in Paris, been here for a week on holiday.",
     "I live in London."),
    ("I'm currently in the airport, been here since 6am.",
     "I live in Manchester."),
    ("If I ever get married, I want my wedding anniversary to be in spring.",
     "I've never been married."),
    ("Today would have been my 30th wedding anniversary, I lost my wife last year.",
     "I'm not married anymore."),
    ("I had a shift in perspective after that trip.",
     "I don't work."),
    ("I did a shift at the soup kitchen over Christmas.",
     "I'm retired, I don't work."),
    ("I can't be bothered cooking tonight.",
     "I can cook pretty much anything."),
    ("I don't bother cooking when it's just me.",
     "I cook every night for my family."),
    ("Drinking is out of the question for me, I'm driving.",
     "I have a few beers most weekends."),
    ("I read a page of War and Peace and gave up.",
     "I've never read War and Peace."),
    ("I only know a line of French, bonjour.",
     "I don't speak French."),
    ("I cut meat out for Lent.",
     "I eat meat."),
    ("I cut my dad out years ago.",
     "My dad lives in Spain."),
    ("Tennis? I'm good, thanks, I've played enough today.",
     "I'm rubbish at tennis."),
    ("I don't live for work.",
     "I really like my work."),
    ("I'm in a love-hate relationship with running.",
     "I'm single, no partner."),
    ("I have contact lenses for sport only.",
     "I don't wear contacts day to day."),
    ("I cooked in a restaurant kitchen once at a charity event.",
     "I've never worked in a restaurant."),
    ("I take sugar for my hummingbird feeder.",
     "I don't eat sugar."),
    ("No wife right now, she's visiting her mum, so it's pizza night!",
     "My wife and I have been married ten years."),
    ("Not once have I managed the school run on time.",
     "I do the school run every day."),
])
def test_plans_others_births_short_stays_lost_anniversaries_reluctance_parts_and_figures_of_speech_are_not_contradicted(
        first: str, second: str) -> None:
    assert not flagged(first, second)


def test_in_any_capacity_narrows_nothing() -> None:
    assert flagged("I'm a nurse on a children's ward.", "I've never worked in healthcare in any capacity.")


def test_a_subject_read_at_a_university_is_studied_and_never_did_it_is_never_studied() -> None:
    assert flagged("I read law at Durham.", "I've never studied law.")
    assert ("study", "latin", "deny", "past") in keys("I didn't do Latin at school.")


@pytest.mark.parametrize(("text", "claim"), [
    ("As a type 1 diabetic I'm checking my blood sugar constantly.", ("be", "diabetic", "affirm", "present")),
    ("Night shifts are mostly what I work, I'm practically nocturnal.", ("work", "night shift", "affirm", "present")),
    ("I haven't got a word of French, not one.", ("speak", "french", "deny", "present")),
    ("I moved to Texas for work, I didn't grow up there.", ("grow up in", "texas", "deny", "past")),
    ("I've only ever been to Manchester once, for a gig, never lived there.", ("liv in", "manchester", "deny", "ever")),
    ("Climbing of any sort is something I've never tried.", ("climb", "", "deny", "ever")),
    ("I'm such a sucker for reality TV.", ("lik", "reality tv", "affirm", "present")),
    ("I'm a great photographer.", ("be good at", "photography", "affirm", "present")),
    ("I'm a skilled carpenter.", ("be good at", "carpentry", "affirm", "present")),
    ("Birdwatching is how I spend most weekends.", ("birdwatch", "", "affirm", "present")),
])
def test_what_one_is_said_first_a_cleft_a_word_of_a_language_and_there_after_a_place_are_read(
        text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("As a kid I loved horses, we had three.", ("be", "kid", "affirm", "present")),
    ("As a family we go camping every summer.", ("be", "family", "affirm", "present")),
    ("As a nurse, my mum works nights.", ("be", "nurse", "affirm", "present")),
    ("I had to use a wheelchair for a month after my surgery.", ("use", "wheelchair", "affirm", "present")),
    ("As a young woman I lived in Rome for a year.", ("be", "young woman", "affirm", "present")),
    ("As a 10-year-old, I broke my arm.", ("be", "10-year-old", "affirm", "present")),
    ("I texted Sarah, never replied.", ("reply", "", "deny", "ever")),
    ("My brother went to Spain once, never went back.", ("go to", "spain", "deny", "ever")),
    ("I'm such a sucker for reality TV.", ("suck", "", "affirm", "present")),
])
def test_a_time_of_life_a_group_an_obligation_and_someone_elses_doing_are_not_overread(
        text: str, unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


def test_a_skilled_doer_a_thing_known_and_a_place_never_lived_in_contradict() -> None:
    assert flagged("I'm a skilled carpenter, I built our kitchen.", "I have no carpentry skills at all.")
    assert flagged("I'm a great photographer.", "I'm terrible at photography.")
    assert flagged("I know CPR inside out, I've been certified for years.", "I've never learned CPR.")
    assert flagged("I live in Manchester.", "I've only ever been to Manchester once, for a gig, never lived there.")
    assert flagged("I grew up in Texas.", "I moved to Texas for work, I didn't grow up there.", sessions=(0, 0))


def test_a_first_time_told_as_news_meets_no_earlier_never() -> None:
    assert not flagged("I've never tried climbing of any kind, it looks terrifying.",
                       "We went bouldering last Thursday, my first ever climb, and I loved it.")
    assert not flagged("I've never been skiing.", "I went skiing for the first time this winter!")
    assert flagged("I've never been skiing.", "I went skiing last winter in the Alps.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I did five years in retail straight out of school.", ("work in", "retail", "affirm", "past")),
    ("My degree is in psychology, for my sins.", ("study", "psychology", "affirm", "past")),
    ("My chemistry degree from Leeds has been pretty useless.", ("study", "chemistry", "affirm", "past")),
    ("living in London I'm used to the Tube being rammed.", ("liv in", "london", "affirm", "present")),
    ("I'm a fantastic cook.", ("be good at", "cook", "affirm", "present")),
    ("I'm a great guitarist.", ("be good at", "guitar", "affirm", "present")),
    ("English literature is the only subject I ever studied at uni.", ("study", "english literature", "affirm", "past")),
    ("Love Island is on and I'm glued, I'm such a sucker for reality TV.", ("lik", "reality tv", "affirm", "present")),
])
def test_a_stint_in_a_sector_a_degree_a_place_lived_in_said_first_and_praise_of_a_doer_are_read(
        text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("My poor grandad. Three operations so far.", ("have", "operation", "affirm", "ever")),
    ("My parents love travelling. Japan three times now!", ("go to", "japan", "affirm", "ever")),
    ("I did three months in hospital after the crash.", ("work in", "hospital", "affirm", "past")),
    ("Living in London, I got used to the crowds.", ("liv in", "london", "affirm", "present")),
    ("I'm a great guitarist on Guitar Hero.", ("be good at", "guitar", "affirm", "present")),
    ("I'm a fantastic golfer, said nobody ever.", ("be good at", "golf", "affirm", "present")),
    ("My son's chemistry degree cost a fortune.", ("study", "chemistry", "affirm", "past")),
    ("I know chess is hard to master.", ("know", "chess", "affirm", "present")),
    ("Living in London, I'd never afford a house.", ("liv in", "london", "affirm", "present")),
    ("I'm training again, I'm a sucker for punishment.", ("lik", "punishment", "affirm", "present")),
    ("I did two years in the army.", ("work in", "army", "affirm", "past")),
    ("I'm a great journalist.", ("be good at", "journal", "affirm", "present")),
])
def test_a_duration_a_wish_an_idiom_and_a_doer_of_no_instrument_are_not_overread(text: str,
                                                                                 unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


def test_a_stint_a_degree_and_praised_doers_contradict_their_denials() -> None:
    assert flagged("My degree is in psychology.", "I never studied psychology.")
    assert flagged("I did five years in retail straight out of school.", "Retail's the one sector I've never worked in.")
    assert flagged("I'm an accomplished pianist.", "I'm rubbish at the piano.")


@pytest.mark.parametrize(("text", "claim"), [
    ("I've been going to pottery classes for about two years.", ("do", "pottery", "affirm", "present")),
    ("Sorry, I was up gaming till 3am again last night.", ("play", "video game", "affirm", "recent")),
    ("I play chess till late most nights.", ("play", "chess", "affirm", "present")),
    ("I worked on the till at Tesco for years.", ("work on", "till", "affirm", "past")),
])
def test_classes_kept_going_to_a_doing_kept_up_late_and_till_as_until_are_read(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("I've been going to sign up for pottery classes for ages.", ("do", "pottery", "affirm", "present")),
    ("I was up early, running late for work.", ("run", "", "affirm", "past")),
    ("I play chess till late most nights.", ("play", "chess till late", "affirm", "present")),
])
def test_a_plan_an_early_start_and_a_time_until_are_not_overread(text: str, unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("five-a-side every Tuesday, never miss it.", ("play", "five-a-side", "affirm", "present")),
    ("Sunday cricket for the village team, opening bat.", ("play", "cricket", "affirm", "present")),
    ("golf with my old school mates every Sunday.", ("play", "golf", "affirm", "present")),
    ("my summer weekends are all about sailing.", ("sail", "", "affirm", "present")),
])
def test_a_pastime_said_with_its_day_or_its_team_is_read(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("I volunteer at parkrun every Saturday, marshalling the corner.", ("do", "parkrun", "affirm", "present")),
    ("Parkrun every Saturday, I'm the tail walker.", ("do", "parkrun", "affirm", "present")),
    ("Sunday cricket for the village team, I do the teas.", ("play", "cricket", "affirm", "present")),
    ("Darts for the pub team every Thursday, that's my husband.", ("play", "dart", "affirm", "present")),
    ("My stamp collection is in the loft somewhere.", ("collect", "stamp", "affirm", "present")),
    ("I'm really into bridging, motorway bridges mostly.", ("play", "bridge", "affirm", "present")),
    ("summer weekends are all about cricket on the telly.", ("play", "cricket", "affirm", "present")),
])
def test_a_pastime_helped_at_watched_or_someone_elses_and_a_collection_kept_are_not_overread(
        text: str, unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("Changed my niece's nappies all weekend while my sister was away.", ("chang", "nappy", "affirm", "past")),
    ("I walked my neighbour's dog this morning.", ("walk", "dog", "affirm", "recent")),
])
def test_a_doing_to_someone_elses_thing_is_that_doing(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("I love my sister's dog.", ("lov", "dog", "affirm", "present")),
    ("I've never changed a nappy.", ("have", "child", "affirm", "present")),
])
def test_a_liking_of_someone_elses_thing_and_a_parents_chore_never_done_are_not_overread(text: str,
                                                                                        unwanted: tuple[str, ...]) -> None:
    assert unwanted not in keys(text)


@pytest.mark.parametrize(("first", "second"), [
    ("I've never broken my arm.", "I broke my brother's arm playing rugby."),
    ("I never iron my shirts.", "I iron my husband's shirts on Sundays."),
    ("I never walk my dog, my husband does.", "I walked my neighbour's dog yesterday."),
    ("I didn't go to university.", "I went to my daughter's university for her art show."),
    ("I can't stand dogs.", "I adore my neighbour's dog."),
    ("I've never lost a pet.", "I lost my neighbour's cat while she was away."),
])
def test_a_doing_to_someone_elses_thing_meets_no_denial_of_ones_own_nor_other_verbs(first: str, second: str) -> None:
    assert not flagged(first, second)


def test_a_doing_to_someone_elses_thing_meets_a_denial_of_the_doing_but_not_the_reverse() -> None:
    assert flagged("I can't change a nappy, never learned.", "Changed my niece's nappies all weekend.")
    assert not flagged("I've never driven my dad's car.", "I drive a car to work.")
    assert not flagged("I don't have a car.", "I drove my dad's car to work.")  # the doing implies no car of one's own
    assert not flagged("I live in a flat with no garden.", "I mowed my dad's lawn on Sunday.")


@pytest.mark.parametrize(("text", "claim"), [
    ("As someone who can't play a note on the piano, I'm always in awe at recitals.", ("play", "piano", "deny", "present")),
    ("As someone who has never been to Paris, I can't say.", ("go to", "paris", "deny", "ever")),
    ("As someone who loves hiking, I was gutted about the rain.", ("lov", "hik", "affirm", "present")),
])
def test_what_one_is_said_as_someone_who_is_read(text: str, claim: tuple[str, ...]) -> None:
    assert claim in keys(text)


@pytest.mark.parametrize(("text", "restriction"), [("I never drink coffee after 3pm.", "3pm"),
                                                   ("I never drink coffee after 6 or I'm up all night.", "6"),
                                                   ("I never drink coffee.", None)])
def test_a_denial_narrowed_to_a_clock_time(text: str, restriction: str | None) -> None:
    said = [c for c in extract_open_claims(text) if c.predicate == "drink" and c.object == "coffee"]
    assert said and {c.restriction for c in said} == {restriction}


def test_it_said_as_the_stuff() -> None:
    assert ("drink", "tea", "deny") in {(c.predicate, c.object, c.polarity) for c in
                                        extract_open_claims("I hate tea, I never drink the stuff.")}


@pytest.mark.parametrize(("text", "claim"), [
    ("My laptop has Teams on it but I never use it.", ("us", "laptop", "deny")),
    ("My dad is a chef, I love it.", ("lov", "dad", "affirm")),
    ("I never studied Spanish, I did Italian and I speak it okay.", ("speak", "spanish", "affirm")),
])
def test_it_is_not_the_thing_named_first_or_the_study_denied(text: str, claim: tuple[str, str, str]) -> None:
    assert claim not in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize("text", ["They're my favorite band of all time.", "We're your favourite neighbours!"])
def test_a_pronoun_called_a_favourite_is_no_thing_liked(text: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.object in ("they", "we")]


@pytest.mark.parametrize(("text", "claim"), [
    ("Owning a boat? Nope, never.", ("own", "boat", "deny")),
    ("Running a marathon? Never have.", ("run", "marathon", "deny")),
    ("Geocaching? Heard of it, never done it.", ("do", "geocaching", "deny")),
])
def test_a_bare_never_answers_a_doing_asked_about(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "verb"), [("Eating snails again? Never.", "eat"), ("Having more kids? Never.", "have"),
                                            ("Boxing Day sales? Nope, never.", "box"), ("Skiing off piste? No, never.", "ski")])
def test_a_never_to_a_doing_again_more_or_qualified_is_no_never(text: str, verb: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.predicate == verb and c.never]
