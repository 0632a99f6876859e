"""`MemoryStore`: every persona's long-term memory in one SQLite database (WAL mode).

Rows are keyed by (namespace, agent): one store can hold many runs and scenarios, and a persona
carries its memories into a later scenario by using the same namespace. Each write is committed at
once, or with its siblings in one `transaction()`, so a killed process loses nothing it finished.
Several processes may write one store at once: WAL lets readers go on beside a writer, a write
transaction starts IMMEDIATE and waits up to BUSY_TIMEOUT_MS for another to finish, and closing
never fails because another process still reads the database.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import orjson

from ..errors import InputError, MemoryStoreError
from ..turn import Turn
from .entries import Episode, Fact
from .lifecycle import SessionPhase
from .schema import SCHEMA_VERSION, TABLES, migrate

__all__ = ["BUSY_TIMEOUT_MS", "MEMORY_FILE", "MemoryStore", "MemoryStoreError"]

MEMORY_FILE = "memory.sqlite"  # its name in a run folder
BUSY_TIMEOUT_MS = 60_000  # how long a write waits for another process's transaction


class MemoryStore:
    """One SQLite database of episodes, facts, session turns and session phases.

    Args:
        path: the database file; ":memory:" keeps it in this process only.
        create: create the file if it is missing (False: raise MemoryStoreError, e.g. for a viewer).
        synchronous: SQLite's `synchronous` in WAL mode. NORMAL survives a killed process (what
            the engine needs); FULL also survives power loss, at an fsync per commit.
    """

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True,
                 synchronous: Literal["NORMAL", "FULL"] = "NORMAL") -> None:
        self.path = str(path)
        self._depth = 0
        if not create and self.path != ":memory:" and not Path(self.path).is_file():
            raise MemoryStoreError(f"{self.path}: no memory store here")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._open(synchronous)
        except sqlite3.DatabaseError as exc:
            raise MemoryStoreError(f"{self.path}: not a usable memory database ({exc})") from None

    def _open(self, synchronous: str) -> None:
        """Set WAL mode and the schema. Switching the journal mode or creating the schema while another
        process does the same can answer "database is locked" at once, without waiting on the busy timeout:
        try again for a while (as long as the busy timeout) before giving up."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.02
        while True:
            try:
                if self.path != ":memory:":
                    self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute(f"PRAGMA synchronous = {synchronous}")
                self.schema_version = migrate(self._db, self._version())
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def _version(self) -> int:
        has_meta = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            if self._db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]:
                raise MemoryStoreError(f"{self.path}: a SQLite database, but not a memory store")
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise MemoryStoreError(f"{self.path}: schema version {version} is newer than this simulate "
                                   f"understands ({SCHEMA_VERSION}); upgrade simulate")
        return version

    # -- lifetime ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Checkpoint the WAL as far as other readers allow, and close; safe to call twice, never raises
        because another process uses the store (its last connection to close checkpoints the rest)."""
        if self._db is None:
            return
        db, self._db = self._db, None  # type: ignore[assignment]  # typed non-optional: a closed store is not used again
        try:
            if self.path != ":memory:":
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass  # busy or locked by another process: its close, or the next open, checkpoints
        finally:
            db.close()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def journal_mode(self) -> str:
        """SQLite's journal mode ("wal" for a file, "memory" for ":memory:")."""
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise MemoryStoreError(f"{self.path}: the memory store is closed")
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit; nested uses join the outermost."""
        conn = self._conn
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):  # SQLite rolled back already; the first error is the one to see
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._depth = 0

    # -- turns and sessions -----------------------------------------------------------------------

    def add_turn(self, namespace: str, turn: Turn) -> None:
        """Keep a finished turn (recording the same turn twice keeps one)."""
        self._conn.execute("INSERT OR REPLACE INTO turns VALUES (?, ?, ?, ?, ?)",
                           (namespace, turn.conversation, turn.index, turn.session, turn.model_dump_json()))

    def turns(self, namespace: str, conversation: str, session: int) -> list[Turn]:
        """The kept turns of one session, in order."""
        rows = self._conn.execute(
            "SELECT data FROM turns WHERE namespace=? AND conversation=? AND session=? ORDER BY idx",
            (namespace, conversation, session))
        return [Turn.model_validate_json(row[0]) for row in rows]

    def namespace_turns(self, namespace: str) -> list[Turn]:
        """Every kept turn of a namespace, by conversation and index."""
        rows = self._conn.execute("SELECT data FROM turns WHERE namespace=? ORDER BY conversation, idx", (namespace,))
        return [Turn.model_validate_json(row[0]) for row in rows]

    def phase(self, namespace: str, conversation: str, session: int) -> SessionPhase:
        """The phase of a session (PLANNED if memory has not heard of it)."""
        row = self._conn.execute("SELECT phase FROM sessions WHERE namespace=? AND conversation=? AND session=?",
                                 (namespace, conversation, session)).fetchone()
        return SessionPhase(row[0]) if row else SessionPhase.PLANNED

    def set_phase(self, namespace: str, conversation: str, session: int, phase: SessionPhase) -> None:
        """Move a session to `phase`; raises MemoryStateError for an illegal step."""
        self.phase(namespace, conversation, session).check_successor(phase)
        self._conn.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?, ?)",
                           (namespace, conversation, session, phase.value))

    def open_sessions(self, namespace: str, conversation: str) -> list[tuple[int, SessionPhase]]:
        """Sessions of a conversation that were started but not closed (what a resumed run picks up)."""
        rows = self._conn.execute(
            "SELECT session, phase FROM sessions WHERE namespace=? AND conversation=? AND phase != 'closed' "
            "ORDER BY session", (namespace, conversation))
        return [(int(s), SessionPhase(p)) for s, p in rows]

    def closed_sessions(self, namespace: str, conversation: str) -> list[int]:
        """Sessions of a conversation whose memory is complete (a resumed run starts after these)."""
        rows = self._conn.execute("SELECT session FROM sessions WHERE namespace=? AND conversation=? "
                                  "AND phase = 'closed' ORDER BY session", (namespace, conversation))
        return [int(row[0]) for row in rows]

    # -- episodes ---------------------------------------------------------------------------------

    def put_episode(self, episode: Episode) -> None:
        """Keep (or replace) an agent's summary of a session."""
        self._conn.execute("INSERT OR REPLACE INTO episodes VALUES (?, ?, ?, ?, ?, ?)",
                           (episode.namespace, episode.agent, episode.conversation, episode.session,
                            episode.ended.isoformat(), episode.model_dump_json()))

    def episodes(self, namespace: str, agent: str | None = None) -> list[Episode]:
        """An agent's episodes (everyone's if None), oldest first."""
        sql, args = "SELECT data FROM episodes WHERE namespace=?", [namespace]
        if agent is not None:
            sql, args = sql + " AND agent=?", [*args, agent]
        rows = self._conn.execute(sql + " ORDER BY ended, conversation, session, agent", args)
        return [Episode.model_validate_json(row[0]) for row in rows]

    # -- facts ------------------------------------------------------------------------------------

    def put_fact(self, fact: Fact) -> None:
        """Keep (or replace) a fact, identified by observer, subject, key and the turn that first said it."""
        self._conn.execute(
            "INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (fact.namespace, fact.observer, fact.subject, fact.key, fact.since.conversation, fact.since.index,
             int(fact.current), fact.model_dump_json()))

    def current_fact(self, namespace: str, observer: str, subject: str, key: str) -> Fact | None:
        """The fact `observer` currently holds about `subject` under `key`, if any."""
        row = self._conn.execute(
            "SELECT data FROM facts WHERE namespace=? AND agent=? AND subject=? AND key=? AND current=1",
            (namespace, observer, subject, key)).fetchone()
        return Fact.model_validate_json(row[0]) if row else None

    def facts(self, namespace: str, observer: str | None = None, subject: str | None = None, *,
              current: bool = True) -> list[Fact]:
        """Facts held by `observer` about `subject` (either may be None for all), oldest first."""
        sql, args = "SELECT data FROM facts WHERE namespace=?", [namespace]
        for column, value in (("agent", observer), ("subject", subject)):
            if value is not None:
                sql, args = sql + f" AND {column}=?", [*args, value]
        if current:
            sql += " AND current=1"
        facts = [Fact.model_validate_json(row[0]) for row in self._conn.execute(sql, args)]
        return sorted(facts, key=lambda f: (f.since.time, f.since.conversation, f.since.index, f.key, f.observer))

    def clear(self, namespace: str, *tables: str) -> None:
        """Delete a namespace's rows from `tables` (all of them if none are named)."""
        for table in tables or tuple(TABLES):
            if table not in TABLES:
                raise InputError(f"no table {table!r}")
            self._conn.execute(f"DELETE FROM {table} WHERE namespace=?", (namespace,))

    # -- listing ----------------------------------------------------------------------------------

    def namespaces(self) -> list[str]:
        """Every namespace with memories, sorted."""
        rows = self._conn.execute("SELECT namespace FROM episodes UNION SELECT namespace FROM facts "
                                  "UNION SELECT namespace FROM turns ORDER BY 1")
        return [row[0] for row in rows]

    def agents(self, namespace: str) -> list[str]:
        """Every agent with episodes or facts in `namespace`, sorted."""
        rows = self._conn.execute("SELECT agent FROM episodes WHERE namespace=? UNION "
                                  "SELECT agent FROM facts WHERE namespace=? ORDER BY 1", (namespace, namespace))
        return [row[0] for row in rows]

    # -- state ------------------------------------------------------------------------------------

    def get_state(self, namespace: str | None = None) -> dict[str, Any]:
        """Every row (of one namespace, or all) as JSON-ready data."""
        where, args = (" WHERE namespace=?", [namespace]) if namespace is not None else ("", [])

        def rows(sql: str) -> list[Any]:
            return list(self._conn.execute(sql.format(where=where), args))

        return {
            "schema_version": self.schema_version,
            "turns": [{"namespace": n, "turn": orjson.loads(d)} for n, d in
                      rows("SELECT namespace, data FROM turns{where} ORDER BY namespace, conversation, idx")],
            "sessions": [{"namespace": n, "conversation": c, "session": s, "phase": p} for n, c, s, p in
                         rows("SELECT * FROM sessions{where} ORDER BY namespace, conversation, session")],
            "episodes": [orjson.loads(d) for (d,) in
                         rows("SELECT data FROM episodes{where} ORDER BY namespace, agent, conversation, session")],
            "facts": [orjson.loads(d) for (d,) in
                      rows("SELECT data FROM facts{where} ORDER BY namespace, agent, subject, key, conversation, idx")],
        }

    def set_state(self, state: dict[str, Any], namespace: str | None = None) -> None:
        """Replace every row (of one namespace, or all) with `state` from `get_state`, in one commit."""
        if state.get("schema_version") != self.schema_version:
            raise MemoryStoreError(f"state of schema {state.get('schema_version')}, store is {self.schema_version}")
        with self.transaction():
            for table in TABLES:
                if namespace is None:
                    self._conn.execute(f"DELETE FROM {table}")
                else:
                    self.clear(namespace, table)
            for row in state["turns"]:
                self.add_turn(row["namespace"], Turn.model_validate(row["turn"]))
            for row in state["sessions"]:
                self._conn.execute("INSERT INTO sessions VALUES (?, ?, ?, ?)",
                                   (row["namespace"], row["conversation"], row["session"],
                                    SessionPhase(row["phase"]).value))
            for data in state["episodes"]:
                self.put_episode(Episode.model_validate(data))
            for data in state["facts"]:
                self.put_fact(Fact.model_validate(data))

    def __repr__(self) -> str:
        return f"MemoryStore({self.path!r})"
