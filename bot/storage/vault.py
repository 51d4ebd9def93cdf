"""Per-owner data keys: each person's content is sealed under a key of its own, stored wrapped
by the master key ring. Destroying the wrapped key (crypto-shredding) makes that content
unreadable everywhere it was copied, backups included."""

from __future__ import annotations

from collections import OrderedDict

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.privacy.crypto import KeyRing, MasterKey
from bot.storage import models as m
from bot.storage.direct import Statements

DATA_KEY_ID = "d"
_WRAPPED = select(m.data_keys.c.wrapped).where(m.data_keys.c.owner == bindparam("the_owner"))
"""Read for every sealed item: built once."""


def wrap_where(owner: str) -> str:
    return f"data_keys.wrapped|{owner}"


class KeyCache:
    """Data keys this process has unwrapped, shared by its units of work so that opening a
    person's content does not read and unwrap their key again for every item. Sealing always
    reads the wrapped key (it may have been shredded meanwhile, by another process too) and
    only skips unwrapping the same bytes again; a cached key that fails to open something is
    dropped and read again."""

    def __init__(self, size: int = 10_000) -> None:
        self._keys: OrderedDict[str, tuple[bytes, KeyRing]] = OrderedDict()
        self._size = size

    def get(self, owner: str) -> KeyRing | None:
        found = self._keys.get(owner)
        return None if found is None else found[1]

    def unwrapped(self, owner: str, wrapped: bytes) -> KeyRing | None:
        """The key this process unwrapped from exactly these bytes: the read that proves the
        key still exists is still made, only the unwrapping is spared."""
        found = self._keys.get(owner)
        return found[1] if found is not None and found[0] == wrapped else None

    def put(self, owner: str, ring: KeyRing, wrapped: bytes) -> None:
        self._keys[owner] = (wrapped, ring)
        self._keys.move_to_end(owner)
        if len(self._keys) > self._size:
            self._keys.popitem(last=False)

    def drop(self, owner: str) -> None:
        self._keys.pop(owner, None)


class Vault:
    def __init__(
        self,
        conn: AsyncConnection,
        ring: KeyRing,
        shared: KeyCache | None = None,
        run: Statements | None = None,
    ) -> None:
        self._conn, self._ring = conn, ring
        self._run = run if run is not None else Statements(conn, None)
        self._cache: dict[str, KeyRing] = {}
        self._shared = shared if shared is not None else KeyCache(0)

    async def cipher(self, owner: str) -> KeyRing:
        """The owner's cipher, creating its data key on first use."""
        found = await self.existing(owner)
        if found is not None:
            return found
        key = MasterKey.generate(DATA_KEY_ID)
        wrapped = self._ring.seal(key.key, wrap_where(owner))
        values = {"owner": owner, "kek_id": self._ring.primary_kid, "wrapped": wrapped}
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        await self._conn.execute(
            dialect_insert(m.data_keys).values(values).on_conflict_do_nothing()
        )
        found = await self.existing(owner)  # another transaction may have won the race
        assert found is not None
        return found

    async def existing(self, owner: str) -> KeyRing | None:
        """The owner's cipher, or None when it never had one or it was shredded."""
        if owner in self._cache:
            return self._cache[owner]
        wrapped = await self._run.scalar(_WRAPPED, {"the_owner": owner})
        if wrapped is None:
            return None
        ring = self._shared.unwrapped(owner, wrapped)
        if ring is None:
            ring = KeyRing([MasterKey(DATA_KEY_ID, self._ring.open(wrapped, wrap_where(owner)))])
            self._shared.put(owner, ring, wrapped)
        self._cache[owner] = ring
        return ring

    async def to_open(self, owner: str) -> KeyRing | None:
        """A key to open the owner's content with: this process's copy when it has one."""
        return self._shared.get(owner) or await self.existing(owner)

    def forget(self, owner: str) -> None:
        """The process's copy failed to open something: the next ``to_open`` reads the key."""
        self._shared.drop(owner)

    async def shred(self, owner: str) -> None:
        await self._conn.execute(delete(m.data_keys).where(m.data_keys.c.owner == owner))
        self._cache.pop(owner, None)
        self._shared.drop(owner)

    async def rewrap_batch(self, limit: int) -> int:
        """Re-wrap up to ``limit`` data keys not yet under the primary master key."""
        table = m.data_keys
        query = (
            select(table.c.owner, table.c.wrapped)
            .where(table.c.kek_id != self._ring.primary_kid)
            .order_by(table.c.owner)
            .limit(limit)
        )
        rows = (await self._conn.execute(query)).all()
        for owner, wrapped in rows:
            key = self._ring.open(wrapped, wrap_where(owner))
            await self._conn.execute(
                update(table)
                .where(table.c.owner == owner)
                .values(
                    kek_id=self._ring.primary_kid, wrapped=self._ring.seal(key, wrap_where(owner))
                )
            )
        return len(rows)

    async def count_by_master_key(self) -> dict[str, int]:
        query = select(m.data_keys.c.kek_id, func.count()).group_by(m.data_keys.c.kek_id)
        return {kid: int(n) for kid, n in (await self._conn.execute(query)).all()}
