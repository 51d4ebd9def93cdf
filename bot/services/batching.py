"""Group commit: calls that arrive while a batch is being written wait, and are written together
in the next batch. Where a channel hands over one update per request, a hundred requests at once
would otherwise be a hundred transactions, each with its own round trips."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Batcher(Generic[T, R]):
    def __init__(self, write: Callable[[Sequence[T]], Awaitable[Sequence[R]]]) -> None:
        """``write`` takes a batch in arrival order and returns one result per item."""
        self._write = write
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def __call__(self, item: T) -> R:
        """This item's result, once its batch is written; the batch's error if it failed."""
        done: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_all())
        return await asyncio.shield(done)  # a caller that gives up leaves its batch intact

    async def _write_all(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                results = await self._write([item for item, _ in batch])
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            except BaseException:  # cancelled (the loop is closing): nobody may wait forever
                for _, done in batch + self._waiting:
                    done.cancel()
                self._waiting = []
                raise
            for (_, done), result in zip(batch, results, strict=True):
                if not done.done():
                    done.set_result(result)
