"""Persona sources for batch runs: agents folder, PersonaGym, Synthetic-Persona-Chat, user JSONL and CSV."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simulate.batch.persona_sources import (
    SOURCE_KINDS,
    agents_cards,
    csv_cards,
    jsonl_cards,
    load_persona_source,
    personagym_cards,
    spc_cards,
)
from simulate.errors import InputError, ScenarioError
from simulate.persona import PersonaCard

from conftest import PERSONAGYM, ROOT, SPC_VALID, needs_personagym, needs_spc, write

NAME = re.compile(r"^[A-Z][\w'-]+( [A-Z]\.)? [A-Z][\w'-]+$")


def _problems(info: pytest.ExceptionInfo[ScenarioError]) -> list[str]:
    return [str(p) for p in info.value.problems]


# --- PersonaGym ----------------------------------------------------------------------------------

@needs_personagym
def test_personagym_loads_all_200_with_parsed_facts() -> None:
    cards = personagym_cards(PERSONAGYM)
    sentences = json.loads(PERSONAGYM.read_text(encoding="utf-8"))["benchmark_personas"]
    assert len(cards) == len(sentences) == 200
    assert [c.description for c in cards] == sentences
    first = cards[0].facts
    assert (first.age, first.occupation, first.birthplace, first.location) == (71, "retired nurse", "Italy", None)
    assert cards[0].source is not None and cards[0].source.record == "0" and cards[0].source.licence == "MIT"
    assert sum(c.facts.age is not None for c in cards) >= 185
    assert sum(c.facts.occupation is not None for c in cards) >= 150
    assert sum(c.facts.birthplace is not None for c in cards) >= 180


@needs_personagym
@pytest.mark.parametrize(("index", "expected"), [
    (1, {"age": 54, "marital_status": "divorced", "birthplace": "Spain", "occupation": None}),
    (17, {"age": 78, "birthplace": "Boston", "occupation": None}),  # "who is 78 years old"
    (51, {"age": 34, "marital_status": "single", "occupation": "nurse", "birthplace": "the United States"}),
    (57, {"age": 57, "marital_status": "divorced", "occupation": "truck driver", "birthplace": "Texas"}),
    (85, {"age": 27, "occupation": "architect", "birthplace": None, "location": None}),  # "in Rio": not stated as home
    (121, {"age": None, "occupation": None, "birthplace": None}),  # "in her 50s": no exact age
    (123, {"age": None, "location": "Delhi", "birthplace": None}),  # "based in Delhi"
    (134, {"age": 61, "marital_status": "widowed", "occupation": None, "birthplace": "rural England"}),
])
def test_personagym_spot_checks(index: int, expected: dict[str, object]) -> None:
    facts = personagym_cards(PERSONAGYM)[index].facts
    assert {key: getattr(facts, key) for key in expected} == expected


@needs_personagym
def test_personagym_names_are_unique_stable_and_plain() -> None:
    one, two = personagym_cards(PERSONAGYM), load_persona_source("personagym", str(PERSONAGYM))
    names = [c.name for c in one]
    assert names == [c.name for c in two]
    assert len(set(names)) == len(names)
    assert all(NAME.match(n) for n in names), [n for n in names if not NAME.match(n)]


def test_generated_names_depend_only_on_content(tmp_path: Path) -> None:
    """The same persona gets the same name whatever else is in the file; clashes take the next candidate."""
    same = {"description": "A 30-year-old baker from Lyon"}
    other = {"description": "A 45-year-old pilot from Oslo"}
    alone = jsonl_cards(write(tmp_path / "a.jsonl", json.dumps(same) + "\n"))
    mixed = jsonl_cards(write(tmp_path / "b.jsonl", json.dumps(other) + "\n" + json.dumps(same) + "\n"))
    assert mixed[1].name == alone[0].name
    twins = jsonl_cards(write(tmp_path / "c.jsonl", (json.dumps(same) + "\n") * 3))
    assert twins[0].name == alone[0].name and len({c.name for c in twins}) == 3


def test_generated_names_are_pinned_across_machines(tmp_path: Path) -> None:
    """Names come from sha256 of the content, not Python's salted hash(): these values never change."""
    lines = [json.dumps({"description": "A 30-year-old baker from Lyon"}), json.dumps({"facts": ["I am a mother of two."]})]
    cards = jsonl_cards(write(tmp_path / "p.jsonl", "\n".join(lines) + "\n"))
    assert [c.name for c in cards] == ["Min-jun Silva", "Sunita Haddad"]  # the second is from the female list


def test_generated_names_avoid_names_given_in_the_file(tmp_path: Path) -> None:
    anonymous = {"description": "A quiet librarian"}
    (generated,) = jsonl_cards(write(tmp_path / "a.jsonl", json.dumps(anonymous) + "\n"))
    lines = [json.dumps(anonymous), json.dumps({"name": generated.name, "description": "Someone else"})]
    cards = jsonl_cards(write(tmp_path / "b.jsonl", "\n".join(lines) + "\n"))
    assert cards[1].name == generated.name and cards[0].name != generated.name


# --- Synthetic-Persona-Chat ----------------------------------------------------------------------

@needs_spc
def test_spc_profiles_are_distinct_and_first_person() -> None:
    cards = spc_cards(SPC_VALID)
    keys = [frozenset(s.lower().rstrip(".") for s in c.facts.other + re.split(r"(?<=[.!?]) ", c.description) if s)
            for c in cards]
    assert len(cards) == len(set(keys)) == 541
    assert len({c.name for c in cards}) == len(cards)
    for card in cards:
        assert all(s.startswith(("I ", "I'", "My ")) for s in card.facts.other)
        assert not re.search(r"\bi\b", card.description + " ".join(card.facts.other))
    first = cards[0]
    assert first.source is not None and first.source.record == "0:user 1"
    assert first.source.dataset == "Synthetic-Persona-Chat" and first.source.licence == "CC BY 4.0"
    assert first.facts.other == ["I love to bake cookies.", "I have a dogs."]
    assert first.description == "The county wide bake sale is where I feel most at home. Knitting is my passion."
    assert [c.name for c in spc_cards(SPC_VALID)] == [c.name for c in cards]


def test_spc_dedup_keeps_first_seen_and_fixes_casing(tmp_path: Path) -> None:
    text = ('user 1 personas,user 2 personas,Best Generated Conversation\n'
            '"i like tea.\nMy dog is old.","Cats are great.\ni\'m tall.","User 1: hi"\n'
            '"My dog is old.\nI like tea","i like tea.\nI swim.","User 1: hi"\n')
    cards = spc_cards(write(tmp_path / "spc.csv", text))
    assert [c.source.record for c in cards if c.source] == ["0:user 1", "0:user 2", "1:user 2"]
    assert cards[0].facts.other == ["I like tea.", "My dog is old."]
    assert cards[1].description == "Cats are great." and cards[1].facts.other == ["I'm tall."]


def test_spc_without_its_columns_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "other.csv", "a,b\n1,2\n")
    with pytest.raises(InputError, match=r"other\.csv:1: .*user 1 personas"):
        spc_cards(path)


# --- agents folder -------------------------------------------------------------------------------

def test_agents_folder_loads_every_card_sorted_by_file_name() -> None:
    folder = ROOT / "agents"
    cards = load_persona_source("agents", folder)
    files = sorted(p.name for p in folder.glob("*.yaml"))
    assert len(cards) == len(files) == 15
    assert cards[0].name == "Abena Mensah" and cards[-1].name == "Walter Pruitt"
    assert [c.name for c in cards] == [c.name for c in agents_cards(folder)]


def test_agents_folder_reports_every_bad_card(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "# not a card\n")
    write(tmp_path / "b.yml", "name: Bea\n")
    write(tmp_path / "a.yaml", "name: Al\nfacts: {age: old}\n")
    write(tmp_path / "c.yaml", "name: Cy\nfacts: {other: [likes tea]}\n")
    with pytest.raises(ScenarioError) as info:
        agents_cards(tmp_path)
    lines = _problems(info)
    assert len(lines) == 2 and "a.yaml:2" in lines[0] and "c.yaml:2" in lines[1]
    (tmp_path / "a.yaml").unlink()
    (tmp_path / "c.yaml").unlink()
    assert [c.name for c in agents_cards(tmp_path)] == ["Bea"]


# --- user JSONL ----------------------------------------------------------------------------------

def test_jsonl_full_and_light_records(tmp_path: Path) -> None:
    full = PersonaCard(name="Ada Byron", description="A mathematician.", facts={"age": 36, "other": ["I write notes."]},
                       timeline=[{"session": 1, "event": "moves", "changes": {"location": "London"}}])
    lines = [
        full.model_dump_json(),
        "",
        json.dumps({"description": "A 40-year-old potter", "facts": ["I make bowls.", "My kiln is old."]}),
        json.dumps({"name": "Bo", "facts": {"age": 52, "occupation": "pilot"}, "style": "brisk"}),
    ]
    cards = jsonl_cards(write(tmp_path / "people.jsonl", "\n".join(lines) + "\n"))
    assert cards[0] == full
    assert cards[1].facts.other == ["I make bowls.", "My kiln is old."] and NAME.match(cards[1].name)
    assert (cards[2].name, cards[2].facts.age, cards[2].facts.occupation, cards[2].style) == ("Bo", 52, "pilot", "brisk")


def test_jsonl_errors_name_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"name": "Ok", "description": "fine"}),
        "{not json",
        json.dumps({"facts": ["likes tea"]}),
        json.dumps({"name": "Ok", "facts": {"age": "old"}, "colour": "red"}),
        json.dumps(["a list"]),
        json.dumps({}),
        json.dumps({"name": "A: B"}),
    ]
    path = write(tmp_path / "bad.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(ScenarioError) as info:
        jsonl_cards(path)
    lines_out = _problems(info)
    assert all(line.startswith(f"{path}:") for line in lines_out)
    text = "\n".join(lines_out)
    assert f"{path}:2:" in text and "not valid JSON" in text
    assert re.search(rf"{re.escape(str(path))}:3: facts: .*first-person.*'likes tea'", text)
    assert f"{path}:4: facts.age:" in text and f"{path}:4: colour: unknown field" in text
    assert f"{path}:5: expected a JSON object" in text
    assert f"{path}:6: nothing to build a persona from" in text
    assert f"{path}:7: name: " in text
    assert "Traceback" not in text and len(lines_out) == 7


def test_jsonl_duplicate_names_and_many_problems(tmp_path: Path) -> None:
    path = write(tmp_path / "dup.jsonl", '{"name": "Kim"}\n{"name": "Kim"}\n')
    with pytest.raises(ScenarioError, match=r"dup\.jsonl:2: name: 'Kim' is already used on line 1"):
        jsonl_cards(path)
    many = write(tmp_path / "many.jsonl", "nope\n" * 30)
    with pytest.raises(ScenarioError) as info:
        jsonl_cards(many)
    assert len(info.value.problems) == 21 and "10 more problem(s)" in str(info.value.problems[-1])


def test_empty_jsonl_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.jsonl", "\n\n")
    with pytest.raises(InputError, match="empty.jsonl: no personas"):
        load_persona_source("jsonl", path)


# --- user CSV ------------------------------------------------------------------------------------

def test_csv_happy_path(tmp_path: Path) -> None:
    text = ('name,description,facts,Age,occupation,marital_status\n'
            'Rosa Diaz,A detective,"I like motorbikes.|My sister is Lucia.",37,detective,Single\n'
            ',A gardener,"I grow roses.\nI hate slugs.",,,\n')
    cards = csv_cards(write(tmp_path / "people.csv", text))
    assert cards[0].name == "Rosa Diaz" and cards[0].facts.age == 37 and cards[0].facts.marital_status == "single"
    assert cards[0].facts.other == ["I like motorbikes.", "My sister is Lucia."]
    assert cards[1].facts.other == ["I grow roses.", "I hate slugs."] and NAME.match(cards[1].name)
    assert cards[1].facts.age is None


def test_csv_errors_name_file_and_record_line(tmp_path: Path) -> None:
    text = ('name,description,facts,age\n'
            'Ok,fine,,40\n'
            'Bad,"two\nlines",likes tea,forty\n'
            'Extra,a,b,1,2\n'
            ',,,\n')
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(ScenarioError) as info:
        load_persona_source("csv", path)
    lines = _problems(info)
    assert sorted(line.split(": ")[1] for line in lines[:2]) == ["age", "facts"]
    assert all(line.startswith(f"{path}:3: ") for line in lines[:2]) and "'likes tea'" in "".join(lines[:2])
    assert lines[2] == f"{path}:5: 5 values, but the header has 4 columns"
    assert lines[3].startswith(f"{path}:6: nothing to build a persona from")
    assert len(lines) == 4


def test_csv_header_problems(tmp_path: Path) -> None:
    path = write(tmp_path / "head.csv", "name,colour,name\nA,red,B\n")
    with pytest.raises(ScenarioError) as info:
        csv_cards(path)
    text = "\n".join(_problems(info))
    assert f"{path}:1: column 'name' appears more than once" in text and "unknown column 'colour'" in text
    with pytest.raises(InputError, match="only a header"):
        csv_cards(write(tmp_path / "header.csv", "name,description\n"))


# --- dispatch ------------------------------------------------------------------------------------

def test_dispatch_errors_name_the_path(tmp_path: Path) -> None:
    assert SOURCE_KINDS == ("agents", "personagym", "spc", "jsonl", "csv")
    missing = tmp_path / "nowhere.jsonl"
    for kind in SOURCE_KINDS:
        with pytest.raises(InputError, match=re.escape(str(missing))):
            load_persona_source(kind, missing)
    with pytest.raises(InputError, match="unknown persona source kind 'yaml'"):
        load_persona_source("yaml", missing)
    with pytest.raises(InputError, match="found a folder"):
        load_persona_source("csv", tmp_path)
    with pytest.raises(InputError, match="no persona cards"):
        load_persona_source("agents", tmp_path)
    empty = write(tmp_path / "p.json", '{"benchmark_personas": []}')
    with pytest.raises(InputError, match=r"p\.json: no personas"):
        load_persona_source("personagym", empty)
    bad = write(tmp_path / "q.json", "{")
    with pytest.raises(InputError, match=r"q\.json:1: not valid JSON"):
        load_persona_source("personagym", bad)
