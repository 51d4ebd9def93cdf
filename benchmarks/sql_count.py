"""How many SQL statements and transactions one walk costs Gza, in this process:
``python -m benchmarks.sql_count`` (SQLite; ``--postgres URL`` for PostgreSQL; ``--persons 200
--at-once 50`` for the figures under load, where rounds and commits take several updates).

Counts every statement SQLAlchemy sends (``before_cursor_execute`` on all engines), every one
run straight on the SQLite driver (``storage/direct.py``, also counted apart) and every
``BEGIN`` while persons walk the benchmark's conversation, then prints the figures per update,
and how many of the statements read a data key.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from benchmarks.bench_bot import BenchTelegram
from benchmarks.steps import STEPS
from bot.config import WebSettings
from bot.storage.direct import Statements
from bot.storage.migrate import upgrade
from tests.conftest import TOKEN, make_settings, reset_postgres, running, telegram_settings
from tests.fake_telegram import FakeUser

seen: Counter[str] = Counter()


def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    words = statement.split()
    kind = " ".join(words[:2]) if words[0] == "BEGIN" else words[0]
    if "FROM data_keys" in statement:
        kind = "SELECT data_keys"
    seen[kind] += 1


def _begin(conn: Any) -> None:
    seen["(transaction)"] += 1


@contextmanager
def counting() -> Iterator[None]:
    """Count what SQLAlchemy sends and what goes straight to the driver, meanwhile."""
    real_call = Statements._call

    async def counted_call(self: Statements, sql: str, values: Any, call: Any) -> Any:
        _count(None, None, sql)
        seen["(on the driver)"] += 1
        return await real_call(self, sql, values, call)

    event.listen(Engine, "before_cursor_execute", _count)
    event.listen(Engine, "begin", _begin)
    setattr(Statements, "_call", counted_call)  # noqa: B010
    try:
        yield
    finally:
        setattr(Statements, "_call", real_call)  # noqa: B010
        event.remove(Engine, "before_cursor_execute", _count)
        event.remove(Engine, "begin", _begin)


async def one_walk(fake: BenchTelegram, gate: asyncio.Semaphore, user: FakeUser) -> None:
    async with gate:
        for step in STEPS:
            seen_before = fake.asked[user.id]
            await (fake.send_text(user, step) if step.startswith("/") else fake.press(user, step))
            await fake.next_question(user.id, seen_before)


async def walk(url: str, persons: int, at_once: int) -> int:
    fake = BenchTelegram(TOKEN)
    await fake.start()
    settings = make_settings(
        url,
        telegram=telegram_settings(fake, chat_rate=1000, chat_burst=100, global_rate=10**5),
        web=WebSettings(enabled=False),
    )
    try:
        async with running(settings):
            user = FakeUser(id=9_000_000, language_code="en")
            for step in STEPS:  # one walk to warm up; then count
                seen_before = fake.asked[user.id]
                await (
                    fake.send_text(user, step) if step.startswith("/") else fake.press(user, step)
                )
                await fake.next_question(user.id, seen_before)
            await asyncio.sleep(1.5)
            seen.clear()
            with counting():
                gate = asyncio.Semaphore(at_once)
                await asyncio.gather(
                    *(one_walk(fake, gate, FakeUser(id=9_000_001 + n)) for n in range(persons))
                )
                await asyncio.sleep(1.5)  # the last replies are marked sent
    finally:
        await fake.stop()
    return persons * len(STEPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postgres", help="a PostgreSQL URL whose schema the run may recreate")
    parser.add_argument("--persons", type=int, default=3)
    parser.add_argument(
        "--at-once", type=int, default=1, help="walking at once (batching shows under load)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.postgres or f"sqlite:///{Path(folder) / 'count.sqlite3'}"
        if args.postgres:
            asyncio.run(reset_postgres(url))
        upgrade(url)
        updates = asyncio.run(walk(url, args.persons, args.at_once))
    total = sum(n for kind, n in seen.items() if not kind.startswith("("))
    print(f"{total / updates:.1f} statements per update (idle polling included):")
    for kind, n in seen.most_common():
        print(f"  {kind:<20} {n / updates:5.1f}")


if __name__ == "__main__":
    main()
