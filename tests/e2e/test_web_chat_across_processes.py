"""Gza processes on one database and one Redis: the browser's socket is held by one, the
reply is delivered by another, and reaches the tab through Redis pub/sub; a quick exit's beacon
landing on a process that does not hold the tab still ends it everywhere."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable

import aiohttp
from aiohttp import WSMsgType
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import RedisSettings, Settings
from bot.storage.database import create_engine
from tests.conftest import running
from tests.e2e.test_web_chat import Browser
from tests.e2e.test_web_chat import _web_outbox as web_outbox


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


async def test_quick_exit_through_another_process_closes_the_tab_and_drops_its_replies(
    settings_for: Callable[..., Settings], redis_url: str, redis_prefix: str
) -> None:
    """The tab's socket is on the holder, the beacon lands on a second process and the
    replies are delivered by a third: the holder closes the socket, and the exit's clear and
    goodbye are done with (sent or dropped), not kept for days for a tab that is gone."""
    shared = RedisSettings(url=redis_url, prefix=redis_prefix)  # type: ignore[arg-type]
    session = secrets.token_urlsafe(18)
    settings = settings_for(redis=shared)
    async with (
        running(settings) as holder,
        running(settings) as beacon,
        running(settings) as deliverer,
        aiohttp.ClientSession() as http,
    ):
        holder.workers[1].cancel()  # only the third process delivers
        beacon.workers[1].cancel()
        url = f"http://127.0.0.1:{holder.web_port}/ws?session={session}"
        async with http.ws_connect(url) as ws:
            tab = Browser(ws)
            await tab.send(type="start", lang="en")
            await tab.receive_until(1, timeout=30)
            await tab.send(type="button", payload="choose-language|en")
            await tab.receive_until(2, timeout=30)
            left = await http.post(f"http://127.0.0.1:{beacon.web_port}/leave", data=session)
            assert left.status == 204
            async with asyncio.timeout(30):
                while (await ws.receive()).type not in (WSMsgType.CLOSE, WSMsgType.CLOSED):
                    pass  # the exit's clear may arrive before the close
        engine = create_engine(settings.database.url)
        try:
            # two questions, then the exit's clear and goodbye (and perhaps a clear of a reply
            # that crossed the exit): all done, none waiting. The second question's row is gone
            # when the exit came before it was recorded as sent (the exit takes back every
            # reply not yet recorded; the tab is cleared anyway).
            await until_done(engine, at_least=3, timeout=60)
        finally:
            await engine.dispose()
    assert deliverer.web_port not in (holder.web_port, beacon.web_port)


async def until_done(engine: AsyncEngine, at_least: int, timeout: float) -> None:
    """Until the web chat's outbox holds ``at_least`` replies, all of them done."""

    async def done() -> bool:
        total, sent = await web_outbox(engine)
        return total >= at_least and sent == total

    try:
        async with asyncio.timeout(timeout):
            while not await done():  # noqa: ASYNC110 (polls the database)
                await asyncio.sleep(0.1)
    except TimeoutError:
        async with engine.connect() as conn:
            query = "SELECT status, attempts, error, claimed_by FROM outbox WHERE channel = 'web'"
            rows = [tuple(row) for row in (await conn.execute(text(query))).all()]
        raise AssertionError(f"the web outbox is not done: {rows}") from None
