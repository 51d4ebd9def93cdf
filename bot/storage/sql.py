"""The SQL stores behind the service ports: one connection and transaction per unit of work.

Sealing happens here, at the boundary: the services hand over plaintext, and only ciphertext
bound to its table, column and row reaches the database.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from types import TracebackType

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.state import ConversationState
from bot.privacy.crypto import KeyRing
from bot.services.messages import dump_outgoing, load_outgoing
from bot.services.ports import InboxItem, OutboxItem
from bot.storage import models as m

PENDING, DONE, SENT, FAILED = "pending", "done", "sent", "failed"


def inbox_where(channel: str, update_key: str) -> str:
    return f"inbox.payload|{channel}|{update_key}"


class SqlInbox:
    def __init__(self, conn: AsyncConnection, ring: KeyRing) -> None:
        self._conn, self._ring = conn, ring

    async def add(self, item: InboxItem) -> bool:
        sealed = self._ring.seal(item.payload, inbox_where(item.channel, item.update_key))
        values = dict(
            channel=item.channel,
            update_key=item.update_key,
            chat_ref=item.chat_ref,
            payload=sealed,
            status=PENDING,
            attempts=0,
            received_at=item.received_at,
        )
        dialect_insert = pg_insert if self._conn.dialect.name == "postgresql" else sqlite_insert
        statement = dialect_insert(m.inbox).values(**values).on_conflict_do_nothing()
        result = await self._conn.execute(statement)
        return result.rowcount == 1

    async def pending(self, limit: int) -> list[InboxItem]:
        query = select(m.inbox).where(m.inbox.c.status == PENDING).order_by(m.inbox.c.id)
        rows = (await self._conn.execute(query.limit(limit))).mappings()
        return [
            InboxItem(
                channel=r["channel"],
                update_key=r["update_key"],
                chat_ref=r["chat_ref"],
                payload=self._ring.open(r["payload"], inbox_where(r["channel"], r["update_key"])),
                received_at=r["received_at"],
                id=r["id"],
                attempts=r["attempts"],
                next_attempt_at=r["next_attempt_at"],
            )
            for r in rows
        ]

    async def claim(self, item_id: int, now: datetime) -> bool:
        result = await self._conn.execute(
            update(m.inbox)
            .where(m.inbox.c.id == item_id, m.inbox.c.status == PENDING)
            .values(status=DONE, handled_at=now)
        )
        return result.rowcount == 1

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        await self._conn.execute(
            update(m.inbox)
            .where(m.inbox.c.id == item_id)
            .values(attempts=attempts, next_attempt_at=at, error=error)
        )

    async def set_aside(self, item_id: int, attempts: int, error: str) -> None:
        await self._conn.execute(
            update(m.inbox)
            .where(m.inbox.c.id == item_id)
            .values(status=FAILED, attempts=attempts, error=error)
        )

    async def purge_handled(self, before: datetime) -> int:
        result = await self._conn.execute(
            delete(m.inbox).where(m.inbox.c.status != PENDING, m.inbox.c.received_at < before)
        )
        return int(result.rowcount)


class SqlOutbox:
    def __init__(self, conn: AsyncConnection, ring: KeyRing) -> None:
        self._conn, self._ring = conn, ring

    async def add(self, item: OutboxItem) -> None:
        key = str(uuid.uuid4())
        body = json.dumps(
            {"address": item.address, "message": dump_outgoing(item.message).decode()}
        ).encode()
        await self._conn.execute(
            insert(m.outbox).values(
                key=key,
                channel=item.channel,
                chat_ref=item.chat_ref,
                body=self._ring.seal(body, f"outbox.body|{key}"),
                status=PENDING,
                attempts=0,
                created_at=item.created_at,
            )
        )

    async def pending(self, limit: int) -> list[OutboxItem]:
        query = select(m.outbox).where(m.outbox.c.status == PENDING).order_by(m.outbox.c.id)
        items = []
        for r in (await self._conn.execute(query.limit(limit))).mappings():
            body = json.loads(self._ring.open(r["body"], f"outbox.body|{r['key']}"))
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
                )
            )
        return items

    async def mark_sent(self, item_id: int, now: datetime) -> None:
        await self._set(item_id, status=SENT, sent_at=now)

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        await self._set(item_id, attempts=attempts, next_attempt_at=at, error=error)

    async def give_up(self, item_id: int, error: str) -> None:
        await self._set(item_id, status=FAILED, error=error)

    async def purge_sent(self, before: datetime) -> int:
        result = await self._conn.execute(
            delete(m.outbox).where(m.outbox.c.status != PENDING, m.outbox.c.created_at < before)
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
        )

    async def save(self, person_ref: str, state: ConversationState, now: datetime) -> None:
        values = dict(
            step=state.step,
            locale=state.locale,
            history=json.dumps(list(state.history)),
            answers=json.dumps(dict(state.answers), sort_keys=True),
            entry_code=state.entry_code,
            updated_at=now,
        )
        table = m.conversations
        result = await self._conn.execute(
            update(table).where(table.c.person_ref == person_ref).values(values)
        )
        if result.rowcount == 0:
            await self._conn.execute(insert(table).values(person_ref=person_ref, **values))


class SqlPersons:
    def __init__(self, conn: AsyncConnection, ring: KeyRing) -> None:
        self._conn, self._ring = conn, ring

    async def remember(self, person_ref: str, channel: str, address: str, now: datetime) -> None:
        sealed = self._ring.seal(address.encode(), f"persons.address|{person_ref}")
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
                )
            )


class SqlUnitOfWork:
    def __init__(self, engine: AsyncEngine, ring: KeyRing) -> None:
        self._engine, self._ring = engine, ring

    async def __aenter__(self) -> SqlUnitOfWork:
        self._conn = await self._engine.connect()
        await self._conn.begin()
        self.inbox = SqlInbox(self._conn, self._ring)
        self.outbox = SqlOutbox(self._conn, self._ring)
        self.conversations = SqlConversations(self._conn)
        self.persons = SqlPersons(self._conn, self._ring)
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
