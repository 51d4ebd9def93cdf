"""Handled updates and sent replies are deleted once the retention window has passed."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from bot.services.ports import Clock, UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Housekeeping:
    uow: UnitOfWorkFactory
    clock: Clock
    keep: timedelta

    async def purge(self) -> int:
        """Idempotent and safe to run from any process at any time."""
        before = self.clock() - self.keep
        async with self.uow() as uow:
            purged = await uow.inbox.purge_handled(before) + await uow.outbox.purge_sent(before)
            await uow.commit()
        log.info("housekeeping.purged rows=%s", purged)
        return purged
