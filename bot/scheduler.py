"""APScheduler 3 triggers periodic sweeps; the work itself reads what is due from the database,
so a missed or repeated run changes nothing. Schedules live in code (memory job store)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from apscheduler.schedulers.asyncio import AsyncIOScheduler


@dataclass(frozen=True)
class Sweep:
    id: str
    run: Callable[[], Awaitable[object]]
    every_seconds: float


def build_scheduler(sweeps: list[Sweep]) -> AsyncIOScheduler:
    """Call ``start()`` inside the running event loop, ``shutdown(wait=False)`` to stop."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    for sweep in sweeps:
        scheduler.add_job(
            sweep.run,
            "interval",
            seconds=sweep.every_seconds,
            id=sweep.id,
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
    return scheduler
