"""A running Gza with the console and a fake Telegram, in a thread with its own event loop, for
Playwright's synchronous API (as tests/browser/conftest.py does for the web chat)."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tests.conftest import TOKEN, make_settings, prepared_database
from tests.console.world import World, console_world
from tests.fake_telegram import FakeTelegram

T = TypeVar("T")


@dataclass
class ConsoleServer:
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    world: World | None = None
    _thread: threading.Thread | None = None
    _stop: asyncio.Event | None = None
    _stopped: Future[None] | None = None
    _folder: str = field(default_factory=lambda: tempfile.mkdtemp(prefix="gza-console-"))

    def start(self) -> World:
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        url = self.call(prepared_database("sqlite", Path(self._folder)))
        ready: Future[World] = Future()
        self._stopped = asyncio.run_coroutine_threadsafe(self._serve(url, ready), self.loop)
        self.world = ready.result(timeout=60)
        return self.world

    def call(self, work: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the server's loop (the fake Telegram, the database)."""
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout=60)

    def close(self) -> None:
        if self._stop is not None and self._stopped is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
            self._stopped.result(timeout=60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        shutil.rmtree(self._folder, ignore_errors=True)

    async def _serve(self, url: str, ready: Future[World]) -> None:
        fake = FakeTelegram(TOKEN)
        await fake.start()
        self._stop = asyncio.Event()
        try:
            settings_for = lambda **sections: make_settings(url, **sections)  # noqa: E731
            async with console_world(fake, settings_for, Path(self._folder)) as world:
                ready.set_result(world)
                await self._stop.wait()
        finally:
            await fake.stop()


def world_of(console: ConsoleServer) -> World:
    """The started server's world (the fixture starts it before any test runs)."""
    assert console.world is not None
    return console.world
