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

from bot.services.messages import ClearChat
from bot.services.ports import InboxItem, OutboxItem
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork, unit_of_work_factory
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


async def test_content_sealed_under_a_new_key_opens_in_a_process_that_cached_the_old_one(
    engine: AsyncEngine,
) -> None:
    here, elsewhere = unit_of_work_factory(engine, RING), unit_of_work_factory(engine, RING)
    async with here() as uow:
        await uow.inbox.add(InboxItem("telegram", "1", "ref-a", b"before", NOW))
        await uow.commit()
    async with here(read_only=True) as uow:  # this process now holds ref-a's key
        assert [i.payload for i in await uow.inbox.due(NOW, 10)] == [b"before"]
    async with elsewhere() as uow:  # another process erases the person, who then comes back
        await uow.persons.erase("ref-a")
        await uow.inbox.add(InboxItem("telegram", "2", "ref-a", b"after", NOW))
        await uow.commit()
    async with here(read_only=True) as uow:
        assert [i.payload for i in await uow.inbox.due(NOW, 10)] == [b"after"]


async def test_content_reads_as_gone_once_its_key_is_shredded_even_after_it_was_opened(
    engine: AsyncEngine,
) -> None:
    uow_factory = unit_of_work_factory(engine, RING)
    async with uow_factory() as uow:
        await uow.inbox.add(InboxItem("telegram", "1", "ref-a", b"kept", NOW))
        await uow.outbox.add(OutboxItem("web", "ref-a", "addr", ClearChat(), NOW, ephemeral=True))
        await uow.commit()
    async with uow_factory(read_only=True) as uow:  # opened: the process holds the key
        assert [i.payload for i in await uow.inbox.due(NOW, 10)] == [b"kept"]
        [farewell] = await uow.outbox.due(NOW, 10)
    async with uow_factory() as uow:
        assert farewell.id is not None
        assert await uow.outbox.mark_sent(farewell.id, NOW)  # the last word: the key is shredded
        await uow.commit()
    async with uow_factory(read_only=True) as uow:
        assert await uow.inbox.due(NOW, 10) == []  # unreadable now, so never handed out
