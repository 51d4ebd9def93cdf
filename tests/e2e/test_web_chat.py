"""The local web chat over real HTTP and WebSocket."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Callable
from typing import Any

import aiohttp
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import DisguiseSettings, Settings
from bot.storage.database import create_engine
from tests.conftest import running


class Browser:
    """One browser tab: sends like chat.js does and collects what the server pushes."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.messages: list[dict[str, Any]] = []
        self.acks: list[str] = []

    async def send(self, **message: Any) -> str:
        message.setdefault("id", secrets.token_urlsafe(8))
        await self.ws.send_str(json.dumps(message))
        return str(message["id"])

    async def receive_until(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        async with asyncio.timeout(timeout):
            while len(self.messages) < count:
                data = json.loads((await self.ws.receive()).data)
                if data["type"] == "ack":
                    self.acks.append(data["id"])
                else:
                    self.messages.append(data)
        return self.messages

    def last_payloads(self) -> list[str]:
        return [b["payload"] for row in self.messages[-1]["buttons"] for b in row]


async def test_the_conversation_works_in_the_browser_in_two_languages(
    settings_for: Callable[..., Settings],
) -> None:
    session = secrets.token_urlsafe(18)
    async with running(settings_for()) as gza, aiohttp.ClientSession() as http:
        base = f"http://127.0.0.1:{gza.web_port}"
        page = await http.get(base + "/", headers={"Accept-Language": "hy-AM,hy;q=0.9"})
        assert page.status == 200 and '<html lang="hy">' in await page.text()
        async with http.ws_connect(f"{base}/ws?session={session}") as ws:
            tab = Browser(ws)
            start_id = await tab.send(type="start", lang="bg", entry="batumi")
            messages = await tab.receive_until(1)
            assert start_id in tab.acks
            assert messages[0]["text"].startswith("Здравейте")
            assert tab.last_payloads()[0] == "choose-language|bg"

            await tab.send(type="button", payload="choose-language|hy")
            await tab.send(type="button", payload="privacy-note|ok")
            await tab.send(type="button", payload="ask-danger|yes")
            messages = await tab.receive_until(6)  # numbers, the nearest help, who answers
            assert "112" in messages[3]["text"]
            assert any("\u0530" <= ch <= "\u058f" for ch in messages[3]["text"])  # Armenian

            await tab.send(type="text", text="<script>alert(1)</script>" * 500)
            messages = await tab.receive_until(8)
            assert "112" in messages[6]["text"]  # the kind answer keeps the number in view
            assert messages[7]["text"] == messages[3]["text"]

            await tab.send(type="button", payload="~exit")
            messages = await tab.receive_until(10)
            assert messages[8] == {"type": "clear"}  # the page is wiped first
            assert messages[9]["buttons"] == []  # then one neutral line


async def test_replies_wait_for_a_browser_that_reconnects(
    settings_for: Callable[..., Settings],
) -> None:
    session = secrets.token_urlsafe(18)
    async with running(settings_for()) as gza, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{gza.web_port}/ws?session={session}"
        async with http.ws_connect(url) as ws:
            tab = Browser(ws)
            await tab.send(type="start", lang="en")
            await tab.receive_until(1)
            await tab.send(type="button", payload="choose-language|en")
            await tab.receive_until(2)
            # The tab closes right after sending; the reply must wait for it.
            await tab.send(type="button", payload="privacy-note|ok")
            async with asyncio.timeout(5):
                while not tab.acks[2:]:
                    data = json.loads((await ws.receive()).data)
                    if data["type"] == "ack":
                        tab.acks.append(data["id"])
                    else:
                        tab.messages.append(data)
        async with http.ws_connect(url) as ws:
            again = Browser(ws)
            again.messages = list(tab.messages)
            messages = await again.receive_until(3)
            assert messages[2]["text"] == "Are you in danger right now?"
            assert [m["text"] for m in messages].count(messages[2]["text"]) == 1


async def test_bad_sessions_and_unreadable_messages_are_refused_cleanly(
    settings_for: Callable[..., Settings],
) -> None:
    async with running(settings_for()) as gza, aiohttp.ClientSession() as http:
        base = f"ws://127.0.0.1:{gza.web_port}/ws"
        async with http.ws_connect(base + "?session=short") as ws:
            closing = await ws.receive()
            assert closing.type == aiohttp.WSMsgType.CLOSE and ws.close_code == 4400
        async with http.ws_connect(f"{base}?session={secrets.token_urlsafe(18)}") as ws:
            await ws.send_str("not json")
            assert json.loads((await ws.receive()).data) == {
                "type": "error",
                "reason": "unreadable",
            }
            tab = Browser(ws)
            await tab.send(
                type="sticker", what="🦄", lang="en"
            )  # a new person: the conversation starts
            await tab.send(type="button", payload=["not", "text"], lang="en")
            messages = await tab.receive_until(3)
            assert messages[1]["text"].startswith("Sorry, I can only read the buttons")
            assert messages[2]["text"] == messages[0]["text"]


async def test_the_page_is_calm_and_neutral_when_disguised(
    settings_for: Callable[..., Settings],
) -> None:
    calm = settings_for()
    disguised = settings_for(disguise=DisguiseSettings(neutral_web=True))
    for settings, title in [(calm, "Gza"), (disguised, "Notes")]:
        async with running(settings) as gza, aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{gza.web_port}"
            page = await (await http.get(base + "/", headers={"Accept-Language": "en"})).text()
            assert (
                f"<title>{title}</title>" in page and f'<h1 data-text="title">{title}</h1>' in page
            )
            assert "help" not in page.split("<script")[0].lower()
            config = json.loads(page.split('type="application/json">')[1].split("</script>")[0])
            assert config["exitUrl"] == settings.web.exit_url
            assert set(config["texts"]) == set(settings.i18n.locales)
            assert config["locationSteps"] == ["ask-city"]
            icon = await http.get(base + "/favicon.ico")
            assert icon.status == 200 and icon.content_type == "image/svg+xml"


async def _web_outbox(engine: AsyncEngine) -> tuple[int, int]:
    """(all, sent) replies ever queued for the web chat."""
    async with engine.connect() as conn:
        query = text(
            "SELECT count(*), sum(CASE WHEN status = 'sent' THEN 1 ELSE 0 END)"
            " FROM outbox WHERE channel = 'web'"
        )
        total, sent = (await conn.execute(query)).one()
        return int(total), int(sent or 0)


async def test_quick_exits_beacon_ends_the_session(settings_for: Callable[..., Settings]) -> None:
    session = secrets.token_urlsafe(18)
    settings = settings_for()
    async with running(settings) as gza, aiohttp.ClientSession() as http:
        base = f"http://127.0.0.1:{gza.web_port}"
        async with http.ws_connect(f"{base}/ws?session={session}") as ws:
            tab = Browser(ws)
            await tab.send(type="start", lang="en")
            await tab.receive_until(1)
            await tab.send(type="button", payload="choose-language|hy")
            messages = await tab.receive_until(2)
            assert messages[1]["lang"] == "hy"  # the page's words follow the conversation
            refused = await http.post(
                base + "/leave", data=session, headers={"Origin": "http://elsewhere"}
            )
            assert refused.status == 403
            left = await http.post(base + "/leave", data=session)
            assert left.status == 204
            async with asyncio.timeout(5):
                assert (await ws.receive()).type in (
                    aiohttp.WSMsgType.CLOSE,
                    aiohttp.WSMsgType.CLOSED,
                )
        # The goodbye for the closed tab is not retried for days: nobody will read it.
        engine = create_engine(settings.database.url)
        try:
            async with asyncio.timeout(10):
                # two questions, then the exit's clear and goodbye: all done, none waiting. The
                # second question's row is gone when the exit came before it was recorded as
                # sent (the exit takes back every reply not yet recorded; the tab is cleared).
                while await _web_outbox(engine) not in ((3, 3), (4, 4)):  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
        finally:
            await engine.dispose()
        async with http.ws_connect(f"{base}/ws?session={session}") as ws:
            tab = Browser(ws)
            await tab.send(type="resume")
            async with asyncio.timeout(10):
                while not tab.messages or not tab.messages[-1].get("buttons"):
                    await tab.receive_until(len(tab.messages) + 1)
            assert tab.last_payloads()[0] == "choose-language|hy"  # the session ended: afresh
        bad = await http.post(base + "/leave", data="short")
        assert bad.status == 400
