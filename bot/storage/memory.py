"""In-memory twins of the SQL stores, for transcript tests and the contract test suite.

Transactions are serialised by a lock and applied on commit, so the twin keeps the same
all-or-nothing behaviour the services rely on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from types import MappingProxyType, TracebackType
from typing import TypeVar

from bot.core.state import ConversationState
from bot.services.bureau_figures import CaseTimes
from bot.services.cases import CLOSED, TAKEN, WAITING, Case
from bot.services.ports import (
    Cell,
    Claim,
    DirectoryChange,
    Draft,
    FollowUp,
    InboxItem,
    OutboxItem,
    Progress,
    Report,
)
from bot.storage.memory_console import MemoryAuditLog, MemoryCaseThreads, MemorySignIns
from bot.storage.memory_data import MemoryData
from bot.storage.memory_people import MemoryPeople
from referral_directory.changes import DirectoryDiff, FieldChange, import_changes, service_changes
from referral_directory.model import Directory, Feedback, Service

Item = TypeVar("Item", InboxItem, OutboxItem)


def _heads(pending: list[Item], now: datetime) -> list[Item]:
    """The oldest pending item of each chat, when due."""
    heads: dict[str, Item] = {}
    for item in sorted(pending, key=lambda i: i.id or 0):
        heads.setdefault(item.in_queue if isinstance(item, OutboxItem) else item.chat_ref, item)
    due = [i for i in heads.values() if i.next_attempt_at is None or i.next_attempt_at <= now]
    return sorted(due, key=lambda i: i.id or 0)


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

    async def due(self, now: datetime, limit: int) -> list[InboxItem]:
        pending = [i for i, status in self._data.inbox.values() if status == "pending"]
        return _heads(pending, now)[:limit]

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

    async def add_many(self, items: Sequence[OutboxItem]) -> None:
        for item in items:
            await self.add(item)

    async def due(self, now: datetime, limit: int) -> list[OutboxItem]:
        pending = [i for i, status in self._data.outbox.values() if status == "pending"]
        held = {k for k, (_, until) in self._data.claims.items() if until > now}
        return [i for i in _heads(pending, now) if i.id not in held][:limit]

    async def claim(self, now: datetime, limit: int, claim: Claim) -> list[OutboxItem]:
        items = await self.due(now, limit)
        for item in items:
            assert item.id is not None
            self._data.claims[item.id] = (claim.holder, claim.until)
        return items

    async def cancel(self, queue: str) -> int:
        unsent = [
            k for k, (i, st) in self._data.outbox.items() if st == "pending" and i.in_queue == queue
        ]
        for key in unsent:
            del self._data.outbox[key]
        return len(unsent)

    async def expire(self, channel: str, before: datetime) -> int:
        old = [
            k
            for k, (i, st) in self._data.outbox.items()
            if st == "pending" and i.channel == channel and i.created_at < before
        ]
        for key in old:
            del self._data.outbox[key]
        return len(old)

    async def mark_sent(self, item_id: int, now: datetime) -> bool:
        if item_id not in self._data.outbox:
            return False  # erased or cancelled while it was being sent
        item, _ = self._data.outbox[item_id]
        if item.ephemeral:
            del self._data.outbox[item_id]
            return True
        self._data.outbox[item_id] = (item, "sent")
        self._data.claims.pop(item_id, None)
        return True

    async def mark_sent_many(self, item_ids: Sequence[int], now: datetime, holder: str) -> set[int]:
        found = {
            i for i in item_ids if i in self._data.outbox and not self._data.outbox[i][0].ephemeral
        }
        for item_id in found:
            if self._unheld_or(item_id, holder):
                await self.mark_sent(item_id, now)
        return found

    def _unheld_or(self, item_id: int, holder: str) -> bool:
        """Nobody holds the row, or ``holder`` does (its claim may have lapsed, unnoticed)."""
        claim = self._data.claims.get(item_id)
        return claim is None or claim[0] == holder

    async def retry_later(
        self, item_id: int, attempts: int, at: datetime, error: str, holder: str
    ) -> None:
        if item_id not in self._data.outbox or not self._unheld_or(item_id, holder):
            return
        item, status = self._data.outbox[item_id]
        self._data.outbox[item_id] = (replace(item, attempts=attempts, next_attempt_at=at), status)
        self._data.claims.pop(item_id, None)

    async def release(self, item_id: int) -> None:
        self._data.claims.pop(item_id, None)

    async def give_up(self, item_id: int, error: str, holder: str) -> None:
        if item_id not in self._data.outbox or not self._unheld_or(item_id, holder):
            return
        item, _ = self._data.outbox[item_id]
        self._data.outbox[item_id] = (item, "failed")
        self._data.claims.pop(item_id, None)

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
        self._data.persons[person_ref] = (channel, address, now)

    async def address(self, person_ref: str) -> tuple[str, str] | None:
        found = self._data.persons.get(person_ref)
        return None if found is None else (found[0], found[1])

    async def arrived(
        self, person_ref: str, channel: str, address: str, now: datetime, window: timedelta
    ) -> int:
        await self.remember(person_ref, channel, address, now)
        start, count = self._data.floods.get(person_ref, (now, 0))
        if now - start >= window:
            start, count = now, 0
        self._data.floods[person_ref] = (start, count + 1)
        return count + 1

    async def idle_since(self, before: datetime, limit: int) -> list[str]:
        idle = sorted(
            (seen, ref) for ref, (_, _, seen) in self._data.persons.items() if seen < before
        )
        return [ref for _, ref in idle[:limit]]

    async def erase(self, person_ref: str) -> None:
        data = self._data
        data.conversations.pop(person_ref, None)
        data.persons.pop(person_ref, None)
        data.floods.pop(person_ref, None)
        data.inbox = {k: v for k, v in data.inbox.items() if v[0].chat_ref != person_ref}
        data.outbox = {k: v for k, v in data.outbox.items() if v[0].chat_ref != person_ref}
        data.chat_messages = [row for row in data.chat_messages if row[0] != person_ref]
        gone = {k for k, case in data.cases.items() if case.person_ref == person_ref}
        data.cases = {k: v for k, v in data.cases.items() if k not in gone}
        data.case_events = [e for e in data.case_events if e[0] not in gone]
        data.lines = [row for row in data.lines if row[0] != person_ref]
        data.follow_ups = {k: f for k, f in data.follow_ups.items() if f.person_ref != person_ref}
        data.screenings = [row for row in data.screenings if row[0] != person_ref]


class MemoryChatMessages:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def remember(self, owner: str, channel: str, message_id: int, at: datetime) -> None:
        self._data.chat_messages.append((owner, message_id, at))

    async def remember_many(self, rows: Sequence[tuple[str, str, int, datetime]]) -> None:
        for owner, channel, message_id, at in rows:
            await self.remember(owner, channel, message_id, at)

    async def take(self, owner: str, since: datetime) -> tuple[list[int], int]:
        mine = [row for row in self._data.chat_messages if row[0] == owner]
        self._data.chat_messages = [row for row in self._data.chat_messages if row[0] != owner]
        recent = sorted(mid for _, mid, at in mine if at >= since)
        return recent, len(mine) - len(recent)

    async def purge(self, before: datetime) -> int:
        kept = [row for row in self._data.chat_messages if row[2] >= before]
        purged = len(self._data.chat_messages) - len(kept)
        self._data.chat_messages = kept
        return purged


class MemoryCases:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def add(self, case: Case) -> Case:
        if case.is_open and await self.open_for(case.person_ref):
            raise ValueError("one open case per person")
        stored = replace(case, id=self._data.new_id())
        assert stored.id is not None
        self._data.cases[stored.id] = stored
        return stored

    async def open_for(self, person_ref: str) -> Case | None:
        found = [c for c in self._data.cases.values() if c.person_ref == person_ref and c.is_open]
        return found[0] if found else None

    async def last_for(self, person_ref: str) -> Case | None:
        found = [c for c in self._data.cases.values() if c.person_ref == person_ref]
        return max(found, key=lambda c: c.id or 0) if found else None

    async def get(self, case_id: int) -> Case | None:
        return self._data.cases.get(case_id)

    async def by_topic(self, staff_chat_id: int, topic_id: int) -> Case | None:
        found = [
            c
            for c in self._data.cases.values()
            if c.staff_chat_id == staff_chat_id and c.topic_id == topic_id
        ]
        return max(found, key=lambda c: c.id or 0) if found else None

    async def take(self, case_id: int, alias: str) -> bool:
        case = self._data.cases[case_id]
        if case.status != WAITING:
            return False
        self._data.cases[case_id] = replace(case, status=TAKEN, taken_by=alias)
        return True

    async def update(self, case_id: int, **changes: object) -> None:
        self._data.cases[case_id] = replace(self._data.cases[case_id], **changes)  # type: ignore[arg-type]

    async def record(
        self, case_id: int, kind: str, actor: str, at: datetime, detail: str | None = None
    ) -> None:
        self._data.case_events.append((case_id, kind, actor, detail, at))

    async def history(self, case_id: int) -> list[tuple[str, str, str | None]]:
        return [(k, a, d) for c, k, a, d, _ in self._data.case_events if c == case_id]

    async def open_cases(self) -> list[Case]:
        return sorted((c for c in self._data.cases.values() if c.is_open), key=lambda c: c.id or 0)

    async def purge_closed(self, before: datetime) -> int:
        old = {k for k, case in self._data.cases.items() if _closed_before(case, before)}
        self._data.cases = {k: v for k, v in self._data.cases.items() if k not in old}
        self._data.case_events = [e for e in self._data.case_events if e[0] not in old]
        self._data.lines = [row for row in self._data.lines if row[1].case_id not in old]
        return len(old)

    async def times_since(self, bureau: str, since: datetime) -> list[CaseTimes]:
        def first(case_id: int, kind: str) -> datetime | None:
            times = [e[4] for e in self._data.case_events if e[0] == case_id and e[1] == kind]
            return min(times, default=None)

        rows = []
        for case_id, case in sorted(self._data.cases.items()):
            times = CaseTimes(
                case.created_at,
                first(case_id, "taken"),
                case.closed_at,
                case.status,
                case.outcome,
                first(case_id, "escalated"),
            )
            if case.bureau == bureau and _active_since(times, since):
                rows.append(times)
        return rows


def _active_since(times: CaseTimes, since: datetime) -> bool:
    moments = (times.created_at, times.taken_at, times.closed_at, times.escalated_at)
    return times.status != CLOSED or any(at is not None and at >= since for at in moments)


def _closed_before(case: Case, before: datetime) -> bool:
    return not case.is_open and case.closed_at is not None and case.closed_at < before


class MemoryShifts:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def mark(self, alias: str, on_shift: bool, now: datetime) -> None:
        self._data.shifts[alias] = on_shift

    async def on_shift(self) -> set[str]:
        return {alias for alias, on in self._data.shifts.items() if on}


class MemoryFollowUps:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def schedule(self, follow_up: FollowUp) -> None:
        await self.cancel_for(follow_up.person_ref)
        new = self._data.new_id()
        self._data.follow_ups[new] = replace(follow_up, id=new, sent_at=None)

    async def due(self, now: datetime, limit: int) -> list[FollowUp]:
        due = [f for f in self._data.follow_ups.values() if f.sent_at is None and f.due_at <= now]
        return sorted(due, key=lambda f: (f.due_at, f.id or 0))[:limit]

    async def mark_sent(self, follow_up_id: int, now: datetime) -> bool:
        found = self._data.follow_ups.get(follow_up_id)
        if found is None or found.sent_at is not None:
            return False
        self._data.follow_ups[follow_up_id] = replace(found, sent_at=now)
        return True

    async def sent_for(self, person_ref: str) -> FollowUp | None:
        sent = [
            f
            for f in self._data.follow_ups.values()
            if f.person_ref == person_ref and f.sent_at is not None
        ]
        return sent[-1] if sent else None

    async def close(self, follow_up_id: int) -> None:
        self._data.follow_ups.pop(follow_up_id, None)

    async def cancel_for(self, person_ref: str) -> None:
        follow_ups = self._data.follow_ups
        self._data.follow_ups = {k: f for k, f in follow_ups.items() if f.person_ref != person_ref}

    async def purge_sent(self, before: datetime) -> int:
        old = [
            k
            for k, f in self._data.follow_ups.items()
            if f.sent_at is not None and f.sent_at < before
        ]
        for k in old:
            del self._data.follow_ups[k]
        return len(old)


class MemoryFeedback:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def record(self, service_id: str, respected: bool) -> None:
        good, bad = self._data.feedback.get(service_id, (0, 0))
        self._data.feedback[service_id] = (good + respected, bad + (not respected))

    async def counts(self) -> dict[str, tuple[int, int]]:
        return dict(self._data.feedback)

    async def report(self, service_id: str, now: datetime) -> None:
        self._data.reports.append(Report(self._data.new_id(), service_id, now))

    async def reports(self) -> list[tuple[str, datetime]]:
        return [(r.service_id, r.reported_on) for r in self._data.reports]


class MemoryScreenings:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def record(self, person_ref: str, answers: dict[str, str], now: datetime) -> None:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        self._data.screenings.append((person_ref, day, dict(answers)))

    async def of(self, person_ref: str) -> list[dict[str, str]]:
        return [answers for ref, _, answers in self._data.screenings if ref == person_ref]

    async def between(self, start: datetime, end: datetime) -> list[tuple[str, dict[str, str]]]:
        return [(ref, dict(a)) for ref, day, a in self._data.screenings if start <= day < end]

    async def first_day(self) -> datetime | None:
        return min((day for _, day, _ in self._data.screenings), default=None)

    async def forget(self, person_ref: str) -> None:
        self._data.screenings[:] = [s for s in self._data.screenings if s[0] != person_ref]


class MemoryEvidence:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def counted_months(self) -> set[str]:
        return set(self._data.evidence)

    async def add_month(
        self,
        month: str,
        people: Mapping[Cell, int],
        by_bureau: Mapping[str, Mapping[Cell, int]] | None = None,
    ) -> None:
        if month in self._data.evidence:
            return
        kept = {b: MappingProxyType(dict(c)) for b, c in (by_bureau or {}).items() if b}
        self._data.evidence[month] = MappingProxyType({**kept, "": MappingProxyType(dict(people))})

    async def month(self, month: str) -> dict[Cell, int]:
        return dict(self._data.evidence.get(month, {}).get("", {}))

    async def by_bureau(self, month: str) -> dict[str, dict[Cell, int]]:
        kept = self._data.evidence.get(month, {})
        return {bureau: dict(counts) for bureau, counts in kept.items() if bureau}


class MemoryDirectory:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def revision(self) -> int:
        return self._data.revision

    async def load(self) -> Directory:
        feedback = {k: Feedback(*v) for k, v in self._data.feedback.items()}
        return replace(self._data.directory, feedback=MappingProxyType(feedback))

    async def replace(
        self, directory: Directory, who: str, now: datetime, progress: Progress | None = None
    ) -> DirectoryDiff:
        diff, audit = import_changes(self._data.directory, directory)
        for service_id, changes in audit.items():
            self._audit(service_id, changes, who, now)
        self._data.directory = replace(directory, feedback=MappingProxyType({}))
        self._data.revision += 1
        return diff

    async def save_service(
        self, before: Service, after: Service, who: str, now: datetime
    ) -> list[FieldChange]:
        changes = service_changes(before, after)
        if not changes:
            return []
        orgs = tuple(
            replace(o, services=tuple(after if s.id == after.id else s for s in o.services))
            for o in self._data.directory.organizations
        )
        self._data.directory = replace(self._data.directory, organizations=orgs)
        self._audit(after.id, changes, who, now)
        self._data.revision += 1
        return changes

    def _audit(self, service_id: str, changes: list[FieldChange], who: str, now: datetime) -> None:
        self._data.changes += [
            DirectoryChange(service_id, c.field, c.old, c.new, who, now) for c in changes
        ]

    async def history(self, service_id: str) -> list[DirectoryChange]:
        return [c for c in self._data.changes if c.service_id == service_id]

    async def open_reports(self) -> list[Report]:
        return [r for r in self._data.reports if r.status in ("new", "sent")]

    async def set_reports(self, service_id: str | None, status: str, ids: list[int]) -> None:
        self._data.reports = [
            replace(r, status=status)
            if r.status in ("new", "sent")
            and (r.service_id == service_id if service_id is not None else r.id in ids)
            else r
            for r in self._data.reports
        ]

    async def digest_sent_at(self) -> datetime | None:
        return self._data.digest_at

    async def set_digest_sent(self, now: datetime) -> None:
        self._data.digest_at = now


class MemoryCuratorDrafts:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def get(self, alias: str) -> Draft | None:
        return self._data.drafts.get(alias)

    async def put(self, draft: Draft) -> None:
        self._data.drafts[draft.alias] = draft

    async def clear(self, alias: str) -> None:
        self._data.drafts.pop(alias, None)


class MemoryLeases:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def take(self, name: str, claim: Claim, now: datetime) -> bool:
        holder, until = self._data.leases.get(name, (claim.holder, now))
        if holder != claim.holder and until > now:
            return False
        self._data.leases[name] = (claim.holder, claim.until)
        return True

    async def release(self, name: str, holder: str) -> None:
        if self._data.leases.get(name, ("", None))[0] == holder:
            del self._data.leases[name]


class MemoryDatabase:
    """Shared state of every in-memory unit of work; ``uow`` is the factory."""

    def __init__(self) -> None:
        self.data = MemoryData()
        self.lock = asyncio.Lock()

    def uow(self, *, read_only: bool = False) -> MemoryUnitOfWork:
        """One lock for all: reading and writing alike wait their turn in the twin."""
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

    async def scrub(self) -> None:
        """Nothing lingers in memory once deleted."""

    def _rebind(self) -> None:
        self.inbox = MemoryInbox(self._work)
        self.outbox = MemoryOutbox(self._work)
        self.conversations = MemoryConversations(self._work)
        self.directory = MemoryDirectory(self._work)
        self.curator_drafts = MemoryCuratorDrafts(self._work)
        self.persons = MemoryPersons(self._work)
        self.chat_messages = MemoryChatMessages(self._work)
        self.cases = MemoryCases(self._work)
        self.shifts = MemoryShifts(self._work)
        self.follow_ups = MemoryFollowUps(self._work)
        self.feedback = MemoryFeedback(self._work)
        self.screenings = MemoryScreenings(self._work)
        self.evidence = MemoryEvidence(self._work)
        self.sign_ins = MemorySignIns(self._work)
        self.audit = MemoryAuditLog(self._work)
        self.threads = MemoryCaseThreads(self._work)
        self.leases = MemoryLeases(self._work)
        self.people = MemoryPeople(self._work)
