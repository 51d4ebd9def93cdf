"""The SQL unit of work: a read-only one never waits behind a writer, and a BEGIN that fails
keeps no connection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.services.ports import InboxItem
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.conftest import BACKENDS, prepared_database
from tests.storage.conftest import RING

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(await prepared_database(request.param, tmp_path))
    yield engine
    await engine.dispose()


async def test_a_read_only_unit_reads_the_last_commit_while_a_writer_holds_the_lock(
    engine: AsyncEngine,
) -> None:
    async with SqlUnitOfWork(engine, RING) as first:
        await first.inbox.add(InboxItem("telegram", "1", "ref-a", b"one", NOW))
        await first.commit()
    async with SqlUnitOfWork(engine, RING) as writer:
        await writer.inbox.add(InboxItem("telegram", "2", "ref-b", b"two", NOW))

        async def read() -> list[bytes]:
            async with SqlUnitOfWork(engine, RING, read_only=True) as reader:
                return [item.payload for item in await reader.inbox.due(NOW, 10)]

        # A guard, not a timing: a reader that waited for the lock would wait 30 s (busy_timeout).
        seen = await asyncio.wait_for(read(), timeout=20)
        await writer.commit()
    assert seen == [b"one"]


async def test_a_failed_begin_gives_its_connection_back(engine: AsyncEngine) -> None:
    def refuse(*_args: Any) -> None:
        raise RuntimeError("the database refused BEGIN")

    event.listen(engine.sync_engine, "begin", refuse)
    try:
        for _ in range(3):
            with pytest.raises(RuntimeError, match="refused BEGIN"):
                async with SqlUnitOfWork(engine, RING):
                    pass
        assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    finally:
        event.remove(engine.sync_engine, "begin", refuse)
    async with SqlUnitOfWork(engine, RING, read_only=True) as uow:
        assert await uow.inbox.due(NOW, 10) == []
