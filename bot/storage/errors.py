"""Why the database cannot be used, in one line an operator can act on.

The drivers fail in many shapes (an OSError from the socket, a wrapped asyncpg or sqlite3
error with a SQLSTATE or a message); this module is the one place that knows them. A line
never repeats the password, and never a statement or its parameters.
"""

from __future__ import annotations

import os
import socket

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

UPGRADE = "run `gza db upgrade`"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message says what to do."""


class DatabaseUnreachable(DatabaseProblem):
    """The database server cannot be reached or is not ready yet: waiting may help."""


NOT_READY = ("08", "53", "57P03")
"""SQLSTATE classes and codes of a server that is down, starting up, or out of connections."""


def transient(exc: BaseException, url: str) -> bool:
    """Whether waiting could help: a PostgreSQL server not reachable or not ready yet (in a
    deployment it may start beside Gza). A refusal (password, missing database or tables)
    never heals by waiting, nor does anything about a SQLite file."""
    if make_url(url).get_backend_name() == "sqlite":
        return False
    if isinstance(exc, DBAPIError):
        state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        if state is None:
            return isinstance(exc.orig, OSError)
        return str(state).startswith(NOT_READY)
    return isinstance(exc, OSError)


def explain(exc: BaseException, url: str) -> str | None:
    """One line for a known way of failing to reach or use the database, else None. Call it
    only around database work: any OSError is taken for the database's."""
    if isinstance(exc, DatabaseProblem):
        return str(exc)
    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        return "configuration key database.url: not a database URL Gza can use"
    parsed = make_url(url)
    if isinstance(exc, DBAPIError):
        return _from_driver(exc, parsed)
    if isinstance(exc, OSError) and parsed.get_backend_name() == "sqlite":
        reason = (exc.strerror or type(exc).__name__).lower()
        return f"cannot open the SQLite file {parsed.database} ({reason}): check database.url"
    if isinstance(exc, OSError):
        return _unreachable(exc, parsed)
    return None


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _unreachable(exc: OSError, url: URL) -> str:
    if isinstance(exc, socket.gaierror):
        reason = f"unknown host {url.host!r}"
    elif exc.errno:
        reason = os.strerror(exc.errno)
    else:
        reason = exc.strerror or type(exc).__name__
    return (
        f"cannot reach PostgreSQL at {_where(url)} ({reason.lower()}): is it running there? "
        "Check the host and port in database.url"
    )


def _from_driver(exc: DBAPIError, url: URL) -> str | None:
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    message = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
    if state is None:
        return _from_sqlite(message.lower(), url)
    user, database = url.username or "", url.database or url.username or ""
    if state == "28P01":
        return f"PostgreSQL refused the password of user {user!r}: check database.url"
    if state.startswith("28"):
        return f"PostgreSQL refused user {user!r} ({message}): check the user in database.url"
    if state == "3D000":
        return (
            f"database {database!r} does not exist on {_where(url)}: create it "
            f"(createdb {database}) or fix database.url"
        )
    if state in ("42P01", "42703"):
        return f"the database does not have the tables this Gza needs: {UPGRADE}"
    if state == "42501":
        return f"user {user!r} may not do this in {database!r} ({message}): grant it the rights"
    if state.startswith(("08", "53", "57")):
        return f"PostgreSQL at {_where(url)} cannot serve Gza now ({message})"
    return None


def _from_sqlite(message: str, url: URL) -> str | None:
    path = url.database or ":memory:"
    if message.startswith(("no such table", "no such column")):
        return f"the database does not have the tables this Gza needs: {UPGRADE}"
    if "unable to open database file" in message:
        return f"cannot open the SQLite file {path}: check its folder exists and is writable"
    if "database is locked" in message:
        return f"the SQLite file {path} is locked by another process (is Gza already running?)"
    if "file is not a database" in message:
        return f"{path} is not a SQLite database: check database.url"
    if "readonly" in message:
        return f"the SQLite file {path} is read-only: Gza needs to write it"
    return None
