"""The statements every update runs go straight to the inline SQLite driver (storage/direct.py):
they must bind and read exactly what SQLAlchemy binds and reads, and fail the same way."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.storage import models as m
from bot.storage.database import create_engine
from bot.storage.direct import Statements
from bot.storage.sql import (
    _CHAT_MESSAGE,
    _CONVERSATION,
    _CONVERSATION_SAVE,
    _INBOX_ADD,
    _INBOX_CLAIM,
    _INBOX_HEADS,
    _OUTBOX_ADD,
    _OUTBOX_CLAIMABLE,
    _PERSON_ARRIVED,
)
from tests.conftest import prepared_database

NOW = datetime(2026, 12, 6, 16, 45, 12, 345678, tzinfo=UTC)
Run = Callable[[Statements], Awaitable[Any]]


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(await prepared_database("sqlite", tmp_path))
    async with engine.begin() as conn:
        await conn.execute(
            insert(m.persons).values(
                ref="p1",
                channel="telegram",
                address=b"\x00sealed\xff",
                created_at=NOW,
                last_seen_at=NOW,
                flood_count=3,
                flood_window_start=NOW - timedelta(seconds=5),
            )
        )
        await conn.execute(
            insert(m.conversations).values(
                person_ref="p1",
                step="ask-city",
                locale="ka",
                history='["a"]',
                answers='{"x": 1}',
                entry_code=None,
                updated_at=NOW,
                scratch=None,
            )
        )
        await conn.execute(
            insert(m.inbox).values(
                id=7,
                channel="telegram",
                update_key="u",
                chat_ref="p1",
                payload=b"p",
                status="pending",
                attempts=0,
                received_at=NOW,
            )
        )
    yield engine
    await engine.dispose()


async def _both(engine: AsyncEngine, run: Run) -> tuple[Any, Any]:
    """What ``run`` returns through SQLAlchemy, then on the driver, each in a transaction
    that is rolled back (so both see the same rows)."""
    found = []
    for direct in (False, True):
        async with engine.connect() as conn:
            await conn.begin()
            statements = await Statements.on(conn)
            if not direct:
                statements = Statements(conn, None)
            found.append(await run(statements))
            found.append(await _rows(conn))
            await conn.rollback()
    assert found[1] == found[3]  # and the rows are left the same
    return found[0], found[2]


async def _rows(conn: AsyncConnection) -> list[Any]:
    """The rows as stored (dates as SQLite's text, not parsed back)."""
    rows = []
    for table in ("persons", "conversations", "inbox", "outbox", "chat_messages"):
        rows.append((await conn.exec_driver_sql(f"SELECT * FROM {table}")).all())
    return rows


def _reply(n: int, queue: str = "q") -> dict[str, Any]:
    """An outbox row as the outbox writes it (every column given)."""
    return {
        "key": f"k{n}",
        "channel": "telegram",
        "chat_ref": "p1",
        "queue": queue,
        "body": b"b",
        "status": "pending",
        "attempts": n,
        "created_at": NOW,
        "ephemeral": n == 1,
    }


async def test_the_driver_is_used_on_the_inline_sqlite_engine(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        assert (await Statements.on(conn))._inline is not None


async def test_a_row_is_read_as_sqlalchemy_reads_it_dates_included(engine: AsyncEngine) -> None:
    via_sqlalchemy, direct = await _both(
        engine, lambda run: run.first(_CONVERSATION, {"person_ref": "p1"})
    )
    assert direct == via_sqlalchemy
    assert direct["updated_at"] == NOW and direct["updated_at"].tzinfo is not None
    missing = await _both(engine, lambda run: run.first(_CONVERSATION, {"person_ref": "p2"}))
    assert missing == (None, None)


async def test_an_update_returning_binds_dates_and_bytes_as_sqlalchemy_does(
    engine: AsyncEngine,
) -> None:
    params = {
        "person_ref": "p1",
        "new_address": b"\x01new\x00",
        "now": NOW + timedelta(seconds=1),
        "since": NOW - timedelta(seconds=10),
    }
    counted = await _both(engine, lambda run: run.scalar(_PERSON_ARRIVED, params))
    assert counted == (4, 4)  # the window is still open: one more
    params["since"] = NOW
    counted = await _both(engine, lambda run: run.scalar(_PERSON_ARRIVED, params))
    assert counted == (1, 1)  # a new window


async def test_changed_rows_are_counted_as_sqlalchemy_counts_them(engine: AsyncEngine) -> None:
    claimed = await _both(
        engine, lambda run: run.rowcount(_INBOX_CLAIM, {"item_id": 7, "now": NOW})
    )
    assert claimed == (1, 1)
    gone = await _both(engine, lambda run: run.rowcount(_INBOX_CLAIM, {"item_id": 8, "now": NOW}))
    assert gone == (0, 0)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.text(), code=st.none() | st.text(max_size=64))
async def test_any_text_saved_on_the_driver_reads_back_the_same_through_sqlalchemy(
    engine: AsyncEngine, words: str, code: str | None
) -> None:
    values = {
        "the_ref": "p1",
        "new_step": words,
        "new_locale": words[:8],
        "new_history": words,
        "new_answers": words,
        "new_entry_code": code,
        "new_updated_at": NOW,
        "new_scratch": words,
    }
    async with engine.connect() as conn:
        await conn.begin()
        assert await (await Statements.on(conn)).rowcount(_CONVERSATION_SAVE, values) == 1
        row = await Statements(conn, None).first(_CONVERSATION, {"person_ref": "p1"})
        stored = await conn.scalar(text("SELECT updated_at FROM conversations"))
        await conn.rollback()
    assert stored == "2026-12-06 16:45:12.345678"  # as SQLAlchemy writes a date
    assert row is not None
    assert (row["step"], row["history"], row["entry_code"], row["updated_at"]) == (
        words,
        words,
        code,
        NOW,
    )


async def test_a_driver_error_reaches_callers_as_sqlalchemys(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        await conn.begin()
        await conn.execute(text("DROP TABLE conversations"))
        with pytest.raises(DBAPIError) as raised:
            await (await Statements.on(conn)).first(_CONVERSATION, {"person_ref": "p1"})
        await conn.rollback()
    assert "no such table" in str(raised.value.orig)


async def test_inserts_store_what_sqlalchemy_stores_and_a_conflict_counts_nothing(
    engine: AsyncEngine,
) -> None:
    update = {
        "channel": "web",
        "update_key": "k2",
        "chat_ref": "p1",
        "payload": b"\x00\xff",
        "status": "pending",
        "attempts": 0,
        "received_at": NOW,
    }
    added = await _both(engine, lambda run: run.rowcount(_INBOX_ADD["sqlite"], update))
    assert added == (1, 1)
    again = {**update, "update_key": "u", "channel": "telegram"}
    assert await _both(engine, lambda run: run.rowcount(_INBOX_ADD["sqlite"], again)) == (0, 0)


async def test_many_rows_are_inserted_at_once_as_sqlalchemy_inserts_them(
    engine: AsyncEngine,
) -> None:
    said = [
        {"owner": "p1", "channel": "telegram", "message_id": n, "at": NOW + timedelta(seconds=n)}
        for n in range(3)
    ]
    outbox = [_reply(n) for n in range(2)]

    async def both(run: Statements) -> None:
        await run.insert_many(_CHAT_MESSAGE, said)
        await run.insert_many(_OUTBOX_ADD, outbox)
        await run.insert_many(_OUTBOX_ADD, [])

    await _both(engine, both)  # compares the rows each left


async def test_an_insert_missing_a_column_python_fills_in_is_refused(engine: AsyncEngine) -> None:
    row = _reply(0)
    del row["ephemeral"]  # its default (False) is Python's
    async with engine.connect() as conn:
        await conn.begin()
        with pytest.raises(ValueError, match="defaults"):
            await (await Statements.on(conn)).insert_many(_OUTBOX_ADD, [row])


async def test_every_row_is_read_as_sqlalchemy_reads_it_flags_and_limits_included(
    engine: AsyncEngine,
) -> None:
    rows = [_reply(n, queue=f"q{n % 3}") for n in range(5)]

    async def heads(run: Statements) -> Any:
        await run.insert_many(_OUTBOX_ADD, rows)
        later = NOW + timedelta(seconds=1)
        return (
            await run.all(_OUTBOX_CLAIMABLE, {"now": later, "limit": 2}),
            await run.all(_OUTBOX_CLAIMABLE, {"now": later, "limit": 10}),
            await run.all(_INBOX_HEADS, {"now": later, "limit": 10}),
        )

    via_sqlalchemy, direct = await _both(engine, heads)
    assert direct == via_sqlalchemy
    two, three, inbox = direct
    assert [r["queue"] for r in two] == ["q0", "q1"]
    assert [r["key"] for r in three] == ["k0", "k1", "k2"]  # the head of each queue
    assert three[1]["ephemeral"] is True and three[0]["ephemeral"] is False
    assert [r["id"] for r in inbox] == [7]
