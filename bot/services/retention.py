"""Retention: what is due is deleted in small committed batches, so a sweep killed half-way
loses nothing and the next run resumes; afterwards no copy lingers in journals."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.rollup import MonthlyRollup

log = logging.getLogger(__name__)

BATCH = 200


@dataclass(frozen=True)
class RetentionPolicy:
    inbox_outbox: timedelta
    message_ids: timedelta
    idle_person: timedelta
    closed_cases: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class RetentionSweep:
    uow: UnitOfWorkFactory
    clock: Clock
    policy: RetentionPolicy
    unreachable_later: frozenset[str] = frozenset()
    """Channels that cannot write to a person later: their old unsent messages are dropped."""
    rollup: MonthlyRollup | None = None
    """Counts ended months first, so nothing is deleted before it has been counted."""

    async def run(self) -> int:
        """Idempotent and safe from any process at any time; returns rows or people removed."""
        if self.rollup is not None:
            await self.rollup.run()
        now = self.clock()
        removed = 0
        async with self.uow() as uow:
            removed += await uow.inbox.purge_handled(now - self.policy.inbox_outbox)
            removed += await uow.outbox.purge_sent(now - self.policy.inbox_outbox)
            removed += await uow.chat_messages.purge(now - self.policy.message_ids)
            for channel in sorted(self.unreachable_later):
                removed += await uow.outbox.expire(channel, now - self.policy.inbox_outbox)
            removed += await uow.cases.purge_closed(now - self.policy.closed_cases)
            await uow.commit()
        removed += await self._erase_idle(now - self.policy.idle_person)
        # Read-only: it holds no lock, so the checkpoint runs at once. (A write transaction
        # open here made SQLite's checkpoint wait out the busy timeout, 30 s, and give up.)
        async with self.uow(read_only=True) as uow:
            await uow.scrub()
        log.info("retention.swept removed=%s", removed)
        return removed

    async def _erase_idle(self, before: datetime) -> int:
        erased = 0
        while True:
            async with self.uow() as uow:
                people = await uow.persons.idle_since(before, BATCH)
                for person in people:
                    await uow.persons.erase(person)
                await uow.commit()
            erased += len(people)
            if len(people) < BATCH:
                return erased
