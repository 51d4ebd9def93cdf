"""Three ``gza run`` processes on one PostgreSQL database and one Redis, in webhook mode, the
updates spread over them as a load balancer would, one of them SIGKILLed in the middle.

Checked from outside, on the fake Bot API: every person's replies are exactly those of a
person walked alone (0 lost, per-chat order kept), a reply appears twice only in the documented
window (the killed process had it accepted and died before recording it, at most one per lane
it had), each sweep ran once per period in one process at a time (taken over after the kill),
and the bot's global and per-chat limits held across the three processes together.

Runs when PostgreSQL (GZA_TEST_POSTGRES_URL) and Redis are available; skipped otherwise."""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.conftest import MASTER_KEY, PEPPER, POSTGRES_URL, ROOT, TOKEN, prepared_database
from tests.fake_telegram import FakeTelegram, FakeUser

pytestmark = pytest.mark.skipif(POSTGRES_URL is None, reason="needs GZA_TEST_POSTGRES_URL")

WALK = (
    ("message", "/start"),
    ("callback_query", "choose-language|en"),
    ("callback_query", "privacy-note|ok"),
    ("callback_query", "ask-danger|no"),
)
PERSONS = 24
SECRET = "three-processes"
SWEEP_SECONDS = 3.0
GLOBAL_RATE, CHAT_RATE, CHAT_BURST = 8, 2.0, 2
LANES, CLAIM_SECONDS = 4, 15
"""A claim of 6 s once lapsed while its process was alive but starved of CPU (three processes,
the database and the test on two cores), and another process sent the reply again. The order
now holds even then (a process records no reply another has taken over), but the copy would
count beyond the window checked here; 15 s keeps a busy machine out of it."""
REPLIES = ("sendMessage", "editMessageText", "sendPhoto", "copyMessage")
"""The paced methods: what a person sees, and what the limits count."""
SWEEP_RUN = re.compile(r"^(\S+ \S+) INFO bot\.services\.leases sweep\.run name=(\S+)", re.M)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Process:
    """One ``gza run``, its webhook port, and its log file."""

    def __init__(self, number: int, fake: FakeTelegram, redis: str, prefix: str, log: Path):
        self.number, self.port, self.log = number, free_port(), log
        self.env = {
            **os.environ,
            "GZA_CONFIG": str(ROOT / "config.example.toml"),
            "GZA_DATABASE__URL": str(POSTGRES_URL),
            "GZA_SECRETS__PEPPER": PEPPER,
            "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]',
            "GZA_SECRETS__FILE": "/nonexistent/secrets.toml",
            "GZA_TELEGRAM__TOKEN": TOKEN,
            "GZA_TELEGRAM__API_BASE": fake.base,
            "GZA_TELEGRAM__MODE": "webhook",
            "GZA_TELEGRAM__WEBHOOK_URL": "https://gza.example.org/telegram/webhook",
            "GZA_TELEGRAM__SECRET_TOKEN": SECRET,
            "GZA_TELEGRAM__GLOBAL_RATE": str(GLOBAL_RATE),
            "GZA_TELEGRAM__CHAT_RATE": str(CHAT_RATE),
            "GZA_TELEGRAM__CHAT_BURST": str(CHAT_BURST),
            "GZA_TELEGRAM__REQUEST_TIMEOUT": "2",
            "GZA_WEB__ENABLED": "false",
            "GZA_WEB__HOST": "127.0.0.1",
            "GZA_WEB__PORT": str(self.port),
            "GZA_DELIVERY__POLL_INTERVAL": "0.2",
            "GZA_DELIVERY__OUTBOX_LANES": str(LANES),
            "GZA_DELIVERY__CLAIM_SECONDS": str(CLAIM_SECONDS),
            "GZA_RETENTION__SWEEP_MINUTES": str(SWEEP_SECONDS / 60),
            "GZA_DIRECTORY__FOLLOW_UP_SWEEP_MINUTES": str(SWEEP_SECONDS / 60),
            "GZA_DIRECTORY__DIGEST_SWEEP_MINUTES": str(SWEEP_SECONDS / 60),
            "GZA_REDIS__URL": redis,
            "GZA_REDIS__PREFIX": prefix,
            "GZA_LOGGING__LEVEL": "INFO",
        }
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("wb") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=self.env, stdout=out, stderr=out
            )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram/webhook"

    def sweep_runs(self) -> list[tuple[datetime, str, int]]:
        text = self.log.read_text("utf-8", "replace")
        return [
            (datetime.strptime(at, "%Y-%m-%d %H:%M:%S,%f"), name, self.number)
            for at, name in SWEEP_RUN.findall(text)
        ]


class Balancer:
    """Telegram's side of webhooks behind a load balancer: each update goes to the next
    process in turn, and is sent again (to the next one) until one answers 200."""

    def __init__(self, processes: list[Process], http: aiohttp.ClientSession) -> None:
        self.processes, self.http, self.turn = processes, http, 0

    async def deliver(self, update: dict[str, Any], timeout: float = 120.0) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with asyncio.timeout(timeout):
            while True:
                process = self.processes[self.turn % len(self.processes)]
                self.turn += 1
                try:
                    async with self.http.post(process.url, json=update, headers=headers) as r:
                        if r.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)  # that process is down: the next one, as Telegram would

    async def ready(self, timeout: float = 240.0) -> None:
        """Every process answers (a request without the secret is refused: it is up)."""
        async with asyncio.timeout(timeout):
            for process in self.processes:
                while True:
                    try:
                        async with self.http.post(process.url, json={}) as r:
                            if r.status == 401:
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)


async def walk(fake: FakeTelegram, balancer: Balancer, user: FakeUser, wait: bool) -> None:
    """The person's updates in order (each committed before the next is sent, as Telegram
    does for one chat); with ``wait``, each reply is awaited before the next step."""
    for step, (kind, value) in enumerate(WALK, start=1):
        if kind == "message":
            uid = await fake.send_text(user, value)
        else:
            uid = await fake.press(user, value)
        await balancer.deliver({"update_id": uid, kind: fake.updates_sent[uid]})
        if wait:
            await fake.wait_for(lambda s=step: len(replies(fake, user.id)) >= s, 60)


def replies(fake: FakeTelegram, chat: int) -> list[tuple[str, str]]:
    return [
        (c.method, str(c.params.get("text") or c.params.get("caption") or ""))
        for c in fake.calls
        if c.method in REPLIES and c.status == 200 and str(c.params.get("chat_id")) == str(chat)
    ]


def undoubled(sequence: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], int]:
    """The sequence with each immediate repeat removed, and how many were removed."""
    kept = [item for i, item in enumerate(sequence) if i == 0 or item != sequence[i - 1]]
    return kept, len(sequence) - len(kept)


def most_in_window(times: list[float], count: int, per: float) -> bool:
    """True when no ``count + 1`` of ``times`` fall within ``per`` seconds."""
    times = sorted(times)
    return all(times[i + count] - times[i] >= per for i in range(len(times) - count))


@pytest.fixture
async def processes(
    fake_telegram: FakeTelegram, redis_url: str, redis_prefix: str, tmp_path: Path
) -> AsyncIterator[list[Process]]:
    await prepared_database("postgres", tmp_path)
    group = [
        Process(n, fake_telegram, redis_url, redis_prefix, tmp_path / f"gza-{n}.log")
        for n in range(3)
    ]
    await asyncio.gather(*(p.start() for p in group))
    try:
        yield group
    finally:
        for p in group:
            if p.proc is not None and p.proc.returncode is None:
                p.proc.send_signal(signal.SIGTERM)
        await asyncio.gather(*(p.proc.wait() for p in group if p.proc is not None))


@pytest.mark.timeout(480)  # three cold starts of `gza run` take minutes on a loaded machine
async def test_three_processes_lose_nothing_double_nothing_and_share_the_limits(
    fake_telegram: FakeTelegram, processes: list[Process]
) -> None:
    fake = fake_telegram
    async with aiohttp.ClientSession() as http:
        balancer = Balancer(processes, http)
        await balancer.ready()
        print("ready", datetime.now())
        reference = FakeUser(id=9_100_000, language_code="en")
        await walk(fake, balancer, reference, wait=True)
        await asyncio.sleep(1.0)  # anything a step sends after its first reply
        expected = replies(fake, reference.id)
        assert len(expected) >= len(WALK) and undoubled(expected)[1] == 0

        people = [FakeUser(id=9_100_001 + n, language_code="en") for n in range(PERSONS)]
        walks = [asyncio.ensure_future(walk(fake, balancer, p, wait=False)) for p in people]
        await fake.wait_for(lambda: sum(len(replies(fake, p.id)) for p in people) >= PERSONS, 120)
        await asyncio.sleep(SWEEP_SECONDS)  # let the sweeps run a period or two first
        victim = sweeping(processes) or processes[0]
        print("killing", victim.number, datetime.now())
        killed_at = datetime.now()
        assert victim.proc is not None
        victim.proc.send_signal(signal.SIGKILL)
        await victim.proc.wait()
        await asyncio.gather(*walks)
        done_for = lambda fake, p: len(undoubled(replies(fake, p.id))[0]) >= len(expected)  # noqa: E731
        done = lambda: all(done_for(fake, p) for p in people)  # noqa: E731
        try:
            await fake.wait_for(done, 240)
        except AssertionError:
            short = {p.id: len(replies(fake, p.id)) for p in people if not done_for(fake, p)}
            raise AssertionError(f"replies still missing (person: replies) {short}") from None
        print("all replied", datetime.now())
        await asyncio.sleep(SWEEP_SECONDS * 2)  # the survivors take the sweeps over

    doubled = 0
    for person in people:
        kept, twice = undoubled(replies(fake, person.id))
        assert kept == expected, f"person {person.id - 9_100_000}"
        doubled += twice
    assert doubled <= LANES  # only what the killed process had in hand

    check_sweeps([run for p in processes for run in p.sweep_runs()], victim.number, killed_at)
    paced = [c for c in fake.calls if c.method in REPLIES and c.status == 200]
    assert most_in_window([c.at for c in paced], GLOBAL_RATE, 1.0)
    for person in [reference, *people]:
        times = [c.at for c in paced if str(c.params.get("chat_id")) == str(person.id)]
        assert most_in_window(times, CHAT_BURST, CHAT_BURST / CHAT_RATE)


def sweeping(processes: list[Process]) -> Process | None:
    """The process that last ran the retention sweep: killing it tests the take-over."""
    runs = sorted(run for p in processes for run in p.sweep_runs() if run[1] == "retention")
    return processes[runs[-1][2]] if runs else None


def check_sweeps(runs: list[tuple[datetime, str, int]], killed: int, killed_at: datetime) -> None:
    """Once per period, by one process at a time; after the kill, by a survivor."""
    for name in {name for _, name, _ in runs}:
        mine = sorted(run for run in runs if run[1] == name)
        gaps = [(b[0] - a[0]).total_seconds() for a, b in itertools.pairwise(mine)]
        assert all(gap >= SWEEP_SECONDS * 0.5 for gap in gaps), (name, gaps)
        assert any(at > killed_at and who != killed for at, _, who in mine), name
