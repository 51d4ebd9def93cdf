"""Two Gza processes on one database and one Redis: the browser's socket is held by one, the
reply is delivered by the other, and reaches the tab through Redis pub/sub."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import aiohttp

from bot.config import RedisSettings, Settings
from tests.conftest import running
from tests.e2e.test_web_chat import Browser


async def test_a_reply_reaches_a_tab_whose_socket_another_process_holds(
    settings_for: Callable[..., Settings], redis_url: str, redis_prefix: str
) -> None:
    shared = RedisSettings(url=redis_url, prefix=redis_prefix)  # type: ignore[arg-type]
    session = secrets.token_urlsafe(18)
    async with (
        running(settings_for(redis=shared)) as holder,
        running(settings_for(redis=shared)) as sender,
        aiohttp.ClientSession() as http,
    ):
        holder.workers[1].cancel()  # the holder's outbox is stopped: only the other delivers
        url = f"http://127.0.0.1:{holder.web_port}/ws?session={session}"
        async with http.ws_connect(url) as ws:
            tab = Browser(ws)
            await tab.send(type="start", lang="en")
            (reply,) = await tab.receive_until(1, timeout=30)
            assert reply["type"] == "message" and reply["buttons"]
    assert sender.web_port != holder.web_port
