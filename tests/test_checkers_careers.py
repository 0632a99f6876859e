"""Schooling and work said in passing: each everyday shape reads as the claim the checker compares."""

from __future__ import annotations

import pytest

from simulate.checkers.careers import career_claims, court_claims, never_did_the_job_claims, study_abroad_claims
from simulate.checkers.open_claims import extract_open_claims


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "key"), [
    ("College wasn't in the cards for me.", ("go to", "college", "deny")),
    ("Uni was never an option, money was tight.", ("go to", "college", "deny")),
    ("My year nine teacher used to shout a lot.", ("go to", "school", "affirm")),
    ("In sixth grade my teacher made us learn poems.", ("go to", "school", "affirm")),
    ("I was homeschooled all the way through.", ("go to", "school", "deny")),
    ("I spent five years at boarding school.", ("go to", "boarding school", "affirm")),
    ("I went to the local comp, never boarded.", ("go to", "boarding school", "deny")),
    ("I left school at fifteen.", ("finish", "high school", "deny")),
    ("I got my GED at twenty.", ("finish", "high school", "deny")),
    ("I was valedictorian, believe it or not.", ("finish", "high school", "affirm")),
    ("I'm looking for work at the moment.", ("be", "unemployed", "affirm")),
    ("Work's been hectic this week.", ("have", "job", "affirm")),
    ("My commute is an hour each way.", ("have", "job", "affirm")),
    ("Retirement's decades away for me.", ("be", "retired", "deny")),
])
def test_schooling_and_work_said_in_passing(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text), _keys(text)


def test_degree_levels_said_in_passing() -> None:
    assert ("have", "phd", "affirm") in _keys("Defending my dissertation was terrifying.")
    only = _keys("I've only got a bachelor's.")
    assert ("have", "phd", "deny") in only and ("have", "master degree", "deny") in only
    assert ("have", "master degree", "deny") not in _keys("I never did a PhD.")  # a master's may have been done


def test_medical_training_from_the_work_it_takes() -> None:
    for text in ("During my residency in paediatrics I barely slept.", "My nursing shifts are twelve hours.",
                 "When I was a junior doctor I lived on coffee."):
        assert ("have", "medical training", "affirm") in _keys(text), text
    assert not career_claims("my permanent residency came through last week", None)


@pytest.mark.parametrize("text", [
    "My son's year nine teacher is lovely.",          # someone else's school
    "My daughter spent three years at boarding school.",
    "If I'd gone to boarding school I'd be posher.",  # hypothetical
    "I've never boarded a plane.",                    # boarding a plane, not a school
    "I'm looking for a job that pays better.",        # a better job, not out of work
    "Work was mad at my old place.",                  # a former job
    "My wife's residency in surgery starts soon.",
])
def test_look_alikes_say_nothing_of_the_speaker(text: str) -> None:
    assert not career_claims(text.lower().rstrip("."), None), text


def test_job_hunting_after_losing_a_job_is_news() -> None:
    claims = [c for c in career_claims("i got let go from the bakery, so i am job hunting", None)
              if c.object == "unemployed"]
    assert claims and all(c.change for c in claims)


def test_being_made_redundant_is_news_whichever_reader_reads_it() -> None:
    """Two readers read "unemployed" here; the one that hears the lost job makes the one claim kept a change."""
    claims = [c for c in extract_open_claims("They made me redundant last month, so I'm looking for work now.")
              if c.object == "unemployed"]
    assert claims and all(c.change for c in claims)


@pytest.mark.parametrize(("text", "key"), [
    ("Got a shift at the pub tonight.", ("have", "job", "affirm")),
    ("hello :) I retired from the council in 2019.", ("be", "retired", "affirm")),
    ("I got my bachelor's in biology at Rutgers.", ("go to", "college", "affirm")),
    ("I finished my doctorate in geology.", ("have", "phd", "affirm")),
])
def test_more_work_and_study_said_in_passing(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text), _keys(text)


@pytest.mark.parametrize("text", ["i am not working today, it is my day off", "i did a shift at the food bank today, "
                                  "volunteering", "i retired from competitive rowing in 2019",
                                  "my brother got his bachelor's in physics at mit"])
def test_more_look_alikes_say_nothing(text: str) -> None:
    assert not career_claims(text, None), text


@pytest.mark.parametrize(("text", "said"), [
    ("i work 60-hour weeks", "full-time"),
    ("i am pulling like fifty hours a week at the depot", "full-time"),
    ("i do fifteen hours a week at the shop", "part-time"),
    ("i work 35 hours a week", None),           # could be either
    ("i volunteer forty hours a week", None),   # not a job
])
def test_hours_a_week_say_full_or_part_time(text: str, said: str | None) -> None:
    objects = {c.object for c in career_claims(text, None) if c.predicate == "work"}
    assert objects == ({said} if said else set()), objects


def test_never_doing_a_job_s_work_to_anyone_is_never_doing_it() -> None:
    assert ("teach", "", "deny") in _keys("I've never taught anyone anything.")
    assert ("coach", "", "deny") in _keys("I've never coached a soul.")
    assert not never_did_the_job_claims("my mum never taught anyone to drive")


def test_a_year_abroad_is_studying_abroad() -> None:
    assert ("study", "abroad", "affirm") in _keys("My exchange semester in Barcelona was the best part of it.")
    assert ("study", "abroad", "deny") in _keys("I never did a year abroad.")
    assert not study_abroad_claims("my son's exchange year in lyon starts soon")


def test_never_in_a_courtroom_is_never_at_court() -> None:
    assert ("go to", "court", "deny") in _keys("I've never set foot in a courtroom.")
    assert ("go to", "court", "affirm") in _keys("I'm in court most days.")
    assert not court_claims("i play on the tennis court most days")


@pytest.mark.parametrize(("text", "key"), [
    ("I took my GCSEs at the local comprehensive.", ("sit", "gcse", "affirm")),
    ("I got two As and a B in my A-levels.", ("finish", "high school", "affirm")),
    ("I passed the bar on my second go.", ("study", "law", "affirm")),
    ("quit school at fifteen, never went back.", ("finish", "high school", "deny")),
    ("Retire? No way, I've never retired.", ("be", "retired", "deny")),
    ("I'm still working, forty hours a week at the mill.", ("be", "retired", "deny")),
    ("My first paycheck came from a car wash.", ("have", "job", "affirm")),
    ("Been unemployed since the plant closed.", ("be", "unemployed", "affirm")),
    ("My commute into the office takes an hour.", ("go to", "office", "affirm")),
    ("I never set foot in an office, I work from my kitchen.", ("go to", "office", "deny")),
])
def test_exams_school_leaving_retirement_wages_and_offices(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("I'm revising for my A-levels.", ("sit", "a-level", "affirm")),
    ("I'm still working on my novel.", ("be", "retired", "deny")),
    ("My first job interview is on Monday.", ("have", "job", "affirm")),
    ("My son never finished school.", ("finish", "high school", "deny")),
])
def test_exams_ahead_work_on_a_project_and_others_say_nothing(text: str, key: tuple[str, str, str]) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("I've never set foot in a university.", ("go to", "university", "deny")),
    ("Never stepped inside a college, I'm self-taught.", ("go to", "college", "deny")),
    ("During my residency in surgery I lived on coffee.", ("do", "residency", "affirm")),
])
def test_campus_never_entered_and_a_residency(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


def test_an_artist_residency_is_no_medical_residency() -> None:
    assert ("do", "residency", "affirm") not in _keys("My artist residency in Berlin was lovely.")


@pytest.mark.parametrize("text", ["Been drivin' a big rig thirty years.", "I drive a lorry for a haulage firm.",
                                  "Spent twenty years driving an eighteen-wheeler coast to coast."])
def test_driving_a_heavy_truck_for_a_living_holds_the_licence(text: str) -> None:
    assert ("have", "cdl", "affirm") in _keys(text)


@pytest.mark.parametrize("text", ["I drove a rented truck when we moved house.", "My dad drove a big rig for years.",
                                  "I'd love to drive a semi one day."])
def test_a_truck_driven_once_by_others_or_in_a_dream_holds_no_licence(text: str) -> None:
    assert ("have", "cdl", "affirm") not in _keys(text)


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I've never taken a driving test.", ("sit", "driving test", "deny"), True),
    ("I failed my theory test twice.", ("sit", "theory test", "affirm"), True),
    ("I'm a high school dropout.", ("finish", "high school", "deny"), True),
    ("I'll be at work till six tonight.", ("go to", "work", "affirm"), True),
    ("I'm at work volunteering at the charity shop today.", ("go to", "work", "affirm"), False),
    ("My desk at the office is by the window.", ("go to", "office", "affirm"), True),
    ("I've never worked in an office.", ("go to", "office", "deny"), True),
])
def test_tests_taken_dropouts_and_days_at_work(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I graduated with a 2:1 in geography.", ("have", "degree", "affirm"), True),
    ("I hold a master's in economics.", ("have", "degree", "affirm"), True),
    ("I never finished my degree.", ("have", "degree", "deny"), True),
    ("In my second year at university I shared a flat.", ("go to", "university", "affirm"), True),
    ("I'm doing a degree in nursing.", ("have", "degree", "affirm"), False),
    ("My daughter's degree is in chemistry.", ("have", "degree", "affirm"), False),
])
def test_degrees_held_and_years_at_university(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "read"), [
    ("I clock in at eight every morning.", True),
    ("I got promoted at work last month.", True),
    ("I'm shattered after a double shift at the hospital.", True),
    ("I got promoted to captain of the football team.", False),
    ("My sister got promoted at work last week.", False),
])
def test_clocking_in_shifts_and_promotions_are_a_job(text: str, read: bool) -> None:
    assert (("have", "job", "affirm") in _keys(text)) is read


@pytest.mark.parametrize(("text", "read"), [
    ("I opened my own bakery five years ago.", True),
    ("I've run my own plumbing firm for ten years.", True),
    ("My salon turns five next month, I set it up with my savings.", True),
    ("I started a business course at college.", False),
    ("My dad opened his own bakery.", False),
])
def test_a_venture_opened_is_a_business_run(text: str, read: bool) -> None:
    assert (("run", "business", "affirm") in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("My major was biology.", ("go to", "college", "affirm"), True),
    ("My daughter's major is biology.", ("go to", "college", "affirm"), False),
    ("Never passed my driving test.", ("have", "driving licence", "deny"), True),
    ("I've had my licence for twenty years.", ("have", "driving licence", "affirm"), True),
    ("I've been retired for a decade.", ("be", "retired", "affirm"), True),
    ("My dad has been retired for years.", ("be", "retired", "affirm"), False),
    ("I'm off to the office in a minute.", ("go to", "work", "affirm"), True),
])
def test_majors_licences_and_years_retired(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I scored 1400 on the SAT.", ("sit", "sat", "affirm"), True),
    ("My GRE scores were decent.", ("sit", "gre", "affirm"), True),
    ("I flunked out of college after a year.", ("drop out of", "college", "affirm"), True),
    ("At my high school graduation my mum cried.", ("graduat", "high school", "affirm"), True),
    ("At my son's high school graduation I cried.", ("graduat", "high school", "affirm"), False),
    ("Retirement is treating me well.", ("be", "retired", "affirm"), True),
    ("My dad says retirement is treating him well.", ("be", "retired", "affirm"), False),
    ("I'm fully remote.", ("go to", "office", "deny"), True),
    ("I'm in the office five days a week.", ("go to", "office", "affirm"), True),
    ("I'm a resident at the children's hospital.", ("do", "residency", "affirm"), True),
])
def test_scores_graduations_retirement_offices_and_residents(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key"), [
    ("After I graduated uni I moved to London.", ("have", "degree", "affirm")),
    ("I never finished uni.", ("have", "degree", "deny")),
    ("Sold the shop last year, happily retired now.", ("be", "retired", "affirm")),
])
def test_university_finished_or_not_and_retired_now(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I did a chemistry degree at Leeds.", ("study", "chemistry", "affirm"), True),
    ("I studied at Durham.", ("go to", "university", "affirm"), True),
    ("I lived in halls in my first year.", ("go to", "university", "affirm"), True),
    ("I'm a qualified accountant.", ("have", "qualification", "affirm"), True),
    ("I've got no qualifications at all.", ("have", "qualification", "deny"), True),
    ("My son passed all his GCSEs.", ("have", "qualification", "affirm"), False),
    ("I'm doing a chemistry degree.", ("study", "chemistry", "affirm"), False),
])
def test_qualifications_degrees_by_subject_and_student_life(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize("text", ["I have to get up early for work tomorrow.", "I hit the gym before work.",
                                  "I'm always late for work.", "I'm on my way to work.", "I never go out after work."])
def test_a_working_day_said_in_passing_is_a_job(text: str) -> None:
    assert ("have", "job", "affirm") in _keys(text)


@pytest.mark.parametrize("text", ["My husband goes running before work.", "I used to go running before work.",
                                  "If I had a job I would go to the gym before work.", "I wake up at 5 to work out.",
                                  "I get up early to work on my novel.", "I met my husband on my way to work.",
                                  "When I was younger I had to get up at 5 for work.", "I pick up my daughter after work.",
                                  "I still wake up at 6 like I have to get ready for work."])
def test_someone_elses_or_a_past_or_wished_working_day_is_no_job_of_mine(text: str) -> None:
    assert ("have", "job", "affirm") not in _keys(text)
