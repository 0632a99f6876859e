"""A content-addressed cache of model calls: the same request is answered once, then from SQLite.

The key is the sha256 of the canonical JSON of everything that changes a model's output: model name,
messages, temperature, max_tokens, seed, api_base and options. `ChatRequest.context` is engine data
that no provider sees, so it is never part of the key (a built-in model that reads `context`, such as
the scripted model, is cached by what its prompt says, which is what a real model would see).

A cache hit is marked by `cached=True` (no call was made) and `latency_s == 0.0`; everything else
(text, model, usage, cost, attempts, finish_reason, metadata) is what the first call returned, so a
replayed run's records equal the original's in every field but wall-clock latency. A miss returns
the same normalised response a later hit will return (metadata through JSON), with the real
latency. Failed calls are never cached.

    CachedModel(inner, CallCache("calls.sqlite"))               # answer once, then from the cache
    CachedModel(inner, CallCache("calls.sqlite"), replay=True)  # only from the cache; a miss raises
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from ..errors import CacheMissError, InputError, ModelError
from .base import ChatModel, ChatRequest, ChatResponse, Usage

__all__ = ["CacheMissError", "CachedModel", "CallCache", "call_key"]

KEY_VERSION = 1
_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    response TEXT NOT NULL,
    created TEXT NOT NULL
)
"""


def _reject(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def call_key(request: ChatRequest) -> str:
    """The sha256 (hex) of the canonical JSON of everything in `request` that changes the answer."""
    payload = {
        "v": KEY_VERSION,
        "model": request.model,
        "messages": [[m.role, m.content] for m in request.messages],
        "temperature": float(request.temperature),
        "max_tokens": int(request.max_tokens),
        "seed": request.seed,
        "api_base": request.api_base,
        "options": dict(request.options),
    }
    try:
        data = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS, default=_reject)
    except TypeError as exc:
        raise InputError(f"model options must be JSON values to be cached: {exc}") from None
    return hashlib.sha256(data).hexdigest()


def _dump(response: ChatResponse) -> bytes:
    record = {"text": response.text, "model": response.model,
              "usage": [response.usage.prompt_tokens, response.usage.completion_tokens],
              "cost": response.cost, "finish_reason": response.finish_reason, "metadata": dict(response.metadata),
              "attempts": response.attempts}
    try:
        return orjson.dumps(record, default=_reject)
    except TypeError as exc:
        raise ModelError(f"the answer's metadata cannot be cached: {exc}", model=response.model) from None


def _load(data: str | bytes) -> ChatResponse:
    record = orjson.loads(data)
    prompt, completion = record["usage"]
    return ChatResponse(text=record["text"], model=record["model"],
                        usage=Usage(prompt_tokens=prompt, completion_tokens=completion), cost=record["cost"],
                        latency_s=0.0, attempts=record.get("attempts", 1), finish_reason=record["finish_reason"],
                        metadata=record["metadata"], cached=True)


class CallCache:
    """Model answers by call key, in SQLite (WAL mode for a file; ":memory:" for this process only).

    Args:
        path: the database file (created if missing), or ":memory:".

    `hits` and `misses` count lookups by every CachedModel sharing this cache.
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        try:
            self._db: sqlite3.Connection | None = sqlite3.connect(self.path, isolation_level=None,
                                                                  check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate(self._db)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}: not a usable call cache ({exc})") from None

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > _SCHEMA_VERSION:
            raise InputError(f"{self.path}: call cache format {version} is newer than this simulate understands")
        if tables and "calls" not in tables:
            raise InputError(f"{self.path}: a SQLite database, but not a call cache")
        db.execute(_SCHEMA)
        db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise InputError(f"{self.path}: the call cache is closed")
        return self._db

    def get(self, key: str) -> ChatResponse | None:
        """The cached answer for `key` (marked as a hit), or None; counts a hit or a miss."""
        with self._lock:
            row = self._conn.execute("SELECT response FROM calls WHERE key=?", (key,)).fetchone()
            if row is None:
                self.misses += 1
                return None
            self.hits += 1
        return _load(row[0])

    def put(self, key: str, response: ChatResponse) -> ChatResponse:
        """Store `response` under `key` (committed at once); returns it as a later hit will return it,
        but with its own latency and not marked cached."""
        data = _dump(response)
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO calls VALUES (?, ?, ?, ?)",
                               (key, response.model, data.decode(), datetime.now(timezone.utc).isoformat()))
        return replace(_load(data), latency_s=response.latency_s, cached=False)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM calls WHERE key=?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM calls").fetchone()[0])

    @property
    def journal_mode(self) -> str:
        """SQLite's journal mode ("wal" for a file, "memory" for ":memory:")."""
        with self._lock:
            return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        """Checkpoint the WAL and close; safe to call twice."""
        with self._lock:
            if self._db is not None:
                if self.path != ":memory:":
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._db.close()
                self._db = None

    def __enter__(self) -> CallCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CallCache({self.path!r})"


class CachedModel:
    """Answer each distinct request once through `inner`, then from `cache`.

    Args:
        inner: the model whose answers are cached (e.g. a gateway-wrapped model).
        cache: where answers are kept; several CachedModels may share one.
        replay: answer only from the cache; a miss raises CacheMissError (a ModelError).

    `hits` and `misses` count this wrapper's lookups. Hits have `cached=True` and `latency_s == 0.0`.
    """

    def __init__(self, inner: ChatModel, cache: CallCache, *, replay: bool = False) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache = cache
        self.replay = replay
        self.hits = 0
        self.misses = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """The cached answer, or the inner model's (then cached)."""
        key = call_key(request)
        cached = self.cache.get(key)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        if self.replay:
            raise CacheMissError(key, model=self.name)
        response = await self.inner.complete(request)
        return self.cache.put(key, response)

    def __repr__(self) -> str:
        return f"CachedModel({self.name!r}, {self.cache!r}, replay={self.replay})"
