"""A burst of people at once, through the real stack (polling against the fake Bot API), with 1
or more inbox lanes: does handling chats side by side help, or only queue on the database lock?

Prints, per database and lane count: seconds until every reply is out, and the reply latency
(from the update's push to the reply's arrival at the fake server) p50 / p95 / max. Limits
are set far above the burst so that they do not hide the handling.

    .venv/bin/python -m benchmarks.bench_lanes                  # SQLite, 100 people, lanes 1 and 4
    .venv/bin/python -m benchmarks.bench_lanes --people 200 --lanes 1,2,8
    GZA_TEST_POSTGRES_URL=postgresql://... .venv/bin/python -m benchmarks.bench_lanes --postgres
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import DeliverySettings, WebSettings
from tests.conftest import TOKEN, make_settings, prepared_database, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser


async def burst(backend: str, people: int, lanes: int) -> tuple[float, list[float]]:
    """Seconds until all answered, and each person's reply latency."""
    with tempfile.TemporaryDirectory() as folder:
        url = await prepared_database(backend, Path(folder))
        fake = FakeTelegram(TOKEN)
        await fake.start()
        try:
            telegram = telegram_settings(fake, global_rate=10_000, chat_rate=100, chat_burst=10)
            delivery = DeliverySettings(poll_interval=0.1, inbox_lanes=lanes, outbox_lanes=64)
            settings = make_settings(
                url, telegram=telegram, web=WebSettings(enabled=False), delivery=delivery
            )
            async with running(settings):
                users = [FakeUser(id=9_100_000 + i) for i in range(people)]
                await fake.wait_for(lambda: bool(fake.answered("getUpdates")), timeout=30)
                began = time.monotonic()
                pushed = {user.id: time.monotonic() for user in users}
                for user in users:
                    await fake.send_text(user, "/start")
                await fake.wait_for(
                    lambda: len(fake.answered("sendMessage")) >= people, timeout=300
                )
                took = time.monotonic() - began
            first: dict[int, float] = {}
            for call in fake.answered("sendMessage"):
                first.setdefault(int(call.params["chat_id"]), call.at)
            return took, [first[u] - pushed[u] for u in pushed]
        finally:
            await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--lanes", default="1,4")
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    backends = ["sqlite"] + (["postgres"] if args.postgres else [])
    for backend in backends:
        for lanes in (int(n) for n in args.lanes.split(",")):
            took, latencies = asyncio.run(burst(backend, args.people, lanes))
            latencies.sort()
            p95 = latencies[int(len(latencies) * 0.95) - 1]
            print(
                f"{backend:8} lanes={lanes:<3} {args.people} people: all answered in "
                f"{took:5.2f} s; reply p50 {statistics.median(latencies):5.2f} s, "
                f"p95 {p95:5.2f} s, max {latencies[-1]:5.2f} s"
            )


if __name__ == "__main__":
    main()
