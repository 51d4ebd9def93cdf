"""After a retention sweep on SQLite no erased person lingers in the write-ahead log: the sweep
checkpoints the log and truncates it (secure_delete zeroes the freed pages in the file)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.services.retention import RetentionPolicy, RetentionSweep
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.conftest import prepared_database
from tests.fakes import ManualClock
from tests.storage.conftest import RING

LONG_AGO = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
POLICY = RetentionPolicy(timedelta(hours=48), timedelta(hours=48), timedelta(days=90))


async def test_a_retention_sweep_truncates_the_sqlite_write_ahead_log(tmp_path: Path) -> None:
    engine = create_engine(await prepared_database("sqlite", tmp_path))

    def uow(read_only: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(engine, RING, read_only=read_only)

    try:
        async with uow() as tx:
            await tx.persons.remember("person-1", "chat", "address", LONG_AGO)
            await tx.commit()
        wal = tmp_path / "gza.sqlite3-wal"
        assert wal.stat().st_size > 0  # the person is in the log

        clock = ManualClock(LONG_AGO + timedelta(days=200))
        assert await RetentionSweep(uow, clock, POLICY).run() == 1
        assert wal.stat().st_size == 0
        async with uow(read_only=True) as tx:
            assert await tx.persons.idle_since(clock(), 10) == []
    finally:
        await engine.dispose()
