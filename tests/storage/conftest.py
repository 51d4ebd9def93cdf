"""The unit of work every store contract runs against: the in-memory twin, SQLite and (when
configured) PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.privacy.crypto import KeyRing, MasterKey
from bot.services.ports import UnitOfWork
from bot.storage.database import create_engine
from bot.storage.memory import MemoryDatabase
from bot.storage.sql import SqlUnitOfWork
from tests.conftest import BACKENDS, prepared_database

RING = KeyRing([MasterKey("t1", b"t" * 32)])


@pytest.fixture(params=["memory", *BACKENDS])
async def uow(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Callable[[], UnitOfWork]]:
    if request.param == "memory":
        yield MemoryDatabase().uow
        return
    url = await prepared_database(request.param, tmp_path)
    engine = create_engine(url)
    yield lambda read_only=False: SqlUnitOfWork(engine, RING, read_only=read_only)
    await engine.dispose()
