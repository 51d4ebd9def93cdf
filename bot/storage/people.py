"""People, bureaus and invitations on SQL (the twin is memory_people.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.services.people_records import BureauEntry, Invitation, PersonEntry
from bot.storage import models as m


class SqlPeople:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def all(self) -> list[PersonEntry]:
        t = m.people
        rows = await self._conn.execute(select(t).order_by(t.c.alias_key))
        return [
            PersonEntry(r.alias, int(r.telegram_id), r.role, r.bureau, r.locale, bool(r.admin))
            for r in rows
        ]

    async def add(self, person: PersonEntry) -> bool:
        t = m.people
        clash = select(t.c.alias_key).where(
            (t.c.alias_key == person.key) | (t.c.telegram_id == person.user_id)
        )
        if (await self._conn.execute(clash)).first() is not None:
            return False
        row = {
            "alias_key": person.key,
            "alias": person.alias,
            "telegram_id": person.user_id,
            "role": person.role,
            "bureau": person.bureau,
            "locale": person.locale,
            "admin": person.admin,
        }
        # A racing join breaks the unique keys and the item is retried: then it clashes here.
        await self._conn.execute(insert(t).values(row))
        return True

    async def change(self, alias: str, role: str, bureau: str | None, admin: bool) -> bool:
        t = m.people
        result = await self._conn.execute(
            update(t)
            .where(t.c.alias_key == alias.casefold())
            .values(role=role, bureau=bureau, admin=admin)
        )
        return bool(result.rowcount == 1)

    async def remove(self, alias: str) -> bool:
        t = m.people
        result = await self._conn.execute(delete(t).where(t.c.alias_key == alias.casefold()))
        return bool(result.rowcount == 1)

    async def bureaus(self) -> list[BureauEntry]:
        t = m.bureaus
        rows = await self._conn.execute(select(t.c.id, t.c.name).order_by(t.c.id))
        return [BureauEntry(r.id, r.name) for r in rows]

    async def put_bureau(self, bureau: BureauEntry) -> None:
        t = m.bureaus
        renamed = await self._conn.execute(
            update(t).where(t.c.id == bureau.id).values(name=bureau.name)
        )
        if renamed.rowcount == 0:
            await self._conn.execute(insert(t).values(id=bureau.id, name=bureau.name))

    async def invite(self, code_hash: str, invitation: Invitation) -> None:
        row = {
            "code_hash": code_hash,
            "role": invitation.role,
            "bureau": invitation.bureau,
            "alias": invitation.alias,
            "invited_by": invitation.invited_by,
            "expires_at": invitation.expires_at,
        }
        await self._conn.execute(insert(m.invitations).values(row))

    async def redeem(self, code_hash: str, now: datetime) -> Invitation | None:
        t = m.invitations
        used = await self._conn.execute(
            update(t)
            .where(t.c.code_hash == code_hash, t.c.used_at.is_(None), t.c.expires_at > now)
            .values(used_at=now)
        )
        if used.rowcount != 1:
            return None
        query = select(t).where(t.c.code_hash == code_hash)
        r = (await self._conn.execute(query)).one()
        return Invitation(r.role, r.bureau, r.alias, r.invited_by, r.expires_at)

    async def give_back(self, code_hash: str) -> None:
        t = m.invitations
        await self._conn.execute(update(t).where(t.c.code_hash == code_hash).values(used_at=None))
