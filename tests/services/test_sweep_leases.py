"""Each periodic sweep runs in one process at a time: the lease holder runs it every period,
the others skip it, and when the holder dies another takes the sweep over once its lease
lapses (or at once, when the holder stopped gracefully and released it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.services.leases import SWEEP_HOLD, Leader
from bot.storage.memory import MemoryDatabase
from tests.fakes import ManualClock

EVERY = 60.0
Tick = Callable[[], Awaitable[object]]


def two_processes() -> tuple[ManualClock, list[Leader], list[Tick], list[str]]:
    """Processes ``a`` and ``b`` on one database, each with its guarded retention sweep."""
    db, clock, ran = MemoryDatabase(), ManualClock(), []
    leaders = [Leader(db.uow, clock, holder=name) for name in ("a", "b")]

    def sweep(leader: Leader) -> Tick:
        async def run() -> None:
            ran.append(leader.holder)

        return leader.sweep("retention", run, EVERY)

    return clock, leaders, [sweep(leader) for leader in leaders], ran


async def test_only_the_holder_runs_a_sweep_each_period() -> None:
    clock, _, (a, b), ran = two_processes()
    for _ in range(5):
        await a()
        clock.advance(EVERY / 2)  # the two processes tick out of phase
        await b()
        clock.advance(EVERY / 2)
    assert ran == ["a"] * 5


async def test_another_process_takes_the_sweep_over_when_the_holder_dies() -> None:
    clock, _, (a, b), ran = two_processes()
    await a()
    clock.advance(EVERY)  # a is killed: it never runs nor renews again
    await b()
    clock.advance(EVERY * (SWEEP_HOLD - 1))
    await b()
    clock.advance(EVERY)
    await b()
    assert ran == ["a", "b", "b"]


async def test_a_graceful_stop_hands_the_sweep_over_at_once() -> None:
    clock, (leader_a, _), (a, b), ran = two_processes()
    await a()
    await leader_a.release_all()
    clock.advance(1)
    await b()
    assert ran == ["a", "b"]
