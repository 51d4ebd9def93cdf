"""The pacing port on Redis: every process of the bot counts its messages in the same windows,
so "25 a second" holds for all of them together, not for each.

As in the in-process limiter, a slot is in use from ``acquire`` until ``release`` and for the
window after it. Per limit, two sorted sets: slots in flight (scored by when they are presumed
lost, should their process die before releasing them) and slots answered (scored by the answer).
Lua scripts check every limit and take a slot of each, or none, atomically, on Redis's own clock
(``TIME``), so the hosts' clocks need not agree. Keys are pseudonymised (``hide``): a chat id
never reaches Redis."""

from __future__ import annotations

import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Sequence

from redis.asyncio import Redis

from bot.services.pacing import Limit

FLIGHT_MAX = 120.0
"""A slot never released (its process died mid-request) is freed after this many seconds."""
ALL_IN_FLIGHT_WAIT = 0.05
"""How soon to ask again when a limit is full of requests still unanswered."""

CLOCK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
ACQUIRE = (
    CLOCK
    + """
local wait = 0
for i = 1, #KEYS, 2 do
  local flight, answered = KEYS[i], KEYS[i + 1]
  local count, per = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])
  redis.call('ZREMRANGEBYSCORE', answered, '-inf', now - per)
  redis.call('ZREMRANGEBYSCORE', flight, '-inf', now)
  local used = redis.call('ZCARD', answered) + redis.call('ZCARD', flight)
  if used >= count then
    local oldest = redis.call('ZRANGE', answered, 0, 0, 'WITHSCORES')
    local w = tonumber(ARGV[#ARGV])
    if oldest[2] then w = math.max(tonumber(oldest[2]) + per - now, w) end
    wait = math.max(wait, w)
  end
end
if wait > 0 then return tostring(wait) end
for i = 1, #KEYS, 2 do
  redis.call('ZADD', KEYS[i], now + tonumber(ARGV[#ARGV - 1]), ARGV[1])
  redis.call('PEXPIRE', KEYS[i], math.ceil(tonumber(ARGV[#ARGV - 1]) * 1000) + 1000)
end
return '0'
"""
)
"""KEYS: (in flight, answered) per limit. ARGV: the slot id, count and seconds per limit,
then FLIGHT_MAX and the wait when only unanswered slots fill a limit."""
RELEASE = (
    CLOCK
    + """
for i = 1, #KEYS, 2 do
  local per = tonumber(ARGV[(i + 1) / 2 + 1])
  redis.call('ZREM', KEYS[i], ARGV[1])
  redis.call('ZADD', KEYS[i + 1], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[i + 1], math.ceil(per * 1000) + 1000)
end
return 0
"""
)
"""KEYS: as for ACQUIRE. ARGV: the slot id, then each limit's seconds."""


class RedisLimiter:
    """``RateLimiter`` shared through Redis; ``now`` is ignored for Redis's own clock."""

    def __init__(self, client: Redis, prefix: str, hide: Callable[[str], str]) -> None:
        self._prefix, self._hide = prefix, hide
        self._acquire = client.register_script(ACQUIRE)
        self._release = client.register_script(RELEASE)
        self._taken: defaultdict[tuple[str, ...], deque[str]] = defaultdict(deque)
        """Slot ids this process holds, by the limits they were taken for, oldest first."""

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        slot = uuid.uuid4().hex
        args: list[str] = [slot]
        for limit in limits:
            args += [str(limit.count), repr(limit.per)]
        args += [repr(FLIGHT_MAX), repr(ALL_IN_FLIGHT_WAIT)]
        wait = float(await self._acquire(keys=self._keys(limits), args=args))
        if wait == 0:
            self._taken[tuple(limit.key for limit in limits)].append(slot)
        return wait

    async def release(self, limits: Sequence[Limit], now: float) -> None:
        held = self._taken.get(tuple(limit.key for limit in limits))
        if not held:
            return
        args = [held.popleft(), *(repr(limit.per) for limit in limits)]
        await self._release(keys=self._keys(limits), args=args)

    def _keys(self, limits: Sequence[Limit]) -> list[str]:
        keys = []
        for limit in limits:
            base = f"{self._prefix}:pace:{self._hide(limit.key)[:32]}"
            keys += [f"{base}:flight", f"{base}:answered"]
        return keys
