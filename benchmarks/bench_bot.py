"""What one Telegram update costs a running Gza, beside a bare aiogram bot (the floor):
``python -m benchmarks.bench_bot``.

The real ``gza run`` (a subprocess, polling) talks over HTTP to a fake Bot API server in this
process, and 500 invented persons walk the real conversation (start, language, privacy note, not
in danger, find services, a city, one need, done), at most ``--at-once`` of them at a time, each
tapping as soon as the next question arrives. In the same run a bare aiogram bot (another
subprocess, no storage, no logic) answers the same updates with the same Bot API calls per step.
For each it prints CPU milliseconds per update (the process's own user + system time, read from
``/proc``, so other people's work on a shared machine barely moves it), updates per second, and
the reply latency (from offering an update to getUpdates to the next question arriving) p50,
p95 and p99. Telegram's rate limits are lifted for the run (``--telegram-limits`` keeps them):
the figure is the process's, not Telegram's pacing.
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.steps import STEPS
from bot.storage.migrate import upgrade
from tests.conftest import MASTER_KEY, PEPPER, ROOT, TOKEN, reset_postgres
from tests.fake_telegram import FakeTelegram, FakeUser

FIRST_PERSON = 8_000_000
STEP_TIMEOUT = 120.0
FLOOR = "bare aiogram (floor)"


@dataclass
class BenchTelegram(FakeTelegram):  # type: ignore[misc]  # tests/ is not type-checked
    """The fake Bot API, counting per chat the questions (messages with buttons) it received."""

    asked: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    waiting: dict[int, asyncio.Event] = field(default_factory=dict)

    offered: dict[int, frozenset[str]] = field(default_factory=dict)
    """The buttons (callback data) of the last question each chat received."""

    async def _answer(self, method: str, params: dict[str, Any]) -> Any:
        result = await super()._answer(method, params)
        if method in ("sendMessage", "editMessageText") and params.get("reply_markup"):
            chat = int(params["chat_id"])
            self.offered[chat] = _callback_data(params["reply_markup"])
            self.asked[chat] += 1
            if chat in self.waiting:
                self.waiting[chat].set()
        if method != "getUpdates":
            self.calls.clear()  # thousands of walks: keep only what the waits need
        return result

    async def next_question(self, chat: int, seen: int) -> None:
        event = self.waiting.setdefault(chat, asyncio.Event())
        while self.asked[chat] <= seen:
            event.clear()
            await asyncio.wait_for(event.wait(), STEP_TIMEOUT)


def _callback_data(markup: Any) -> frozenset[str]:
    rows = (json.loads(markup) if isinstance(markup, str) else markup).get("inline_keyboard", [])
    return frozenset(str(b.get("callback_data")) for row in rows for b in row)


@dataclass
class Walks:
    latencies: list[float] = field(default_factory=list)
    updates: int = 0
    failed: int = 0
    strayed: int = 0
    """Walks stopped because the next press was not a button of the question shown."""


def on_script(fake: BenchTelegram, user: FakeUser, step: str, walks: Walks) -> bool:
    """Whether ``step`` can be taken: a command, or a button of the question on screen."""
    if step.startswith("/") or step in fake.offered.get(user.id, frozenset()):
        return True
    walks.strayed += 1
    return False


async def walk(fake: BenchTelegram, user: FakeUser, walks: Walks) -> None:
    for step in STEPS:
        if not on_script(fake, user, step, walks):
            return
        seen = fake.asked[user.id]
        began = time.perf_counter()
        if step.startswith("/"):
            await fake.send_text(user, step)
        else:
            await fake.press(user, step)
        walks.updates += 1
        try:
            await fake.next_question(user.id, seen)
        except TimeoutError:
            walks.failed += 1
            return
        walks.latencies.append(time.perf_counter() - began)


async def walk_many(fake: BenchTelegram, first: int, persons: int, at_once: int) -> Walks:
    walks, gate = Walks(), asyncio.Semaphore(at_once)

    async def one(number: int) -> None:
        async with gate:
            await walk(fake, FakeUser(id=first + number, language_code="en"), walks)

    await asyncio.gather(*(one(n) for n in range(persons)))
    return walks


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its threads, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_jiffies() -> tuple[int, int]:
    """(busy, all) CPU time of the whole machine so far, from /proc/stat (the database server
    and everyone else included)."""
    numbers = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = numbers[3] + numbers[4]  # idle, iowait
    return sum(numbers) - idle, sum(numbers)


def cores_busy(before: tuple[int, int], after: tuple[int, int]) -> float:
    busy, total = after[0] - before[0], after[1] - before[1]
    return (os.cpu_count() or 1) * busy / max(1, total)


@dataclass
class Figures:
    name: str
    cpu: float
    wall: float
    walks: Walks
    driver: float
    """CPU seconds this process (fake Bot API and the persons) spent meanwhile."""
    busy: float = 0.0
    """Cores the whole machine kept busy meanwhile (the bots, the driver, the database)."""

    def row(self, floor: Figures | None) -> str:
        ms = sorted(s * 1000 for s in self.walks.latencies) or [0.0]
        cpu_ms = 1000 * self.cpu / max(1, self.walks.updates)
        times = ""
        if floor is not None and floor.cpu:
            times = f" ({cpu_ms / (1000 * floor.cpu / max(1, floor.walks.updates)):4.1f}x floor)"
        failed = f"  {self.walks.failed} walks timed out!" if self.walks.failed else ""
        if self.walks.strayed:
            failed += f"  {self.walks.strayed} walks left the conversation: not measured!"
        return (
            f"{self.name:<22} CPU {cpu_ms:6.2f} ms/update{times:<14}"
            f" {self.walks.updates / self.wall:6.0f} updates/s   latency p50 {_pct(ms, 50):6.0f}"
            f"  p95 {_pct(ms, 95):6.0f}  p99 {_pct(ms, 99):6.0f} ms"
            f"   (driver {1000 * self.driver / max(1, self.walks.updates):4.1f} ms/update;"
            f" machine {self.busy:3.1f} cores busy){failed}"
        )


def _pct(ms: Sequence[float], percent: int) -> float:
    return ms[min(len(ms) - 1, round(percent / 100 * (len(ms) - 1)))]


def gza_env(fake: BenchTelegram, url: str, keep_limits: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "GZA_CONFIG": str(ROOT / "config.example.toml"),
        "GZA_TELEGRAM__TOKEN": TOKEN,
        "GZA_TELEGRAM__API_BASE": fake.base,
        "GZA_TELEGRAM__POLLING_TIMEOUT": "10",
        "GZA_DATABASE__URL": url,
        "GZA_WEB__ENABLED": "false",
        "GZA_SECRETS__PEPPER": PEPPER,
        "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]',
        "GZA_SECRETS__FILE": "/nonexistent/secrets.toml",
        "GZA_LOGGING__LEVEL": "WARNING",
    }
    if not keep_limits:
        env.update(GZA_TELEGRAM__GLOBAL_RATE="100000", GZA_TELEGRAM__CHAT_RATE="1000")
        env.update(GZA_TELEGRAM__CHAT_BURST="100")
    return env


async def start(command: list[str], env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=None
    )


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()


async def measure(
    name: str,
    command: list[str],
    env: dict[str, str],
    args: argparse.Namespace,
    first: int,
) -> Figures:
    """Start the bot, warm it up with a few walks, then time ``args.persons`` walks."""
    fake = BenchTelegram(TOKEN)
    await fake.start()
    env = {**env, "GZA_TELEGRAM__API_BASE": fake.base, "BENCH_API_BASE": fake.base}
    process, profiler = await start(command, env), None
    try:
        await walk_many(fake, first, args.warmup, min(args.warmup, args.at_once))
        if args.profile and name != FLOOR:
            profiler = await start_profiler(
                process.pid, f"{args.profile}-{name.split(',')[1].strip()}.txt"
            )
        cpu, began, own = cpu_seconds(process.pid), time.perf_counter(), time.process_time()
        machine = machine_jiffies()
        walks = await walk_many(fake, first + args.warmup, args.persons, args.at_once)
        wall, cpu = time.perf_counter() - began, cpu_seconds(process.pid) - cpu
        own, busy = time.process_time() - own, cores_busy(machine, machine_jiffies())
    finally:
        if profiler is not None:
            await stop(profiler)
        await stop(process)
        await fake.stop()
    return Figures(name, cpu, wall, walks, own, busy)


async def start_profiler(pid: int, out: str) -> asyncio.subprocess.Process:
    """py-spy attached for the timed walks only, sampling the thread that holds the GIL (the
    idle threads of the connection pool would otherwise fill the profile)."""
    py_spy = str(Path(sys.executable).parent / "py-spy")
    command = [py_spy, "record", "--pid", str(pid), "--gil", "--nonblocking", "-r", "200"]
    profiler = await start([*command, "-f", "raw", "-o", out], dict(os.environ))
    await asyncio.sleep(1)  # attached
    return profiler


async def prepared(backend: str, folder: str, postgres: str) -> str:
    if backend == "postgresql":
        await reset_postgres(postgres)
        url = postgres
    else:
        url = f"sqlite:///{folder}/gza-bench.sqlite3"
    await asyncio.to_thread(upgrade, url)
    return url


async def run(args: argparse.Namespace) -> None:
    python = [sys.executable]
    floor_env = {**os.environ, "BENCH_TOKEN": TOKEN}
    floor = await measure(FLOOR, [*python, "-m", "benchmarks.bare_bot"], floor_env, args, 1)
    print(floor.row(None), flush=True)
    for number, backend in enumerate(args.backends.split(",")):
        if backend == "postgresql" and not args.postgres:
            print("postgresql: skipped (no --postgres URL or GZA_TEST_POSTGRES_URL)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            url = await prepared(backend, folder, args.postgres)
            gza = [*python, "-m", "bot", "run"]
            env = gza_env(BenchTelegram(TOKEN), url, args.telegram_limits)
            first = FIRST_PERSON * (number + 1)
            figures = await measure(f"gza, {backend}, 1 process", gza, env, args, first)
            print(figures.row(floor), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=500, help="walks timed (default 500)")
    parser.add_argument("--at-once", type=int, default=100, help="walking at once (default 100)")
    parser.add_argument("--warmup", type=int, default=20, help="walks before timing")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("GZA_TEST_POSTGRES_URL", ""),
        help="a PostgreSQL URL whose public schema the run may drop and recreate",
    )
    parser.add_argument("--telegram-limits", action="store_true", help="keep the rate limits")
    parser.add_argument("--profile", help="py-spy raw profile of gza to PREFIX-<backend>.txt")
    args = parser.parse_args()
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores,"
        f" load {os.getloadavg()[0]:.1f}; {args.persons} walks x {len(STEPS)} updates,"
        f" {args.at_once} at once"
    )
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
