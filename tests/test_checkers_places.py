"""Places within places: relations between place names as people say them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulate.checkers import places
from simulate.checkers.places import gazetteer, normalize, place_relation, places_compatible

INVERSE = {"within": "contains", "contains": "within"}


@pytest.mark.parametrize(("a", "b"), [
    ("La Jolla", "San Diego"), ("Columbus", "Ohio"), ("Brooklyn", "New York"), ("NYC", "New York City"),
    ("the Bay Area", "San Francisco"), ("Texas", "Austin, TX"), ("Brooklyn", "NYC"), ("Manhattan", "New York"),
    ("la jolla", "san diego, california"), ("Santa Monica", "LA"), ("Cambridge", "Boston"),
])
def test_former_false_alarms_are_compatible(a: str, b: str) -> None:
    assert places_compatible(a, b) is True
    assert places_compatible(b, a) is True


@pytest.mark.parametrize(("a", "b"), [
    ("NYC", "New York City"), ("the Big Apple", "NYC"), ("Austin, TX", "Austin, Texas"), ("Austin TX", "Austin, TX"),
    ("St. Louis", "Saint Louis, Missouri"), ("Philly", "Philadelphia"), ("Vegas", "Las Vegas, NV"),
    ("DC", "Washington, D.C."), ("SF", "San Francisco, California"), ("the States", "USA"), ("U.S.", "America"),
    ("UK", "Britain"), ("Great Britain", "the United Kingdom"), ("MÜNCHEN", "Munich"), ("texas", "TX"),
    ("  Ohio!! ", "ohio"), ("Holland", "The Netherlands"),
])
def test_same_place_under_other_names(a: str, b: str) -> None:
    assert place_relation(a, b) == "same"


@pytest.mark.parametrize(("inner", "outer"), [
    ("Columbus", "Ohio"), ("Austin, TX", "Texas"), ("Texas", "USA"), ("Chicago", "the States"),
    ("London", "UK"), ("Edinburgh", "Scotland"), ("Cardiff", "Wales"), ("Scotland", "Britain"),
    ("England", "United Kingdom"), ("Munich", "Germany"), ("Springfield, IL", "Illinois"),
    ("Portland Oregon", "Oregon"), ("Philly", "Pennsylvania"), ("LA", "California"), ("San Jose", "the Bay Area"),
    ("SF", "the Bay Area"), ("Evanston", "outside Chicago"), ("a small town in Ohio", "Ohio"),
    ("rural Ohio", "USA"), ("Smallville, Kansas", "Kansas"),
])
def test_within_and_contains(inner: str, outer: str) -> None:
    assert place_relation(inner, outer) == "within"
    assert place_relation(outer, inner) == "contains"


@pytest.mark.parametrize(("capital", "division"), [
    ("Toronto", "Ontario"), ("Vancouver", "British Columbia"), ("Montreal", "Quebec"), ("Calgary", "Alberta"),
    ("Winnipeg", "Manitoba"), ("Halifax", "Nova Scotia"), ("Regina", "Saskatchewan"),
    ("Fredericton", "New Brunswick"), ("St. John's", "Newfoundland and Labrador"),
    ("Charlottetown", "Prince Edward Island"), ("Whitehorse", "Yukon"), ("Yellowknife", "Northwest Territories"),
    ("Sydney", "New South Wales"), ("Melbourne", "Victoria"), ("Brisbane", "Queensland"),
    ("Perth", "Western Australia"), ("Adelaide", "South Australia"), ("Hobart", "Tasmania"),
    ("Darwin", "Northern Territory"), ("Canberra", "Australian Capital Territory"), ("London", "England"),
    ("Belfast", "Northern Ireland"), ("Toronto", "ON"), ("Sydney", "NSW"),
])
def test_alias_file_division_codes_match_the_gazetteer(capital: str, division: str) -> None:
    assert place_relation(capital, division) == "within"


@pytest.mark.parametrize(("a", "b"), [
    ("La Jolla", "San Diego"), ("Brooklyn", "New York City"), ("Queens", "NYC"), ("Santa Monica", "Los Angeles"),
    ("Hollywood", "LA"), ("Cambridge, MA", "Boston"),
])
def test_boroughs_and_suburbs_are_near(a: str, b: str) -> None:
    assert place_relation(a, b) == "near"
    assert place_relation(b, a) == "near"


@pytest.mark.parametrize(("a", "b"), [
    ("Boston", "Chicago"), ("Texas", "Ohio"), ("Paris, France", "Texas"), ("Portland, OR", "Portland, ME"),
    ("Springfield, IL", "Springfield, MO"), ("Springfield", "Texas"), ("Paris", "Germany"), ("London", "Paris"),
    ("New York", "Los Angeles"), ("LA", "Texas"), ("England", "Edinburgh"), ("Scotland", "Wales"),
    ("Canada", "USA"), ("the Bay Area", "Los Angeles"), ("Austin", "Dallas"), ("a small town in Ohio", "Texas"),
    ("Smallville, Kansas", "Ohio"), ("Portland Oregon", "Seattle"),
    # next to each other but in another state, of about the same size, or both boroughs of a larger city
    ("Jersey City", "New York City"), ("Minneapolis", "St Paul"), ("Brooklyn", "Staten Island"),
    ("Manhattan", "Queens"),
    # a former name of a small town ("Portland" for Blue Island, IL) does not make Portland a Chicago suburb
    ("Portland", "Chicago"), ("Brooklyn", "Chicago"),
])
def test_distinct(a: str, b: str) -> None:
    assert place_relation(a, b) == "distinct"
    assert places_compatible(a, b) is False


@pytest.mark.parametrize(("ambiguous", "place"), [
    ("Springfield", "Illinois"), ("Springfield", "Missouri"), ("Springfield", "Massachusetts"),
    ("Portland", "Maine"), ("Portland", "Oregon"), ("Paris", "Texas"), ("Paris", "France"),
    ("LA", "New Orleans"), ("Georgia", "Atlanta"), ("Georgia", "Tbilisi"), ("Washington", "Seattle"),
    ("Washington", "the District"),
])
def test_ambiguous_name_is_compatible_with_any_reading(ambiguous: str, place: str) -> None:
    assert places_compatible(ambiguous, place) is True


@pytest.mark.parametrize("vague", [
    "a small town", "the countryside", "the city", "the suburbs", "the middle of nowhere", "home", "abroad",
    "Xyzzyville", "", "   ", "the Midwest",
])
def test_vague_or_unknown_places(vague: str) -> None:
    assert place_relation(vague, "Ohio") == "unknown"
    assert place_relation("Ohio", vague) == "unknown"
    assert places_compatible(vague, "Ohio") is None


def test_somewhere_in_a_place_is_undecided_against_a_city_there() -> None:
    assert place_relation("a small town in Ohio", "Columbus") == "unknown"
    assert places_compatible("a small town in Ohio", "Columbus") is None
    assert place_relation("a small town in Ohio", "rural Ohio") == "unknown"


def test_a_region_is_the_same_under_its_other_names() -> None:
    assert place_relation("the Bay Area", "the San Francisco Bay Area") == "same"
    assert place_relation("the Dallas area", "outside Dallas") == "same"


def test_relations_are_inverse_when_the_arguments_swap() -> None:
    names = ["La Jolla", "San Diego", "California", "USA", "Ohio", "Columbus", "Springfield", "Paris",
             "the Bay Area", "NYC", "Brooklyn", "New York", "UK", "Scotland", "a small town in Ohio", "LA"]
    for a, b in itertools.product(names, repeat=2):
        forward, backward = place_relation(a, b), place_relation(b, a)
        assert backward == INVERSE.get(forward, forward), (a, b, forward, backward)


def test_a_place_is_the_same_as_itself() -> None:
    for name in ["Springfield", "Paris", "Texas", "the Bay Area", "NYC", "England", "Austin, TX"]:
        assert place_relation(name, name) == "same"


@pytest.mark.parametrize(("text", "key"), [
    ("St. Louis, MO", "st louis, mo"), ("The Bronx", "bronx"), ("Zürich", "zurich"), ("Łódź", "lodz"),
    ("Coeur d\u2019Alene", "coeur dalene"), ("Fort  Worth!", "ft worth"), ("the", "the"), ("U.S.A.", "usa"),
])
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


def test_gazetteer_loads_once_and_knows_cities_by_alternate_names() -> None:
    assert gazetteer() is gazetteer()
    readings = gazetteer().names["big apple"]
    assert [p.country for p in readings] == ["US"] and readings[0].admin1 == "NY"
    assert "lax" not in gazetteer().names  # airport codes among GeoNames' alternate names are left out


def test_public_api() -> None:
    assert set(places.__all__) == {"NEAR_KM", "NEAR_RATIO", "Relation", "canonical_place", "country_of", "known_place",
                                   "place_relation", "places_compatible", "place_words", "same_area", "AREA_KM"}


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Cambridge", "Boston", "near"), ("Cambridge, England", "Boston", "distinct"), ("London, England", "UK", "within"),
    ("London, Ontario", "England", "distinct"), ("Paris, TX", "Paris, France", "distinct"),
    ("Portland, Oregon, USA", "Oregon", "within"), ("Austin,, TX", "Texas", "within"),
])
def test_city_with_state_or_country(a: str, b: str, relation: str) -> None:
    assert place_relation(a, b) == relation


TOKENS = ["in", "the", "a", ",", "of", "near", "outside", "area", "TX", "Ohio", "Paris", "New", "York", "small",
          "town", "Bay", "LA", "rural", "north", "St.", "é", "-", "  "]


@given(st.lists(st.sampled_from(TOKENS), max_size=6), st.lists(st.sampled_from(TOKENS), max_size=6))
@settings(deadline=None)
def test_any_phrase_gets_a_relation_and_its_inverse(a: list[str], b: list[str]) -> None:
    left, right = " ".join(a), " ".join(b)
    forward, backward = place_relation(left, right), place_relation(right, left)
    assert forward in {"same", "within", "contains", "near", "distinct", "unknown"}
    assert backward == INVERSE.get(forward, forward)
    assert places_compatible(left, right) is (None if forward == "unknown" else forward != "distinct")


def test_enclosing_names_come_from_the_gazetteer() -> None:
    """A city names its state (in the US), country and continent; a name whose readings disagree names none."""
    from simulate.checkers.places import enclosing_names

    assert enclosing_names("Rome") == ("italy", "europe")  # Rome, Italy far outweighs Rome, Georgia
    assert enclosing_names("Miami Beach") == ("florida", "united states", "north america")
    assert enclosing_names("Italy") == ("europe",)
    assert enclosing_names("Valencia") == ()  # Valencia, Spain and Valencia, Venezuela: no country is sure
    assert enclosing_names("pizza") == ()


def test_known_place_is_a_sure_place_name_not_a_common_word() -> None:
    """Countries, divisions, continents and sizeable cities are places; words that are also small towns are not."""
    assert all(places.known_place(name) for name in ("Porto", "the States", "Holland", "Africa", "Quebec"))
    assert not any(places.known_place(name) for name in ("time", "reading", "a bar", "kitchen", ""))


def test_canonical_place_names_a_country_or_division_once() -> None:
    """'the States', 'America' and 'the USA' are one name; a city or an ambiguous name stays as said."""
    assert {places.canonical_place(n) for n in ("the States", "America", "the USA")} == {"united states"}
    assert places.canonical_place("Holland") == "netherlands"
    assert places.canonical_place("Porto") == "Porto"
    assert places.canonical_place("Georgia") == "Georgia"  # the country or the state


def test_continents_contain_their_countries_and_cities() -> None:
    """'Africa' is the continent, not the town in Tunisia."""
    assert places.place_relation("Nairobi", "Africa") == "within"
    assert places.place_relation("Africa", "Kenya") == "contains"
    assert places.place_relation("Lima", "Africa") == "distinct"


def test_enclosing_names_give_divisions_outside_the_us() -> None:
    """A city of a UK nation or Canadian province is in it, then in its country and continent."""
    assert places.enclosing_names("Glasgow") == ("scotland", "united kingdom", "europe")
    assert places.enclosing_names("Arizona") == ("united states", "north america")


def test_country_of_a_place_when_its_readings_agree() -> None:
    """A city's country (the larger namesake wins); None for a continent or an ambiguous name."""
    assert places.country_of("Leeds") == "GB"
    assert places.country_of("the States") == "US"
    assert places.country_of("Africa") is None
    assert places.country_of("Georgia") is None


def test_towns_of_one_metropolitan_area_are_one_area() -> None:
    from simulate.checkers.places import same_area

    assert same_area("katy", "houston") and same_area("stockport", "manchester")
    assert not same_area("dallas", "houston") and not same_area("leeds", "brisbane")
