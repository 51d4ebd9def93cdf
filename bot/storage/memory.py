"""In-memory twins of the SQL stores, for transcript tests and the contract test suite.

Transactions are serialised by a lock and applied on commit, so the twin keeps the same
all-or-nothing behaviour the services rely on.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType

from bot.core.state import ConversationState
from bot.services.ports import InboxItem, OutboxItem


@dataclass
class MemoryData:
    inbox: dict[int, tuple[InboxItem, str]] = field(default_factory=dict)
    outbox: dict[int, tuple[OutboxItem, str]] = field(default_factory=dict)
    conversations: dict[str, ConversationState] = field(default_factory=dict)
    persons: dict[str, tuple[str, str]] = field(default_factory=dict)
    next_id: int = 1

    def copy(self) -> MemoryData:
        """Values are immutable, so copying the tables is enough for a private working copy."""
        return MemoryData(
            dict(self.inbox), dict(self.outbox), dict(self.conversations), dict(self.persons),
            self.next_id,
        )

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


class MemoryInbox:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def add(self, item: InboxItem) -> bool:
        keys = {(i.channel, i.update_key) for i, _ in self._data.inbox.values()}
        if (item.channel, item.update_key) in keys:
            return False
        new_id = self._data.new_id()
        self._data.inbox[new_id] = (replace(item, id=new_id), "pending")
        return True

    async def pending(self, limit: int) -> list[InboxItem]:
        items = [i for i, status in self._data.inbox.values() if status == "pending"]
        return sorted(items, key=lambda i: i.id or 0)[:limit]

    async def claim(self, item_id: int, now: datetime) -> bool:
        item, status = self._data.inbox[item_id]
        if status != "pending":
            return False
        self._data.inbox[item_id] = (item, "done")
        return True

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        item, status = self._data.inbox[item_id]
        self._data.inbox[item_id] = (replace(item, attempts=attempts, next_attempt_at=at), status)

    async def set_aside(self, item_id: int, attempts: int, error: str) -> None:
        item, _ = self._data.inbox[item_id]
        self._data.inbox[item_id] = (replace(item, attempts=attempts), "failed")

    async def purge_handled(self, before: datetime) -> int:
        due = [
            k
            for k, (i, st) in self._data.inbox.items()
            if st != "pending" and i.received_at < before
        ]
        for key in due:
            del self._data.inbox[key]
        return len(due)


class MemoryOutbox:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def add(self, item: OutboxItem) -> None:
        new_id = self._data.new_id()
        self._data.outbox[new_id] = (replace(item, id=new_id), "pending")

    async def pending(self, limit: int) -> list[OutboxItem]:
        items = [i for i, status in self._data.outbox.values() if status == "pending"]
        return sorted(items, key=lambda i: i.id or 0)[:limit]

    async def mark_sent(self, item_id: int, now: datetime) -> None:
        item, _ = self._data.outbox[item_id]
        self._data.outbox[item_id] = (item, "sent")

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None:
        item, status = self._data.outbox[item_id]
        self._data.outbox[item_id] = (replace(item, attempts=attempts, next_attempt_at=at), status)

    async def give_up(self, item_id: int, error: str) -> None:
        item, _ = self._data.outbox[item_id]
        self._data.outbox[item_id] = (item, "failed")

    async def purge_sent(self, before: datetime) -> int:
        due = [
            k
            for k, (i, st) in self._data.outbox.items()
            if st != "pending" and i.created_at < before
        ]
        for key in due:
            del self._data.outbox[key]
        return len(due)


class MemoryConversations:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def get(self, person_ref: str) -> ConversationState | None:
        return self._data.conversations.get(person_ref)

    async def save(self, person_ref: str, state: ConversationState, now: datetime) -> None:
        self._data.conversations[person_ref] = state


class MemoryPersons:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def remember(self, person_ref: str, channel: str, address: str, now: datetime) -> None:
        self._data.persons[person_ref] = (channel, address)


class MemoryDatabase:
    """Shared state of every in-memory unit of work; ``uow`` is the factory."""

    def __init__(self) -> None:
        self.data = MemoryData()
        self.lock = asyncio.Lock()

    def uow(self) -> MemoryUnitOfWork:
        return MemoryUnitOfWork(self)


class MemoryUnitOfWork:
    def __init__(self, db: MemoryDatabase) -> None:
        self._db = db

    async def __aenter__(self) -> MemoryUnitOfWork:
        await self._db.lock.acquire()
        self._work = self._db.data.copy()
        self._rebind()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._db.lock.release()

    async def commit(self) -> None:
        self._db.data = self._work
        self._work = self._work.copy()
        self._rebind()

    def _rebind(self) -> None:
        self.inbox = MemoryInbox(self._work)
        self.outbox = MemoryOutbox(self._work)
        self.conversations = MemoryConversations(self._work)
        self.persons = MemoryPersons(self._work)
