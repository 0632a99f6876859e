"""Read YAML while remembering where every value stands, so errors can name `file:line:col`.

Hostile input is bounded: a file may hold at most MAX_BYTES, expand (aliases included) to at most
MAX_VALUES values, and nest at most MAX_DEPTH deep; past that it is a ScenarioError with a place.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem, ScenarioError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_VALUES", "SourceDocument", "read_yaml"]

MAX_BYTES = 4 * 1024 * 1024   # scenario, card and spec files are small; a persona library is many files
MAX_VALUES = 200_000          # values after alias expansion: a "billion laughs" stops here
MAX_DEPTH = 64

Location = tuple[int, int]
DocPath = tuple[Hashable, ...]


@dataclass
class SourceDocument:
    """A parsed YAML document with the position of each value and each mapping key."""

    file: str
    data: Any
    value_at: dict[DocPath, Location] = field(default_factory=dict)
    key_at: dict[DocPath, Location] = field(default_factory=dict)

    def locate(self, path: Sequence[Hashable], *, key: bool = False) -> Location | None:
        """Position of the longest prefix of `path` that exists in the document."""
        parts = tuple(path)
        if key and parts in self.key_at:
            return self.key_at[parts]
        while parts:
            if parts in self.value_at:
                return self.value_at[parts]
            parts = parts[:-1]
        return self.value_at.get((), None)

    def problem(self, path: Sequence[Hashable], message: str, *, key: bool = False) -> Problem:
        """A Problem located at `path` in this document (its start when nothing is there, e.g. an empty file)."""
        where = self.locate(path, key=key)
        line, column = where if where else (1, 1)
        return Problem(self.file, line, column, dotted(path), message)


def dotted(path: Sequence[Hashable]) -> str:
    """Render a document path as `sessions.topics[2]`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _position(node: yaml.Node) -> Location:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Budget:
    """Counts the values built, so alias expansion is bounded."""

    def __init__(self) -> None:
        self.values = 0


def _build(node: yaml.Node, path: DocPath, doc: SourceDocument, ctor: yaml.SafeLoader,
           budget: _Budget | None = None) -> Any:
    budget = budget or _Budget()
    budget.values += 1
    if budget.values > MAX_VALUES:
        line, col = _position(node)
        raise ScenarioError([Problem(doc.file, line, col, dotted(path), f"more than {MAX_VALUES:,} values "
                                     "(aliases expanded): not a scenario, card or spec")])
    if len(path) > MAX_DEPTH:
        line, col = _position(node)
        raise ScenarioError([Problem(doc.file, line, col, "", f"nested more than {MAX_DEPTH} levels deep")])
    doc.value_at[path] = _position(node)
    if isinstance(node, yaml.MappingNode):
        ctor.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, path + ("<key>",), doc, ctor, budget)
            doc.value_at.pop(path + ("<key>",), None)
            if not isinstance(key, Hashable) or isinstance(key, (list, dict)):
                raise ScenarioError([doc.problem(path, "a mapping key must be a plain value")])
            if key in result:
                line, col = _position(key_node)
                raise ScenarioError(
                    [Problem(doc.file, line, col, dotted(path + (key,)), "duplicate key")]
                )
            doc.key_at[path + (key,)] = _position(key_node)
            result[key] = _build(value_node, path + (key,), doc, ctor, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), doc, ctor, budget) for i, item in enumerate(node.value)]
    try:
        return ctor.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError, AttributeError) as exc:  # e.g. `!!int abc`, `!!float x`,
        # `!!timestamp 2024-13-45`, and `!!timestamp abc` (PyYAML's constructor fails on a value that is no date at all)
        line, col = _position(node)
        why = "not a date and time" if isinstance(exc, AttributeError) else str(exc)
        raise ScenarioError([Problem(doc.file, line, col, dotted(path),
                                     f"cannot read {node.value!r} as {node.tag.rsplit(':', 1)[-1]} ({why})")]) from None


def read_yaml(path: str | Path, *, display_name: str | None = None) -> SourceDocument:
    """Parse one YAML file; syntax errors become a ScenarioError naming the position."""
    name = display_name or str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScenarioError([Problem(name, 1, 1, "", "file not found")]) from None
    except IsADirectoryError:
        raise ScenarioError([Problem(name, 1, 1, "", "a folder, not a file")]) from None
    except OSError as exc:
        raise ScenarioError([Problem(name, 1, 1, "", f"cannot read file: {exc.strerror or exc}")]) from None
    if len(data) > MAX_BYTES:
        raise ScenarioError([Problem(name, 1, 1, "", f"larger than {MAX_BYTES // (1024 * 1024)} MB: not a scenario, "
                                     "card or spec")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ScenarioError([Problem(name, line, col, "", f"not UTF-8 text (byte {data[exc.start]:#04x}); "
                                     "save the file as UTF-8")]) from None
    return parse_yaml(text, name)


def _line_col(text: str, position: int) -> Location:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def parse_yaml(text: str, name: str) -> SourceDocument:
    """Parse YAML text that came from `name`."""
    doc = SourceDocument(file=name, data=None)
    loader: yaml.SafeLoader | None = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        if node is not None:
            doc.data = _build(node, (), doc, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "invalid YAML"
        raise ScenarioError([Problem(name, line, col, "", f"invalid YAML: {message}")]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        raise ScenarioError([Problem(name, line, col, "", f"invalid YAML: {exc.reason} "
                                                          f"(character {exc.character!r})")]) from None
    except yaml.YAMLError as exc:
        raise ScenarioError([Problem(name, 1, 1, "", f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise ScenarioError([Problem(name, 1, 1, "", f"YAML nested more than {MAX_DEPTH} levels deep")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return doc
