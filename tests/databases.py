"""Migrated, empty test databases, made quickly: the migrations run once per process, not once
per test. SQLite: each test gets a copy of a file migrated once. PostgreSQL: the database a test
left behind is emptied (every row deleted, every sequence restarted) when its schema is still
exactly the one this process migrated; anything else (a test that dropped the schema or stopped
half-way through an upgrade) gets the schema dropped and the migrations run again.

Under pytest-xdist each worker has a PostgreSQL database of its own, ``<database>_<worker>``
beside the one GZA_TEST_POSTGRES_URL names, created when missing.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from sqlalchemy import text

from bot.storage.database import create_engine
from bot.storage.migrate import upgrade

_SCHEMA = """
SELECT coalesce((SELECT string_agg(version_num, ',') FROM alembic_version), '') || '|' ||
       string_agg(c.relname || ':' || c.relkind::text || ':' || coalesce(a.attname, '') || ':' ||
                  coalesce(format_type(a.atttypid, a.atttypmod), ''),
                  ',' ORDER BY c.relname, a.attnum)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
"""
"""The migrated schema in one line: revision, relations, columns and their types."""
_TABLES = """
SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'
"""
_SEQUENCES = "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"


def worker_url(url: str | None, worker: str | None) -> str | None:
    """The PostgreSQL URL of this xdist worker (the same URL outside xdist)."""
    if url is None or not worker:
        return url
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}_{worker}"))


def ensure_database(url: str) -> None:
    """Create the database ``url`` names if it does not exist yet (an xdist worker's)."""

    async def create() -> None:
        name = urlsplit(url).path.lstrip("/")
        server = await asyncpg.connect(_dsn(url, database="postgres"))
        try:
            if not await server.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await server.execute(f'CREATE DATABASE "{name}"')
        except asyncpg.DuplicateDatabaseError:
            pass  # another worker's first run made it meanwhile
        finally:
            await server.close()

    asyncio.run(create())


async def reset_postgres(url: str) -> None:
    """An empty schema: no tables, no revision (what ``gza db upgrade`` starts from)."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


async def fresh_postgres(url: str) -> None:
    """The database at the head revision with no rows, as if just migrated."""
    emptying = _emptying.get(url)
    connection = await asyncpg.connect(_dsn(url))
    try:
        if emptying is not None and await connection.fetchval(_SCHEMA) == emptying[0]:
            await connection.execute(emptying[1])
            return
    except asyncpg.InsufficientPrivilegeError:
        pass  # a test user that may not take the replica role: migrate afresh instead
    finally:
        await connection.close()
    await reset_postgres(url)
    await asyncio.to_thread(upgrade, url)
    connection = await asyncpg.connect(_dsn(url))
    try:
        tables = [row[0] for row in await connection.fetch(_TABLES)]
        sequences = [row[0] for row in await connection.fetch(_SEQUENCES)]
        _emptying[url] = (await connection.fetchval(_SCHEMA), _script(tables, sequences))
    finally:
        await connection.close()


def _script(tables: list[str], sequences: list[str]) -> str:
    """One round trip that empties every table and restarts every sequence. The replica role
    turns off the foreign-key triggers, so the order of the deletes does not matter."""
    lines = ["BEGIN", "SET LOCAL session_replication_role = replica"]
    lines += [f'DELETE FROM "{table}"' for table in sorted(tables)]
    lines += [f'ALTER SEQUENCE "{sequence}" RESTART' for sequence in sorted(sequences)]
    return ";\n".join([*lines, "COMMIT"])


_emptying: dict[str, tuple[str, str]] = {}
"""By URL: the schema this process migrated, and the script that empties it."""


def _dsn(url: str, database: str | None = None) -> str:
    """asyncpg's form of a SQLAlchemy URL (no driver suffix), optionally another database."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    path = f"/{database}" if database is not None else parts.path
    return urlunsplit(parts._replace(scheme=scheme, path=path))


class _SqliteTemplate:
    """A SQLite file migrated once per process (thread-safe: the browser tests' server makes
    its database in a thread of its own); each test gets a copy."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Path | None = None

    def path(self) -> Path:
        with self._lock:
            if self._path is None:
                folder = Path(tempfile.mkdtemp(prefix="gza-template-"))
                atexit.register(shutil.rmtree, folder, ignore_errors=True)
                path = folder / "template.sqlite3"
                upgrade(f"sqlite:///{path}")
                with sqlite3.connect(path) as db:  # the WAL folded in: one file to copy
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                db.close()
                self._path = path
            return self._path

    async def copy_to(self, target: Path) -> None:
        template = await asyncio.to_thread(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(shutil.copyfile, template, target)


SQLITE_TEMPLATE = _SqliteTemplate()


def _worker() -> str | None:
    return os.environ.get("PYTEST_XDIST_WORKER")


POSTGRES_URL = worker_url(os.environ.get("GZA_TEST_POSTGRES_URL"), _worker())
"""This process's PostgreSQL database, or None: the PostgreSQL half of the suite is skipped."""
if POSTGRES_URL is not None and _worker():
    ensure_database(POSTGRES_URL)
