"""A loop that runs a unit of work whenever poked, and at least every ``interval`` seconds."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Wakeup:
    def __init__(self) -> None:
        self._event = asyncio.Event()

    def poke(self) -> None:
        self._event.set()

    async def wait(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
        self._event.clear()


async def run_forever(
    name: str,
    once: Callable[[], Awaitable[int]],
    wakeup: Wakeup,
    interval: float,
    stopping: asyncio.Event,
) -> None:
    """Repeat ``once`` until ``stopping`` is set; a failing round is logged, never fatal.

    Stopping is cooperative so that a round is never cut between doing work and recording it.
    """
    while not stopping.is_set():
        try:
            done = await once()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s.round_failed", name)
            done = 0
        if not done:
            await wakeup.wait(interval)
