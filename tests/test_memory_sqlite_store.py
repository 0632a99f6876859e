"""The SQLite memory store: schema version, WAL, transactions, reopening, and surviving SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulate.memory import (
    MemoryConfig,
    MemoryStateError,
    MemoryStore,
    MemoryStoreError,
    PersonaMemory,
    SemanticMemory,
    SessionPhase,
)
from simulate.memory.schema import SCHEMA_VERSION
from simulate.memory.simple_claims import simple_extract_claims
from simulate.testing.memory_doubles import make_turn

ROOT = Path(__file__).resolve().parent.parent


def test_a_new_store_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    """meta.schema_version is written; a file store journals in WAL mode."""
    with MemoryStore(tmp_path / "m.sqlite") as store:
        assert store.schema_version == SCHEMA_VERSION and store.journal_mode == "wal"
    row = sqlite3.connect(tmp_path / "m.sqlite").execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert row == (str(SCHEMA_VERSION),)
    assert MemoryStore(":memory:").journal_mode == "memory"


def test_unusable_files_are_refused(tmp_path: Path) -> None:
    """A newer schema, another SQLite database, a non-database: clear errors, not corruption."""
    newer = tmp_path / "newer.sqlite"
    MemoryStore(newer).close()
    db = sqlite3.connect(newer)
    db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(MemoryStoreError, match="newer"):
        MemoryStore(newer)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(MemoryStoreError, match="not a memory store"):
        MemoryStore(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(MemoryStoreError, match="not a usable"):
        MemoryStore(junk)


def test_a_viewer_does_not_create_a_store(tmp_path: Path) -> None:
    """create=False refuses a missing file instead of making an empty database."""
    with pytest.raises(MemoryStoreError, match="no memory store"):
        MemoryStore(tmp_path / "memory.sqlite", create=False)
    assert not (tmp_path / "memory.sqlite").exists()
    MemoryStore(tmp_path / "memory.sqlite").close()
    MemoryStore(tmp_path / "memory.sqlite", create=False).close()


def test_a_closed_store_says_so() -> None:
    """Using a closed store raises MemoryStoreError; closing twice is fine."""
    store = MemoryStore()
    store.close()
    store.close()
    with pytest.raises(MemoryStoreError, match="closed"):
        store.episodes("n")


def test_a_failed_transaction_leaves_nothing() -> None:
    """Writes inside a transaction that raises are rolled back together."""
    store = MemoryStore()
    with pytest.raises(RuntimeError), store.transaction():
        store.add_turn("n", make_turn("Maya", "I live in Denver.", 0))
        raise RuntimeError("boom")
    assert store.turns("n", "c", 0) == []


def test_session_phases_only_move_forward() -> None:
    """planned -> running -> summarised -> closed; anything else raises."""
    store = MemoryStore()
    assert store.phase("n", "c", 0) is SessionPhase.PLANNED
    store.set_phase("n", "c", 0, SessionPhase.RUNNING)
    with pytest.raises(MemoryStateError, match="running to closed"):
        store.set_phase("n", "c", 0, SessionPhase.CLOSED)
    store.set_phase("n", "c", 0, SessionPhase.SUMMARISED)
    assert store.open_sessions("n", "c") == [(0, SessionPhase.SUMMARISED)]
    store.set_phase("n", "c", 0, SessionPhase.CLOSED)
    assert store.open_sessions("n", "c") == [] and store.closed_sessions("n", "c") == [0]


def test_reopening_gives_back_everything(tmp_path: Path) -> None:
    """Facts and turns written by one store object are read back by the next."""
    path = tmp_path / "m.sqlite"
    with MemoryStore(path) as store:
        memory = SemanticMemory(store, "run-1", extract=simple_extract_claims, hearers="everyone")
        store.add_turn("run-1", make_turn("Tom", "I work as a chef.", 0, addressee="Maya"))
        memory.learn(make_turn("Tom", "I work as a chef.", 0, addressee="Maya"), ["Maya", "Tom"])
        before = store.get_state()
    with MemoryStore(path) as store:
        assert store.get_state() == before
        assert [f.value for f in SemanticMemory(store, "run-1", extract=simple_extract_claims).knows("Maya", "Tom")] \
            == ["chef"]
        assert store.namespaces() == ["run-1"] and store.agents("run-1") == ["Maya", "Tom"]


WRITER = textwrap.dedent("""
    import asyncio, json, sys
    from simulate.memory import MemoryConfig, MemoryStore, PersonaMemory
    from simulate.memory.simple_claims import simple_extract_claims
    from simulate.testing.memory_doubles import make_turn

    async def main():
        store = MemoryStore(sys.argv[1])
        memory = PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                               config=MemoryConfig(summarise=False), store=store, extract=simple_extract_claims,
                               hearers="everyone")
        said = [("Maya", "I live in Denver."), ("Tom", "I work as a chef."), ("Maya", "I have a dog named Max."),
                ("Tom", "I really love jazz.")]
        for i, (who, text) in enumerate(said):
            await memory.record(make_turn(who, text, i, addressee="Tom" if who == "Maya" else "Maya"))
        await memory.close_session("c", 0)
        await memory.record(make_turn("Tom", "I moved to Austin.", 4, addressee="Maya", session=1, turn=0))
        await memory.record(make_turn("Maya", "I am 34 years old.", 5, addressee="Tom", session=1, turn=1))
        with open(sys.argv[2], "w") as handle:
            json.dump(store.get_state(), handle)
        print("ready", flush=True)
        await asyncio.sleep(120)

    asyncio.run(main())
""")


def test_memory_survives_sigkill_and_a_resumed_session_goes_on(tmp_path: Path) -> None:
    """A writer killed mid-session loses nothing it finished; reopening resumes the open session."""
    db, expected = tmp_path / "memory.sqlite", tmp_path / "state.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(expected)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    store = MemoryStore(db)
    assert store.get_state() == json.loads(expected.read_text())
    memory = PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                           config=MemoryConfig(summarise=False), store=store, extract=simple_extract_claims,
                           hearers="everyone")
    assert [t.text for t in memory.working.turns] == ["I moved to Austin.", "I am 34 years old."]
    assert [(f.key, f.value, f.since.session) for f in memory.semantic.knows("Maya", "Tom")] == [
        ("occupation", "chef", 0), ("taste:jazz", "like", 0), ("location", "austin", 1)]
    import asyncio
    asyncio.run(memory.close_session("c", 1))
    assert [(e.agent, e.session) for e in store.episodes("c")] == [("Maya", 0), ("Tom", 0), ("Maya", 1), ("Tom", 1)]
    assert store.phase("c", "c", 1) is SessionPhase.CLOSED
