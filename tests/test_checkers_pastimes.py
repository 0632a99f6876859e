"""Pastimes: the table reads, and each everyday shape of doing or never doing a pastime reads as doing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulate.checkers.open_claims import extract_open_claims
from simulate.checkers.pastimes import PastimeError, default_pastimes, doing_claim, load_pastimes, parse_pastimes, pastime_claims


def _doing(text: str) -> set[tuple[str, str, str, str, bool]]:
    """(predicate, object, polarity, time, ability) of every claim of `text` about kayaking or pottery."""
    return {(c.predicate, c.object, c.polarity, c.time, c.ability) for c in extract_open_claims(text)
            if (c.predicate, c.object) in (("kayak", ""), ("do", "pottery"))}


def test_every_shipped_pastime_reads_as_one_claim_of_doing_it() -> None:
    table = default_pastimes()
    assert len(table.by_name) > 100
    unread = sorted({p.doing for p in table.by_name.values() if doing_claim(p.doing) is None})
    assert not unread, f"knowledge/pastimes.txt: these do not read as one claim: {unread}"


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "pastimes.txt"
    path.write_text("kayaking: kayak | kayaker\n# comment\npottery do pottery\n", "utf-8")
    with pytest.raises(PastimeError, match=r"pastimes.txt:3: expected"):
        load_pastimes(path)
    with pytest.raises(PastimeError, match=r"here:2: 'kayaking' is already listed"):
        parse_pastimes("kayaking: kayak\nkayaking: paddle\n", "here")


@pytest.mark.parametrize("text", [
    "My pottery class is on Tuesdays.", "I have pottery lessons every week.", "Our pottery group meets on Mondays.",
    "Pottery is my thing.", "Love a bit of pottery.", "Pottery every morning before work.",
    "I'm in the kayaking club.", "I'm a keen kayaker.", "Got kayaking practice tonight.", "I do kayaking.",
])
def test_shapes_of_doing_read_as_doing(text: str) -> None:
    assert {(p, o) for p, o, polarity, _, _ in _doing(text) if polarity == "affirm"}, text


@pytest.mark.parametrize(("text", "time", "ability"), [
    ("I've never tried pottery.", "ever", False),
    ("Pottery isn't for me.", "present", False),
    ("I'm not a kayaking person.", "present", False),
    ("I'm no kayaker.", "present", False),
    ("I've never held a kayak paddle.", "ever", False),
    ("I wouldn't know how to kayak.", "present", True),
    ("Pottery is one of those things I've never tried.", "ever", False),
    ("I've never laid hands on a kayak paddle.", "ever", False),
])
def test_shapes_of_not_doing_read_as_denials(text: str, time: str, ability: bool) -> None:
    denials = {(t, a) for _, _, polarity, t, a in _doing(text) if polarity == "deny"}
    assert (time, ability) in denials, (text, _doing(text))


def test_a_bare_never_answers_the_pastime_just_named() -> None:
    assert ("kayak", "", "deny", "ever", False) in _doing("Kayaking? Never.")
    assert not _doing("Really? Never.")


def test_spent_the_weekend_doing_it_is_a_recent_doing() -> None:
    assert ("do", "pottery", "affirm", "recent", False) in _doing("I spent Sunday doing pottery.")


def test_giving_it_up_says_it_was_done() -> None:
    claims = _doing("I gave up pottery years ago.")
    assert ("do", "pottery", "deny", "present", False) in claims
    assert any(polarity == "affirm" and time in ("past", "remote") for _, _, polarity, time, _ in claims)


@pytest.mark.parametrize("text", [
    "My son's pottery class is on Tuesdays.", "I'd love to try pottery someday.", "I love watching kayaking on TV.",
    "My wife is a keen kayaker.", "I'm thinking of joining the kayaking club.", "I'm not in the kayaking club.",
    "My kayak paddle was a gift.", "I've never been in the pottery club.",
])
def test_look_alikes_say_nothing_of_doing_it(text: str) -> None:
    assert not {c for c in _doing(text) if c[2] == "affirm"}, text


def test_another_name_of_a_pastime_is_the_same_claim() -> None:
    claims = {(c.predicate, c.object, c.polarity, c.ability) for c in extract_open_claims("I can't do woodwork.")}
    assert ("do", "woodworking", "deny", True) in claims


def test_an_empty_table_reads_nothing() -> None:
    assert pastime_claims("i do pottery every week", parse_pastimes("", "empty")) == []


@pytest.mark.parametrize(("text", "key"), [
    ("My ukulele lessons are on Thursdays.", ("play", "ukulele")),   # an instrument is played
    ("Our handball team trains on Mondays.", ("play", "handball")),  # a team sport is played
    ("I'm in the macrame club.", ("do", "macrame")),                 # a craft is done
    ("I've never tried paragliding.", ("paraglid", "")),             # a gerund is its verb
])
def test_a_pastime_the_table_does_not_list_is_known_by_its_category_or_form(text: str, key: tuple[str, str]) -> None:
    assert key in {(c.predicate, c.object) for c in extract_open_claims(text)}, extract_open_claims(text)


@pytest.mark.parametrize("text", ["My marketing team is brilliant.", "I've never been to paris.",
                                  "Nothing is my thing.", "I'm no expert."])
def test_words_that_name_no_pastime_say_nothing_of_one(text: str) -> None:
    assert not [c for c in extract_open_claims(text) if c.predicate in ("play", "do", "market", "expert")], text


def test_a_doer_the_table_does_not_list() -> None:
    claims = {(c.predicate, c.polarity) for c in extract_open_claims("I'm a keen paraglider.")}
    assert ("paraglid", "affirm") in claims
    assert ("play", "deny") in {(c.predicate, c.polarity) for c in extract_open_claims("I'm no mahjong player.")}


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {(c.predicate, c.object, c.polarity, c.time) for c in extract_open_claims(text)}


def test_loving_a_pastime_one_does_tells_it_was_done_at_some_time() -> None:
    assert ("div", "", "affirm", "remote") in _keys("I love scuba diving.")
    assert ("hik", "", "affirm", "remote") in _keys("I enjoy hiking.")


@pytest.mark.parametrize("text", ["I love football.", "I'd love to try scuba diving.", "I love watching surfing.",
                                  "My sister loves scuba diving."])
def test_a_pastime_watched_wished_for_or_someone_elses_tells_nothing_done(text: str) -> None:
    assert not {k for k in _keys(text) if k[3] == "remote"}


def _painting(text: str) -> set[tuple[str, str, str]]:
    """(predicate, object, polarity) of every claim of `text` about painting, knitting, cooking or gardening."""
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)
            if c.predicate in ("paint", "knit", "cook", "garden", "ski", "writ")}


@pytest.mark.parametrize("text", [
    "I've never tried painting abstract art.", "I've never tried painting people.", "I've never tried knitting a sweater.",
    "I've never tried cooking Thai food.", "I've never really tried painting people, but I'd like to give it a try.",
    "I've never tried writing short stories, but I might give it a try sometime.",
    "I've always wanted to try writing romance novels.",
])
def test_a_pastime_narrowed_by_what_is_done_is_not_denied_whole(text: str) -> None:
    """Never having painted people says nothing of painting landscapes ("I like to paint" stays consistent)."""
    assert not {c for c in _painting(text) if c[2] == "deny"}


@pytest.mark.parametrize(("text", "pastime"), [
    ("I've never really tried gardening, but I've always wanted to.", "garden"),
    ("I've never actually tried knitting.", "knit"),
    ("I've never tried skiing in my life.", "ski"),
    ("I've never tried skiing before.", "ski"),
    ("I've never tried skiing and snowboarding.", "ski"),
    ("I've never been skiing either.", "ski"),
    ("I've never tried skiing, it looks scary.", "ski"),
])
def test_a_pastime_denied_whole_with_a_time_an_adverb_or_a_conjunction_after_it(text: str, pastime: str) -> None:
    assert (pastime, "", "deny") in _painting(text)


def test_a_liking_with_a_time_after_it_is_still_read() -> None:
    claims = {(c.predicate, c.object, c.polarity) for c in extract_open_claims("I'm really into role-playing games right now.")}
    assert ("play", "role-playing game", "affirm") in claims


def test_kit_never_used_says_nothing_of_doing_it() -> None:
    said = {(c.predicate, c.object, c.polarity) for c in
            extract_open_claims("My gym kit is still in the bag from January, never used it.")}
    assert ("go to", "gym", "affirm") not in said
    assert ("go to", "gym", "affirm") in {(c.predicate, c.object, c.polarity) for c in
                                       extract_open_claims("My gym kit is in the car for tonight.")}


@pytest.mark.parametrize(("text", "time"), [("Skiing in the Alps last winter was amazing.", "past"),
                                            ("Kayaking down the river yesterday was so much fun.", "recent")])
def test_a_pastime_told_as_a_past_event_was_done_then(text: str, time: str) -> None:
    said = {(c.predicate, c.polarity, c.time) for c in extract_open_claims(text)}
    assert any(p in ("ski", "kayak") and pol == "affirm" and t == time for p, pol, t in said)


@pytest.mark.parametrize("text", ["My brother said skiing last winter was fun.", "Shopping yesterday was exhausting.",
                                  "Skiing in the Alps is amazing.", "Skiing last winter was cancelled, there was no snow."])
def test_someone_elses_or_an_unlisted_or_undated_doing_is_no_event_of_mine(text: str) -> None:
    assert not {c for c in extract_open_claims(text) if c.predicate in ("ski", "shop") and c.time in ("past", "recent")}


@pytest.mark.parametrize("text", ["I've never taken a yoga class though.", "I've never taken a dance class.",
                                  "I never studied dance."])
def test_a_class_or_study_denied_is_no_doing_denied(text: str) -> None:
    said = {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}
    assert not {(p, o) for p, o, pol in said if pol == "deny" and p in ("do", "danc") and o in ("yoga", "")}
    assert ("do", "yoga", "deny") in {(c.predicate, c.object, c.polarity) for c in
                                      extract_open_claims("I've never done yoga.")}
