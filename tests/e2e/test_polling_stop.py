"""Stopping while a getUpdates call waits in Telegram leaves it cleanly: the call is abandoned,
nothing is committed, and the log says nothing (a stop is not an error; it once logged an
``InvalidStateError`` traceback, reading the result of a call it had just cancelled)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.channels.telegram.polling import poll
from tests.conftest import TOKEN
from tests.fake_telegram import FakeTelegram


class Intake:
    """Counts what polling commits."""

    def __init__(self) -> None:
        self.batches: list[list[Any]] = []

    async def receive_many(self, channel: str, updates: list[Any]) -> None:
        self.batches.append(updates)


async def test_a_stop_during_a_long_poll_ends_it_with_a_clean_log(
    fake_telegram: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    fake = fake_telegram
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.base)))
    intake, stopping = Intake(), asyncio.Event()
    caplog.set_level(logging.DEBUG)
    try:
        polling = asyncio.ensure_future(poll(bot, intake, 30, stopping))
        await fake.wait_for(lambda: any(c.method == "getUpdates" for c in fake.calls))
        stopping.set()
        await asyncio.wait_for(polling, 5)  # not the 30 s of the long poll
    finally:
        await bot.session.close()
    assert polling.exception() is None
    assert intake.batches == []
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert loud == [], [(r.name, r.getMessage(), r.exc_info) for r in loud]
