"""Running Gza: the workers, the Telegram intake, the web server and the sweeps, from start to
a graceful stop. What runs is built in ``bot.wiring``; this module only starts and stops it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
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

log = logging.getLogger(__name__)

POLLER_HOLD_SECONDS = 15.0
"""Exactly one process polls (renewing its lease every third of this); when it dies another
starts polling within this time."""

CLEANUP_SHARE = 0.25
"""Of the stop grace, the share kept for closing the web server and the database once the
work in hand is finished or cut short."""
MAX_CLEANUP_SECONDS = 2.0


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
    keep_people_fresh: Callable[[], Awaitable[None]] | None = None
    """Reads the staff list again every few seconds (every process: changes made elsewhere)."""
    scheduler: AsyncIOScheduler | None = None
    """Triggers the periodic sweeps once started."""
    _runner: web.AppRunner | None = None
    _sweeping: set[asyncio.Task[object]] = field(default_factory=set)
    """Sweeps running now: a stop lets them finish within the grace."""

    async def start(self) -> None:
        interval = self.settings.delivery.poll_interval
        for name, once, wakeup in (
            ("inbox", self.inbox_worker.run_once, self.inbox_wakeup),
            ("outbox", self.outbox_worker.run_once, self.outbox_wakeup),
        ):
            work = run_forever(name, once, wakeup, interval, self.stopping)
            self.workers.append(asyncio.ensure_future(work))
        if self.keep_people_fresh is not None:
            self._spawn("people", self.keep_people_fresh())
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
        tracked = [
            Sweep(
                s.id,
                self._tracked(self.leader.sweep(s.id, s.run, s.every_seconds)),
                s.every_seconds,
            )
            for s in sweeps
        ]
        self.scheduler = build_scheduler(tracked)
        self.scheduler.start()

    async def _start_telegram(self, bot: Bot) -> None:
        await describe_bot(bot, self.localizer, self.settings)
        telegram = self.settings.telegram
        if telegram.mode == "polling":
            hold = timedelta(seconds=POLLER_HOLD_SECONDS)
            polling = partial(
                poll,
                bot,
                self.intake,
                telegram.polling_timeout,
                self.stopping,
                telegram.poll_spacing,
            )
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
        cleanup = self._cleanup_seconds()
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=cleanup)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.web.host, self.settings.web.port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.web_port = sockets[0].getsockname()[1] if sockets else self.settings.web.port

    def _spawn(self, name: str, work: Awaitable[None]) -> None:
        self.tasks.append(asyncio.ensure_future(work))

    def _tracked(self, run: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[object]]:
        async def tracked() -> object:
            task = asyncio.current_task()
            if task is not None:
                self._sweeping.add(task)
            try:
                return await run()
            finally:
                self._sweeping.discard(task)

        return tracked

    def _cleanup_seconds(self) -> float:
        grace = self.settings.process.stop_grace_seconds
        return min(MAX_CLEANUP_SECONDS, grace * CLEANUP_SHARE)

    async def stop(self) -> None:
        """Stop taking work and let everything finish what it holds, within the stop grace;
        then cut the rest short. Nothing is lost either way: an update not yet committed is
        redelivered by Telegram, one committed but not handled, or a reply not yet sent, is
        done after the restart. The database is closed after this returns (``build``)."""
        loop = asyncio.get_running_loop()
        grace = self.settings.process.stop_grace_seconds - self._cleanup_seconds()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        self.stopping.set()
        self.inbox_wakeup.poke()
        self.outbox_wakeup.poke()
        running = [*self.tasks, *self.workers, *self._sweeping]
        started = loop.time()
        if running:
            _, late = await asyncio.wait(running, timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)
            level = logging.WARNING if late else logging.DEBUG  # handed back: worth a line
            seconds = loop.time() - started
            log.log(level, "gza.stopped_work seconds=%.1f cut_short=%s", seconds, len(late))
        with contextlib.suppress(Exception):  # a database away: sent again after the restart
            await self.outbox_worker.finish()
        self.tasks.clear()
        self.workers.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        with contextlib.suppress(Exception):  # a database already away: the leases lapse
            await self.leader.release_all()
