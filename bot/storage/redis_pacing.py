"""The pacing port on Redis: every process of the bot counts its messages in the same sliding
windows, so "25 a second" holds for all of them together, not for each.

One Lua script checks every limit and takes a slot of each, or none, atomically. Windows are
sorted sets of slot times, on Redis's own clock (``TIME``), so the hosts' clocks need not
agree. Keys are pseudonymised (``hide``): a chat id never reaches Redis."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from redis.asyncio import Redis

from bot.services.pacing import Limit

ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local wait = 0
for i, key in ipairs(KEYS) do
  local count, per = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - per)
  local n = redis.call('ZCARD', key)
  if n >= count then
    local nth = redis.call('ZRANGE', key, n - count, n - count, 'WITHSCORES')
    wait = math.max(wait, tonumber(nth[2]) + per - now)
  end
end
if wait > 0.000001 then
  return tostring(wait)
end
for i, key in ipairs(KEYS) do
  local per = tonumber(ARGV[2 * i + 1])
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, math.ceil(per * 1000) + 1000)
end
return '0'
"""
"""KEYS: one window per limit. ARGV: a unique slot id, then each limit's count and seconds."""


class RedisLimiter:
    """``RateLimiter`` shared through Redis; ``now`` is ignored for Redis's own clock."""

    def __init__(self, client: Redis, prefix: str, hide: Callable[[str], str]) -> None:
        self._prefix, self._hide = prefix, hide
        self._script = client.register_script(ACQUIRE)

    async def acquire(self, limits: Sequence[Limit], now: float) -> float:
        keys = [self._key(limit.key) for limit in limits]
        args: list[str] = [uuid.uuid4().hex]
        for limit in limits:
            args += [str(limit.count), repr(limit.per)]
        return float(await self._script(keys=keys, args=args))

    def _key(self, key: str) -> str:
        return f"{self._prefix}:pace:{self._hide(key)[:32]}"
