"""What curation costs on a large directory: ``python -m benchmarks.bench_directory``.

For a generated directory (10k services by default) it prints, as medians:
- export and import of each format (write, then read back and check it is the same);
- an import written to SQLite in one transaction;
- what every search now pays first: the revision check when nothing changed;
- what the first search after a curator's change pays: reloading the directory and rebuilding
  the index;
and, as the baseline measured in the same run, one ``match`` on the same directory.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from bot.services.catalog import Catalog
from bot.storage.curation import SqlDirectory
from bot.storage.database import create_engine
from bot.storage.migrate import upgrade
from referral_directory.formats import FORMATS, read_directory, write_directory
from referral_directory.generate import generate_directory
from referral_directory.matching import DirectoryIndex, Query, match
from referral_directory.model import Directory

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def timed(work: Callable[[], object], runs: int) -> float:
    """Median wall time in ms."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


async def timed_async(work: Callable[[], Awaitable[object]], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        await work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def formats(directory: Directory, folder: Path, runs: int) -> None:
    for fmt in FORMATS:
        written = timed(_writer(directory, folder, fmt), runs)
        target = folder / f"{fmt}-1"
        read = timed(partial(read_directory, target, directory.places, fmt), runs)
        back = read_directory(target, directory.places, fmt).directory
        same = _in_id_order(back) == _in_id_order(directory)
        print(f"  {fmt:<10} export {written:8.0f} ms   import (read) {read:8.0f} ms   same: {same}")


def _writer(directory: Directory, folder: Path, fmt: str) -> Callable[[], None]:
    """Each run writes a new folder (an export refuses a folder that has files)."""
    count = [0]

    def write() -> None:
        count[0] += 1
        write_directory(directory, folder / f"{fmt}-{count[0]}", fmt)

    return write


def _in_id_order(directory: Directory) -> Directory:
    organizations = tuple(sorted(directory.organizations, key=lambda o: o.id))
    return replace(directory, organizations=organizations)


async def database(directory: Directory, folder: Path, runs: int) -> None:
    url = f"sqlite:///{folder / 'gza.sqlite3'}"
    await asyncio.to_thread(upgrade, url)
    engine = create_engine(url)
    try:

        async def write() -> None:
            async with engine.begin() as conn:
                await SqlDirectory(conn).replace(directory, "import", NOW)

        print(
            f"  import written to SQLite (one transaction) {await timed_async(write, runs):8.0f} ms"
        )
        async with engine.connect() as conn:
            store = SqlDirectory(conn)
            catalog = Catalog(await store.load(), await store.revision())

            async def check() -> None:
                await catalog.refresh(store)

            idle = await timed_async(check, 200)

            async def reload() -> None:
                catalog.revision = -1  # as if another process had changed it
                await catalog.refresh(store)

            reloaded = await timed_async(reload, runs)
        index = DirectoryIndex(directory)
        query = Query(needs=frozenset({"legal"}), city="kutaisi", chat_language="ru")
        baseline = timed(lambda: match(query, index, NOW, None), 200)
        print(f"  revision check before a search, nothing changed   {idle:8.3f} ms")
        print(f"  reload and re-index after a change               {reloaded:8.0f} ms")
        print(f"  baseline, same run: one match (city + need)      {baseline:8.3f} ms")
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    directory = generate_directory(args.services, seed=5)
    print(f"{args.services} services, medians of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        formats(directory, Path(tmp), args.runs)
        asyncio.run(database(directory, Path(tmp), args.runs))


if __name__ == "__main__":
    main()
