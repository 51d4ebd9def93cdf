"""SIGTERM (docker stop, systemd) and SIGINT (Ctrl+C) stop a real ``gza run`` gracefully: it
stops taking updates, finishes or hands back what it holds, closes the database, and exits 0
within the configured grace. Nothing is lost: a reply cut short is sent after the restart."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest

from tests.conftest import MASTER_KEY, PEPPER, ROOT, TOKEN
from tests.fake_telegram import FakeTelegram, FakeUser

GRACE = 3.0
STARTUP = 120.0
"""Seconds a start may take: imports alone take 40 s on a busy shared machine."""
EXIT_SLACK = 1.5
"""Seconds past the grace for the interpreter itself to end (after Gza has stopped)."""


@dataclass
class Stopped:
    returncode: int
    seconds: float
    stdout: str
    stderr: str


@asynccontextmanager
async def gza_process(fake: FakeTelegram, database_url: str) -> AsyncIterator[Gza]:
    env = {
        **os.environ,
        "GZA_CONFIG": str(ROOT / "config.example.toml"),
        "GZA_TELEGRAM__TOKEN": TOKEN,
        "GZA_TELEGRAM__API_BASE": fake.base,
        "GZA_TELEGRAM__POLLING_TIMEOUT": "1",
        "GZA_TELEGRAM__CHAT_RATE": "50",
        "GZA_TELEGRAM__CHAT_BURST": "10",
        "GZA_DATABASE__URL": database_url,
        "GZA_WEB__ENABLED": "false",
        "GZA_SECRETS__PEPPER": PEPPER,
        "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]',
        "GZA_SECRETS__FILE": "/nonexistent/secrets.toml",
        "GZA_DELIVERY__POLL_INTERVAL": "0.1",
        "GZA_PROCESS__STOP_GRACE_SECONDS": str(GRACE),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    gza = Gza(process)
    try:
        yield gza
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


@dataclass
class Gza:
    process: asyncio.subprocess.Process

    async def stop(self, number: signal.Signals) -> Stopped:
        started = time.monotonic()
        self.process.send_signal(number)
        stdout, stderr = await asyncio.wait_for(self.process.communicate(), GRACE + 30)
        seconds = time.monotonic() - started
        assert self.process.returncode is not None
        return Stopped(self.process.returncode, seconds, stdout.decode(), stderr.decode())


def assert_stopped_gracefully(stopped: Stopped) -> None:
    assert stopped.returncode == 0, stopped.stderr
    assert stopped.seconds < GRACE + EXIT_SLACK, (stopped.seconds, stopped.stderr)
    assert "Stopping: finishing what is in hand (at most 3 s)." in stopped.stdout
    assert stopped.stdout.rstrip().endswith("Gza stopped."), stopped.stdout
    assert "Traceback" not in stopped.stderr, stopped.stderr


@pytest.mark.timeout(600)
async def test_sigterm_then_sigint_stop_within_the_grace_and_lose_or_double_nothing(
    fake_telegram: FakeTelegram, database_url: str
) -> None:
    """SIGTERM comes while a reply hangs in Telegram and eight people have just written; the
    restarted Gza answers everyone exactly once, goes on with the talk, and stops on SIGINT."""
    fake, user = fake_telegram, FakeUser(id=7780001, language_code="en")
    people = [FakeUser(id=7790000 + n, language_code="ru") for n in range(8)]
    async with gza_process(fake, database_url) as gza:
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1, timeout=STARTUP)
        fake.hang("sendMessage")  # the next reply is in hand when the signal comes
        await fake.press(user, "choose-language|uk")
        await fake.wait_for(lambda: len([c for c in fake.calls if c.method == "sendMessage"]) > 1)
        for person in people:
            await fake.send_text(person, "/start")
        await fake.wait_for(lambda: fake.confirmed_offset > 0 and fake.updates == [])
        stopped = await gza.stop(signal.SIGTERM)
    assert_stopped_gracefully(stopped)
    assert "cut_short=1" in stopped.stderr  # the hung request was cut at the grace, not before
    assert len(fake.texts_to(user.id)) == 1
    fake.released.set()

    async with gza_process(fake, database_url) as gza:
        await fake.wait_for_texts(user.id, 2, timeout=STARTUP)
        await fake.press(user, "privacy-note|ok")
        await fake.wait_for_texts(user.id, 3, timeout=STARTUP)
        await fake.wait_for(lambda: all(fake.texts_to(p.id) for p in people), timeout=STARTUP)
        for person in people:  # a double of the first reply would come before the second
            await fake.press(person, "choose-language|ru")
        await fake.wait_for(lambda: all(len(fake.texts_to(p.id)) >= 2 for p in people), STARTUP)
        assert_stopped_gracefully(await gza.stop(signal.SIGINT))
    texts = fake.texts_to(user.id)
    assert len(texts) == 3  # the reply handed back was sent once, and the talk went on
    assert texts[2] == "Вам зараз загрожує небезпека?"
    assert [len(fake.texts_to(p.id)) for p in people] == [2] * len(people)
