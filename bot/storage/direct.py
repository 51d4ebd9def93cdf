"""The statements every update runs, straight on the inline SQLite driver.

Through SQLAlchemy a prebuilt statement still costs a cache key built by walking it, a cache
lookup, an execution context, a result object and two greenlet switches: several times the
SQLite call itself, a dozen times an update. Here each is compiled once, by SQLAlchemy and for
the engine's own dialect, so the SQL, the order of the parameters and the conversion of each
value (a date to SQLite's text and back) are SQLAlchemy's; only the calls in between are
skipped. It runs in the unit of work's transaction, on its connection. Any other database goes
through SQLAlchemy as before.

``Prepared.compile`` reads three internals of SQLAlchemy's compiled statement (its bind
processors, its result columns and their processors). ``tests/storage/test_direct_statements.py``
runs each kind of statement both ways and compares what it returns and what it stores, so an
upgrade that moves them fails there first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Insert, Select, Update
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.inline_sqlite import DRIVER, InlineConnection

Processor = Callable[[Any], Any] | None
Statement = Select[Any] | Update | Insert


@dataclass(frozen=True)
class Prepared:
    """One statement compiled for one dialect: its SQL, and how to bind and read values."""

    sql: str
    names: tuple[str, ...]
    fixed: Mapping[str, Any]
    binds: tuple[Processor, ...]
    keys: tuple[str, ...]
    results: tuple[Processor, ...]

    @classmethod
    def compile(cls, statement: Statement, dialect: Dialect, columns: Sequence[str]) -> Prepared:
        """``columns``: an insert's, as given (SQLAlchemy would fill in the others itself)."""
        compiled: Any = statement.compile(dialect=dialect, column_keys=list(columns) or None)
        if compiled.insert_prefetch:
            raise ValueError("an insert whose defaults Python computes must be given them")
        names = tuple(compiled.positiontup)
        given = {k: None for k, bind in compiled.binds.items() if bind.required}
        processors = compiled._bind_processors
        read = compiled._result_columns
        return cls(
            sql=compiled.string,
            names=names,
            fixed=compiled.construct_params(given),
            binds=tuple(processors.get(name) for name in names),
            keys=tuple(c.keyname for c in read),
            results=tuple(c.type._cached_result_processor(dialect, None) for c in read),
        )

    def parameters(self, given: Mapping[str, Any]) -> list[Any]:
        values = {**self.fixed, **given}
        return [
            value if bind is None else bind(value)
            for value, bind in zip((values[n] for n in self.names), self.binds, strict=True)
        ]

    def row(self, raw: Sequence[Any]) -> dict[str, Any]:
        return {
            key: value if read is None else read(value)
            for key, value, read in zip(self.keys, raw, self.results, strict=True)
        }


_prepared: dict[tuple[int, str, tuple[str, ...]], tuple[Statement, Prepared]] = {}
"""Each entry keeps its statement alive, so that no other statement can take over its id."""


def prepared(statement: Statement, dialect: Dialect, columns: Sequence[str] = ()) -> Prepared:
    """Compiled on first use. Only for statements built once (module constants): each one
    built per call would stay here for good."""
    key = (id(statement), dialect.name, tuple(columns))
    found = _prepared.get(key)
    if found is None:
        found = _prepared[key] = (statement, Prepared.compile(statement, dialect, columns))
    return found[1]


class Statements:
    """Runs prebuilt statements in a unit of work's transaction: on the inline SQLite driver
    directly, on any other through the connection."""

    def __init__(self, conn: AsyncConnection, inline: InlineConnection | None) -> None:
        self._conn, self._inline = conn, inline

    @classmethod
    async def on(cls, conn: AsyncConnection) -> Statements:
        if conn.dialect.driver != DRIVER:
            return cls(conn, None)
        raw = await conn.get_raw_connection()
        return cls(conn, raw.driver_connection)

    async def all(self, statement: Statement, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Every row, each by column name."""
        if self._inline is None:
            return [dict(r) for r in (await self._conn.execute(statement, params)).mappings()]
        found = prepared(statement, self._conn.dialect)
        cursor = await self._run(found, params)
        rows = cursor.fetchall()
        cursor.close()
        return [found.row(raw) for raw in rows]

    async def first(self, statement: Statement, params: Mapping[str, Any]) -> dict[str, Any] | None:
        """The row, by column name (None when there is none), of a statement that finds at
        most one (by key, or an update returning): it reads them all."""
        rows = await self.all(statement, params)
        return rows[0] if rows else None

    async def scalar(self, statement: Statement, params: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None."""
        row = await self.first(statement, params)
        return None if row is None else next(iter(row.values()))

    async def rowcount(self, statement: Statement, params: Mapping[str, Any]) -> int:
        """How many rows the statement changed (an insert: the columns it is given)."""
        if self._inline is None:
            return int((await self._conn.execute(statement, params)).rowcount)
        columns = tuple(params) if isinstance(statement, Insert) else ()
        cursor = await self._run(prepared(statement, self._conn.dialect, columns), params)
        count = cursor.rowcount
        cursor.close()
        return int(count)

    async def insert_many(self, statement: Insert, rows: Sequence[Mapping[str, Any]]) -> None:
        """Rows that all give the same columns, in one call."""
        if not rows:
            return
        if self._inline is None:
            await self._conn.execute(statement, list(rows))
            return
        found = prepared(statement, self._conn.dialect, tuple(rows[0]))
        values = [found.parameters(row) for row in rows]
        await self._call(found.sql, values, self._inline.raw.executemany)

    async def _run(self, found: Prepared, params: Mapping[str, Any]) -> sqlite3.Cursor:
        assert self._inline is not None
        return await self._call(found.sql, found.parameters(params), self._inline.raw.execute)

    async def _call(
        self, sql: str, values: Any, call: Callable[[str, Any], sqlite3.Cursor]
    ) -> sqlite3.Cursor:
        assert self._inline is not None
        try:
            return await self._inline.run(call, sql, values)
        except sqlite3.Error as exc:  # the shape every caller knows (storage/errors.py)
            raise DBAPIError.instance(sql, values, exc, sqlite3.Error) from exc
