"""Applying Alembic migrations from code, so ``gza db upgrade`` needs no alembic.ini; and
telling whether a database is at the revision this code needs, before anything uses it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, make_url

from bot.storage.database import create_engine, is_sqlite
from bot.storage.errors import UPGRADE, DatabaseProblem, DatabaseUnreachable, explain, transient

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(frozen=True)
class Revisions:
    current: str | None
    """None: no Gza tables (or, for SQLite, no file) yet."""
    head: str
    known: bool
    """False when the database was migrated by a newer Gza than this one."""

    @property
    def pending(self) -> bool:
        return self.known and self.current != self.head


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Blocking; call from a thread when an event loop is running."""
    with _explained(url), _quiet():
        command.upgrade(alembic_config(url), revision)


async def revisions(url: str) -> Revisions:
    """Where the database stands; connecting to find out, so an unreachable database is a
    DatabaseProblem here, before anything else starts. A missing SQLite file is not created."""
    script = ScriptDirectory.from_config(alembic_config(url))
    head = script.get_current_head()
    assert head is not None
    current = await _current(url) if _exists(url) else None
    known = current is None or current in {r.revision for r in script.walk_revisions()}
    return Revisions(current, head, known)


def require_current(state: Revisions) -> None:
    """Refuse a database this code cannot use, naming the fix."""
    if not state.known:
        raise DatabaseProblem(
            f"the database is at revision {state.current}, which this Gza does not know: "
            "it was migrated by a newer Gza, so run that one (or restore a backup)"
        )
    if state.current is None:
        raise DatabaseProblem(f"the database has no Gza tables yet: {UPGRADE}")
    if state.pending:
        raise DatabaseProblem(
            f"the database is at revision {state.current} and this Gza needs {state.head}: "
            f"{UPGRADE}"
        )


def _exists(url: str) -> bool:
    if not is_sqlite(url):
        return True
    database = make_url(url).database
    return not database or database == ":memory:" or Path(database).exists()


async def _current(url: str) -> str | None:
    with _explained(url), _quiet():
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                return await conn.run_sync(_read_version)
        finally:
            await engine.dispose()


def _read_version(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _explained(url: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        line = explain(exc, url)
        if line is None:
            raise
        if transient(exc, url):
            raise DatabaseUnreachable(line) from None
        raise DatabaseProblem(line) from None


@contextmanager
def _quiet() -> Iterator[None]:
    """Alembic narrates each step at INFO; the command says in one line what it did."""
    alembic = logging.getLogger("alembic")
    level = alembic.level
    alembic.setLevel(logging.WARNING)
    try:
        yield
    finally:
        alembic.setLevel(level)
