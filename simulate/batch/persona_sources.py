"""Persona sources for batch runs: a folder of cards, public datasets, or the user's own JSONL/CSV.

Every loader returns `PersonaCard`s in a stable order. Dataset personas have no names, so each card
without one gets a deterministic first+last name from built-in lists, keyed by a SHA-256 digest of
its description and facts: the same persona gets the same name on any machine, and names are unique
within one source.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import math
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..errors import InputError, Problem, ScenarioError
from ..loader import load_persona
from ..persona import CoreFacts, DataSource, PersonaCard
from ..yamlsource import dotted

__all__ = [
    "SOURCE_KINDS",
    "agents_cards",
    "csv_cards",
    "jsonl_cards",
    "load_persona_source",
    "personagym_cards",
    "spc_cards",
]

SOURCE_KINDS = ("agents", "personagym", "spc", "jsonl", "csv")

_MAX_PROBLEMS = 20

_PERSONAGYM_SOURCE = {"dataset": "PersonaGym", "licence": "MIT", "url": "https://github.com/vsamuel2003/PersonaGym"}
_SPC_SOURCE = {
    "dataset": "Synthetic-Persona-Chat",
    "licence": "CC BY 4.0",
    "url": "https://github.com/google-research-datasets/Synthetic-Persona-Chat",
}
_SPC_COLUMNS = {"user 1": "user 1 personas", "user 2": "user 2 personas"}

# --- names ---------------------------------------------------------------------------------------

_FEMALE = (
    "Amara", "Sofia", "Mei", "Priya", "Fatima", "Olga", "Ingrid", "Lucia", "Aiko", "Zanele",
    "Camille", "Hana", "Leila", "Maria", "Nadia", "Chiara", "Esi", "Ana", "Yasmin", "Freya",
    "Rosa", "Ayesha", "Mariana", "Keiko", "Grace", "Elif", "Sunita", "Marta", "Thandi", "Claire",
)
_MALE = (
    "Kwame", "Mateo", "Hiroshi", "Arjun", "Omar", "Lars", "Dmitri", "Luca", "Jamal", "Wei",
    "Tomas", "Samuel", "Rafael", "Kofi", "Anders", "Ibrahim", "Diego", "Kenji", "Ravi", "Felix",
    "Hugo", "Emeka", "Marco", "Yusuf", "Daniel", "Pablo", "Jonas", "Tariq", "Min-jun", "Patrick",
)
_SURNAMES = (
    "Okafor", "Rossi", "Nakamura", "Patel", "Haddad", "Lindqvist", "Garcia", "Mensah", "Novak", "Dubois",
    "Santos", "Chen", "Kim", "Schmidt", "Oliveira", "Tanaka", "Nguyen", "Osei", "Bianchi", "Fischer",
    "Moreau", "Khan", "Silva", "Park", "Sato", "Ahmed", "Hansen", "Costa", "Reyes", "Murphy",
    "O'Brien", "Kaplan", "Yilmaz", "Abiola", "Morales", "Jensen", "Walsh", "Romero", "Suzuki", "Gupta",
    "Banerjee", "Eriksen", "Horvat", "Mwangi", "Adeyemi", "Castillo", "Lopez", "Fernandes", "Hughes", "Bennett",
    "Carter", "Sullivan", "Brooks", "Takahashi", "Rahman", "Cohen", "Andersson", "Varga", "Dalton", "Mbeki",
)
_POOLS = {"female": _FEMALE, "male": _MALE, None: _FEMALE + _MALE}

_SELF_FEMALE = re.compile(
    r"\b(?:I am|I'm) (?:an? )?(?:[\w-]+ )?(?:woman|mother|mom|girl|wife|grandmother|grandma|lady|housewife)\b")
_SELF_MALE = re.compile(
    r"\b(?:I am|I'm) (?:an? )?(?:[\w-]+ )?(?:man|father|dad|boy|husband|grandfather|grandpa|guy)\b")
_THIRD_FEMALE = re.compile(r"\b(?:woman|mother|she|her|herself|widow|girl|wife|grandmother|lady)\b", re.I)
_THIRD_MALE = re.compile(r"\b(?:man|father|he|his|him|himself|widower|boy|husband|grandfather|monk)\b", re.I)


def _gender(card: PersonaCard, *, third_person: bool) -> str | None:
    """'female' or 'male' when the card clearly says so (only one way), else None."""
    text = " ".join([card.description, *card.facts.sentences()])
    female = bool(_SELF_FEMALE.search(text))
    male = bool(_SELF_MALE.search(text))
    if third_person and card.description and not _is_first_person(card.description):
        female = female or bool(_THIRD_FEMALE.search(card.description))
        male = male or bool(_THIRD_MALE.search(card.description))
    return "female" if female and not male else "male" if male and not female else None


def _name_key(card: PersonaCard) -> str:
    return "\n".join([card.description, *card.facts.sentences()])


_INITIALS = ("", *"ABCDEFGHJKLMNPRSTVW")


def _name_candidates(key: str, pool: Sequence[str], first_tier: int = 0) -> Iterator[tuple[int, str]]:
    """(tier, name): every first+last pair once in an order fixed by sha256(key), then with middle initials.

    Tier 0 is the plain names, tier i the names with the i-th middle initial; the last tier numbers them.
    """
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    size = len(pool) * len(_SURNAMES)
    start = int.from_bytes(digest[:8], "big") % size
    step = 1 + int.from_bytes(digest[8:16], "big") % (size - 1)
    while math.gcd(step, size) != 1:
        step = step % (size - 1) + 1
    for tier in range(first_tier, len(_INITIALS)):
        middle = f" {_INITIALS[tier]}." if _INITIALS[tier] else ""
        for k in ((start + i * step) % size for i in range(size)):
            yield tier, f"{pool[k // len(_SURNAMES)]}{middle} {_SURNAMES[k % len(_SURNAMES)]}"
    first, last = pool[start // len(_SURNAMES)], _SURNAMES[start % len(_SURNAMES)]
    number = 2
    while True:
        yield len(_INITIALS), f"{first} {last} {number}"
        number += 1


def _assign_names(cards: list[PersonaCard], named: list[bool], *, third_person: bool) -> list[PersonaCard]:
    """Give each card with `named[i]` False a deterministic name not used by any other card."""
    taken = {card.name for card, has in zip(cards, named) if has}
    full_tiers: dict[str | None, int] = {}  # per pool: tiers found with every name taken (they stay full)
    running: dict[tuple[str, str | None], Iterator[tuple[int, str]]] = {}  # identical personas resume
    out = []
    for card, has in zip(cards, named):
        if not has:
            gender = _gender(card, third_person=third_person)
            key = _name_key(card)
            candidates = running.get((key, gender))
            if candidates is None:
                candidates = _name_candidates(key, _POOLS[gender], full_tiers.get(gender, 0))
                running[(key, gender)] = candidates
            tier, name = next((t, n) for t, n in candidates if n not in taken)
            full_tiers[gender] = max(tier, full_tiers.get(gender, 0))
            taken.add(name)
            card = card.model_copy(update={"name": name})
        out.append(card)
    return out


# --- shared helpers ------------------------------------------------------------------------------

_PRONOUN_I = re.compile(r"(?<![\w'])i(?=\s|['’]|[,;!?]|\.(?!\w)|$)")


def _fix_i(sentence: str) -> str:
    """`i like it` -> `I like it`; the lower-case pronoun only."""
    return _PRONOUN_I.sub("I", sentence.replace("’", "'"))


def _is_first_person(sentence: str) -> bool:
    return sentence.lower().startswith(("i ", "i'", "my "))


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: expected a file, found a folder") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read file: {exc}") from None


def _raise_problems(problems: list[Problem]) -> None:
    if not problems:
        return
    shown = problems[:_MAX_PROBLEMS]
    if len(problems) > _MAX_PROBLEMS:
        more = len(problems) - _MAX_PROBLEMS
        shown.append(Problem(problems[0].file, None, None, "", f"... and {more} more problem(s) not shown"))
    raise ScenarioError(shown)


def _error_text(error: ErrorDetails) -> str:
    if error["type"] == "extra_forbidden":
        fields: dict[tuple[int | str, ...], dict[str, Any]] = {(): PersonaCard.model_fields, ("facts",): CoreFacts.model_fields}
        known = fields.get(tuple(error["loc"][:-1]), {})
        hint = difflib.get_close_matches(str(error["loc"][-1]), list(known), n=1)
        return f"unknown field; did you mean {hint[0]!r}?" if hint else "unknown field"
    if error["type"] == "missing":
        return "is required"
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    return message[:1].lower() + message[1:]


def _user_cards(file: str, records: list[tuple[int, dict[str, Any], dict[tuple[Any, ...], str]]],
                problems: list[Problem]) -> list[PersonaCard]:
    """Validate (line, data, loc renames) records as cards; name the unnamed ones.

    `loc renames` maps a pydantic location prefix to the name the user knows it by (e.g. a CSV column).
    """
    cards: list[PersonaCard] = []
    named: list[bool] = []
    first_line: dict[str, int] = {}
    for line, data, renames in records:
        if not any(data.get(k) for k in ("name", "description", "facts")):
            problems.append(Problem(file, line, None, "", "nothing to build a persona from: "
                                    "give at least a name, a description or facts"))
            continue
        has_name = data.get("name") is not None
        try:
            card = PersonaCard.model_validate(data if has_name else {**data, "name": "unnamed"})
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                problems.append(Problem(file, line, None, _where(tuple(error["loc"]), renames), _error_text(error)))
            continue
        if has_name:
            if card.name in first_line:
                problems.append(Problem(file, line, None, "name",
                                        f"{card.name!r} is already used on line {first_line[card.name]}"))
                continue
            first_line[card.name] = line
        cards.append(card)
        named.append(has_name)
    problems.sort(key=lambda p: p.line or 0)
    _raise_problems(problems)
    if not cards:
        raise InputError(f"{file}: no personas in the file")
    return _assign_names(cards, named, third_person=True)


def _where(loc: tuple[Any, ...], renames: dict[tuple[Any, ...], str]) -> str:
    for prefix, label in renames.items():
        if loc[:len(prefix)] == prefix:
            return dotted((label, *loc[len(prefix):]))
    return dotted(loc)


# --- agents folder -------------------------------------------------------------------------------

def agents_cards(folder: Path) -> list[PersonaCard]:
    """Every card file (`*.yaml`, `*.yml`, README skipped) in `folder`, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of persona cards")
    try:
        files = sorted((p for p in folder.iterdir()
                        if p.is_file() and p.suffix in (".yaml", ".yml") and p.stem.lower() != "readme"),
                       key=lambda p: p.name)
    except OSError as exc:
        raise InputError(f"{folder}: cannot read the folder: {exc}") from None
    if not files:
        raise InputError(f"{folder}: no persona cards (*.yaml) in the folder")
    cards: list[PersonaCard] = []
    problems: list[Problem] = []
    for file in files:
        try:
            cards.append(load_persona(file))
        except ScenarioError as exc:
            problems.extend(exc.problems)
    _raise_problems(problems)
    return cards


# --- PersonaGym ----------------------------------------------------------------------------------

_AGE_LEAD = re.compile(r"^An?\s+(\d{1,3})-year-old\s+(.+)$")
_AGE_LATER = re.compile(r"\bwho is (\d{1,3}) years old\b")
_PLACE = re.compile(r"\s+(from|based in|living in|in)\s+(.+)$")
_PLACE_NAME = re.compile(r"^(?:(?:the|rural|northern|southern|eastern|western|central)\s+)?[A-Z][\w.'-]*"
                         r"(?:\s+(?:[A-Z][\w.'-]*|de|do|da|del|of))*$")
_WORKING_AS = re.compile(r"\bworking as an? ([a-z][a-z -]*?)(?=\s+(?:and|while|to|in|at|for|with)\b|[,;.]|$)")
_MARITAL = {"divorced": "divorced", "married": "married", "widowed": "widowed", "single": "single",
            "separated": "separated", "engaged": "engaged"}
_MARITAL_NOUNS = {"widower": "widowed", "widow": "widowed"}
_RELIGIONS = {"muslim": "Muslim", "christian": "Christian", "jewish": "Jewish", "hindu": "Hindu",
              "buddhist": "Buddhist", "catholic": "Catholic", "sikh": "Sikh", "atheist": "an atheist"}
_IDENTITY_WORDS = {"deaf", "blind", "transgender", "muslim", "christian", "jewish", "hindu", "catholic", "sikh",
                   "atheist", "black", "white", "asian", "gay", "lesbian", "homosexual", "straight"}
_NOT_JOBS = {"man", "woman", "person", "mother", "father", "parent", "mom", "dad", "boy", "girl", "widower",
             "widow", "veteran", "prodigy", "dropout"}


def _personagym_facts(sentence: str) -> dict[str, Any]:
    """The CoreFacts fields a PersonaGym sentence states plainly; anything unclear is left out."""
    facts: dict[str, Any] = {}
    lead = re.split(r",|\s+who\b", sentence, maxsplit=1)[0].strip()
    aged = _AGE_LEAD.match(lead)
    stated = aged or _AGE_LATER.search(sentence)
    if stated and int(stated.group(1)) <= 130:
        facts["age"] = int(stated.group(1))
    body = aged.group(2) if aged else re.sub(r"^An?\s+", "", lead)
    place = _PLACE.search(body)
    phrase = body[:place.start()] if place else body
    if place and _PLACE_NAME.match(place.group(2)) and len(place.group(2).split()) <= 5:
        if place.group(1) == "from":
            facts["birthplace"] = place.group(2)
        elif place.group(1) in ("based in", "living in"):
            facts["location"] = place.group(2)
    words = phrase.split()
    for word in words:
        if word.lower() in _RELIGIONS:
            facts["religion"] = _RELIGIONS[word.lower()]
    if words and words[-1].lower() in _MARITAL_NOUNS:
        facts["marital_status"] = _MARITAL_NOUNS[words[-1].lower()]
    if aged:
        while words and words[0].lower() in _MARITAL:
            facts["marital_status"] = _MARITAL[words.pop(0).lower()]
        while words and words[0].lower() in _IDENTITY_WORDS:
            words.pop(0)
        if words and words[0].lower() != "aspiring" and not _NOT_JOBS & {w.lower() for w in words}:
            facts["occupation"] = " ".join(words)
    working = _WORKING_AS.search(sentence)
    if working:
        facts["occupation"] = working.group(1).strip()
    return facts


def personagym_cards(path: Path) -> list[PersonaCard]:
    """PersonaGym's `personas.json` (`{"benchmark_personas": [sentences]}`) as named cards."""
    path = Path(path)
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    sentences = data.get("benchmark_personas") if isinstance(data, dict) else None
    if not isinstance(sentences, list):
        raise InputError(f'{path}: expected {{"benchmark_personas": [...]}} (PersonaGym personas.json)')
    if not sentences:
        raise InputError(f"{path}: no personas in the file")
    cards = []
    for index, sentence in enumerate(sentences):
        if not isinstance(sentence, str) or not sentence.strip():
            raise InputError(f"{path}: benchmark_personas[{index}] is not a description")
        text = " ".join(sentence.split())
        cards.append(PersonaCard(name="unnamed", description=text, facts=CoreFacts(**_personagym_facts(text)),
                                 source=DataSource(record=str(index), **_PERSONAGYM_SOURCE)))
    return _assign_names(cards, [False] * len(cards), third_person=True)


# --- Synthetic-Persona-Chat ----------------------------------------------------------------------

def _profile_key(sentences: list[str]) -> frozenset[str]:
    return frozenset(" ".join(s.lower().split()).rstrip(".!? ") for s in sentences)


def spc_cards(path: Path) -> list[PersonaCard]:
    """Every distinct Synthetic-Persona-Chat profile, first seen first; `I ...` sentences become facts."""
    path = Path(path)
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in _SPC_COLUMNS.values() if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}:1: not a Synthetic-Persona-Chat CSV (missing column(s) {', '.join(missing)})")
    seen: set[frozenset[str]] = set()
    cards = []
    for row_number, row in enumerate(reader):
        for user, column in _SPC_COLUMNS.items():
            sentences = [_fix_i(" ".join(s.split())) for s in (row.get(column) or "").splitlines()]
            sentences = [s for s in sentences if s]
            key = _profile_key(sentences)
            if not sentences or key in seen:
                continue
            seen.add(key)
            mine = [s for s in sentences if _is_first_person(s)]
            others = [_sentence(s) for s in sentences if not _is_first_person(s)]
            cards.append(PersonaCard(name="unnamed", description=" ".join(others), facts=CoreFacts(other=mine),
                                     source=DataSource(record=f"{row_number}:{user}", **_SPC_SOURCE)))
    if not cards:
        raise InputError(f"{path}: no persona profiles in the file")
    return _assign_names(cards, [False] * len(cards), third_person=False)


# --- the user's own files ------------------------------------------------------------------------

def jsonl_cards(path: Path) -> list[PersonaCard]:
    """One persona per line: a full PersonaCard, or `{name?, description?, facts?: [sentences] | {...}, style?}`."""
    path = Path(path)
    file = str(path)
    problems: list[Problem] = []
    records = []
    for number, line in enumerate(_read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(file, number, exc.colno, "", f"not valid JSON: {exc.msg}"))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(file, number, None, "", f"expected a JSON object, got {type(data).__name__}"))
            continue
        renames: dict[tuple[Any, ...], str] = {}
        if isinstance(data.get("facts"), list):
            data = {**data, "facts": {"other": data["facts"]}}
            renames[("facts", "other")] = "facts"
        records.append((number, data, renames))
    if not records and not problems:
        raise InputError(f"{file}: no personas in the file (it is empty)")
    return _user_cards(file, records, problems)


_CSV_FACT_FIELDS = ("age", "occupation", "location", "birthplace", "marital_status", "education", "religion", "diet")
_CSV_COLUMNS = ("name", "description", "facts", "style", *_CSV_FACT_FIELDS)


def csv_cards(path: Path) -> list[PersonaCard]:
    """A CSV with a header: name, description, facts (`|`- or newline-separated), style, CoreFacts scalars."""
    path = Path(path)
    file = str(path)
    reader = csv.reader(io.StringIO(_read_text(path), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError(f"{file}: no personas in the file (it is empty)") from None
    except csv.Error as exc:
        raise InputError(f"{file}:1: cannot read the header: {exc}") from None
    problems: list[Problem] = []
    for column in sorted({h for h in header if header.count(h) > 1}):
        problems.append(Problem(file, 1, None, "", f"column {column!r} appears more than once"))
    for column in header:
        if column not in _CSV_COLUMNS:
            problems.append(Problem(file, 1, None, "", f"unknown column {column!r}; expected some of: "
                                    f"{', '.join(_CSV_COLUMNS)}"))
    if not {"name", "description", "facts"} & set(header):
        problems.append(Problem(file, 1, None, "", "the header needs a name, description or facts column"))
    _raise_problems(problems)
    renames: dict[tuple[Any, ...], str] = {("facts", "other"): "facts"}
    renames.update({("facts", f): f for f in _CSV_FACT_FIELDS})
    records = []
    previous = reader.line_num
    while True:
        start = previous + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(file, start, None, "", f"cannot read the record: {exc}"))
            break
        previous = reader.line_num
        if not row:
            continue
        if len(row) > len(header):
            problems.append(Problem(file, start, None, "", f"{len(row)} values, but the header has {len(header)} columns"))
            continue
        cells = {column: value.strip() for column, value in zip(header, row) if value.strip()}
        records.append((start, _csv_record(cells), renames))
    if not records and not problems:
        raise InputError(f"{file}: no personas in the file (only a header)")
    return _user_cards(file, records, problems)


def _csv_record(cells: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {k: cells[k] for k in ("name", "description", "style") if k in cells}
    facts: dict[str, Any] = {k: cells[k] for k in _CSV_FACT_FIELDS if k in cells}
    if "marital_status" in facts:
        facts["marital_status"] = facts["marital_status"].lower()
    if "facts" in cells:
        facts["other"] = [s.strip() for s in re.split(r"[|\n]", cells["facts"]) if s.strip()]
    if facts:
        data["facts"] = facts
    return data


# --- dispatch ------------------------------------------------------------------------------------

_LOADERS = {"agents": agents_cards, "personagym": personagym_cards, "spc": spc_cards,
            "jsonl": jsonl_cards, "csv": csv_cards}


def load_persona_source(kind: str, path: str | Path) -> list[PersonaCard]:
    """The cards of one persona source; `kind` is one of SOURCE_KINDS.

    Raises:
        InputError: unknown kind; `path` missing, unreadable or without personas; a bad record
            (a ScenarioError listing each problem as `file:line: what is wrong`).
    """
    if kind not in SOURCE_KINDS:
        raise InputError(f"unknown persona source kind {kind!r}; expected one of: {', '.join(SOURCE_KINDS)}")
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such {'folder' if kind == 'agents' else 'file'}")
    if kind != "agents" and path.is_dir():
        raise InputError(f"{path}: expected a {kind} file, found a folder")
    return _LOADERS[kind](path)
