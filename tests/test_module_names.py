"""No module binds one top-level name twice: a second definition silently replaces the first."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "simulate"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return sorted(name for name, count in names.items() if count > 1 and name != "__all__")


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {str(p.relative_to(PACKAGE.parent)): twice for p in sorted(PACKAGE.rglob("*.py")) if (twice := _bound_twice(p))}
    assert not found, f"names bound twice at module level: {found}"


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("_KIN = 1\n\ndef f() -> None: ...\n\n_KIN = frozenset()\n")
    assert _bound_twice(module) == ["_KIN"]
