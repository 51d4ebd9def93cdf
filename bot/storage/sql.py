"""The SQL stores behind the service ports: one connection and transaction per unit of work.

Sealing happens here, at the boundary: the services hand over plaintext, and only ciphertext
reaches the database, sealed under the owner's data key (see vault.py) and bound to its table,
column and row.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import asdict, replace
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any

from sqlalchemy import Column, Select, Table, delete, exists, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.state import ConversationState
from bot.privacy.crypto import DecryptionError, KeyRing
from bot.services.cases import CLOSED, TAKEN, WAITING, Case
from bot.services.messages import dump_outgoing, load_outgoing
from bot.services.ports import Cell, FollowUp, InboxItem, OutboxItem
from bot.storage import models as m
from bot.storage.curation import SqlCuratorDrafts, SqlDirectory
from bot.storage.vault import Vault

log = logging.getLogger(__name__)

PENDING, DONE, SENT, FAILED = "pending", "done", "sent", "failed"


def inbox_where(channel: str, update_key: str) -> str:
    return f"inbox.payload|{channel}|{update_key}"


class SqlInbox:
    def __init__(self, conn: AsyncConnection, vault: Vault) -> None:
        self._conn, self._vault = conn, vault

    async def add(self, item: InboxItem) -> bool:
        cipher = await self._vault.cipher(item.chat_ref)
        values = dict(
            channel=item.channel,
            update_key=item.update_key,
            chat_ref=item.chat_ref,
            payload=cipher.seal(item.payload, inbox_where(item.channel, item.update_key)),
            status=PENDING,
            attempts=0,
            received_at=item.received_at,
        )
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        statement = dialect_insert(m.inbox).values(**values).on_conflict_do_nothing()
        result = await self._conn.execute(statement)
        return result.rowcount == 1

    async def due(self, now: datetime, limit: int) -> list[InboxItem]:
        items = []
        for r in (
            await self._conn.execute(_heads(m.inbox, m.inbox.c.chat_ref, now, limit))
        ).mappings():
            payload = await _open(
                self._vault, r["chat_ref"], r["payload"], inbox_where(r["channel"], r["update_key"])
            )
            if payload is None:
                await self.set_aside(r["id"], r["attempts"], "unreadable")
                continue
            items.append(
                InboxItem(
                    channel=r["channel"],
                    update_key=r["update_key"],
                    chat_ref=r["chat_ref"],
                    payload=payload,
                    received_at=r["received_at"],
                    id=r["id"],
                    attempts=r["attempts"],
                    next_attempt_at=r["next_attempt_at"],
                )
            )
        return items

    async def claim(self, item_id: int, now: datetime) -> bool:
        result = await self._conn.execute(
            update(m.inbox)
            .where(m.inbox.c.id == item_id, m.inbox.c.status == PENDING)
            .values(status=DONE, handled_at=now)
        )
        return result.rowcount == 1

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        await self._set(item_id, attempts=attempts, next_attempt_at=at, error=error)

    async def set_aside(self, item_id: int, attempts: int, error: str) -> None:
        await self._set(item_id, status=FAILED, attempts=attempts, error=error)

    async def purge_handled(self, before: datetime) -> int:
        result = await self._conn.execute(
            delete(m.inbox).where(m.inbox.c.status != PENDING, m.inbox.c.received_at < before)
        )
        return int(result.rowcount)

    async def _set(self, item_id: int, **values: object) -> None:
        await self._conn.execute(update(m.inbox).where(m.inbox.c.id == item_id).values(values))


class SqlOutbox:
    def __init__(self, conn: AsyncConnection, vault: Vault) -> None:
        self._conn, self._vault = conn, vault

    async def add(self, item: OutboxItem) -> None:
        key = str(uuid.uuid4())
        body = json.dumps(
            {"address": item.address, "message": dump_outgoing(item.message).decode()}
        ).encode()
        cipher = await self._vault.cipher(item.chat_ref)
        await self._conn.execute(
            insert(m.outbox).values(
                key=key,
                channel=item.channel,
                chat_ref=item.chat_ref,
                queue=item.in_queue,
                body=cipher.seal(body, f"outbox.body|{key}"),
                status=PENDING,
                attempts=0,
                created_at=item.created_at,
                ephemeral=item.ephemeral,
            )
        )

    async def due(self, now: datetime, limit: int) -> list[OutboxItem]:
        items = []
        for r in (
            await self._conn.execute(_heads(m.outbox, m.outbox.c.queue, now, limit))
        ).mappings():
            raw = await _open(self._vault, r["chat_ref"], r["body"], f"outbox.body|{r['key']}")
            if raw is None:
                await self.give_up(r["id"], "unreadable")
                continue
            body = json.loads(raw)
            items.append(
                OutboxItem(
                    channel=r["channel"],
                    chat_ref=r["chat_ref"],
                    address=body["address"],
                    message=load_outgoing(body["message"].encode()),
                    created_at=r["created_at"],
                    id=r["id"],
                    attempts=r["attempts"],
                    next_attempt_at=r["next_attempt_at"],
                    ephemeral=r["ephemeral"],
                    queue=r["queue"],
                )
            )
        return items

    async def mark_sent(self, item_id: int, now: datetime) -> bool:
        row = (
            await self._conn.execute(
                select(m.outbox.c.chat_ref, m.outbox.c.ephemeral).where(m.outbox.c.id == item_id)
            )
        ).first()
        if row is None:
            return False
        if row.ephemeral:
            await self._conn.execute(delete(m.outbox).where(m.outbox.c.id == item_id))
            left = select(func.count()).where(m.outbox.c.chat_ref == row.chat_ref)
            if not await self._conn.scalar(left):
                await self._vault.shred(row.chat_ref)  # the last word is out: nothing remains
            return True
        await self._set(item_id, status=SENT, sent_at=now)
        return True

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        await self._set(item_id, attempts=attempts, next_attempt_at=at, error=error)

    async def give_up(self, item_id: int, error: str) -> None:
        await self._set(item_id, status=FAILED, error=error)

    async def purge_sent(self, before: datetime) -> int:
        result = await self._conn.execute(
            delete(m.outbox).where(m.outbox.c.status != PENDING, m.outbox.c.created_at < before)
        )
        return int(result.rowcount)

    async def cancel(self, queue: str) -> int:
        table = m.outbox
        result = await self._conn.execute(
            delete(table).where(table.c.queue == queue, table.c.status == PENDING)
        )
        return int(result.rowcount)

    async def expire(self, channel: str, before: datetime) -> int:
        table = m.outbox
        result = await self._conn.execute(
            delete(table).where(
                table.c.status == PENDING, table.c.channel == channel, table.c.created_at < before
            )
        )
        return int(result.rowcount)

    async def _set(self, item_id: int, **values: object) -> None:
        await self._conn.execute(update(m.outbox).where(m.outbox.c.id == item_id).values(values))


class SqlConversations:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get(self, person_ref: str) -> ConversationState | None:
        query = select(m.conversations).where(m.conversations.c.person_ref == person_ref)
        row = (await self._conn.execute(query)).mappings().first()
        if row is None:
            return None
        return ConversationState(
            step=row["step"],
            locale=row["locale"],
            history=tuple(json.loads(row["history"])),
            answers=json.loads(row["answers"]),
            entry_code=row["entry_code"],
            **_scratch(row["scratch"]),
        )

    async def save(self, person_ref: str, state: ConversationState, now: datetime) -> None:
        values = dict(
            step=state.step,
            locale=state.locale,
            history=json.dumps(list(state.history)),
            answers=json.dumps(dict(state.answers), sort_keys=True),
            entry_code=state.entry_code,
            updated_at=now,
            scratch=json.dumps({"near": state.near, "offered": list(state.offered)}),
        )
        table = m.conversations
        result = await self._conn.execute(
            update(table).where(table.c.person_ref == person_ref).values(values)
        )
        if result.rowcount == 0:
            await self._conn.execute(insert(table).values(person_ref=person_ref, **values))


def _scratch(raw: str | None) -> dict[str, Any]:
    data = json.loads(raw) if raw else {}
    near = data.get("near")
    return {
        "near": (float(near[0]), float(near[1])) if near else None,
        "offered": tuple(str(x) for x in data.get("offered", ())),
    }


class SqlPersons:
    def __init__(self, conn: AsyncConnection, vault: Vault) -> None:
        self._conn, self._vault = conn, vault

    async def remember(self, person_ref: str, channel: str, address: str, now: datetime) -> None:
        cipher = await self._vault.cipher(person_ref)
        sealed = cipher.seal(address.encode(), f"persons.address|{person_ref}")
        table = m.persons
        result = await self._conn.execute(
            update(table).where(table.c.ref == person_ref).values(address=sealed, last_seen_at=now)
        )
        if result.rowcount == 0:
            await self._conn.execute(
                insert(table).values(
                    ref=person_ref,
                    channel=channel,
                    address=sealed,
                    created_at=now,
                    last_seen_at=now,
                    flood_count=0,
                )
            )

    async def address(self, person_ref: str) -> tuple[str, str] | None:
        query = select(m.persons.c.channel, m.persons.c.address).where(
            m.persons.c.ref == person_ref
        )
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        address = await _open(self._vault, person_ref, row.address, f"persons.address|{person_ref}")
        return None if address is None else (row.channel, address.decode())

    async def tally(self, person_ref: str, now: datetime, window: timedelta) -> int:
        table = m.persons
        row = (
            await self._conn.execute(
                select(table.c.flood_window_start, table.c.flood_count).where(
                    table.c.ref == person_ref
                )
            )
        ).first()
        if row is None:
            return 1
        start, count = row
        if start is None or now - start >= window:
            start, count = now, 0
        count += 1
        await self._conn.execute(
            update(table)
            .where(table.c.ref == person_ref)
            .values(flood_window_start=start, flood_count=count)
        )
        return int(count)

    async def idle_since(self, before: datetime, limit: int) -> list[str]:
        query = (
            select(m.persons.c.ref)
            .where(m.persons.c.last_seen_at < before)
            .order_by(m.persons.c.last_seen_at)
            .limit(limit)
        )
        return list((await self._conn.scalars(query)).all())

    async def erase(self, person_ref: str) -> None:
        for table, column in (
            (m.conversations, m.conversations.c.person_ref),
            (m.inbox, m.inbox.c.chat_ref),
            (m.outbox, m.outbox.c.chat_ref),
            (m.chat_messages, m.chat_messages.c.owner),
            (m.cases, m.cases.c.person_ref),
            (m.follow_ups, m.follow_ups.c.person_ref),
            (m.screenings, m.screenings.c.person_ref),
            (m.persons, m.persons.c.ref),
        ):
            await self._conn.execute(delete(table).where(column == person_ref))
        await self._vault.shred(person_ref)


class SqlChatMessages:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def remember(self, owner: str, channel: str, message_id: int, at: datetime) -> None:
        await self._conn.execute(
            insert(m.chat_messages).values(
                owner=owner, channel=channel, message_id=message_id, at=at
            )
        )

    async def take(self, owner: str, since: datetime) -> tuple[list[int], int]:
        table = m.chat_messages
        query = select(table.c.message_id).where(table.c.owner == owner, table.c.at >= since)
        ids = list((await self._conn.scalars(query.order_by(table.c.message_id))).all())
        older = await self._conn.scalar(
            select(func.count())
            .select_from(table)
            .where(table.c.owner == owner, table.c.at < since)
        )
        await self._conn.execute(delete(table).where(table.c.owner == owner))
        return ids, int(older or 0)

    async def purge(self, before: datetime) -> int:
        result = await self._conn.execute(
            delete(m.chat_messages).where(m.chat_messages.c.at < before)
        )
        return int(result.rowcount)


def _heads(table: Table, queue: Column[Any], now: datetime, limit: int) -> Select[Any]:
    """The oldest pending row of each queue, when due: a later row never overtakes an earlier
    one of its queue, and a queue that waits (429, offline browser) holds up no other."""
    earlier = table.alias("earlier")
    blocked = exists().where(
        earlier.c.status == PENDING,
        earlier.c[queue.name] == queue,
        earlier.c.id < table.c.id,
    )
    return (
        select(table)
        .where(
            table.c.status == PENDING,
            or_(table.c.next_attempt_at.is_(None), table.c.next_attempt_at <= now),
            ~blocked,
        )
        .order_by(table.c.id)
        .limit(limit)
    )


class SqlCases:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, case: Case) -> Case:
        values = {k: v for k, v in asdict(case).items() if k != "id"}
        values["needs"] = json.dumps(list(case.needs))
        result = await self._conn.execute(insert(m.cases).values(values).returning(m.cases.c.id))
        return replace(case, id=int(result.scalar_one()))

    async def open_for(self, person_ref: str) -> Case | None:
        query = select(m.cases).where(
            m.cases.c.person_ref == person_ref, m.cases.c.status != CLOSED
        )
        return await self._one(query)

    async def last_for(self, person_ref: str) -> Case | None:
        query = select(m.cases).where(m.cases.c.person_ref == person_ref)
        return await self._one(query.order_by(m.cases.c.id.desc()).limit(1))

    async def get(self, case_id: int) -> Case | None:
        return await self._one(select(m.cases).where(m.cases.c.id == case_id))

    async def by_topic(self, staff_chat_id: int, topic_id: int) -> Case | None:
        query = select(m.cases).where(
            m.cases.c.staff_chat_id == staff_chat_id, m.cases.c.topic_id == topic_id
        )
        return await self._one(query.order_by(m.cases.c.id.desc()).limit(1))

    async def take(self, case_id: int, alias: str) -> bool:
        result = await self._conn.execute(
            update(m.cases)
            .where(m.cases.c.id == case_id, m.cases.c.status == WAITING)
            .values(status=TAKEN, taken_by=alias)
        )
        return result.rowcount == 1

    async def update(self, case_id: int, **changes: object) -> None:
        await self._conn.execute(update(m.cases).where(m.cases.c.id == case_id).values(changes))

    async def record(
        self, case_id: int, kind: str, actor: str, at: datetime, detail: str | None = None
    ) -> None:
        row = {"case_id": case_id, "kind": kind, "actor": actor, "detail": detail, "at": at}
        await self._conn.execute(insert(m.case_events).values(row))

    async def history(self, case_id: int) -> list[tuple[str, str, str | None]]:
        table = m.case_events
        query = select(table.c.kind, table.c.actor, table.c.detail).where(
            table.c.case_id == case_id
        )
        rows = await self._conn.execute(query.order_by(table.c.id))
        return [(kind, actor, detail) for kind, actor, detail in rows]

    async def open_cases(self) -> list[Case]:
        query = select(m.cases).where(m.cases.c.status != CLOSED).order_by(m.cases.c.id)
        return [_case(row) for row in (await self._conn.execute(query)).mappings()]

    async def purge_closed(self, before: datetime) -> int:
        closed = m.cases.c.status == CLOSED, m.cases.c.closed_at < before
        old = select(m.cases.c.id).where(*closed)
        await self._conn.execute(delete(m.case_events).where(m.case_events.c.case_id.in_(old)))
        result = await self._conn.execute(delete(m.cases).where(*closed))
        return int(result.rowcount)

    async def _one(self, query: Select[Any]) -> Case | None:
        row = (await self._conn.execute(query)).mappings().first()
        return None if row is None else _case(row)


def _case(row: Any) -> Case:
    values = dict(row)
    values["needs"] = tuple(json.loads(values["needs"]))
    return Case(**values)


class SqlShifts:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def mark(self, alias: str, on_shift: bool, now: datetime) -> None:
        table = m.shifts
        result = await self._conn.execute(
            update(table).where(table.c.alias == alias).values(on_shift=on_shift, since=now)
        )
        if result.rowcount == 0:
            await self._conn.execute(
                insert(table).values(alias=alias, on_shift=on_shift, since=now)
            )

    async def on_shift(self) -> set[str]:
        query = select(m.shifts.c.alias).where(m.shifts.c.on_shift.is_(True))
        return set((await self._conn.scalars(query)).all())


class SqlFollowUps:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def schedule(self, follow_up: FollowUp) -> None:
        await self.cancel_for(follow_up.person_ref)
        values = dict(
            person_ref=follow_up.person_ref,
            due_at=follow_up.due_at,
            services=json.dumps(list(follow_up.services)),
        )
        await self._conn.execute(insert(m.follow_ups).values(values))

    async def due(self, now: datetime, limit: int) -> list[FollowUp]:
        t = m.follow_ups
        query = (
            select(t)
            .where(t.c.sent_at.is_(None), t.c.due_at <= now)
            .order_by(t.c.due_at, t.c.id)
            .limit(limit)
        )
        return [_follow_up(row) for row in (await self._conn.execute(query)).mappings()]

    async def mark_sent(self, follow_up_id: int, now: datetime) -> bool:
        t = m.follow_ups
        query = update(t).where(t.c.id == follow_up_id, t.c.sent_at.is_(None)).values(sent_at=now)
        return (await self._conn.execute(query)).rowcount == 1

    async def sent_for(self, person_ref: str) -> FollowUp | None:
        t = m.follow_ups
        query = select(t).where(t.c.person_ref == person_ref, t.c.sent_at.is_not(None))
        row = (await self._conn.execute(query)).mappings().first()
        return None if row is None else _follow_up(row)

    async def close(self, follow_up_id: int) -> None:
        await self._conn.execute(delete(m.follow_ups).where(m.follow_ups.c.id == follow_up_id))

    async def cancel_for(self, person_ref: str) -> None:
        t = m.follow_ups
        await self._conn.execute(delete(t).where(t.c.person_ref == person_ref))

    async def purge_sent(self, before: datetime) -> int:
        t = m.follow_ups
        result = await self._conn.execute(delete(t).where(t.c.sent_at < before))
        return int(result.rowcount)


def _follow_up(row: Any) -> FollowUp:
    return FollowUp(
        person_ref=row["person_ref"],
        due_at=row["due_at"],
        services=tuple(json.loads(row["services"])),
        id=row["id"],
        sent_at=row["sent_at"],
    )


class SqlFeedback:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def record(self, service_id: str, respected: bool) -> None:
        t = m.service_feedback
        column = t.c.respected if respected else t.c.disrespected
        query = update(t).where(t.c.service_id == service_id).values({column: column + 1})
        if (await self._conn.execute(query)).rowcount == 0:
            values = dict(service_id=service_id, respected=int(respected))
            await self._conn.execute(insert(t).values(disrespected=int(not respected), **values))

    async def counts(self) -> dict[str, tuple[int, int]]:
        rows = await self._conn.execute(select(m.service_feedback))
        return {r.service_id: (r.respected, r.disrespected) for r in rows}

    async def report(self, service_id: str, now: datetime) -> None:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        values = dict(service_id=service_id, reported_on=day, status="new")
        await self._conn.execute(insert(m.disrespect_reports).values(values))

    async def reports(self) -> list[tuple[str, datetime]]:
        t = m.disrespect_reports
        rows = await self._conn.execute(select(t.c.service_id, t.c.reported_on).order_by(t.c.id))
        return [(r.service_id, r.reported_on) for r in rows]


class SqlScreenings:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def record(self, person_ref: str, answers: dict[str, str], now: datetime) -> None:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        values = dict(person_ref=person_ref, day=day, answers=json.dumps(answers, sort_keys=True))
        await self._conn.execute(insert(m.screenings).values(values))

    async def of(self, person_ref: str) -> list[dict[str, str]]:
        t = m.screenings
        query = select(t.c.answers).where(t.c.person_ref == person_ref).order_by(t.c.id)
        return [json.loads(r.answers) for r in await self._conn.execute(query)]

    async def between(self, start: datetime, end: datetime) -> list[tuple[str, dict[str, str]]]:
        t = m.screenings
        query = select(t.c.person_ref, t.c.answers).where(t.c.day >= start, t.c.day < end)
        rows = await self._conn.execute(query.order_by(t.c.id))
        return [(r.person_ref, json.loads(r.answers)) for r in rows]

    async def first_day(self) -> datetime | None:
        first: datetime | None = await self._conn.scalar(select(func.min(m.screenings.c.day)))
        return first


class SqlEvidence:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def counted_months(self) -> set[str]:
        return set(await self._conn.scalars(select(m.evidence_months.c.month)))

    async def add_month(self, month: str, people: Mapping[Cell, int]) -> None:
        if month in await self.counted_months():
            return
        await self._conn.execute(insert(m.evidence_months).values(month=month))
        rows = [
            dict(month=month, figure=figure, a=a, b=b, people=count)
            for (figure, a, b), count in people.items()
        ]
        if rows:
            await self._conn.execute(insert(m.evidence_counts), rows)

    async def month(self, month: str) -> dict[Cell, int]:
        t = m.evidence_counts
        rows = await self._conn.execute(select(t).where(t.c.month == month))
        return {(r.figure, r.a, r.b): r.people for r in rows}


async def _open(vault: Vault, owner: str, sealed: bytes, where: str) -> bytes | None:
    """Content whose owner's key was shredded (or that was tampered with) reads as None."""
    cipher = await vault.existing(owner)
    if cipher is None:
        return None
    try:
        return cipher.open(sealed, where)
    except DecryptionError:
        log.error("storage.unreadable_content where=%s", where.split("|")[0])
        return None


class SqlUnitOfWork:
    def __init__(self, engine: AsyncEngine, ring: KeyRing) -> None:
        self._engine, self._ring = engine, ring

    async def __aenter__(self) -> SqlUnitOfWork:
        self._conn = await self._engine.connect()
        await self._conn.begin()
        vault = Vault(self._conn, self._ring)
        self.inbox = SqlInbox(self._conn, vault)
        self.outbox = SqlOutbox(self._conn, vault)
        self.conversations = SqlConversations(self._conn)
        self.persons = SqlPersons(self._conn, vault)
        self.chat_messages = SqlChatMessages(self._conn)
        self.cases = SqlCases(self._conn)
        self.shifts = SqlShifts(self._conn)
        self.follow_ups = SqlFollowUps(self._conn)
        self.feedback = SqlFeedback(self._conn)
        self.screenings = SqlScreenings(self._conn)
        self.evidence = SqlEvidence(self._conn)
        self.directory = SqlDirectory(self._conn)
        self.curator_drafts = SqlCuratorDrafts(self._conn)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self._conn.rollback()  # a no-op after commit
        finally:
            await self._conn.close()

    async def commit(self) -> None:
        await self._conn.commit()

    async def scrub(self) -> None:
        await scrub(self._engine)


async def scrub(engine: AsyncEngine) -> None:
    """SQLite keeps deleted pages in the write-ahead log until a checkpoint: truncate it.
    (secure_delete, set at connect, already zeroes freed pages in the database file.)"""
    if engine.dialect.name != "sqlite":
        return
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        driver: Any = raw.driver_connection  # aiosqlite: no transaction is open here
        cursor = await driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await cursor.close()
