"""routines.py: phone use, sleep, drinks, exercise, pets to look after, kin never known, hospital, teeth."""

from __future__ import annotations

from simulate.checkers import routines
from simulate.checkers.normalize import normalise
from simulate.checkers.open_claims import SENTENCE_READERS


def _keys(reader, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(c.predicate, c.object, c.polarity) for c in reader(normalise(text).strip(" .!"))}


def test_the_reader_is_registered() -> None:
    assert routines.read_routines in SENTENCE_READERS


def test_phone_use_a_lot_or_barely() -> None:
    assert _keys(routines.phone_claims, "I'm glued to my phone") == {("use a lot", "phone", "affirm")}
    assert _keys(routines.phone_claims, "I hardly ever use my mobile") == {("use a lot", "phone", "deny")}
    assert _keys(routines.phone_claims, "I'm on my phone to my sister") == set()


def test_sleep_habit_not_one_night() -> None:
    assert _keys(routines.sleep_claims, "I never sleep more than three hours") == {("sleep", "long hours", "deny")}
    assert _keys(routines.sleep_claims, "I sleep a solid ten hours every night") == {("sleep", "long hours", "affirm")}
    assert _keys(routines.sleep_claims, "I slept ten hours last night") == set()
    assert _keys(routines.sleep_claims, "I sleep seven hours a night") == set()


def test_drinks_not_for_me_and_grabbed() -> None:
    assert ("drink", "coffee", "deny") in _keys(routines.drink_claims, "Coffee's not for me")
    assert _keys(routines.drink_claims, "Football is not for me") == set()
    grabbed = routines.drink_claims(normalise("grabbed a double espresso on the way in"))
    assert grabbed and all(c.time == "recent" and c.polarity == "affirm" for c in grabbed)


def test_exercise_lately_but_not_a_skipped_session() -> None:
    assert _keys(routines.exercise_claims, "Leg day at the gym yesterday destroyed me")
    assert _keys(routines.exercise_claims, "I skipped my workout this morning") == set()


def test_pet_care_only_for_own_animals() -> None:
    assert _keys(routines.pet_care_claims, "cleaning the fish tank is my least favourite chore")
    assert _keys(routines.pet_care_claims, "I need to get back and feed the rabbits")
    assert _keys(routines.pet_care_claims, "we went to feed the ducks") == set()
    assert _keys(routines.pet_care_claims, "I'm cleaning my neighbour's fish tank") == set()


def test_kin_never_met_or_met() -> None:
    assert ("meet", "dad", "deny") in _keys(routines.kin_known_claims, "My dad died before I was born")
    assert ("meet", "dad", "affirm") in _keys(routines.kin_known_claims, "Dad taught me to fish")
    assert _keys(routines.kin_known_claims, "My dad died last year") == set()


def test_hospital_and_teeth() -> None:
    assert ("stay in", "hospital", "deny") in _keys(routines.hospital_claims, "I've never spent a night in hospital")
    assert ("stay in", "hospital", "affirm") in _keys(routines.hospital_claims, "I was on the ward for three nights")
    assert _keys(routines.hospital_claims, "she was in hospital for three nights") == set()
    assert _keys(routines.teeth_claims, "still got all my own teeth") == {("have", "all own teeth", "affirm")}
    assert _keys(routines.teeth_claims, "I take my dentures out at night") == {("have", "all own teeth", "deny")}
    assert _keys(routines.teeth_claims, "my gran's dentures") == set()


def test_spicy_food_liked_or_not_handled() -> None:
    assert ("lik", "spicy food", "affirm") in _keys(routines.spicy_claims, "The hotter the better for me")
    assert ("eat", "spicy food", "affirm") in _keys(routines.spicy_claims, "I put hot sauce on literally everything")
    assert ("eat", "spicy food", "deny") in _keys(routines.spicy_claims, "Spicy food and I don't get on")
    assert _keys(routines.spicy_claims, "I like my bath really hot") == set()
    assert _keys(routines.spicy_claims, "I put ketchup on everything") == set()


def test_grandparents_never_met_and_drinks_counted_or_shared() -> None:
    never = _keys(routines.kin_known_claims, "All four of my grandparents died before I was born")
    assert ("meet", "grandma", "deny") in never and ("meet", "grandfather", "deny") in never
    assert ("have", "espresso", "affirm") in _keys(routines.drink_claims, "just finished my second espresso of the morning")
    shared = routines.drink_claims(normalise("my wife and I split a bottle of red most nights"))
    assert shared and all(c.object == "wine" and c.time == "present" for c in shared)
    assert routines.drink_claims(normalise("my wife and her sister split a bottle of red")) == []


def test_bedtime_and_tastes() -> None:
    assert _keys(routines.bedtime_claims, "I'm always asleep by nine") == {("stay up", "late", "deny")}
    assert _keys(routines.bedtime_claims, "I usually watch the late-night talk shows live") == {("stay up", "late",
                                                                                                 "affirm")}
    assert _keys(routines.bedtime_claims, "I was up till two last night") == set()
    assert _keys(routines.taste_claims, "Cilantro tastes like soap to me")
    assert _keys(routines.taste_claims, "Life tastes like soap") == set()
    assert _keys(routines.taste_claims, "I put them on everything") == set()


def test_a_tank_or_pond_of_pets() -> None:
    assert _keys(routines.pet_care_claims, "We have a pond full of koi")
    assert _keys(routines.pet_care_claims, "I have a tank full of water") == set()


def test_concert_seen_live_not_a_match_or_tv() -> None:
    assert ("go to", "concert", "affirm") in _keys(routines.concert_claims, "Saw Coldplay live at Wembley")
    assert _keys(routines.concert_claims, "We saw the final live in Paris") == set()
    assert _keys(routines.concert_claims, "I saw Coldplay live on TV") == set()


def test_partner_never_or_an_ex() -> None:
    assert ("have", "partner", "deny") in _keys(routines.partner_claims, "I've never been in a relationship")
    assert ("have", "partner", "affirm") in _keys(routines.partner_claims, "my ex still texts me")
    assert _keys(routines.partner_claims, "her ex still texts me") == set()


def test_a_dish_made_then_eaten_at_its_time() -> None:
    ate = routines.made_and_ate_claims(normalise("Last Sunday I made chicken biryani for my in-laws, I had two plates"))
    assert ate and all(c.polarity == "affirm" and c.time == "recent" for c in ate)
    habit = routines.made_and_ate_claims(normalise("I bake my own sourdough every Sunday and eat half the loaf"))
    assert habit and all(c.time == "present" for c in habit)
    assert routines.made_and_ate_claims(normalise("I cooked a lamb stew for my husband last night")) == []


def test_nieces_and_a_parents_siblings() -> None:
    assert _keys(routines.kin_claims, "Neither my husband nor I have any siblings") == {("have", "niece or nephew",
                                                                                         "deny")}
    assert _keys(routines.kin_claims, "my niece is coming to stay") == {("have", "niece or nephew", "affirm")}
    assert _keys(routines.kin_claims, "My mom was an only child") == {("have", "mother sibling", "deny")}
    assert _keys(routines.kin_claims, "my mom's brother is staying") == {("have", "mother sibling", "affirm")}
    assert _keys(routines.kin_claims, "my dad's sister lives in Leeds") == {("have", "father sibling", "affirm")}


def test_we_cooked_and_i_had_some_for_dinner() -> None:
    ate = routines.made_and_ate_claims(normalise("We grilled pork chops for dinner, I had three"))
    assert ate and all(c.time == "recent" for c in ate)
    assert routines.made_and_ate_claims(normalise("We grilled pork chops for the kids, I had a salad")) == []
