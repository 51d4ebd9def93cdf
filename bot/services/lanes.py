"""Lanes: work for different chats at once, work for one chat strictly one at a time.

A worker reads what is due (the oldest pending item of each queue), and starts each item in its
queue's lane unless that queue already has one running. A lane that finishes pokes the worker,
which reads again and finds that queue's next item. At most ``size`` lanes run at once, so a
burst never opens more database connections or requests than configured."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any


class Lanes:
    def __init__(self, size: int, on_free: Callable[[], None]) -> None:
        if size < 1:
            raise ValueError("at least one lane is needed")
        self._size, self._on_free = size, on_free
        self._running: dict[str, asyncio.Task[bool]] = {}
        self._freed: set[str] = set()
        self._done = 0

    @property
    def busy(self) -> int:
        return len(self._running)

    def begin_read(self) -> None:
        """Call before reading what is due: a queue whose lane finishes while the read runs
        may have been read before its item was recorded, so it waits for the next read."""
        self._freed.clear()

    def taken(self, key: str) -> bool:
        """The queue has a lane running, or had one finish since ``begin_read``."""
        return key in self._running or key in self._freed

    async def start(self, key: str, work: Coroutine[Any, Any, bool]) -> None:
        """Run ``work`` in the queue's lane, waiting first for a free lane when all are busy."""
        while len(self._running) >= self._size:
            await asyncio.wait(list(self._running.values()), return_when=asyncio.FIRST_COMPLETED)
        task = asyncio.ensure_future(work)
        self._running[key] = task
        task.add_done_callback(lambda finished: self._finish(key, finished))

    def _finish(self, key: str, task: asyncio.Task[bool]) -> None:
        if self._running.get(key) is task:
            del self._running[key]
        self._freed.add(key)
        if not task.cancelled() and task.exception() is None and task.result():
            self._done += 1
        self._on_free()

    def take_done(self) -> int:
        """How many items lanes finished well since the last call."""
        done, self._done = self._done, 0
        return done

    async def idle(self) -> None:
        """Wait until no lane runs; if the waiting is cancelled, so are the lanes."""
        try:
            while self._running:
                await asyncio.wait(list(self._running.values()))
        except asyncio.CancelledError:
            tasks = list(self._running.values())
            for task in tasks:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*tasks, return_exceptions=True)
            raise
