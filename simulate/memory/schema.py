"""The memory database's schema, by version. Each record is kept as JSON beside its key columns."""

from __future__ import annotations

import contextlib
import sqlite3

__all__ = ["SCHEMA_VERSION", "TABLES", "migrate"]

SCHEMA_VERSION = 1

# table -> its key columns, in primary-key order (a `data` column holds the record as JSON, but in sessions)
TABLES: dict[str, tuple[str, ...]] = {
    "turns": ("namespace", "conversation", "idx"),
    "sessions": ("namespace", "conversation", "session"),
    "episodes": ("namespace", "agent", "conversation", "session"),
    "facts": ("namespace", "agent", "subject", "key", "conversation", "idx"),
}

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE turns (
    namespace TEXT NOT NULL, conversation TEXT NOT NULL, idx INTEGER NOT NULL,
    session INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (namespace, conversation, idx));
CREATE TABLE sessions (
    namespace TEXT NOT NULL, conversation TEXT NOT NULL, session INTEGER NOT NULL,
    phase TEXT NOT NULL,
    PRIMARY KEY (namespace, conversation, session));
CREATE TABLE episodes (
    namespace TEXT NOT NULL, agent TEXT NOT NULL, conversation TEXT NOT NULL, session INTEGER NOT NULL,
    ended TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (namespace, agent, conversation, session));
CREATE TABLE facts (
    namespace TEXT NOT NULL, agent TEXT NOT NULL, subject TEXT NOT NULL, key TEXT NOT NULL,
    conversation TEXT NOT NULL, idx INTEGER NOT NULL, current INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (namespace, agent, subject, key, conversation, idx));
CREATE INDEX facts_current ON facts (namespace, agent, subject, key) WHERE current = 1;
"""

_MIGRATIONS: dict[int, str] = {1: _V1}  # version reached -> the script that reaches it


def migrate(connection: sqlite3.Connection, current: int) -> int:
    """Bring a database at schema `current` (0: empty) up to SCHEMA_VERSION; returns the new version.

    Each step runs in its own transaction together with the version it records.
    """
    for version in range(current + 1, SCHEMA_VERSION + 1):
        connection.execute("BEGIN IMMEDIATE")
        if _stored_version(connection) >= version:  # another process migrated while this one waited
            connection.execute("COMMIT")
            continue
        try:
            for statement in _MIGRATIONS[version].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                               (str(version),))
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _stored_version(connection: sqlite3.Connection) -> int:
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone():
        return 0
    row = connection.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0
