"""The directory as curators change it: imports and edits with their audit log, the revision
every process watches, reports of disrespect, and curators' edits in progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.services.ports import DirectoryChange, Draft, Progress, Report
from bot.storage import models as m
from bot.storage.direct import Statements
from bot.storage.directory import (
    REVISION,
    bump_revision,
    load_directory,
    load_feedback,
    save_directory,
    service_row,
)
from referral_directory.changes import DirectoryDiff, FieldChange, import_changes, service_changes
from referral_directory.model import Directory, Service

OPEN = ("new", "sent")


class SqlDirectory:
    def __init__(self, conn: AsyncConnection, run: Statements | None = None) -> None:
        self._conn = conn
        self._run = run if run is not None else Statements(conn, None)

    async def revision(self) -> int:
        return int(await self._run.scalar(REVISION, {}) or 0)

    async def load(self) -> Directory:
        directory = await load_directory(self._conn)
        return replace(directory, feedback=await load_feedback(self._conn))

    async def replace(
        self, directory: Directory, who: str, now: datetime, progress: Progress | None = None
    ) -> DirectoryDiff:
        diff, audit = import_changes(await load_directory(self._conn), directory)
        await save_directory(self._conn, directory, progress)
        for service_id, changes in audit.items():
            await self._audit(service_id, changes, who, now)
        return diff

    async def save_service(
        self, before: Service, after: Service, who: str, now: datetime
    ) -> list[FieldChange]:
        changes = service_changes(before, after)
        if not changes:
            return []
        row = service_row(after, 0)
        del row["position"], row["id"]
        t = m.directory_services
        await self._conn.execute(update(t).where(t.c.id == after.id).values(**row))
        if after.phones != before.phones:
            p = m.directory_phones
            await self._conn.execute(delete(p).where(p.c.service_id == after.id))
            rows = [
                {"service_id": after.id, "number": x.number, "description": dict(x.description)}
                for x in after.phones
            ]
            if rows:
                await self._conn.execute(insert(p), rows)
        if after.location_ids != before.location_ids:
            a = m.directory_service_at_location
            await self._conn.execute(delete(a).where(a.c.service_id == after.id))
            links = [
                {"service_id": after.id, "location_id": x, "position": i}
                for i, x in enumerate(after.location_ids)
            ]
            if links:
                await self._conn.execute(insert(a), links)
        await self._audit(after.id, changes, who, now)
        await bump_revision(self._conn)
        return changes

    async def _audit(
        self, service_id: str, changes: list[FieldChange], who: str, now: datetime
    ) -> None:
        await record_changes(
            self._conn, m.directory_changes, "service_id", service_id, changes, who, now
        )

    async def history(self, service_id: str) -> list[DirectoryChange]:
        t = m.directory_changes
        query = select(t).where(t.c.service_id == service_id).order_by(t.c.id)
        return [
            DirectoryChange(r.service_id, r.field, r.old_value, r.new_value, r.who, r.at)
            for r in await self._conn.execute(query)
        ]

    async def open_reports(self) -> list[Report]:
        t = m.disrespect_reports
        query = select(t).where(t.c.status.in_(OPEN)).order_by(t.c.id)
        return [
            Report(r.id, r.service_id, r.reported_on, r.status)
            for r in await self._conn.execute(query)
        ]

    async def set_reports(self, service_id: str | None, status: str, ids: list[int]) -> None:
        t = m.disrespect_reports
        query = update(t).where(t.c.status.in_(OPEN)).values(status=status)
        if service_id is not None:
            query = query.where(t.c.service_id == service_id)
        else:
            query = query.where(t.c.id.in_(ids))
        await self._conn.execute(query)

    async def digest_sent_at(self) -> datetime | None:
        t = m.directory_revision
        value: datetime | None = await self._conn.scalar(select(t.c.digest_at).where(t.c.id == 1))
        return value

    async def set_digest_sent(self, now: datetime) -> None:
        t = m.directory_revision
        moved = await self._conn.execute(update(t).where(t.c.id == 1).values(digest_at=now))
        if not moved.rowcount:
            await self._conn.execute(insert(t).values(id=1, revision=0, digest_at=now))


class SqlCuratorDrafts:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get(self, alias: str) -> Draft | None:
        t = m.curator_drafts
        r = (await self._conn.execute(select(t).where(t.c.alias == alias))).first()
        if r is None:
            return None
        return Draft(r.alias, r.service_id, r.field, tuple(r.draft), r.at)

    async def put(self, draft: Draft) -> None:
        await self.clear(draft.alias)
        await self._conn.execute(
            insert(m.curator_drafts).values(
                alias=draft.alias,
                service_id=draft.service_id,
                field=draft.field,
                draft=list(draft.chosen),
                at=draft.at,
            )
        )

    async def clear(self, alias: str) -> None:
        t = m.curator_drafts
        await self._conn.execute(delete(t).where(t.c.alias == alias))


async def record_changes(
    conn: AsyncConnection,
    log: Table,
    key: str,
    value: str,
    changes: list[FieldChange],
    who: str,
    now: datetime,
) -> None:
    """Append field changes to an audit log (the directory's, the rights library's): who, when,
    each field's old and new text, under the changed record's ``key``."""
    rows = [
        {
            key: value,
            "at": now,
            "who": who,
            "field": c.field,
            "old_value": c.old,
            "new_value": c.new,
        }
        for c in changes
    ]
    if rows:
        await conn.execute(insert(log), rows)
