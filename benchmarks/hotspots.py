"""Where a profiled gza spent its CPU: ``python -m benchmarks.hotspots PROFILE.txt``.

Reads py-spy's raw (collapsed) output, as ``bench_bot --profile`` writes it, and prints the
share of samples spent inside each library or part of Gza (a sample counts for the first
listed part found on its stack, from the innermost frame out), then the busiest functions.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

PARTS = (
    ("aiosqlite thread hand-off", ("aiosqlite/core.py",)),
    ("sqlite3 driver", ("sqlite3", "dialects/sqlite")),
    ("asyncpg driver", ("asyncpg",)),
    ("SQLAlchemy", ("sqlalchemy/",)),
    ("pydantic", ("pydantic",)),
    ("aiogram", ("aiogram/",)),
    ("aiohttp", ("aiohttp/",)),
    ("cryptography", ("cryptography", "privacy/crypto")),
    ("Fluent", ("fluent",)),
    ("logging", ("logging/",)),
    ("json", ("json/",)),
    ("asyncio", ("asyncio/",)),
    ("Gza engine (bot/core)", ("bot/core/",)),
    ("Gza services", ("bot/services/",)),
    ("Gza storage", ("bot/storage/",)),
    ("Gza channels", ("bot/channels/",)),
)


def _frames(stack: str) -> list[str]:
    return stack.split(";")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    parts: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    total = 0
    for line in args.profile.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        samples = int(count)
        total += samples
        frames = _frames(stack)
        part = "other"
        for frame in reversed(frames):
            found = next((name for name, marks in PARTS if any(m in frame for m in marks)), None)
            if found:
                part = found
                break
        parts[part] += samples
        for frame in set(frames):
            functions[re.sub(r":\d+\)", ")", frame)] += samples
    print(f"{total} samples; innermost part of each:")
    for part, n in parts.most_common():
        print(f"  {100 * n / total:5.1f} %  {part}")
    print("busiest functions (inclusive):")
    for name, n in functions.most_common(args.top):
        print(f"  {100 * n / total:5.1f} %  {name[:130]}")


if __name__ == "__main__":
    main()
