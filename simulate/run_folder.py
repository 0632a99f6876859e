"""Run folders: manifest, append-only events, summary. Nothing finished is lost, no secret is written.

Every JSON file and line a run or batch writes passes through `redact_mapping` here, the one place
secrets are removed: URL passwords, header values, anything named like a key or token, at any depth.
"""

from __future__ import annotations

import fcntl
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

import orjson

from .errors import RunError
from .redact import redact_mapping, secret_values

__all__ = ["LOCK", "RunFolder", "atomic_write", "new_run_id"]

MANIFEST = "manifest.json"
EVENTS = "events.jsonl"
FINDINGS = "findings.jsonl"
SUMMARY = "summary.json"
SCENARIO = "scenario.json"
LOCK = ".lock"
_JSON_OPTS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temp file in the same folder, fsync, then rename over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _clean(data: Any, env: list[str]) -> Any:
    """`data` with secrets masked (see `redact_mapping`); what every file of a run folder holds."""
    if isinstance(data, dict):
        return redact_mapping(data, env_secrets=env)
    if isinstance(data, list):
        return [_clean(item, env) for item in data]
    return data


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def new_run_id(scenario_id: str, now: datetime | None = None) -> str:
    """`<scenario>-<UTC timestamp>-<random>`: sortable and collision-free."""
    now = now or datetime.now(timezone.utc)
    return f"{scenario_id}-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


class RunFolder:
    """One run's folder. Events are appended and flushed one line at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._events: IO[bytes] | None = None
        self._findings: IO[bytes] | None = None
        self._others: dict[str, IO[bytes]] = {}
        self._env = secret_values()  # read once: the environment's secrets, masked in everything written

    @classmethod
    def create(cls, root: Path, run_id: str) -> RunFolder:
        """Make a new, empty run folder under `root`."""
        path = root / run_id
        try:
            path.mkdir(parents=True, exist_ok=False)
        except FileExistsError:
            raise RunError(f"{path}: a run folder of that name already exists") from None
        except OSError as exc:
            raise RunError(f"{path}: cannot create the run folder: {exc.strerror}") from None
        return cls(path)

    @classmethod
    def open(cls, path: str | Path) -> RunFolder:
        """An existing run folder; it must hold a manifest."""
        folder = cls(Path(path))
        if not (folder.path / MANIFEST).is_file():
            raise RunError(f"{path}: not a run folder (no {MANIFEST})")
        return folder

    @contextmanager
    def lock(self, what: str = "run") -> Iterator[None]:
        """Hold an exclusive lock on the folder while working on it: one writer at a time.

        Raises:
            RunError: another process holds it; the message names its pid.
        """
        handle = open(self.path / LOCK, "a+b")  # noqa: SIM115 (held while the lock is)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().decode("ascii", "replace").strip() or "unknown"
            handle.close()
            raise RunError(f"{self.path}: process {holder} is working on this {what}; wait for it to stop "
                           "(or stop it) before resuming") from None
        try:
            handle.truncate(0)
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
            yield
        finally:
            handle.close()  # closing frees the lock; the pid is left behind, harmless

    def write_json(self, name: str, data: Any) -> None:
        """Atomically (re)write a JSON file of the run."""
        atomic_write(self.path / name, orjson.dumps(_clean(data, self._env), option=_JSON_OPTS) + b"\n")

    def read_json(self, name: str) -> Any:
        """Read a JSON file of the run."""
        file = self.path / name
        try:
            return orjson.loads(file.read_bytes())
        except FileNotFoundError:
            raise RunError(f"{file}: missing") from None
        except orjson.JSONDecodeError as exc:
            raise RunError(f"{file}: not valid JSON ({exc})") from None

    def append_event(self, event: dict[str, Any]) -> None:
        """Append one event line and flush it to the OS."""
        if self._events is None:
            self._events = open(self.path / EVENTS, "ab")  # noqa: SIM115 (kept open; close() closes it)
        self._events.write(orjson.dumps(_clean(event, self._env)) + b"\n")
        self._events.flush()

    def append_finding(self, record: dict[str, Any]) -> None:
        """Append one Findings JSONL v1 line and flush it to the OS."""
        if self._findings is None:
            self._findings = open(self.path / FINDINGS, "ab")  # noqa: SIM115 (kept open; close() closes it)
        self._findings.write(orjson.dumps(_clean(record, self._env)) + b"\n")
        self._findings.flush()

    def append_line(self, name: str, record: dict[str, Any]) -> None:
        """Append one JSON line to file `name` of the run, in a single write, and flush it to the OS."""
        handle = self._others.get(name)
        if handle is None:
            handle = self._others[name] = open(self.path / name, "ab")  # noqa: SIM115 (kept open; close() closes it)
        handle.write(orjson.dumps(_clean(record, self._env)) + b"\n")
        handle.flush()

    def lines(self, name: str) -> Iterator[dict[str, Any]]:
        """Every complete JSON line of file `name`; a torn last line is skipped."""
        return self._lines(name)

    def sync(self) -> None:
        """Flush events and findings to disk (fsync)."""
        for handle in (self._events, self._findings, *self._others.values()):
            if handle is not None:
                handle.flush()
                os.fsync(handle.fileno())

    def close(self) -> None:
        """Sync and close the append-only files."""
        self.sync()
        for name in ("_events", "_findings"):
            handle = getattr(self, name)
            if handle is not None:
                handle.close()
                setattr(self, name, None)
        for handle in self._others.values():
            handle.close()
        self._others.clear()

    def repair(self, names: tuple[str, ...] = (EVENTS, FINDINGS)) -> None:
        """Cut a torn last line (a kill mid-write) off the append-only files, so appends start clean."""
        for name in names:
            file = self.path / name
            if not file.exists():
                continue
            data = file.read_bytes()
            keep = data.rfind(b"\n") + 1
            if keep != len(data):
                with open(file, "r+b") as handle:
                    handle.truncate(keep)
                    handle.flush()
                    os.fsync(handle.fileno())

    def findings(self) -> Iterator[dict[str, Any]]:
        """Every complete Findings JSONL v1 line written so far."""
        return self._lines(FINDINGS)

    def events(self) -> Iterator[dict[str, Any]]:
        """Every complete event line; a torn last line (from a kill mid-write) is skipped."""
        return self._lines(EVENTS)

    def _lines(self, name: str) -> Iterator[dict[str, Any]]:
        file = self.path / name
        if not file.exists():
            return
        with open(file, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.endswith(b"\n"):
                    return
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise RunError(f"{file}:{number}: not valid JSON ({exc})") from None
