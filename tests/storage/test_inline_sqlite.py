"""SQLite on the event loop (bot/storage/inline_sqlite.py): writers of this process queue
without blocking the loop, and a write lock another process holds is waited for, not failed."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import text

from bot.storage.database import create_engine

SCHEMA = "CREATE TABLE tally (n INTEGER NOT NULL)"


async def _engine_with_table(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{tmp_path / 'inline.sqlite3'}")
    async with engine.begin() as conn:
        await conn.execute(text(SCHEMA))
        await conn.execute(text("INSERT INTO tally VALUES (0)"))
    return engine


async def test_writers_of_one_process_take_turns_while_the_loop_keeps_running(
    tmp_path: Path,
) -> None:
    engine = await _engine_with_table(tmp_path)
    first_holds, ticks = asyncio.Event(), []

    async def first() -> None:
        async with engine.begin() as conn:
            await conn.execute(text("UPDATE tally SET n = n + 1"))
            first_holds.set()
            for _ in range(3):  # the second writer waits meanwhile; the loop does not
                ticks.append("first")
                await asyncio.sleep(0)

    async def second() -> None:
        await first_holds.wait()
        async with engine.begin() as conn:
            ticks.append("second")
            await conn.execute(text("UPDATE tally SET n = n + 10"))

    await asyncio.wait_for(asyncio.gather(first(), second()), 10)
    async with engine.connect() as conn:
        assert await conn.scalar(text("SELECT n FROM tally")) == 11
    assert ticks == ["first", "first", "first", "second"]
    await engine.dispose()


async def test_a_lock_held_by_another_process_is_waited_for(tmp_path: Path) -> None:
    engine = await _engine_with_table(tmp_path)
    other = sqlite3.connect(
        tmp_path / "inline.sqlite3", isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE tally SET n = 100")
    released = threading.Timer(0.3, other.commit)
    released.start()

    async def write() -> None:
        async with engine.begin() as conn:
            await conn.execute(text("UPDATE tally SET n = n + 1"))

    writing = asyncio.ensure_future(write())
    await asyncio.sleep(0)  # the write starts, finds the lock taken and waits off the loop
    waited_off_the_loop = not writing.done()
    await asyncio.wait_for(writing, 10)
    released.join()
    other.close()
    assert waited_off_the_loop
    async with engine.connect() as conn:
        assert await conn.scalar(text("SELECT n FROM tally")) == 101  # after the other's write
    await engine.dispose()
