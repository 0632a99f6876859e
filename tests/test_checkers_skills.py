"""Skills said in passing: handiwork, code, languages understood, a skill said without "I"."""

from __future__ import annotations

import pytest

from simulate.checkers.open_claims import extract_open_claims


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.object, c.polarity) for c in extract_open_claims(text)}


@pytest.mark.parametrize(("text", "key"), [
    ("I'm hopeless at DIY.", ("be", "handy", "deny")),
    ("I could never even hang a picture straight.", ("be", "handy", "deny")),
    ("I've never even held a drill.", ("be", "handy", "deny")),
    ("I tiled the whole bathroom myself.", ("be", "handy", "affirm")),
    ("I rebuilt the gearbox on my van.", ("be", "handy", "affirm")),
    ("I've never written a single line of code.", ("cod", "", "deny")),
    ("Been programming in Java for years.", ("cod", "", "affirm")),
    ("Rust and Go are my bread and butter.", ("cod", "", "affirm")),
    ("I can't read or understand Korean.", ("understand", "korean", "deny")),
    ("I watch dramas in Korean with no subtitles.", ("understand", "korean", "affirm")),
    ("Pretty good tennis player, I play twice a week.", ("play", "tennis", "affirm")),
])
def test_skills_said_in_passing(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("My dad built the bookshelves himself.", ("be", "handy", "affirm")),
    ("I built a website from scratch.", ("be", "handy", "affirm")),
    ("We built the shed together.", ("be", "handy", "affirm")),
    ("My brother codes in Python for a living.", ("cod", "", "affirm")),
    ("I want to watch films in Italian without subtitles one day.", ("understand", "italian", "affirm")),
])
def test_others_plans_and_other_builds_say_nothing(text: str, key: tuple[str, str, str]) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("I played the drum solo at the gig.", ("play", "drum", "affirm")),
    ("I play the cello part in the orchestra.", ("play", "cello", "affirm")),
])
def test_a_part_played_is_the_instrument_played(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


def test_a_part_heard_is_no_instrument_played() -> None:
    assert ("play", "guitar", "affirm") not in _keys("I love hearing a good guitar solo.")


@pytest.mark.parametrize(("text", "key"), [
    ("I'm red-green colour blind.", ("be", "colorblind", "affirm")),
    ("I can tell blue from purple easily.", ("be", "colorblind", "deny")),
    ("I watch Bollywood movies with no subtitles.", ("understand", "hindi", "affirm")),
    ("I watch Spanish soaps without subtitles.", ("understand", "spanish", "affirm")),
])
def test_colour_vision_and_languages_followed(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("I can't tell red from green.", ("be", "colorblind", "deny")),
    ("My son can tell red and green apart.", ("be", "colorblind", "deny")),
    ("I watch films without subtitles.", ("understand", "film", "affirm")),
])
def test_colours_not_told_apart_and_films_of_no_language_say_nothing(text: str, key: tuple[str, str, str]) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I chatted with the waiter in Italian all evening.", ("speak", "italian", "affirm"), True),
    ("I haggled in Arabic at the market.", ("speak", "arabic", "affirm"), True),
    ("I tried to haggle in Arabic but gave up.", ("speak", "arabic", "affirm"), False),
    ("My wife chatted with the driver in Arabic.", ("speak", "arabic", "affirm"), False),
])
def test_a_language_spoken_in(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I work as a German translator.", ("speak", "german", "affirm"), True),
    ("I'm a Spanish-English interpreter.", ("speak", "spanish", "affirm"), True),
    ("My Italian is fluent.", ("speak", "italian", "affirm"), True),
    ("My French is non-existent.", ("understand", "french", "deny"), True),
    ("I reread Tolstoy in the original Russian.", ("understand", "russian", "affirm"), True),
    ("My wife is a German translator.", ("speak", "german", "affirm"), False),
    ("My French is rubbish.", ("speak", "french", "deny"), False),
])
def test_languages_said_through_work_and_reading(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I did fifty lengths at the pool this morning.", ("swim", "", "affirm"), True),
    ("I made my daughter's prom dress myself.", ("sew", "", "affirm"), True),
    ("My mum made my prom dress herself.", ("sew", "", "affirm"), False),
    ("I watched my son do ten lengths at the pool.", ("swim", "", "affirm"), False),
])
def test_lengths_swum_and_garments_sewn(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "read"), [
    ("I learned ASL in college.", True),
    ("I can sign, I learned BSL for my nephew.", True),
    ("I can sign my name.", False),
    ("I want to learn BSL one day.", False),
])
def test_sign_language_known(text: str, read: bool) -> None:
    assert (("know", "sign language", "affirm") in _keys(text)) is read


@pytest.mark.parametrize(("text", "read"), [
    ("I drove us to the coast last weekend.", True),
    ("I drive the kids to school every morning.", True),
    ("My husband drove us to the coast.", False),
    ("I offered to drive them home.", False),
])
def test_driving_others_somewhere_is_driving(text: str, read: bool) -> None:
    assert any(c.predicate.startswith("driv") and c.polarity == "affirm" for c in extract_open_claims(text)) is read


@pytest.mark.parametrize(("text", "key"), [
    ("Programming is my day job.", ("cod", "", "affirm")),
    ("I'm rated 1900 on chess.com.", ("play", "chess", "affirm")),
    ("My Elo is around 1500.", ("play", "chess", "affirm")),
])
def test_code_as_a_job_and_chess_ratings(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I'm bilingual in English and Welsh.", ("speak", "welsh", "affirm"), True),
    ("I lived in Osaka for years and speak Japanese every day.", ("speak", "japanese", "affirm"), True),
    ("I got an A in GCSE Spanish.", ("study", "spanish", "affirm"), True),
    ("I lived in Tokyo with my wife and she speaks Japanese.", ("speak", "japanese", "affirm"), False),
    ("I moved to Tokyo and want to speak Japanese one day.", ("speak", "japanese", "affirm"), False),
])
def test_languages_coordinated_and_subjects_taken(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read


@pytest.mark.parametrize(("text", "key", "read"), [
    ("I have no sense of smell.", ("smell", "", "deny"), True),
    ("I love the smell of cut grass.", ("smell", "", "affirm"), True),
    ("This lasagne tastes divine.", ("tast", "", "affirm"), True),
    ("I carried the fridge up the stairs on my own.", ("lift", "anything heavy", "affirm"), True),
    ("I miss the smell of fresh bread.", ("smell", "", "affirm"), False),
    ("My son carried the sofa up the stairs.", ("lift", "anything heavy", "affirm"), False),
])
def test_smell_taste_and_heavy_lifting(text: str, key: tuple[str, str, str], read: bool) -> None:
    assert (key in _keys(text)) is read
