"""Updates aiogram cannot parse never hold up anyone else, in polling or webhook mode: the real
forward from a hidden user (aiogram issue #1840), a kind of update newer than this aiogram, and
a message too broken to read at all. Each is committed, then read or set aside on its own."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select

from bot.config import Settings, TelegramSettings, WebSettings
from bot.storage import models as m
from bot.storage.database import create_engine
from tests.conftest import TOKEN, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

FORWARDER = FakeUser(id=8880001, first_name="Forwarder", language_code="en")
NEWCOMER = FakeUser(id=8880002, first_name="Newcomer", language_code="en")
HOLOGRAPHER = FakeUser(id=8880003, first_name="Holographer")
BROKEN = FakeUser(id=8880004, first_name="Broken")
ANSWER_WITHIN = 1.0
"""Seconds: generous for a reply that takes milliseconds, and far below a stall (forever)."""


def hidden_forward(update_id: int) -> dict[str, Any]:
    """As Telegram sends a legacy forward from a user who hides their account: the origin has
    only ``type`` and ``date``, no ``sender_user_name`` (aiogram issue #1840)."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": 11,
            "date": int(time.time()),
            "chat": FORWARDER.chat(),
            "from": FORWARDER.as_json(),
            "forward_origin": {"type": "hidden_user", "date": 1422450181},
            "text": "forwarded words",
        },
    }


def future_kind(update_id: int) -> dict[str, Any]:
    """A kind of update no Bot API has yet."""
    body = {"id": "h1", "from": HOLOGRAPHER.as_json(), "hologram": {"depth": 3}}
    return {"update_id": update_id, "hologram_call": body}


def chatless_message(update_id: int) -> dict[str, Any]:
    """A message without its chat: nothing can be read from it."""
    body = {"message_id": 12, "date": 0, "from": BROKEN.as_json(), "text": "no chat"}
    return {"update_id": update_id, "message": body}


BAD_UPDATES = (hidden_forward, future_kind, chatless_message)


async def push(fake: FakeTelegram, update: dict[str, Any]) -> int:
    """Queue ``update`` for getUpdates under the fake's next update id."""
    kind = next(k for k in update if k != "update_id")
    return await fake.push(kind, update[kind])


async def inbox_rows(settings: Settings) -> dict[str, tuple[str, str | None]]:
    """update_key's update id -> (status, error) of every stored update."""
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(m.inbox.c.update_key, m.inbox.c.status, m.inbox.c.error)
            )
            return {key.split(":")[-1]: (status, error) for key, status, error in rows}
    finally:
        await engine.dispose()


async def check_aside_and_answered(
    fake: FakeTelegram, settings: Settings, caplog: pytest.LogCaptureFixture, first_id: int
) -> None:
    """The forward was read without its origin and answered, the future kind ignored, the
    broken message set aside (after its retries); the log names fields, never contents."""
    await fake.wait_for_texts(FORWARDER.id, 1)
    rows: dict[str, tuple[str, str | None]] = {}
    for _ in range(200):
        rows = await inbox_rows(settings)
        if rows.get(str(first_id + 2), ("pending",))[0] != "pending":
            break
        await asyncio.sleep(0.05)
    assert rows[str(first_id)][0] == "done"
    assert rows[str(first_id + 1)][0] == "done"
    assert rows[str(first_id + 2)] == ("failed", "Unreadable")
    assert fake.texts_to(HOLOGRAPHER.id) == [] and fake.texts_to(BROKEN.id) == []
    logs = caplog.text
    assert "telegram.update_salvaged dropped=message.forward_origin" in logs
    assert "telegram.update_ignored kind=hologram_call reason=unknown_kind" in logs
    assert "forwarded words" not in logs and "Holographer" not in logs


async def test_polling_reads_past_updates_aiogram_cannot_parse(
    fake_telegram: FakeTelegram,
    settings_for: Callable[..., Settings],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = fake_telegram
    caplog.set_level(logging.INFO)
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.wait_for(lambda: fake.answered("getUpdates") != [])
        # In one getUpdates answer with the /start below (or earlier ones): before, aiogram
        # refused the whole answer, the offset never moved, and nobody was answered.
        ids = [await push(fake, make(0)) for make in BAD_UPDATES]
        last = await fake.send_text(NEWCOMER, "/start")
        await fake.wait_for_texts(NEWCOMER.id, 1, timeout=ANSWER_WITHIN)
        await fake.wait_for(lambda: fake.confirmed_offset > last)
        await check_aside_and_answered(fake, settings, caplog, ids[0])


async def test_webhook_accepts_updates_aiogram_cannot_parse(
    fake_telegram: FakeTelegram,
    settings_for: Callable[..., Settings],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = fake_telegram
    caplog.set_level(logging.INFO)
    telegram = TelegramSettings(
        token=TOKEN,
        api_base=fake.base,
        mode="webhook",  # type: ignore[arg-type]
        webhook_url="https://gza.example.org/telegram/webhook",
        secret_token="s3cret-token",  # type: ignore[arg-type]
        chat_rate=50.0,
        chat_burst=10,
    )
    settings = settings_for(telegram=telegram, web=WebSettings(enabled=False, port=0))
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
    start = {
        "update_id": 104,
        "message": {
            "message_id": 13,
            "date": int(time.time()),
            "chat": NEWCOMER.chat(),
            "from": NEWCOMER.as_json(),
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    async with running(settings) as gza, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{gza.web_port}/telegram/webhook"
        for update_id, make in enumerate(BAD_UPDATES, 101):
            answer = await http.post(url, json=make(update_id), headers=headers)
            assert answer.status == 200  # a refusal would make Telegram send it again, first
        assert (await http.post(url, json=start, headers=headers)).status == 200
        await fake.wait_for_texts(NEWCOMER.id, 1, timeout=ANSWER_WITHIN)
        not_json = await http.post(url, data=b"{not json", headers=headers)
        assert not_json.status == 400
        await check_aside_and_answered(fake, settings, caplog, 101)
