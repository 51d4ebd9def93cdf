"""The shared limiter: two processes (two clients) counting in the same Redis windows never
let more through together than the limit, take all of a message's slots or none, and never
put a chat id into Redis. Runs when Redis is reachable (GZA_TEST_REDIS_URL, by default the
local one); skipped otherwise."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from bot.privacy.pseudonyms import Pseudonyms
from bot.services.pacing import Limit
from bot.storage.redis_pacing import RedisLimiter
from tests.conftest import REDIS_URL

PSEUDONYMS = Pseudonyms(b"p" * 32)


@pytest.fixture
async def prefix(redis_prefix: str) -> str:
    return redis_prefix


async def limiters(prefix: str, count: int) -> list[RedisLimiter]:
    def hide(key: str) -> str:
        return PSEUDONYMS.opaque("pace", key)

    return [RedisLimiter(Redis.from_url(REDIS_URL), prefix, hide) for _ in range(count)]


async def test_two_processes_together_stay_within_the_limit(prefix: str) -> None:
    a, b = await limiters(prefix, 2)
    limit = [Limit("bot", 5, 30.0)]
    waits = [await (a if n % 2 else b).acquire(limit, 0.0) for n in range(6)]
    assert waits[:5] == [0.0] * 5
    assert 0 < waits[5] <= 0.1  # five still in flight: ask again soon
    for n in range(5):
        await (a if n % 2 else b).release(limit, 0.0)
    assert 29.0 < await a.acquire(limit, 0.0) <= 30.0  # answered: each counts 30 s on


async def test_a_full_limit_takes_no_slot_of_the_others(prefix: str) -> None:
    a, b = await limiters(prefix, 2)
    chat, other, both = Limit("chat:1", 1, 30.0), Limit("chat:2", 1, 30.0), Limit("bot", 2, 30.0)
    assert await a.acquire([chat, both], 0.0) == 0.0
    assert await b.acquire([chat, both], 0.0) > 0  # its chat is full
    assert await b.acquire([other, both], 0.0) == 0.0  # the bot's second slot was kept


async def test_no_chat_id_reaches_redis(prefix: str) -> None:
    (a,) = await limiters(prefix, 1)
    await a.acquire([Limit("chat:5550001", 1, 30.0)], 0.0)
    client = Redis.from_url(REDIS_URL)
    keys = [k.decode() async for k in client.scan_iter(f"{prefix}:*")]
    await client.aclose()
    assert len(keys) == 1 and "5550001" not in keys[0]
