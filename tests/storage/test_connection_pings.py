"""PostgreSQL connections are pinged on checkout only after resting (``PING_IDLE``): a ping is
a round trip before every transaction otherwise. A connection the server dropped while it
rested is replaced without anyone noticing; one dropped while in steady use fails its next
transaction once (which the workers retry), and the pool is renewed at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.services.ports import InboxItem
from bot.storage import database
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.conftest import prepared_database
from tests.databases import POSTGRES_URL
from tests.storage.conftest import RING

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="set GZA_TEST_POSTGRES_URL")


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(await prepared_database("postgres", tmp_path))
    yield engine
    await engine.dispose()


async def _drop_pooled_connection(engine: AsyncEngine) -> None:
    """Use one connection (back to the pool), then have the server end it."""
    async with engine.connect() as conn:
        pid = await conn.scalar(text("SELECT pg_backend_pid()"))
    admin = create_engine(str(POSTGRES_URL))
    try:
        async with admin.connect() as other:
            await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            await other.commit()
    finally:
        await admin.dispose()


async def _add_one(engine: AsyncEngine, key: str) -> None:
    async with SqlUnitOfWork(engine, RING) as uow:
        await uow.inbox.add(InboxItem("telegram", key, "ref-a", b"x", NOW))
        await uow.commit()


async def test_a_connection_dropped_while_it_rested_is_replaced_unnoticed(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "PING_IDLE", 0.0)  # every connection has rested long enough
    await _drop_pooled_connection(engine)
    await _add_one(engine, "1")


async def test_a_connection_in_steady_use_is_not_pinged_and_fails_once_when_dropped(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "PING_IDLE", 3600.0)
    await _drop_pooled_connection(engine)
    with pytest.raises(DBAPIError):
        await _add_one(engine, "1")
    await _add_one(engine, "2")  # the pool was renewed on the error
