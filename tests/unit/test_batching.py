"""Group commit: what arrives while a batch is written goes in the next batch, every caller gets
its own result, and a failed batch fails only its own callers."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.batching import Batcher


class Store:
    def __init__(self, fail_batches: frozenset[int] = frozenset()) -> None:
        self.batches: list[list[int]] = []
        self.fail_batches = fail_batches

    async def write(self, items: Sequence[int]) -> list[int]:
        self.batches.append(list(items))
        await asyncio.sleep(0)  # the transaction's round trips: others arrive meanwhile
        if len(self.batches) - 1 in self.fail_batches:
            raise ConnectionError("the database is down")
        return [item * 10 for item in items]


async def test_calls_made_during_a_write_are_written_together_next() -> None:
    store = Store()
    batch = Batcher(store.write)
    first = [asyncio.ensure_future(batch(n)) for n in (0, 1)]
    await asyncio.sleep(0)  # the first batch is being written
    later = [asyncio.ensure_future(batch(n)) for n in (2, 3, 4)]
    assert await asyncio.gather(*first, *later) == [0, 10, 20, 30, 40]
    assert store.batches == [[0, 1], [2, 3, 4]]


async def test_a_failed_batch_fails_its_own_callers_only() -> None:
    store = Store(fail_batches=frozenset({0}))
    batch = Batcher(store.write)
    first = asyncio.ensure_future(batch(1))
    await asyncio.sleep(0)
    rest = [asyncio.ensure_future(batch(n)) for n in (2, 3)]
    with pytest.raises(ConnectionError):
        await first
    assert await asyncio.gather(*rest) == [20, 30]


@settings(max_examples=50, deadline=None)
@given(
    waves=st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=6),
    failing=st.frozensets(st.integers(min_value=0, max_value=8)),
)
def test_every_call_is_written_once_in_order_and_answered_with_its_batchs_outcome(
    waves: list[int], failing: frozenset[int]
) -> None:
    async def run() -> None:
        store = Store(failing)
        batch = Batcher(store.write)
        calls, number = [], 0
        for size in waves:
            for _ in range(size):
                calls.append((number, asyncio.ensure_future(batch(number))))
                number += 1
            await asyncio.sleep(0)
        await asyncio.gather(*(c for _, c in calls), return_exceptions=True)
        assert [n for b in store.batches for n in b] == list(range(number))
        failed = {n for i, b in enumerate(store.batches) if i in failing for n in b}
        for n, call in calls:
            if n in failed:
                assert isinstance(call.exception(), ConnectionError)
            else:
                assert call.result() == n * 10

    asyncio.run(run())


async def test_callers_are_not_left_waiting_when_the_writer_is_cancelled() -> None:
    started = asyncio.Event()

    async def stuck(items: Sequence[int]) -> list[int]:
        started.set()
        await asyncio.Event().wait()
        return list(items)

    batch = Batcher(stuck)
    first = asyncio.ensure_future(batch(1))
    await started.wait()
    second = asyncio.ensure_future(batch(2))
    await asyncio.sleep(0)
    assert batch._writer is not None
    batch._writer.cancel()
    for call in (first, second):
        with pytest.raises(asyncio.CancelledError):
            await call
