"""The console's stores on SQL: sign-in links and sessions (hashes only), the audit log, and
case threads sealed under the person's data key (see vault.py)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.privacy.crypto import DecryptionError
from bot.services.records import AuditEntry, SessionRecord, ThreadLine
from bot.storage import models as m
from bot.storage.vault import Vault

log = logging.getLogger(__name__)


def line_where(person_ref: str, case_id: int) -> str:
    return f"case_lines.sealed|{person_ref}|{case_id}"


class SqlSignIns:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add_link(self, secret_hash: str, alias: str, expires_at: datetime) -> None:
        row = {"secret_hash": secret_hash, "alias": alias, "expires_at": expires_at}
        await self._conn.execute(insert(m.console_links).values(row))

    async def use_link(self, secret_hash: str, now: datetime) -> str | None:
        t = m.console_links
        used = await self._conn.execute(
            update(t)
            .where(t.c.secret_hash == secret_hash, t.c.used_at.is_(None), t.c.expires_at > now)
            .values(used_at=now)
        )
        if used.rowcount != 1:
            return None
        alias: str | None = await self._conn.scalar(
            select(t.c.alias).where(t.c.secret_hash == secret_hash)
        )
        return alias

    async def add_session(self, secret_hash: str, record: SessionRecord) -> None:
        row = {
            "secret_hash": secret_hash,
            "alias": record.alias,
            "csrf": record.csrf,
            "expires_at": record.expires_at,
        }
        await self._conn.execute(insert(m.console_sessions).values(row))

    async def session(self, secret_hash: str, now: datetime) -> SessionRecord | None:
        t = m.console_sessions
        query = select(t.c.alias, t.c.csrf, t.c.expires_at).where(
            t.c.secret_hash == secret_hash, t.c.expires_at > now
        )
        row = (await self._conn.execute(query)).first()
        return None if row is None else SessionRecord(row.alias, row.csrf, row.expires_at)

    async def end_session(self, secret_hash: str) -> None:
        t = m.console_sessions
        await self._conn.execute(delete(t).where(t.c.secret_hash == secret_hash))

    async def end_sessions_of(self, alias: str) -> int:
        await self._conn.execute(delete(m.console_links).where(m.console_links.c.alias == alias))
        t = m.console_sessions
        result = await self._conn.execute(delete(t).where(t.c.alias == alias))
        return int(result.rowcount)


class SqlAuditLog:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def record(self, entry: AuditEntry) -> None:
        row = {
            "actor": entry.actor,
            "action": entry.action,
            "case_id": entry.case_id,
            "detail": entry.detail,
            "at": entry.at,
        }
        await self._conn.execute(insert(m.audit_log).values(row))

    async def recent(self, limit: int, case_id: int | None = None) -> list[AuditEntry]:
        t = m.audit_log
        query = select(t.c.actor, t.c.action, t.c.at, t.c.case_id, t.c.detail)
        if case_id is not None:
            query = query.where(t.c.case_id == case_id)
        rows = await self._conn.execute(query.order_by(t.c.id.desc()).limit(limit))
        return [AuditEntry(r.actor, r.action, r.at, r.case_id, r.detail) for r in rows]


class SqlCaseThreads:
    def __init__(self, conn: AsyncConnection, vault: Vault) -> None:
        self._conn, self._vault = conn, vault

    async def add(self, person_ref: str, line: ThreadLine) -> None:
        cipher = await self._vault.cipher(person_ref)
        plain = (line.text or "").encode()
        row = {
            "case_id": line.case_id,
            "person_ref": person_ref,
            "side": line.side,
            "author": line.author,
            "sealed": cipher.seal(plain, line_where(person_ref, line.case_id)),
            "at": line.at,
        }
        await self._conn.execute(insert(m.case_lines).values(row))

    async def of(self, person_ref: str, case_id: int) -> list[ThreadLine]:
        t = m.case_lines
        query = select(t).where(t.c.case_id == case_id, t.c.person_ref == person_ref)
        rows = (await self._conn.execute(query.order_by(t.c.id))).all()
        cipher = await self._vault.existing(person_ref)
        where = line_where(person_ref, case_id)
        lines = []
        for r in rows:
            text = None
            if cipher is not None:
                try:
                    text = cipher.open(r.sealed, where).decode()
                except DecryptionError:
                    log.error("storage.unreadable_content where=case_lines")
            lines.append(ThreadLine(case_id, r.side, r.author, text, r.at, r.id))
        return lines

    async def last_ids(self, case_ids: list[int]) -> dict[int, int]:
        if not case_ids:
            return {}
        t = m.case_lines
        query = (
            select(t.c.case_id, func.max(t.c.id))
            .where(t.c.case_id.in_(case_ids))
            .group_by(t.c.case_id)
        )
        return {int(c): int(n) for c, n in (await self._conn.execute(query)).all()}
