"""The console's sign-in limit holds for all processes together when Redis is configured: two
processes (two clients on one Redis) let through no more attempts from one address in a minute
than the limit, another address is not held back, and no address reaches Redis. Without Redis,
the process counts alone, in a window that slides with the clock. The Redis cases run when Redis
is reachable (GZA_TEST_REDIS_URL); skipped otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis

from bot.channels.console.security import Attempts
from bot.privacy.pseudonyms import Pseudonyms
from bot.storage.redis_pacing import RedisLimiter
from tests.conftest import REDIS_URL

PSEUDONYMS = Pseudonyms(b"p" * 32)
START = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def process(prefix: str, per_minute: int) -> Attempts:
    limiter = RedisLimiter(
        Redis.from_url(REDIS_URL), prefix, lambda key: PSEUDONYMS.opaque("pace", key)
    )
    return Attempts(per_minute, lambda: START, limiter)


async def test_two_processes_share_one_limit_per_address(redis_prefix: str) -> None:
    a, b = process(redis_prefix, 3), process(redis_prefix, 3)
    allowed = [await (a if n % 2 else b).allow("203.0.113.7") for n in range(6)]
    assert allowed == [True, True, True, False, False, False]
    assert await b.allow("198.51.100.2")  # another address has its own count


async def test_no_address_reaches_redis(redis_prefix: str) -> None:
    await process(redis_prefix, 3).allow("203.0.113.7")
    client = Redis.from_url(REDIS_URL)
    keys = [key.decode() async for key in client.scan_iter(f"{redis_prefix}:*")]
    await client.aclose()
    assert keys and not any("203.0.113" in key for key in keys)


async def test_alone_the_process_counts_in_a_sliding_minute() -> None:
    now = [START]
    attempts = Attempts(2, lambda: now[0])
    assert [await attempts.allow("203.0.113.7") for _ in range(3)] == [True, True, False]
    now[0] = START + timedelta(seconds=59)
    assert not await attempts.allow("203.0.113.7")
    now[0] = START + timedelta(seconds=60)
    assert await attempts.allow("203.0.113.7")
