"""Load and validate scenario files and persona cards; every error names file:line:col."""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .errors import Problem, ScenarioError
from .persona import PersonaCard
from .scenario import DEFER_REFERENCES, PersonaEntry, Scenario, reference_problems
from .yamlsource import SourceDocument, read_yaml

__all__ = ["display_path", "find_agents_dir", "load_persona", "load_scenario", "validate_document"]

M = TypeVar("M", bound=BaseModel)


def display_path(path: Path) -> str:
    """`path` as errors show it: relative to the working folder when inside it, else as given."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _known_fields(model: type[BaseModel], loc: Sequence[Any]) -> list[str]:
    """Field names accepted at `loc` inside `model`, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    return list(getattr(current, "model_fields", {})) if current else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found:
            return found
    return None


def _message(error: ErrorDetails, model: type[BaseModel]) -> str:
    kind = error["type"]
    loc = error["loc"]
    if kind == "extra_forbidden":
        known = _known_fields(model, loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
        text = f"unknown field {loc[-1]!r}"
        if hint:
            return f"{text}; did you mean {hint[0]!r}?"
        return f"{text}; expected one of: {', '.join(known)}" if known else text
    if kind == "missing":
        return "is required"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix):]
    return message[:1].lower() + message[1:]


def _problems(exc: ValidationError, doc: SourceDocument, model: type[BaseModel],
              prefix: tuple[Any, ...] = ()) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = prefix + tuple(error["loc"])
        on_key = error["type"] == "extra_forbidden"
        problems.append(doc.problem(loc, _message(error, model), key=on_key))
    return problems


def validate_document(model: type[M], doc: SourceDocument, *, context: dict[str, Any] | None = None) -> M:
    """`doc` as a `model`; raises ScenarioError naming file:line:col of every problem."""
    if not isinstance(doc.data, dict):
        what = "empty" if doc.data is None else f"a {type(doc.data).__name__}"
        raise ScenarioError([doc.problem((), f"expected a mapping of fields, but the document is {what}")])
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        raise ScenarioError(_problems(exc, doc, model)) from None


def load_persona(path: str | Path) -> PersonaCard:
    """Load one persona card file. Raises ScenarioError listing every problem."""
    path = Path(path)
    return validate_document(PersonaCard, read_yaml(path, display_name=display_path(path)))


def find_agents_dir(scenario_path: Path) -> Path | None:
    """The persona library next to a scenario: `../agents`, `./agents`, or `agents/` in the working folder."""
    for candidate in (scenario_path.parent.parent / "agents", scenario_path.parent / "agents", Path("agents")):
        if candidate.is_dir():
            return candidate
    return None


def _card_path(ref: str, scenario_path: Path, agents_dir: Path | None) -> Path | None:
    looks_like_path = "/" in ref or ref.endswith((".yaml", ".yml"))
    if looks_like_path:
        candidate = (scenario_path.parent / ref) if not Path(ref).is_absolute() else Path(ref)
        return candidate if candidate.is_file() else None
    if agents_dir is not None:
        for suffix in (".yaml", ".yml"):
            candidate = agents_dir / f"{ref}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def _resolve_entry(entry: PersonaEntry, index: int, doc: SourceDocument, scenario_path: Path,
                   agents_dir: Path | None, problems: list[Problem]) -> PersonaEntry | None:
    card = entry.inline
    if entry.card is not None:
        path = _card_path(entry.card, scenario_path, agents_dir)
        if path is None:
            where = f"in {display_path(agents_dir)}" if agents_dir else "(no agents/ folder found)"
            problems.append(doc.problem(("personas", index, "card"), f"no persona card {entry.card!r} {where}"))
            return None
        try:
            card = load_persona(path)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            return None
    assert card is not None
    if entry.overrides is not None:
        changes = entry.overrides.model_dump(exclude_none=True)
        try:
            card = card.with_overrides(changes)
        except ValidationError as exc:
            problems.extend(_problems(exc, doc, PersonaCard, ("personas", index, "overrides")))
            return None
    return PersonaEntry(inline=card)


def load_scenario(path: str | Path, *, agents_dir: str | Path | None = None) -> Scenario:
    """Load a scenario, resolve its persona cards, and check every cross-reference.

    Args:
        path: the scenario YAML file.
        agents_dir: the persona library; default: `agents/` beside or above the scenario.

    Raises:
        ScenarioError: listing every problem found, each with file, line, column and path.
    """
    path = Path(path)
    doc = read_yaml(path, display_name=display_path(path))
    spec = validate_document(Scenario, doc, context={DEFER_REFERENCES: True})
    library = Path(agents_dir) if agents_dir is not None else find_agents_dir(path)
    problems: list[Problem] = []
    entries = [_resolve_entry(e, i, doc, path, library, problems) for i, e in enumerate(spec.personas)]
    if problems:
        raise ScenarioError(problems)
    scenario = spec.model_copy(update={"personas": entries})
    references = reference_problems(scenario) + model_problems(scenario)
    if references:
        raise ScenarioError([doc.problem(loc, message) for loc, message in references])
    return scenario


def model_problems(scenario: Scenario) -> list[tuple[tuple[Any, ...], str]]:
    """(path, message) for every model name that names no model (checked before anything runs)."""
    from .models.registry import unknown_model

    found: list[tuple[tuple[Any, ...], str]] = []
    names: list[tuple[tuple[Any, ...], str]] = [(("model", "name"), scenario.model.name)]
    names += [(("model", "per_persona", who, "name"), o.name) for who, o in scenario.model.per_persona.items() if o.name]
    for loc, name in names:
        reason = unknown_model(name)
        if reason:
            found.append((loc, reason))
    return found
