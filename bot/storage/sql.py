"""The SQL stores behind the service ports: one connection and transaction per unit of work.

Sealing happens here, at the boundary: the services hand over plaintext, and only ciphertext
reaches the database, sealed under the owner's data key (see vault.py) and bound to its table,
column and row.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Column,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.state import ConversationState
from bot.privacy.crypto import DecryptionError, KeyRing
from bot.services.bureau_figures import CaseTimes
from bot.services.cases import CLOSED, TAKEN, WAITING, Case
from bot.services.messages import dump_outgoing, load_outgoing
from bot.services.ports import Cell, Claim, FollowUp, InboxItem, OutboxItem, UnitOfWorkFactory
from bot.storage import models as m
from bot.storage.console import SqlAuditLog, SqlCaseThreads, SqlSignIns
from bot.storage.curation import SqlCuratorDrafts, SqlDirectory
from bot.storage.database import READ_ONLY
from bot.storage.direct import Statements
from bot.storage.leases import SqlLeases
from bot.storage.people import SqlPeople
from bot.storage.vault import KeyCache, Vault

log = logging.getLogger(__name__)

PENDING, DONE, SENT, FAILED = "pending", "done", "sent", "failed"


# The statements every update runs, built once: building one costs more than running it.
_INBOX_ADD = {
    "postgresql": pg_insert(m.inbox).on_conflict_do_nothing(),
    "sqlite": sqlite_insert(m.inbox).on_conflict_do_nothing(),
}
_FREE_INBOX_ROW = select(m.inbox.c.id).where(
    m.inbox.c.id == bindparam("item_id"), m.inbox.c.status == PENDING
)
_INBOX_CLAIM = (
    update(m.inbox)
    .where(m.inbox.c.id.in_(_FREE_INBOX_ROW.with_for_update(skip_locked=True).scalar_subquery()))
    .values(status=DONE, handled_at=bindparam("now"))
)
_OUTBOX_ADD = insert(m.outbox)
_OUTBOX_SENT = (
    update(m.outbox)
    .where(m.outbox.c.id == bindparam("item_id"), m.outbox.c.ephemeral.is_(False))
    .values(status=SENT, sent_at=bindparam("now"))
)
_UNHELD_OR_MINE = or_(m.outbox.c.claimed_by.is_(None), m.outbox.c.claimed_by == bindparam("holder"))
"""Nobody holds the outbox row, or ``holder`` does (its claim may have lapsed, unnoticed)."""
_OUTBOX_SENT_MANY = (
    update(m.outbox)
    .where(m.outbox.c.id.in_(bindparam("ids", expanding=True)), m.outbox.c.ephemeral.is_(False))
    .values(
        status=case((_UNHELD_OR_MINE, SENT), else_=m.outbox.c.status),
        sent_at=case(
            (_UNHELD_OR_MINE, bindparam("now", type_=m.outbox.c.sent_at.type)),
            else_=m.outbox.c.sent_at,
        ),
    )
    .returning(m.outbox.c.id)
)
_CONVERSATION = select(m.conversations).where(
    m.conversations.c.person_ref == bindparam("person_ref")
)
_SAVED = ("step", "locale", "history", "answers", "entry_code", "updated_at", "scratch")
_CONVERSATION_SAVE = (
    update(m.conversations)
    .where(m.conversations.c.person_ref == bindparam("the_ref"))
    .values(**{k: bindparam(f"new_{k}") for k in _SAVED})
)
_PERSON_SEEN = (
    update(m.persons)
    .where(m.persons.c.ref == bindparam("person_ref"))
    .values(address=bindparam("new_address"), last_seen_at=bindparam("now"))
)
_NEW_WINDOW = or_(
    m.persons.c.flood_window_start.is_(None),
    m.persons.c.flood_window_start <= bindparam("since", type_=m.persons.c.flood_window_start.type),
)
_PERSON_ARRIVED = (
    update(m.persons)
    .where(m.persons.c.ref == bindparam("person_ref"))
    .values(
        address=bindparam("new_address"),
        last_seen_at=bindparam("now"),
        flood_window_start=case(
            (_NEW_WINDOW, bindparam("now", type_=m.persons.c.last_seen_at.type)),
            else_=m.persons.c.flood_window_start,
        ),
        flood_count=case((_NEW_WINDOW, 1), else_=m.persons.c.flood_count + 1),
    )
    .returning(m.persons.c.flood_count)
)
"""Where to write back, when last seen, and one more update in the flood window (a new window
once the last began ``window`` ago): one statement for what every update records."""
_CHAT_MESSAGE = insert(m.chat_messages)


def inbox_where(channel: str, update_key: str) -> str:
    return f"inbox.payload|{channel}|{update_key}"


class SqlInbox:
    def __init__(self, conn: AsyncConnection, vault: Vault, run: Statements) -> None:
        self._conn, self._vault, self._run = conn, vault, run

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
        return await self._run.rowcount(_INBOX_ADD[self._conn.dialect.name], values) == 1

    async def due(self, now: datetime, limit: int) -> list[InboxItem]:
        # A head another process is handling (its claim holds the row) is passed over, so no
        # worker keeps reading and failing to claim it (PostgreSQL; SQLite has one process).
        items = []
        for r in await self._run.all(_INBOX_HEADS, {"now": now, "limit": limit}):
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
        # Held until this transaction ends; another process's claim of the same row skips it
        # at once (SKIP LOCKED on PostgreSQL) instead of queueing behind the handler.
        return await self._run.rowcount(_INBOX_CLAIM, {"item_id": item_id, "now": now}) == 1

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
    def __init__(self, conn: AsyncConnection, vault: Vault, run: Statements) -> None:
        self._conn, self._vault, self._run = conn, vault, run

    async def add(self, item: OutboxItem) -> None:
        await self.add_many([item])

    async def add_many(self, items: Sequence[OutboxItem]) -> None:
        await self._run.insert_many(_OUTBOX_ADD, [await self._row(item) for item in items])

    async def _row(self, item: OutboxItem) -> dict[str, Any]:
        key = str(uuid.uuid4())
        body = json.dumps(
            {"address": item.address, "message": dump_outgoing(item.message).decode()}
        ).encode()
        cipher = await self._vault.cipher(item.chat_ref)
        return dict(
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

    async def due(self, now: datetime, limit: int) -> list[OutboxItem]:
        return await self._items(
            await self._run.all(_OUTBOX_FREE_HEADS, {"now": now, "limit": limit})
        )

    async def claim(self, now: datetime, limit: int, claim: Claim) -> list[OutboxItem]:
        # SKIP LOCKED (PostgreSQL): a row another process is claiming right now is passed
        # over, and so are the later rows of its queue, which it still blocks.
        heads = {"now": now, "limit": limit}
        rows = await self._run.all(_OUTBOX_CLAIMABLE, heads)
        if rows:
            hold = {"ids": [r["id"] for r in rows], "holder": claim.holder, "until": claim.until}
            await self._conn.execute(_OUTBOX_HOLD, hold)
        return await self._items(rows)

    async def _items(self, rows: list[dict[str, Any]]) -> list[OutboxItem]:
        items = []
        for r in rows:
            raw = await _open(self._vault, r["chat_ref"], r["body"], f"outbox.body|{r['key']}")
            if raw is None:
                await self._set(r["id"], status=FAILED, error="unreadable", **UNCLAIMED)
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
        sent = await self._conn.execute(_OUTBOX_SENT, {"item_id": item_id, "now": now})
        if sent.rowcount == 1:
            return True  # the usual case, in one statement
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
        await self._set(item_id, status=SENT, sent_at=now, **UNCLAIMED)
        return True

    async def mark_sent_many(self, item_ids: Sequence[int], now: datetime, holder: str) -> set[int]:
        if not item_ids:
            return set()
        values = {"ids": list(item_ids), "now": now, "holder": holder}
        result = await self._conn.execute(_OUTBOX_SENT_MANY, values)
        return {int(i) for i in result.scalars()}

    async def retry_later(
        self, item_id: int, attempts: int, at: datetime, error: str, holder: str
    ) -> None:
        values = dict(attempts=attempts, next_attempt_at=at, error=error, **UNCLAIMED)
        await self._set(item_id, held_by=holder, **values)

    async def give_up(self, item_id: int, error: str, holder: str) -> None:
        await self._set(item_id, held_by=holder, status=FAILED, error=error, **UNCLAIMED)

    async def release(self, item_id: int) -> None:
        await self._set(item_id, **UNCLAIMED)

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

    async def _set(self, item_id: int, held_by: str | None = None, **values: object) -> None:
        """Change a row; with ``held_by``, only while no other process holds it."""
        query = update(m.outbox).where(m.outbox.c.id == item_id).values(values)
        if held_by is None:
            await self._conn.execute(query)
        else:
            await self._conn.execute(query.where(_UNHELD_OR_MINE), {"holder": held_by})


class SqlConversations:
    def __init__(self, conn: AsyncConnection, run: Statements) -> None:
        self._conn, self._run = conn, run

    async def get(self, person_ref: str) -> ConversationState | None:
        row = await self._run.first(_CONVERSATION, {"person_ref": person_ref})
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
        changed = await self._run.rowcount(
            _CONVERSATION_SAVE,
            {"the_ref": person_ref, **{f"new_{k}": v for k, v in values.items()}},
        )
        if changed == 0:
            table = m.conversations
            await self._conn.execute(insert(table).values(person_ref=person_ref, **values))


def _scratch(raw: str | None) -> dict[str, Any]:
    data = json.loads(raw) if raw else {}
    near = data.get("near")
    return {
        "near": (float(near[0]), float(near[1])) if near else None,
        "offered": tuple(str(x) for x in data.get("offered", ())),
    }


class SqlPersons:
    def __init__(self, conn: AsyncConnection, vault: Vault, run: Statements) -> None:
        self._conn, self._vault, self._run = conn, vault, run

    async def remember(self, person_ref: str, channel: str, address: str, now: datetime) -> None:
        sealed = await self._sealed(person_ref, address)
        values = {"person_ref": person_ref, "new_address": sealed, "now": now}
        if await self._run.rowcount(_PERSON_SEEN, values) == 0:
            await self._add(person_ref, channel, sealed, now, flood_count=0)

    async def address(self, person_ref: str) -> tuple[str, str] | None:
        query = select(m.persons.c.channel, m.persons.c.address).where(
            m.persons.c.ref == person_ref
        )
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        address = await _open(self._vault, person_ref, row.address, f"persons.address|{person_ref}")
        return None if address is None else (row.channel, address.decode())

    async def arrived(
        self, person_ref: str, channel: str, address: str, now: datetime, window: timedelta
    ) -> int:
        sealed = await self._sealed(person_ref, address)
        values = {"person_ref": person_ref, "new_address": sealed, "now": now}
        count = await self._run.scalar(_PERSON_ARRIVED, {**values, "since": now - window})
        if count is not None:
            return int(count)
        await self._add(person_ref, channel, sealed, now, flood_count=1, flood_window_start=now)
        return 1

    async def _sealed(self, person_ref: str, address: str) -> bytes:
        cipher = await self._vault.cipher(person_ref)
        return cipher.seal(address.encode(), f"persons.address|{person_ref}")

    async def _add(
        self, person_ref: str, channel: str, sealed: bytes, now: datetime, **flood: object
    ) -> None:
        """A person seen for the first time (``flood``: their flood-control columns)."""
        values = dict(ref=person_ref, channel=channel, address=sealed, **flood)
        await self._conn.execute(
            insert(m.persons).values(created_at=now, last_seen_at=now, **values)
        )

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
            (m.case_lines, m.case_lines.c.person_ref),
            (m.cases, m.cases.c.person_ref),
            (m.follow_ups, m.follow_ups.c.person_ref),
            (m.screenings, m.screenings.c.person_ref),
            (m.persons, m.persons.c.ref),
        ):
            await self._conn.execute(delete(table).where(column == person_ref))
        await self._vault.shred(person_ref)


class SqlChatMessages:
    def __init__(self, conn: AsyncConnection, run: Statements) -> None:
        self._conn, self._run = conn, run

    async def remember(self, owner: str, channel: str, message_id: int, at: datetime) -> None:
        values = dict(owner=owner, channel=channel, message_id=message_id, at=at)
        await self._run.rowcount(_CHAT_MESSAGE, values)

    async def remember_many(self, rows: Sequence[tuple[str, str, int, datetime]]) -> None:
        values = [dict(owner=o, channel=c, message_id=i, at=a) for o, c, i, a in rows]
        await self._run.insert_many(_CHAT_MESSAGE, values)

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


UNCLAIMED: dict[str, Any] = {"claimed_by": None, "claimed_until": None}


def _heads(table: Table, queue: Column[Any]) -> Select[Any]:
    """The oldest pending row of each queue, when due (at ``now``, at most ``limit``): a later
    row never overtakes an earlier one of its queue, and a queue that waits (429, offline
    browser) holds up no other.

    One pass over the pending rows (the lowest id per queue), not a search for an earlier row
    per row: the planner cannot turn that into a nested loop over a long queue."""
    pending = table.c.status == PENDING
    heads = select(func.min(table.c.id)).where(pending).group_by(queue).scalar_subquery()
    return (
        select(table)
        .where(
            table.c.id.in_(heads),
            or_(table.c.next_attempt_at.is_(None), table.c.next_attempt_at <= bindparam("now")),
        )
        .order_by(table.c.id)
        .limit(bindparam("limit"))
    )


# Built once, like the statements at the top: each claim round runs them.
_INBOX_HEADS = _heads(m.inbox, m.inbox.c.chat_ref).with_for_update(
    read=True, skip_locked=True, of=m.inbox
)
_OUTBOX_FREE_HEADS = _heads(m.outbox, m.outbox.c.queue).where(
    or_(m.outbox.c.claimed_until.is_(None), m.outbox.c.claimed_until <= bindparam("now"))
)
"""The outbox's due heads that no live process holds (a lapsed claim is free again)."""
_OUTBOX_CLAIMABLE = _OUTBOX_FREE_HEADS.with_for_update(skip_locked=True, of=m.outbox)
_OUTBOX_HOLD = (
    update(m.outbox)
    .where(m.outbox.c.id.in_(bindparam("ids", expanding=True)))
    .values(claimed_by=bindparam("holder"), claimed_until=bindparam("until"))
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
        await self._conn.execute(delete(m.case_lines).where(m.case_lines.c.case_id.in_(old)))
        result = await self._conn.execute(delete(m.cases).where(*closed))
        return int(result.rowcount)

    async def times_since(self, bureau: str, since: datetime) -> list[CaseTimes]:
        events, cases = m.case_events, m.cases

        def first(kind: str) -> Any:
            return func.min(case((events.c.kind == kind, events.c.at))).label(kind)

        moments = (
            select(events.c.case_id, first("taken"), first("escalated"))
            .group_by(events.c.case_id)
            .subquery()
        )
        taken, escalated = moments.c.taken, moments.c.escalated
        active = or_(
            cases.c.status != CLOSED,
            cases.c.created_at >= since,
            cases.c.closed_at >= since,
            and_(taken.is_not(None), taken >= since),
            and_(escalated.is_not(None), escalated >= since),
        )
        query = (
            select(
                cases.c.created_at,
                taken,
                cases.c.closed_at,
                cases.c.status,
                cases.c.outcome,
                escalated,
            )
            .select_from(cases.outerjoin(moments, moments.c.case_id == cases.c.id))
            .where(cases.c.bureau == bureau, active)
            .order_by(cases.c.id)
        )
        rows = await self._conn.execute(query)
        return [CaseTimes(a, _aware(t), c, s, o, _aware(e)) for a, t, c, s, o, e in rows]

    async def _one(self, query: Select[Any]) -> Case | None:
        row = (await self._conn.execute(query)).mappings().first()
        return None if row is None else _case(row)


def _aware(at: datetime | None) -> datetime | None:
    """An aggregate loses the column's type on some engines: put UTC back if it went."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


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

    async def forget(self, person_ref: str) -> None:
        table = m.screenings
        await self._conn.execute(delete(table).where(table.c.person_ref == person_ref))


class SqlEvidence:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def counted_months(self) -> set[str]:
        return set(await self._conn.scalars(select(m.evidence_months.c.month)))

    async def add_month(
        self,
        month: str,
        people: Mapping[Cell, int],
        by_bureau: Mapping[str, Mapping[Cell, int]] | None = None,
    ) -> None:
        if month in await self.counted_months():
            return
        await self._conn.execute(insert(m.evidence_months).values(month=month))
        every = {**(by_bureau or {}), "": people}
        rows = [
            dict(month=month, bureau=bureau, figure=figure, a=a, b=b, people=count)
            for bureau, counts in every.items()
            for (figure, a, b), count in counts.items()
        ]
        if rows:
            await self._conn.execute(insert(m.evidence_counts), rows)

    async def month(self, month: str) -> dict[Cell, int]:
        t = m.evidence_counts
        query = select(t).where(t.c.month == month, t.c.bureau == "")
        return {(r.figure, r.a, r.b): r.people for r in await self._conn.execute(query)}

    async def by_bureau(self, month: str) -> dict[str, dict[Cell, int]]:
        t = m.evidence_counts
        query = select(t).where(t.c.month == month, t.c.bureau != "")
        found: dict[str, dict[Cell, int]] = {}
        for r in await self._conn.execute(query):
            found.setdefault(r.bureau, {})[(r.figure, r.a, r.b)] = r.people
        return found


async def _open(vault: Vault, owner: str, sealed: bytes, where: str) -> bytes | None:
    """Content whose owner's key was shredded (or that was tampered with) reads as None."""
    cipher = await vault.to_open(owner)
    if cipher is None:
        return None
    try:
        return cipher.open(sealed, where)
    except DecryptionError:
        vault.forget(owner)  # the process's copy may be older than the key: read it again
    cipher = await vault.existing(owner)
    try:
        if cipher is not None:
            return cipher.open(sealed, where)
    except DecryptionError:
        pass
    log.error("storage.unreadable_content where=%s", where.split("|")[0])
    return None


def unit_of_work_factory(engine: AsyncEngine, ring: KeyRing) -> UnitOfWorkFactory:
    """Units of work on one engine that share the data keys they have opened (see KeyCache)."""
    keys = KeyCache()

    def unit_of_work(*, read_only: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(engine, ring, read_only=read_only, keys=keys)

    return unit_of_work


class SqlUnitOfWork:
    def __init__(
        self,
        engine: AsyncEngine,
        ring: KeyRing,
        *,
        read_only: bool = False,
        keys: KeyCache | None = None,
    ) -> None:
        self._engine, self._ring, self._read_only, self._keys = engine, ring, read_only, keys

    async def __aenter__(self) -> SqlUnitOfWork:
        conn = await self._engine.connect()
        try:
            if self._read_only:
                conn = await conn.execution_options(**{READ_ONLY: True})
            await conn.begin()
        except BaseException:
            await conn.close()  # a BEGIN that failed (lock timeout, server gone) keeps nothing
            raise
        self._conn = conn
        run = await Statements.on(conn)
        vault = Vault(self._conn, self._ring, self._keys, run)
        self.inbox = SqlInbox(self._conn, vault, run)
        self.outbox = SqlOutbox(self._conn, vault, run)
        self.conversations = SqlConversations(self._conn, run)
        self.persons = SqlPersons(self._conn, vault, run)
        self.chat_messages = SqlChatMessages(self._conn, run)
        self.cases = SqlCases(self._conn)
        self.shifts = SqlShifts(self._conn)
        self.follow_ups = SqlFollowUps(self._conn)
        self.feedback = SqlFeedback(self._conn)
        self.screenings = SqlScreenings(self._conn)
        self.evidence = SqlEvidence(self._conn)
        self.directory = SqlDirectory(self._conn, run)
        self.curator_drafts = SqlCuratorDrafts(self._conn)
        self.sign_ins = SqlSignIns(self._conn)  # the console's records (storage/console.py)
        self.audit = SqlAuditLog(self._conn)
        self.threads = SqlCaseThreads(self._conn, vault)
        self.leases = SqlLeases(self._conn)
        self.people = SqlPeople(self._conn)  # who may enter (storage/people.py)
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
