"""Screening in the browser, over real HTTP and WebSocket: the same flow as in Telegram, an
option switched on redraws the question in place, and no check-in is promised on the web."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import aiohttp

from bot.config import Settings
from tests.conftest import running
from tests.e2e.test_screening import MONDAY_NOON, Clock, name_of, say
from tests.e2e.test_web_chat import Browser


async def test_a_russian_speaker_in_kutaisi_finds_legal_help_in_the_browser(
    settings_for: Callable[..., Settings],
) -> None:
    session = secrets.token_urlsafe(18)
    async with running(settings_for(), clock=Clock(MONDAY_NOON)) as gza:
        base = f"http://127.0.0.1:{gza.web_port}"
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(f"{base}/ws?session={session}") as ws,
        ):
            tab = Browser(ws)
            await tab.send(type="start", lang="ru")
            for count, press in enumerate(
                ("choose-language|ru", "privacy-note|ok", "ask-danger|no", "menu|find"), 2
            ):
                await tab.send(type="button", payload=press)
                await tab.receive_until(count)
            assert "ask-city|imereti" in tab.last_payloads()

            await tab.send(type="button", payload="ask-city|imereti")
            await tab.receive_until(6)
            await tab.send(type="button", payload="ask-city>imereti|kutaisi")
            await tab.receive_until(7)
            await tab.send(type="button", payload="ask-needs|legal")
            redrawn = (await tab.receive_until(8))[7]
            assert redrawn["replace"] is True  # the page swaps the question, no new bubble
            labels = [b["label"] for row in redrawn["buttons"] for b in row]
            assert "✓ " + say("ru", "need-legal") in labels

            await tab.send(type="button", payload="ask-needs|~done")
            cards, footer = (await tab.receive_until(10))[8:10]
            assert name_of("open-door-legal-advice", "ru") in cards["text"]
            assert say("ru", "reason-language", language="ru") in cards["text"]
            assert footer["text"] == say("ru", "results-next")

            await tab.send(type="button", payload="results|later")
            await tab.receive_until(11)
            await tab.send(type="button", payload="follow-up-consent|yes")
            refused, menu = (await tab.receive_until(13))[11:13]
            assert refused["text"] == say("ru", "followup-web-unavailable")
            assert menu["text"] == say("ru", "menu-title")
