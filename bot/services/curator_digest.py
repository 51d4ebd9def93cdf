"""The curators' weekly digest: listings not verified for too long and new reports of
disrespect, sent to each curator.

Triggered often (APScheduler) but sent only when the last digest, kept in the database, is old
enough: a restart neither skips a week nor sends one twice."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.services.catalog import Catalog
from bot.services.curation import Curator
from bot.services.curator_texts import CuratorTexts, waiting
from bot.services.mailbox import Mailbox, StaffChat
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.wakeup import Wakeup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CuratorDigest:
    uow: UnitOfWorkFactory
    curators: Mapping[int, Curator]
    catalog: Catalog
    texts: CuratorTexts
    clock: Clock
    every: timedelta
    stale_days: int
    timezone: ZoneInfo
    outbox_wakeup: Wakeup
    mailbox: Mailbox

    async def run(self) -> int:
        """Returns how many curators were sent the digest (0 when it is not due)."""
        now = self.clock()
        curators = list(self.curators.values())
        async with self.uow() as uow:
            last = await uow.directory.digest_sent_at()
            if not curators or (last is not None and now - last < self.every):
                return 0
            await self.catalog.refresh(uow.directory)
            today = now.astimezone(self.timezone).date()
            found = await waiting(uow, self.catalog, today, self.stale_days, only_new=True)
            if not found.empty:
                for curator in curators:
                    title = self.texts.text(curator.locale, "curator-digest-title")
                    messages = self.texts.queue(curator.locale, found, title)
                    to = StaffChat(curator.user_id, curator.owner)
                    await self.mailbox.send(uow, to, messages, now)
                new = [r.id for r in await uow.directory.open_reports() if r.status == "new"]
                await uow.directory.set_reports(None, "sent", new)
            await uow.directory.set_digest_sent(now)
            await uow.commit()
        if found.empty:
            return 0
        log.info("curator_digest.sent curators=%d", len(curators))
        self.outbox_wakeup.poke()
        return len(curators)
