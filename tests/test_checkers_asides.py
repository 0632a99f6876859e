"""The asides readers: diet, fears, daily habits and pastimes said in passing become claims."""

from __future__ import annotations

from simulate.checkers import asides
from simulate.checkers.knowledge import default_knowledge
from simulate.checkers.open_claims import OpenClaim


def _keys(claims: list[OpenClaim]) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in claims}


def test_a_fear_said_as_a_noun_is_a_fear() -> None:
    assert ("be afraid of", "spider", "affirm") in _keys(
        asides.fear_noun_claims("i have got a serious phobia of spiders, i scream if i see one."))
    assert ("be afraid of", "fly", "affirm") in _keys(asides.fear_noun_claims("total fear of flying."))
    assert ("be afraid of", "snake", "affirm") in _keys(asides.fear_noun_claims("i have a massive snake phobia."))
    assert ("be afraid of", "height", "deny") in _keys(asides.fear_noun_claims("i have no fear of heights."))
    assert asides.fear_noun_claims("my sister has a real fear of dogs.") == []
    assert asides.fear_noun_claims("if i had a fear of flying i would never travel.") == []
    assert asides.fear_noun_claims("fear of the dark is really common in kids.") == []


def test_who_one_is_said_without_i_am() -> None:
    assert ("play", "video game", "affirm") in _keys(asides.who_fragment_claims("massive gamer, i play every night."))
    assert ("be", "strict vegetarian", "affirm") in _keys(
        asides.who_fragment_claims("strict vegetarian since i was a teenager."))
    assert asides.who_fragment_claims("big liverpool fan, me.") == []
    assert asides.who_fragment_claims("big family, four kids.") == []


def test_food_and_drink_needed_craved_or_heaped_are_had() -> None:
    assert ("drink", "flat white", "affirm") in _keys(asides.consumed_claims("i need three flat whites before i am human."))
    assert ("eat", "char siu bao", "affirm") in _keys(asides.consumed_claims("char siu bao is my weakness."))
    heap = asides.consumed_claims("had a massive plate of salt and pepper calamari yesterday.")
    assert [(c.predicate, c.time) for c in heap] == [("eat", "recent")]
    assert "seafood" in dict(default_knowledge().objects_of(heap[0].object))
    assert asides.consumed_claims("i need to get more sleep.") == []
    assert asides.consumed_claims("my wife needs three lattes before she is human.") == []
    assert asides.consumed_claims("spelling is my weakness.") == []


def test_a_late_night_out_is_staying_up_late() -> None:
    late = asides.out_late_claims("was out till three at the club last night.")
    assert ("stay up", "late", "affirm") in _keys(late) and late[0].time == "recent"
    assert asides.out_late_claims("i was up till two last night with the baby.") == []
    assert asides.out_late_claims("my son was out till three last night.") == []


def test_being_late_and_never_late() -> None:
    assert ("arrive", "late", "deny") in _keys(asides.lateness_claims("i am never late, not once."))
    assert ("arrive", "late", "affirm") in _keys(asides.lateness_claims("rolled in forty minutes late again."))
    assert asides.lateness_claims("i was nearly late for work today.") == []
    assert asides.lateness_claims("i had a late lunch today.") == []


def test_a_denial_after_a_verbless_opening_is_the_speakers() -> None:
    assert ("wear", "glasses", "deny") in _keys(
        asides.never_after_fragment_claims("perfect eyesight, never needed glasses in my life."))
    assert asides.never_after_fragment_claims("my brother, never needed glasses in his life.") == []


def test_a_day_spent_on_a_chore_is_doing_it() -> None:
    assert ("iron", "", "affirm") in _keys(asides.spent_on_claims("spent saturday afternoon ironing the uniforms."))
    assert asides.spent_on_claims("spent saturday afternoon thinking about it.") == []


def test_a_pastime_shown_by_what_was_done_in_it() -> None:
    assert ("fish", "", "affirm") in _keys(asides.done_in_a_pastime_claims("caught a huge trout off the pier."))
    assert asides.done_in_a_pastime_claims("i caught a cold off my son.") == []
    assert ("play", "hockey", "affirm") in _keys(
        asides.done_in_a_pastime_claims("scored twice for our hockey side on saturday."))
    assert ("play", "dark soul", "affirm") in _keys(asides.done_in_a_pastime_claims("finally beat dark souls."))
    assert _keys(asides.done_in_a_pastime_claims("finally finished breaking bad.")) == {("watch", "breaking bad", "affirm")}


def test_a_sandwich_is_bread_whatever_is_in_it() -> None:
    kb = default_knowledge()
    assert "gluten" in dict(kb.objects_of("cheese sandwich"))
    assert "gluten" in dict(kb.objects_of("bacon sarny"))
    assert "gluten" not in dict(kb.objects_of("gluten-free sandwich"))


def test_a_show_binged_is_watched() -> None:
    binged = asides.done_in_a_pastime_claims("i binged all of breaking bad last weekend.")
    assert ("watch", "breaking bad", "affirm") in _keys(binged) and binged[0].time == "recent"
    assert asides.done_in_a_pastime_claims("my kids binged all of breaking bad last weekend.") == []


def test_fear_said_by_what_it_does_and_calm_said_plainly() -> None:
    assert ("be afraid of", "spider", "affirm") in _keys(
        asides.fear_said_otherwise_claims("spiders give me the heebie-jeebies."))
    assert ("be afraid of", "height", "affirm") in _keys(asides.fear_said_otherwise_claims("i get terrible vertigo."))
    assert ("be afraid of", "height", "deny") in _keys(
        asides.fear_said_otherwise_claims("i am absolutely fine with heights."))
    assert asides.fear_said_otherwise_claims("dairy makes me nervous.") == []
    assert asides.fear_said_otherwise_claims("i am fine with dogs now, therapy helped.") == []
    assert asides.fear_said_otherwise_claims("my husband faints at the sight of a needle.") == []


def test_a_day_in_a_habit_shows_the_habit() -> None:
    assert ("eat", "breakfast", "affirm") in _keys(
        asides.daily_habit_claims("had porridge with berries for breakfast this morning."))
    assert ("drink", "alcohol", "affirm") in _keys(asides.daily_habit_claims("i was so hungover this morning."))
    assert asides.daily_habit_claims("i have never had a hangover in my life.") == []
    assert ("watch", "tv", "affirm") in _keys(asides.daily_habit_claims("spent all evening glued to the telly."))
    assert ("be on", "tiktok", "affirm") in _keys(asides.daily_habit_claims("scrolling tiktok till midnight again."))
    assert asides.daily_habit_claims("my daughter spends hours scrolling instagram.") == []
    assert asides.daily_habit_claims("just finished painting the fence.") == []


def test_an_outing_is_the_activity() -> None:
    assert ("swim", "", "affirm") in _keys(asides.outing_claims("went for a swim in the sea this morning."))
    assert ("skydiv", "", "affirm") in _keys(asides.outing_claims("did a tandem skydive for charity yesterday."))
    flown = asides.outing_claims("just got off a fourteen hour flight to singapore.")
    assert ("fly", "", "affirm") in _keys(flown) and flown[0].time == "recent"
    assert asides.outing_claims("missed my flight to dublin this morning.") == []
    assert ("get", "tattoo", "affirm") in _keys(asides.outing_claims("got my second tattoo done yesterday."))
    assert ("be afraid of", "snake", "deny") in _keys(asides.outing_claims("held a corn snake at the zoo today."))
    assert asides.outing_claims("held a snake today to face my fear, i was shaking.") == []
    assert asides.outing_claims("my son held a tarantula at the zoo today.") == []


def test_health_said_in_passing() -> None:
    assert ("have", "migraine", "affirm") in _keys(asides.health_claims("another migraine today, had to lie down."))
    assert asides.health_claims("another meeting today, so boring.") == []
    assert ("tak", "medication", "affirm") in _keys(asides.health_claims("i am on tablets for my blood pressure."))
    assert asides.health_claims("i used to be on tablets for my blood pressure.") == []
    assert ("have", "bad back", "deny") in _keys(asides.health_claims("my back has never given me any trouble."))
    assert asides.health_claims("my husband's knees are perfect, never had a problem.") == []


def test_fear_as_a_thing_about_it_and_calm_as_not_minding_it() -> None:
    assert ("be afraid of", "needle", "affirm") in _keys(
        asides.fear_said_otherwise_claims("i have got a real thing about needles."))
    assert ("be afraid of", "clown", "affirm") in _keys(asides.fear_said_otherwise_claims("clowns creep me out."))
    assert ("be afraid of", "spider", "deny") in _keys(asides.fear_said_otherwise_claims("i do not mind spiders at all."))
    assert asides.fear_said_otherwise_claims("i do not mind dogs as long as they are on a lead.") == []
    assert asides.fear_said_otherwise_claims("i have got a real thing about tidiness.") == []


def test_a_pastime_said_by_its_place_gear_or_jargon() -> None:
    assert ("cycl", "", "affirm") in _keys(asides.pastime_sign_claims("i am out on the bike every weekend."))
    assert ("swim", "", "affirm") in _keys(asides.pastime_sign_claims("forty lengths before work every morning."))
    assert ("garden", "", "affirm") in _keys(asides.pastime_sign_claims("i am down the allotment every morning."))
    assert asides.pastime_sign_claims("my husband is out on the bike every weekend.") == []
    assert asides.pastime_sign_claims("i volunteer at parkrun every saturday.") == []


def test_a_habit_said_as_a_verbless_fragment() -> None:
    assert ("drink", "espresso", "affirm") in _keys(
        asides.habit_fragment_claims("double espresso first thing, every single day."))
    assert ("go to", "gym", "affirm") in _keys(asides.habit_fragment_claims("gym five mornings a week before work."))
    assert asides.habit_fragment_claims("breakfast every morning is what my doctor keeps telling me.") == []
    assert ("arrive", "late", "affirm") in _keys(asides.lateness_claims("i am always running late."))
    assert asides.lateness_claims("i am always a late riser on sundays.") == []


def test_panic_near_a_feared_thing_and_a_light_left_on() -> None:
    assert ("be afraid of", "dog", "affirm") in _keys(
        asides.fear_said_otherwise_claims("i freeze up whenever a dog comes near me."))
    assert ("be afraid of", "dark", "affirm") in _keys(
        asides.fear_said_otherwise_claims("i still sleep with the landing light on."))
    assert asides.fear_said_otherwise_claims("i panic in exams.") == []


def test_who_one_is_by_what_one_consumes() -> None:
    assert ("drink", "coffee", "affirm") in _keys(asides.devotee_claims("i am a total coffee addict."))
    assert ("drink", "coffee", "affirm") in _keys(asides.devotee_claims("proper coffee snob, me."))
    assert asides.devotee_claims("i am a huge dog lover.") == []
    assert asides.devotee_claims("i am a recovering wine addict.") == []


def test_a_sentence_with_its_own_subject_is_no_habit_fragment() -> None:
    from simulate.checkers.asides import habit_fragment_claims

    assert habit_fragment_claims("i eat beef every day.") == []
    assert [(c.predicate, c.object) for c in habit_fragment_claims("full english every morning, can't beat it.")] == \
        [("eat", "full english")]
