"""Creating the async engine: URL normalisation and SQLite settings that keep writers safe."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.storage import inline_sqlite

USED = "gza_used"
PING_IDLE = 5.0
"""Seconds a pooled PostgreSQL connection may rest before it is pinged on checkout."""
READ_ONLY = "gza_read_only"
"""Execution option of a connection whose transaction only reads: SQLite begins it deferred."""
ASYNC_DRIVERS = {"sqlite": f"sqlite+{inline_sqlite.DRIVER}", "postgresql": "postgresql+asyncpg"}
"""Plain ``sqlite://`` runs on the event loop (inline_sqlite.py); ``sqlite+aiosqlite://`` still
works, in aiosqlite's threads."""


def async_url(url: str) -> str:
    """Accept plain ``sqlite:///`` and ``postgresql://`` URLs and pick the async driver."""
    parsed = make_url(url)
    driver = ASYNC_DRIVERS.get(parsed.drivername, parsed.drivername)
    return parsed.set(drivername=driver).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    url = async_url(url)
    if not is_sqlite(url):
        engine = create_async_engine(url)
        event.listen(engine.sync_engine, "checkin", _mark_used)
        event.listen(engine.sync_engine, "checkout", _ping_if_idle)
        return engine
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    event.listen(engine.sync_engine, "begin", _sqlite_begin)
    return engine


def _mark_used(_dbapi_connection: Any, record: Any) -> None:
    record.info[USED] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """SQLAlchemy's ``pool_pre_ping``, for a connection idle more than ``PING_IDLE`` seconds
    only: a ping is a round trip before every transaction (a third of an empty one's CPU), and
    a connection in steady use has just proved itself. Should the server restart meanwhile,
    the pool is invalidated on the first error, which the workers retry."""
    used = record.info.get(USED)
    if used is not None and time.monotonic() - used < PING_IDLE:
        return
    try:
        dbapi_connection.ping()
    except Exception as exc:  # the pool drops it and checks out another
        raise DisconnectionError("the connection did not answer a ping") from exc


def _sqlite_begin(connection: Any) -> None:
    """Take the write lock up front: waits on busy_timeout instead of failing when two
    transactions both read and then both try to write. A read-only transaction takes none: in
    WAL mode it reads its snapshot while a writer works, and never waits for the lock."""
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit BEGIN breaks savepoints and hides when transactions start;
    # transactions are begun explicitly in _sqlite_begin instead (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    pragmas = [
        "journal_mode=WAL",  # readers never block the writer
        "foreign_keys=ON",
        "secure_delete=ON",  # deleted content is overwritten, not left in free pages
        "synchronous=NORMAL",
    ]
    if not inline_sqlite.is_inline(dbapi_connection):
        # A second writer waits (even on a loaded machine) instead of failing. The inline
        # driver waits on its own, off the event loop.
        pragmas.append(f"busy_timeout={inline_sqlite.PATIENCE_MS}")
    for pragma in pragmas:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
