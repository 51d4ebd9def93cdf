"""Work that must run in one process at a time when several share a database: each periodic
sweep, and fetching updates. A lease row names the holder; the holder renews it while alive,
and once a dead holder's lease lapses any other process takes the work over."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from bot.services.ports import Claim, Clock, UnitOfWorkFactory

log = logging.getLogger(__name__)

SWEEP_HOLD = 2.0
"""A sweep's lease lasts this many of its periods: the holder renews it at every run, so the
others never run it while the holder lives, even when one run overlaps the next tick."""


def process_holder() -> str:
    """Names this process in leases and claims (no host name: nothing that identifies a box)."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:12]}"


@dataclass
class Leader:
    """Takes, renews and releases leases for this process (``holder``)."""

    uow: UnitOfWorkFactory
    clock: Clock
    holder: str = field(default_factory=process_holder)
    held: set[str] = field(default_factory=set)

    async def take(self, name: str, hold: timedelta) -> bool:
        """Take or renew ``name`` for ``hold``; False while another process holds it."""
        now = self.clock()
        async with self.uow() as uow:
            taken = await uow.leases.take(name, Claim(self.holder, now + hold), now)
            await uow.commit()
        if taken and name not in self.held:
            log.info("lease.taken name=%s", name)
        (self.held.add if taken else self.held.discard)(name)
        return taken

    async def release_all(self) -> None:
        """On a graceful stop: let another process take over at once, not when leases lapse."""
        for name in sorted(self.held):
            async with self.uow() as uow:
                await uow.leases.release(name, self.holder)
                await uow.commit()
        self.held.clear()

    def sweep(
        self, name: str, run: Callable[[], Awaitable[object]], every_seconds: float
    ) -> Callable[[], Awaitable[object]]:
        """``run`` guarded so that, of all processes, only the lease holder runs it."""
        hold = timedelta(seconds=every_seconds * SWEEP_HOLD)

        async def once() -> object:
            lease = f"sweep:{name}"
            if not await self.take(lease, hold):
                return None
            log.info("sweep.run name=%s", name)
            return await self._renewing(lease, run, hold)

        return once

    async def _renewing(
        self, name: str, run: Callable[[], Awaitable[object]], hold: timedelta
    ) -> object:
        """``run``, renewing ``name`` every third of ``hold`` meanwhile: a run that outlasts
        its lease must not let another process start the same work beside it."""
        task = asyncio.ensure_future(run())
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=hold.total_seconds() / 3)
                if done:
                    return task.result()
                await self._try_take(name, hold)
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    async def lead(
        self,
        name: str,
        work: Callable[[], Awaitable[None]],
        hold: timedelta,
        stopping: asyncio.Event,
    ) -> None:
        """Run ``work`` only while holding ``name``: renewed every third of ``hold``; when
        renewing fails (another took it, the database is away) the work is cancelled, and
        this process waits to take it again."""
        pause = hold.total_seconds() / 3
        while not stopping.is_set():
            if await self._try_take(name, hold):
                await self._while_held(name, work, hold, pause)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), pause)

    async def _while_held(
        self, name: str, work: Callable[[], Awaitable[None]], hold: timedelta, pause: float
    ) -> None:
        task = asyncio.ensure_future(work())
        try:
            while not task.done():
                await asyncio.wait({task}, timeout=pause)
                if not task.done() and not await self._try_take(name, hold):
                    log.warning("lease.lost name=%s", name)
                    break
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _try_take(self, name: str, hold: timedelta) -> bool:
        try:
            return await self.take(name, hold)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("lease.take_failed name=%s error=%s", name, type(exc).__name__)
            return False
