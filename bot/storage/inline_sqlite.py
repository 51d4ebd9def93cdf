"""SQLite for the async engine without a thread per connection (``sqlite+gza_inline://``).

aiosqlite runs each connection in a thread of its own and hands every call over to it and back
(four hops a statement, most of a unit of work's CPU). A SQLite statement on a local file in WAL
mode takes microseconds, less than one hop, so this driver runs it on the event loop itself.

Nothing may then wait on the loop for SQLite's write lock (the holder would never get to run and
release it), so the writers of this process queue on an asyncio lock before ``BEGIN IMMEDIATE``,
and SQLite's own busy wait is off. Should another process (a ``gza`` command) hold the lock, the
statement is tried again in a thread that waits for it as patiently as before; so is a
checkpoint, which waits for readers."""

from __future__ import annotations

import asyncio
import sqlite3
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_dbapi,
    SQLiteDialect_aiosqlite,
)
from sqlalchemy.util.concurrency import await_

DRIVER = "gza_inline"
PATIENCE_MS = 30_000
"""How long a statement waits for a lock another process holds (SQLite's busy_timeout)."""
PATIENT = ("PRAGMA wal_checkpoint",)
"""Statements that wait for other connections by design: always run in a thread."""
T = TypeVar("T")

_write_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = (
    weakref.WeakKeyDictionary()
)


def write_lock(database: str) -> asyncio.Lock:
    """The lock this process's writers to ``database`` queue on (one per event loop)."""
    locks = _write_locks.setdefault(asyncio.get_running_loop(), {})
    return locks.setdefault(database, asyncio.Lock())


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class InlineConnection:
    """The part of aiosqlite's connection that SQLAlchemy's adapter calls, run inline."""

    def __init__(self, raw: sqlite3.Connection, database: str) -> None:
        self.raw, self._lock = raw, write_lock(database)
        self._connection: sqlite3.Connection | None = raw
        """What SQLAlchemy's adapter checks before a commit or rollback (None once closed)."""
        self._holding = False
        raw.execute("PRAGMA busy_timeout=0")

    async def run(self, call: Callable[..., T], *args: Any) -> T:
        """Run a call on the loop; if another process holds a lock, wait for it in a thread."""
        try:
            return call(*args)
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
        return await self.in_thread(call, *args)

    async def in_thread(self, call: Callable[..., T], *args: Any) -> T:
        """Wait for a lock off the loop. Cancelled, it still waits for the thread to let go of
        the connection, which closing it under the thread would crash."""
        waiting = asyncio.ensure_future(asyncio.to_thread(self._patiently, call, *args))
        try:
            return await asyncio.shield(waiting)
        except asyncio.CancelledError:
            await asyncio.wait({waiting})
            raise

    def _patiently(self, call: Callable[..., T], *args: Any) -> T:
        self.raw.execute(f"PRAGMA busy_timeout={PATIENCE_MS}")
        try:
            return call(*args)
        finally:
            self.raw.execute("PRAGMA busy_timeout=0")

    async def execute(self, sql: str, parameters: Any = ()) -> InlineCursor:
        cursor = self.cursor()
        await cursor.execute(sql, parameters)
        return cursor

    async def begin_writing(self) -> None:
        if self._holding:
            return
        try:
            await asyncio.wait_for(self._lock.acquire(), PATIENCE_MS / 1000)
        except TimeoutError:
            raise sqlite3.OperationalError("database is locked") from None
        self._holding = True

    def end_writing(self) -> None:
        if self._holding:
            self._holding = False
            self._lock.release()

    def cursor(self) -> InlineCursor:
        return InlineCursor(self)

    async def commit(self) -> None:
        try:
            await self.run(self.raw.commit)
        finally:
            self.end_writing()

    async def rollback(self) -> None:
        try:
            self.raw.rollback()
        finally:
            self.end_writing()

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        self._connection = None
        try:
            self.raw.close()
        finally:
            self.end_writing()


class InlineCursor:
    """aiosqlite's cursor, run inline; an immediate ``BEGIN`` first takes the write lock."""

    def __init__(self, connection: InlineConnection) -> None:
        self._connection = connection
        self._cursor = connection.raw.cursor()

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    async def execute(self, sql: str, parameters: Any = ()) -> InlineCursor:
        connection = self._connection
        if sql.startswith("BEGIN IMMEDIATE"):
            await connection.begin_writing()
            try:
                await connection.run(self._cursor.execute, sql, parameters)
            except BaseException:
                connection.end_writing()
                raise
        elif sql.startswith(PATIENT):
            await connection.in_thread(self._cursor.execute, sql, parameters)
        else:
            await connection.run(self._cursor.execute, sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        await self._connection.run(self._cursor.executemany, sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size if size is not None else self._cursor.arraysize)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()


class _Adapted(AsyncAdapt_aiosqlite_connection):
    """SQLAlchemy's aiosqlite adapter, minus the parts that reach into aiosqlite's thread."""

    __slots__ = ()

    @property
    def isolation_level(self) -> str | None:
        level = self._connection.raw.isolation_level
        return None if level is None else str(level)

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._connection.raw.isolation_level = value

    def create_function(self, *args: Any, **kw: Any) -> None:
        self._connection.raw.create_function(*args, **kw)


def is_inline(dbapi_connection: object) -> bool:
    return isinstance(dbapi_connection, _Adapted)


async def _connect(database: str, **kw: Any) -> InlineConnection:
    raw = sqlite3.connect(database, check_same_thread=False, **kw)
    return InlineConnection(raw, database)


class _DBAPI(AsyncAdapt_aiosqlite_dbapi):
    has_stop = True

    def connect(self, *args: Any, **kw: Any) -> _Adapted:
        kw.pop("check_same_thread", None)
        return _Adapted(self, await_(_connect(*args, **kw)))  # type: ignore[arg-type]


class InlineSQLiteDialect(SQLiteDialect_aiosqlite):
    driver = DRIVER
    supports_statement_cache = True

    @classmethod
    def import_dbapi(cls) -> _DBAPI:
        import aiosqlite

        return _DBAPI(aiosqlite, sqlite3)


registry.register(f"sqlite.{DRIVER}", __name__, "InlineSQLiteDialect")
