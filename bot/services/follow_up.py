"""The follow-up sweep: sends each check-in a person agreed to, once, when it is due, and keeps
the friendliness signal of the directory up to date with what people answered.

Triggered periodically (APScheduler); restart-safe because due work is read from the database
and marked sent in the same transaction as the message it queues."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.services.catalog import Catalog
from bot.services.ports import Clock, FollowUp, UnitOfWork, UnitOfWorkFactory
from bot.services.wakeup import Wakeup
from referral_directory.model import Feedback

log = logging.getLogger(__name__)

BATCH = 50
UNANSWERED_KEPT = timedelta(days=14)
"""A check-in nobody answered is forgotten after this."""


class CheckIn(Protocol):
    async def check_in(self, uow: UnitOfWork, follow_up: FollowUp, now: datetime) -> bool: ...


@dataclass(frozen=True)
class FollowUpSweep:
    uow: UnitOfWorkFactory
    conversations: CheckIn
    catalog: Catalog
    clock: Clock
    outbox_wakeup: Wakeup

    async def run(self) -> int:
        sent = 0
        now = self.clock()
        async with self.uow(read_only=True) as uow:
            due = await uow.follow_ups.due(now, BATCH)
        for follow_up in due:
            sent += await self._send(follow_up)
        async with self.uow() as uow:
            await uow.follow_ups.purge_sent(now - UNANSWERED_KEPT)
            counts = await uow.feedback.counts()
            await uow.commit()
        self.catalog.set_feedback({k: Feedback(*v) for k, v in counts.items()})
        if sent:
            log.info("follow_up.sent count=%d", sent)
            self.outbox_wakeup.poke()
        return sent

    async def _send(self, follow_up: FollowUp) -> int:
        """One transaction per check-in: marked sent together with the queued message, so a
        crash sends it either never (retried next run) or once."""
        assert follow_up.id is not None
        async with self.uow() as uow:
            if not await uow.follow_ups.mark_sent(follow_up.id, self.clock()):
                return 0  # another process got there first
            if not await self.conversations.check_in(uow, follow_up, self.clock()):
                await uow.follow_ups.close(follow_up.id)  # the person is gone
            await uow.commit()
        return 1
