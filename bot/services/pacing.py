"""Pacing: at most so many messages per key (a chat, the whole bot) in any window of time.

The port is one call, so that the in-process limiter here and a shared one (Redis, for several
processes) are interchangeable: take a slot of every limit now, or learn how long to wait.
Limits are sliding windows, not leaky buckets: "25 a second" means at most 25 in *every*
one-second window, which is what the platforms count (a bucket that starts full lets twice its rate
through in the first second)."""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

MAX_KEYS = 10_000
"""Keys whose window is still open are never forgotten; idle ones beyond this many are."""
TICK = 1e-6
"""Waits shorter than this are rounding, not waits."""


@dataclass(frozen=True)
class Limit:
    """At most ``count`` slots of ``key`` in any window of ``per`` seconds."""

    key: str
    count: int
    per: float

    def __post_init__(self) -> None:
        if self.count < 1 or self.per <= 0:
            raise ValueError("a limit needs a count of at least 1 and a positive window")


class RateLimiter(Protocol):
    """Where the slots are counted: this process (``WindowLimiter``) or a store shared by
    every process of the bot."""

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        """Take one slot of every limit at ``now`` and return 0; or, when any of them is full,
        take none and return how many seconds until all of them could be taken.

        All or nothing, so a message waiting for one limit holds no slot of another. ``now`` is
        in seconds on a clock every user of the same limiter shares."""
        ...


class WindowLimiter:
    """The in-process limiter: for each key, the times of its last ``count`` slots."""

    def __init__(self, max_keys: int = MAX_KEYS) -> None:
        self._max_keys = max_keys
        self._taken: OrderedDict[str, tuple[float, deque[float]]] = OrderedDict()

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        wait = max((self._wait(limit, now) for limit in limits), default=0.0)
        if wait > 0:
            return wait
        for limit in limits:
            self._take(limit, now)
        self._forget_idle(now)
        return 0.0

    def _wait(self, limit: Limit, now: float) -> float:
        """Seconds until the oldest of the last ``count`` slots leaves the window."""
        _, times = self._taken.get(limit.key, (limit.per, deque()))
        if len(times) < limit.count:
            return 0.0
        wait = times[-limit.count] + limit.per - now
        return wait if wait > TICK else 0.0

    def _take(self, limit: Limit, now: float) -> None:
        _, times = self._taken.pop(limit.key, (limit.per, deque()))
        times.append(now)
        while len(times) > limit.count:
            times.popleft()
        self._taken[limit.key] = (limit.per, times)  # most recently used last

    def _forget_idle(self, now: float) -> None:
        while len(self._taken) > self._max_keys:
            key, (per, times) = next(iter(self._taken.items()))
            if times and times[-1] + per > now:
                return  # the least recently used key still counts: keep every key
            del self._taken[key]


Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


async def pace(
    limiter: RateLimiter,
    limits: Sequence[Limit],
    clock: Clock,
    patience: float,
    sleep: Sleep = asyncio.sleep,
) -> float:
    """Wait for a slot of every limit when that takes at most ``patience`` seconds, and return
    0 once taken; otherwise take nothing and return the wait, for the caller to come back later
    (a message for a group at its per-minute budget should not hold a worker that long)."""
    while (wait := await limiter.acquire(limits, clock())) > 0:
        if wait > patience:
            return wait
        await sleep(wait)
    return 0.0
