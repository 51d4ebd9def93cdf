"""Web chat fan-out between processes: a reply for a browser tab whose socket another process
holds is published on that tab's Redis channel, and the holder passes it to the socket.

Each process subscribes to the channels of the tabs it holds, and only those. A tab left by quick
exit is announced on its channel (its holder closes the sockets) and remembered in Redis for a
while, so that whichever process delivers drops what is still queued for it instead of keeping
it for a browser that will never come back. Channel and key names are pseudonymised (``hide``):
a session token never reaches Redis."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from redis.asyncio import Redis

log = logging.getLogger(__name__)

Receiver = Callable[[str, dict[str, Any]], Awaitable[None]]
"""Takes (session, message) for a tab this process holds."""
LEFT = {"type": "left"}
"""The message a tab's holder receives when the tab left by quick exit through another process;
never passed to a browser."""
REMEMBER_LEFT_SECONDS = 48 * 3600
"""How long a left tab is remembered: the longest a reply waits in the outbox for its tab."""


class Relay(Protocol):
    async def hold(self, session: str) -> None:
        """This process now holds a socket of ``session``: send its messages here."""

    async def drop(self, session: str) -> None:
        """This process holds no socket of ``session`` any more."""

    async def publish(self, session: str, data: dict[str, Any]) -> bool:
        """Pass ``data`` to whichever process holds ``session``; False when none does."""

    async def leave(self, session: str) -> None:
        """``session`` left by quick exit: its holder gets ``LEFT``, and every process learns
        (``has_left``) that nothing more will reach it."""

    async def has_left(self, session: str) -> bool:
        """True when ``session`` left by quick exit through any process (and has not been
        opened again since)."""

    async def start(self, receive: Receiver) -> None: ...

    async def stop(self) -> None: ...


class RedisRelay:
    def __init__(self, client: Redis, prefix: str, hide: Callable[[str], str]) -> None:
        self._client, self._prefix, self._hide = client, prefix, hide
        self._pubsub = client.pubsub(ignore_subscribe_messages=True)
        self._sessions: dict[str, str] = {}
        self._task: asyncio.Task[None] | None = None

    def _channel(self, session: str) -> str:
        return f"{self._prefix}:web:{self._hide(session)[:32]}"

    def _left_key(self, session: str) -> str:
        return f"{self._prefix}:web-left:{self._hide(session)[:32]}"

    async def start(self, receive: Receiver) -> None:
        # A first subscription opens the connection the listener reads from.
        await self._pubsub.subscribe(f"{self._prefix}:web:-")
        self._task = asyncio.ensure_future(self._listen(receive))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self._pubsub.aclose()

    async def hold(self, session: str) -> None:
        channel = self._channel(session)
        self._sessions[channel] = session
        await self._pubsub.subscribe(channel)
        await self._client.delete(self._left_key(session))  # opened again: it is back

    async def drop(self, session: str) -> None:
        channel = self._channel(session)
        self._sessions.pop(channel, None)
        await self._pubsub.unsubscribe(channel)

    async def publish(self, session: str, data: dict[str, Any]) -> bool:
        return int(await self._client.publish(self._channel(session), json.dumps(data))) > 0

    async def leave(self, session: str) -> None:
        async with self._client.pipeline(transaction=False) as pipe:
            pipe.set(self._left_key(session), b"1", ex=REMEMBER_LEFT_SECONDS)
            pipe.publish(self._channel(session), json.dumps(LEFT))
            await pipe.execute()

    async def has_left(self, session: str) -> bool:
        return bool(await self._client.exists(self._left_key(session)))

    async def _listen(self, receive: Receiver) -> None:
        while True:
            try:
                message = await self._pubsub.get_message(timeout=1.0)
                if message is None:
                    continue
                channel = message["channel"].decode()
                session = self._sessions.get(channel)
                if session is not None:
                    await receive(session, json.loads(message["data"]))
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("web.relay_failed error=%s", type(exc).__name__)
                await asyncio.sleep(1.0)
