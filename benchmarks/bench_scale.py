"""One ``gza run`` against two, on PostgreSQL and Redis in webhook mode, beside the bare-bot
floor: ``python -m benchmarks.bench_scale``.

The walk, the fake Bot API and the figures are ``bench_bot``'s; what differs is the way in.
Here the benchmark is Telegram's side of a webhook behind a load balancer: each update is
posted to the next process in turn (and to the next again should one refuse it), so the two
processes share every chat, as they would behind a real balancer. Printed for the floor (the
bare aiogram bot of ``bare_bot``, fed by webhook), one Gza process and two: CPU milliseconds per
update (summed over the processes), updates per second, reply latency p50/p95/p99, and the
ratio two/one. Each Gza run starts on a fresh schema and its own Redis key prefix.
Not a test: figures depend on the machine (the load average is printed before and after).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from benchmarks.bench_bot import (
    FIRST_PERSON,
    FLOOR,
    BenchTelegram,
    Figures,
    Walks,
    cores_busy,
    cpu_seconds,
    machine_jiffies,
    on_script,
    prepared,
    start,
    stop,
)
from benchmarks.steps import STEPS
from tests.conftest import MASTER_KEY, PEPPER, ROOT, TOKEN
from tests.fake_telegram import FakeUser

SECRET = "bench-scale"
PATH = "/telegram/webhook"
READY_TIMEOUT = 600.0
"""Seconds the processes may take to start: imports alone take a minute on a busy machine."""
STEP_TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Balancer:
    """Each update to the next process in turn; refused or unreachable, to the next one."""

    urls: Sequence[str]
    http: aiohttp.ClientSession
    turn: int = 0
    resent: int = 0

    async def deliver(self, update: dict[str, Any]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with asyncio.timeout(STEP_TIMEOUT):
            while True:
                url = self.urls[self.turn % len(self.urls)]
                self.turn += 1
                try:
                    async with self.http.post(url, json=update, headers=headers) as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                self.resent += 1
                await asyncio.sleep(0.05)

    async def ready(self) -> None:
        """Every process answers (a post without the secret is refused: it is up)."""
        async with asyncio.timeout(READY_TIMEOUT):
            for url in self.urls:
                while True:
                    try:
                        async with self.http.post(url, json={}) as response:
                            if response.status == 401:
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)


async def walk(fake: BenchTelegram, balancer: Balancer, user: FakeUser, walks: Walks) -> None:
    for step in STEPS:
        if not on_script(fake, user, step, walks):
            return
        seen = fake.asked[user.id]
        began = time.perf_counter()
        if step.startswith("/"):
            kind, update_id = "message", await fake.send_text(user, step)
        else:
            kind, update_id = "callback_query", await fake.press(user, step)
        walks.updates += 1
        try:
            await balancer.deliver({"update_id": update_id, kind: fake.updates_sent[update_id]})
            await fake.next_question(user.id, seen)
        except TimeoutError:
            walks.failed += 1
            return
        walks.latencies.append(time.perf_counter() - began)


async def walk_many(
    fake: BenchTelegram, balancer: Balancer, first: int, persons: int, at_once: int
) -> Walks:
    walks, gate = Walks(), asyncio.Semaphore(at_once)

    async def one(number: int) -> None:
        async with gate:
            user = FakeUser(id=first + number, language_code="en")
            await walk(fake, balancer, user, walks)

    await asyncio.gather(*(one(n) for n in range(persons)))
    return walks


@dataclass
class Setup:
    """A bot of ``count`` processes: its command, and each process's environment."""

    name: str
    command: list[str]
    env: dict[str, str]
    count: int
    ports: list[int] = field(default_factory=list)

    def environments(self, api_base: str) -> list[dict[str, str]]:
        self.ports = [free_port() for _ in range(self.count)]
        shared = {**self.env, "BENCH_API_BASE": api_base, "GZA_TELEGRAM__API_BASE": api_base}
        return [
            {**shared, "BENCH_PORT": str(port), "GZA_WEB__PORT": str(port)} for port in self.ports
        ]


async def measure(setup: Setup, args: argparse.Namespace, first: int) -> Figures:
    """Start the processes, warm them up with a few walks, then time ``args.persons`` walks."""
    fake = BenchTelegram(TOKEN)
    await fake.start()
    envs = setup.environments(fake.base)
    processes = [await start(setup.command, env) for env in envs]
    urls = [f"http://127.0.0.1:{port}{PATH}" for port in setup.ports]
    try:
        async with aiohttp.ClientSession() as http:
            balancer = Balancer(urls, http)
            await balancer.ready()
            await walk_many(fake, balancer, first, args.warmup, min(args.warmup, args.at_once))
            pids = [p.pid for p in processes]
            cpu, began, own = sum(map(cpu_seconds, pids)), time.perf_counter(), time.process_time()
            machine = machine_jiffies()
            walks = await walk_many(fake, balancer, first + args.warmup, args.persons, args.at_once)
            wall, cpu = time.perf_counter() - began, sum(map(cpu_seconds, pids)) - cpu
            own, busy = time.process_time() - own, cores_busy(machine, machine_jiffies())
    finally:
        await asyncio.gather(*(stop(p) for p in processes))
        await fake.stop()
    return Figures(setup.name, cpu, wall, walks, own, busy)


def gza_env(url: str, redis: str, prefix: str) -> dict[str, str]:
    return {
        **os.environ,
        "GZA_CONFIG": str(ROOT / "config.example.toml"),
        "GZA_TELEGRAM__TOKEN": TOKEN,
        "GZA_TELEGRAM__MODE": "webhook",
        "GZA_TELEGRAM__WEBHOOK_URL": "https://gza.example.org/telegram/webhook",
        "GZA_TELEGRAM__SECRET_TOKEN": SECRET,
        "GZA_TELEGRAM__GLOBAL_RATE": "100000",
        "GZA_TELEGRAM__CHAT_RATE": "1000",
        "GZA_TELEGRAM__CHAT_BURST": "100",
        "GZA_DATABASE__URL": url,
        "GZA_WEB__ENABLED": "false",
        "GZA_WEB__HOST": "127.0.0.1",
        "GZA_REDIS__URL": redis,
        "GZA_REDIS__PREFIX": prefix,
        "GZA_SECRETS__PEPPER": PEPPER,
        "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]',
        "GZA_SECRETS__FILE": "/nonexistent/secrets.toml",
        "GZA_LOGGING__LEVEL": "WARNING",
    }


async def forget_keys(redis: str, prefix: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis)
    keys = [key async for key in client.scan_iter(f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


async def run(args: argparse.Namespace) -> None:
    python = [sys.executable]
    floor_env = {**os.environ, "BENCH_TOKEN": TOKEN, "BENCH_SECRET": SECRET}
    floor_setup = Setup(FLOOR, [*python, "-m", "benchmarks.bare_webhook_bot"], floor_env, 1)
    floor = await measure(floor_setup, args, 1)
    print(floor.row(None), flush=True)
    rows: list[Figures] = []
    for count in (1, 2):
        url = await prepared("postgresql", "", args.postgres)
        prefix = f"gza-bench-{os.urandom(4).hex()}"
        name = f"gza, {count} process{'es' if count > 1 else ''}"
        setup = Setup(name, [*python, "-m", "bot", "run"], gza_env(url, args.redis, prefix), count)
        try:
            rows.append(await measure(setup, args, FIRST_PERSON * count))
        finally:
            await forget_keys(args.redis, prefix)
        print(rows[-1].row(floor), flush=True)
    one, two = rows
    rate = (two.walks.updates / two.wall) / (one.walks.updates / one.wall)
    cpu = (two.cpu / max(1, two.walks.updates)) / (one.cpu / max(1, one.walks.updates))
    print(
        f"two/one: {rate:.2f}x updates/s, {cpu:.2f}x CPU per update;"
        f" load average now {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=500, help="walks timed (default 500)")
    parser.add_argument("--at-once", type=int, default=100, help="walking at once (default 100)")
    parser.add_argument("--warmup", type=int, default=20, help="walks before timing")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("GZA_TEST_POSTGRES_URL", ""),
        help="a PostgreSQL URL whose public schema the run may drop and recreate",
    )
    parser.add_argument(
        "--redis",
        default=os.environ.get("GZA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
        help="a Redis URL; the run uses keys under a prefix of its own and deletes them",
    )
    args = parser.parse_args()
    if not args.postgres:
        parser.error("needs --postgres (or GZA_TEST_POSTGRES_URL)")
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores,"
        f" load {os.getloadavg()[0]:.1f}; {args.persons} walks x {len(STEPS)} updates,"
        f" {args.at_once} at once, webhook, PostgreSQL + Redis"
    )
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
