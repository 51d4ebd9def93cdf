"""A process keeps the data keys it unwrapped, but every seal still reads the wrapped key: a
key shredded by another process is never sealed under again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.privacy.crypto import DecryptionError, KeyRing
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork, unit_of_work_factory
from bot.storage.vault import Vault
from tests.conftest import BACKENDS, prepared_database
from tests.storage.conftest import RING


@pytest.fixture(params=BACKENDS)
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(await prepared_database(request.param, tmp_path))
    yield engine
    await engine.dispose()


async def _cipher(uow: Any, owner: str) -> KeyRing:
    vault = Vault(uow._conn, RING, uow._keys)
    return await vault.cipher(owner)


async def test_a_key_is_unwrapped_once_per_process_and_a_shredded_one_is_never_reused(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    uow = unit_of_work_factory(engine, RING)
    opened = []
    real_open = KeyRing.open

    def counting_open(self: KeyRing, sealed: bytes, where: str) -> bytes:
        opened.append(where)
        return real_open(self, sealed, where)

    monkeypatch.setattr(KeyRing, "open", counting_open)
    async with uow() as tx:
        first = await _cipher(tx, "person-1")
        await tx.commit()
    for _ in range(3):
        async with uow() as tx:
            assert await _cipher(tx, "person-1") is first
    assert opened == ["data_keys.wrapped|person-1"]  # read four times, unwrapped once
    async with SqlUnitOfWork(engine, RING) as other_process:
        await other_process.persons.erase("person-1")  # shreds the key
        await other_process.commit()
    async with uow() as tx:
        fresh = await _cipher(tx, "person-1")
    assert fresh is not first
    sealed = fresh.seal(b"x", "here")
    with pytest.raises(DecryptionError):
        first.open(sealed, "here")
