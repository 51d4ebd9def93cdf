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
from dataclasses import dataclass, field
from typing import Protocol

MAX_KEYS = 10_000
"""Keys whose window is still open are never forgotten; idle ones beyond this many are."""
TICK = 1e-6
"""Waits shorter than this are rounding, not waits."""
IN_FLIGHT_RETRY = 0.05
"""When every slot is held by a request not yet answered, ask again this soon."""


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
    every process of the bot. A key may name a chat: a shared store must not keep it in
    plaintext (use a keyed hash).

    A slot is in use from ``acquire`` until ``release`` and for ``per`` seconds after it: the
    receiving end counts a message when it arrives, which we only know to be before it was
    answered, so the window runs from the answer. Then no window at the far end ever holds
    more than the count, however late a request left this process."""

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        """Take one slot of every limit at ``now`` and return 0; or, when any of them is full,
        take none and return how many seconds to wait before asking again.

        All or nothing, so a message waiting for one limit holds no slot of another. ``now`` is
        in seconds on a clock every user of the same limiter shares."""
        ...

    async def release(self, limits: Sequence[Limit], now: float) -> None:
        """The request that took these slots is answered (or failed) at ``now``; call it once
        for every ``acquire`` that returned 0, whatever happened to the request."""
        ...


@dataclass
class _Slots:
    per: float
    in_flight: int = 0
    answered: deque[float] = field(default_factory=deque)
    """When requests still in the window were answered, oldest first."""

    def used(self, now: float) -> int:
        while self.answered and self.answered[0] + self.per <= now:
            self.answered.popleft()
        return self.in_flight + len(self.answered)


class WindowLimiter:
    """The in-process limiter: for each key, its requests in flight and the answer times of
    those still in the window."""

    def __init__(self, max_keys: int = MAX_KEYS) -> None:
        self._max_keys = max_keys
        self._keys: OrderedDict[str, _Slots] = OrderedDict()

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        wait = max((self._wait(limit, now) for limit in limits), default=0.0)
        if wait > 0:
            return wait
        for limit in limits:
            self._slots(limit).in_flight += 1
        self._forget_idle(now)
        return 0.0

    async def release(self, limits: Sequence[Limit], now: float) -> None:
        for limit in limits:
            slots = self._slots(limit)
            slots.in_flight = max(0, slots.in_flight - 1)
            slots.answered.append(now)

    def _wait(self, limit: Limit, now: float) -> float:
        slots = self._keys.get(limit.key)
        if slots is None:
            return 0.0
        over = slots.used(now) - limit.count + 1
        if over <= 0:
            return 0.0
        if over > len(slots.answered):
            return min(limit.per, IN_FLIGHT_RETRY)  # full of requests not yet answered
        wait = slots.answered[over - 1] + limit.per - now
        return wait if wait > TICK else 0.0

    def _slots(self, limit: Limit) -> _Slots:
        slots = self._keys.pop(limit.key, None) or _Slots(limit.per)
        self._keys[limit.key] = slots  # most recently used last
        return slots

    def _forget_idle(self, now: float) -> None:
        while len(self._keys) > self._max_keys:
            key, slots = next(iter(self._keys.items()))
            if slots.used(now):
                return  # the least recently used key still counts: keep every key
            del self._keys[key]


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
    0 once taken (release it when the request is answered); otherwise take nothing and return
    the wait, for the caller to come back later (a message for a group at its per-minute budget
    should not hold a worker that long)."""
    while (wait := await limiter.acquire(limits, clock())) > 0:
        if wait > patience:
            return wait
        await sleep(wait)
    return 0.0
