"""The process is killed after an update was acknowledged but before its reply was sent: the
reply is delivered after the restart, once."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import MASTER_KEY, PEPPER, ROOT, TOKEN
from tests.fake_telegram import FakeTelegram, FakeUser

STARTUP = 120.0
"""Seconds a start may take: imports alone take 40 s on a busy shared machine."""


async def start_gza(fake: FakeTelegram, database_url: str) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "GZA_CONFIG": str(ROOT / "config.example.toml"),
        "GZA_TELEGRAM__TOKEN": TOKEN,
        "GZA_TELEGRAM__API_BASE": fake.base,
        "GZA_TELEGRAM__POLLING_TIMEOUT": "1",
        "GZA_DATABASE__URL": database_url,
        "GZA_WEB__ENABLED": "false",
        "GZA_SECRETS__PEPPER": PEPPER,
        "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]',
        "GZA_SECRETS__FILE": "/nonexistent/secrets.toml",
        "GZA_DELIVERY__POLL_INTERVAL": "0.1",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


@pytest.mark.timeout(600)
async def test_reply_is_delivered_after_a_kill_between_ack_and_send(
    fake_telegram: FakeTelegram, database_url: str, tmp_path: Path
) -> None:
    fake, user = fake_telegram, FakeUser(id=7770001, language_code="az")
    fake.hang("sendMessage")
    first = await start_gza(fake, database_url)
    try:
        update_id = await fake.send_text(user, "/start")
        await fake.wait_for(lambda: fake.confirmed_offset > update_id, timeout=STARTUP)
        await fake.wait_for(lambda: any(c.method == "sendMessage" for c in fake.calls), STARTUP)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert fake.texts_to(user.id) == []  # acknowledged to Telegram, not yet answered
    fake.released.set()

    second = await start_gza(fake, database_url)
    try:
        await fake.wait_for_texts(user.id, 1, timeout=STARTUP)
        await fake.send_text(user, "/menu")
        await fake.wait_for_texts(user.id, 2, timeout=STARTUP)
    finally:
        second.send_signal(signal.SIGTERM)
        await second.wait()
    delivered = fake.texts_to(user.id)
    assert delivered[0].startswith("Salam")  # the reply to /start, in Azerbaijani
    assert len(delivered) == 2 and delivered[1] != delivered[0]  # once, then the menu
