"""Running Gza: the workers, the Telegram intake, the web server and the sweeps, from start to
a graceful stop. What runs is built in ``bot.wiring``; this module only starts and stops it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from aiogram import Bot
from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.channels.telegram.polling import ALLOWED_UPDATES, poll
from bot.channels.telegram.profile import describe_bot
from bot.config import Settings
from bot.i18n import Localizer
from bot.scheduler import Sweep, build_scheduler
from bot.services.curator_digest import CuratorDigest
from bot.services.escalation import EscalationSweep
from bot.services.follow_up import FollowUpSweep
from bot.services.inbox import InboxWorker, Intake
from bot.services.leases import Leader
from bot.services.outbox import OutboxWorker
from bot.services.retention import RetentionSweep
from bot.services.wakeup import Wakeup, run_forever

GRACEFUL_STOP_SECONDS = 10.0
POLLER_HOLD_SECONDS = 15.0
"""Exactly one process polls (renewing its lease every third of this); when it dies another
starts polling within this time."""


@dataclass
class Gza:
    """Everything that runs; ``start`` launches it, ``stop`` (or leaving ``build``) ends it."""

    settings: Settings
    intake: Intake
    inbox_worker: InboxWorker
    outbox_worker: OutboxWorker
    retention: RetentionSweep
    follow_up: FollowUpSweep
    digest: CuratorDigest
    localizer: Localizer
    escalation: EscalationSweep | None
    inbox_wakeup: Wakeup
    outbox_wakeup: Wakeup
    web_app: web.Application | None
    bot: Bot | None
    stopping: asyncio.Event
    leader: Leader
    """Makes each sweep, and polling, run in one process of all that share the database."""
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    web_port: int | None = None
    scheduler: AsyncIOScheduler | None = None
    """Triggers the periodic sweeps once started."""
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        interval = self.settings.delivery.poll_interval
        for name, once, wakeup in (
            ("inbox", self.inbox_worker.run_once, self.inbox_wakeup),
            ("outbox", self.outbox_worker.run_once, self.outbox_wakeup),
        ):
            work = run_forever(name, once, wakeup, interval, self.stopping)
            self.workers.append(asyncio.ensure_future(work))
        if self.bot is not None:
            await self._start_telegram(self.bot)
        if self.web_app is not None:
            await self._start_web(self.web_app)
        sweeps = [
            Sweep("retention", self.retention.run, self.settings.retention.sweep_minutes * 60),
            Sweep(
                "follow-up",
                self.follow_up.run,
                self.settings.directory.follow_up_sweep_minutes * 60,
            ),
        ]
        if self.bot is not None:
            every = self.settings.directory.digest_sweep_minutes * 60
            sweeps.append(Sweep("curator-digest", self.digest.run, every))
        if self.escalation is not None:
            every = self.settings.handoff.sweep_seconds
            sweeps.append(Sweep("escalation", self.escalation.run, every))
        self.scheduler = build_scheduler(
            [
                Sweep(s.id, self.leader.sweep(s.id, s.run, s.every_seconds), s.every_seconds)
                for s in sweeps
            ]
        )
        self.scheduler.start()

    async def _start_telegram(self, bot: Bot) -> None:
        await describe_bot(bot, self.localizer, self.settings)
        telegram = self.settings.telegram
        if telegram.mode == "polling":
            hold = timedelta(seconds=POLLER_HOLD_SECONDS)
            polling = partial(poll, bot, self.intake, telegram.polling_timeout)
            self._spawn("polling", self.leader.lead("poller", polling, hold, self.stopping))
            return
        assert telegram.secret_token is not None
        await bot.set_webhook(
            telegram.webhook_url,
            secret_token=telegram.secret_token.get_secret_value(),
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=False,
        )

    async def _start_web(self, app: web.Application) -> None:
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.web.host, self.settings.web.port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.web_port = sockets[0].getsockname()[1] if sockets else self.settings.web.port

    def _spawn(self, name: str, work: Awaitable[None]) -> None:
        self.tasks.append(asyncio.ensure_future(work))

    async def stop(self) -> None:
        """Stop taking work, let the workers finish the item in hand, then cancel the rest."""
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        for task in self.tasks:
            task.cancel()  # intake: an update not yet committed is simply redelivered
        self.stopping.set()
        self.inbox_wakeup.poke()
        self.outbox_wakeup.poke()
        if self.workers:
            await asyncio.wait(self.workers, timeout=GRACEFUL_STOP_SECONDS)
        for task in self.workers:
            task.cancel()
        await asyncio.gather(*self.tasks, *self.workers, return_exceptions=True)
        self.tasks.clear()
        self.workers.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        with contextlib.suppress(Exception):  # a database already away: the leases lapse
            await self.leader.release_all()
