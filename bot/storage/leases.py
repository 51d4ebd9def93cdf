"""The lease table: which process may do a piece of work that must run in one place at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.services.ports import Claim
from bot.storage import models as m


class SqlLeases:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def take(self, name: str, claim: Claim, now: datetime) -> bool:
        t = m.leases
        # Renew our own lease or take over a lapsed one; two takers of a lapsed lease queue on
        # the row lock, and the second finds it held again.
        renewed = await self._conn.execute(
            update(t)
            .where(t.c.name == name, (t.c.holder == claim.holder) | (t.c.until <= now))
            .values(holder=claim.holder, until=claim.until)
        )
        if renewed.rowcount == 1:
            return True
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        added = await self._conn.execute(
            dialect_insert(t)
            .values(name=name, holder=claim.holder, until=claim.until)
            .on_conflict_do_nothing()
        )
        return added.rowcount == 1

    async def release(self, name: str, holder: str) -> None:
        t = m.leases
        await self._conn.execute(delete(t).where(t.c.name == name, t.c.holder == holder))


async def release_all(engine: AsyncEngine) -> None:
    """SQLite serves one process by design: any claim or lease found at start-up is a dead
    process's, so its messages go out and its sweeps run now instead of after they lapse."""
    async with engine.begin() as conn:
        await conn.execute(
            update(m.outbox)
            .where(m.outbox.c.claimed_until.is_not(None))
            .values(claimed_by=None, claimed_until=None)
        )
        await conn.execute(delete(m.leases))


async def one_at_a_time(conn: AsyncConnection, name: str) -> None:
    """Until this transaction ends, other processes' transactions that ask for ``name`` wait
    (a PostgreSQL advisory lock; SQLite's writers already take turns). For start-up work that
    several processes starting together must not do twice, such as seeding the directory."""
    if conn.dialect.name == "postgresql":
        await conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(name))))
