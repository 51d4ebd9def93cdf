"""What several processes of one bot share besides the database: with ``[redis] url`` set,
the rate limits (so the bot's limits hold for all processes together) and the web chat's
fan-out (so a reply reaches a browser whose socket another process holds). Without it, both
stay in this process, as one process on SQLite needs."""

from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass

from redis.asyncio import Redis

from bot.channels.web.relay import RedisRelay, Relay
from bot.config import Settings
from bot.privacy.pseudonyms import Pseudonyms
from bot.services.pacing import RateLimiter
from bot.storage.redis_pacing import RedisLimiter


@dataclass(frozen=True)
class Shared:
    redis: Redis | None = None
    limiter: RateLimiter | None = None
    """None: each channel counts its limits in process."""
    relay: Relay | None = None
    """None: a web chat reply reaches only the tabs this process holds."""


async def shared(settings: Settings, stack: AsyncExitStack, pseudonyms: Pseudonyms) -> Shared:
    """Connect to Redis when configured (closed with ``stack``); fail at start, not later."""
    if settings.redis.url is None:
        return Shared()
    client = Redis.from_url(settings.redis.url.get_secret_value())
    stack.push_async_callback(client.aclose)
    await client.ping()
    prefix = settings.redis.prefix
    limiter = RedisLimiter(client, prefix, lambda key: pseudonyms.opaque("pace", key))
    relay = RedisRelay(client, prefix, lambda session: pseudonyms.opaque("tab", session))
    return Shared(client, limiter, relay)
