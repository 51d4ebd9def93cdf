"""Several processes on one database: outbox claims and leases, against the in-memory twin,
SQLite and (when configured) PostgreSQL. The two-worker tests run the workers concurrently,
each with its own holder, as two processes would."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.services.channel import Capabilities
from bot.services.messages import SendText
from bot.services.outbox import OutboxWorker
from bot.services.ports import Claim, InboxItem, OutboxItem, UnitOfWork
from bot.services.retry import RetryPolicy
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.conftest import POSTGRES_URL, prepared_database
from tests.fakes import ManualClock, RecordingChannel
from tests.storage.conftest import RING

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
A, B = Claim("process-a", NOW + MINUTE), Claim("process-b", NOW + MINUTE)


async def add_texts(uow: Callable[[], UnitOfWork], chats: int, each: int) -> None:
    async with uow() as tx:
        for n in range(each):
            for chat in range(chats):
                message = SendText(f"{chat}:{n}")
                await tx.outbox.add(OutboxItem("web", f"chat-{chat}", str(chat), message, NOW))
        await tx.commit()


async def claim(uow: Callable[[], UnitOfWork], claim: Claim, at: datetime = NOW) -> list[str]:
    async with uow() as tx:
        items = await tx.outbox.claim(at, 100, claim)
        await tx.commit()
    return [i.message.text for i in items if isinstance(i.message, SendText)]


async def test_a_claimed_message_and_those_behind_it_go_to_no_other_process(
    uow: Callable[[], UnitOfWork],
) -> None:
    await add_texts(uow, chats=1, each=2)
    assert await claim(uow, A) == ["0:0"]
    assert await claim(uow, B) == []  # neither the held head nor the one queued behind it
    assert await claim(uow, A) == []  # nor to the holder again: it has it in hand
    async with uow() as tx:
        assert await tx.outbox.due(NOW, 10) == []


async def test_a_dead_holders_claim_lapses_and_another_process_takes_the_message(
    uow: Callable[[], UnitOfWork],
) -> None:
    await add_texts(uow, chats=1, each=1)
    assert await claim(uow, A) == ["0:0"]
    assert await claim(uow, B, NOW + MINUTE - timedelta(seconds=1)) == []
    assert await claim(uow, B, NOW + MINUTE) == ["0:0"]  # the documented window


async def test_a_lapsed_holder_records_no_reply_another_process_has_taken_over(
    uow: Callable[[], UnitOfWork],
) -> None:
    """A sent "0:0" and its claim lapsed before A recorded it; B took it over and is sending
    it again. Had A's record stood, "0:1" would be claimed and sent before B's copy of "0:0",
    out of order. A's record finds the reply but leaves it to B; B's record frees the queue."""
    await add_texts(uow, chats=1, each=2)
    held = await _taken_over_by_b(uow)
    async with uow() as tx:
        assert await tx.outbox.mark_sent_many([held], NOW + MINUTE, A.holder) == {held}
        await tx.commit()
    assert await claim(uow, A, NOW + MINUTE) == []  # "0:1" still waits behind B's "0:0"
    async with uow() as tx:
        assert await tx.outbox.mark_sent_many([held], NOW + MINUTE, B.holder) == {held}
        await tx.commit()
    assert await claim(uow, A, NOW + MINUTE) == ["0:1"]


async def test_a_lapsed_holders_failure_leaves_a_reply_another_process_has_taken_over(
    uow: Callable[[], UnitOfWork],
) -> None:
    """A's request failed after its claim lapsed and B took the reply over: A's retry or
    give-up would free the reply for a third process while B still sends it, or drop it."""
    await add_texts(uow, chats=1, each=1)
    held = await _taken_over_by_b(uow)
    async with uow() as tx:
        await tx.outbox.retry_later(held, 1, NOW + MINUTE, "TemporaryFailure", A.holder)
        await tx.outbox.give_up(held, "Undeliverable", A.holder)
        await tx.commit()
    assert await claim(uow, A, NOW + MINUTE) == []  # still B's, still pending
    async with uow() as tx:
        await tx.outbox.retry_later(held, 1, NOW + MINUTE, "TemporaryFailure", B.holder)
        await tx.commit()
    assert await claim(uow, A, NOW + MINUTE) == ["0:0"]  # B's own retry frees it


async def test_a_reply_nobody_holds_is_recorded_by_whoever_sent_it(
    uow: Callable[[], UnitOfWork],
) -> None:
    await add_texts(uow, chats=1, each=2)
    (head,) = [i.id for i in await _due(uow, NOW)]
    assert head is not None
    async with uow() as tx:
        assert await tx.outbox.mark_sent_many([head], NOW, A.holder) == {head}
        await tx.commit()
    assert await claim(uow, B) == ["0:1"]


async def _taken_over_by_b(uow: Callable[[], UnitOfWork]) -> int:
    """A claims chat 0's first reply "0:0"; its claim lapses and B takes the reply over (until
    a minute later). Returns the reply's id."""
    assert await claim(uow, A) == ["0:0"]
    (held,) = [i.id for i in await _due(uow, NOW + MINUTE)]
    assert held is not None
    assert await claim(uow, Claim(B.holder, NOW + 2 * MINUTE), NOW + MINUTE) == ["0:0"]
    return held


async def _due(uow: Callable[[], UnitOfWork], at: datetime) -> list[OutboxItem]:
    async with uow() as tx:
        return await tx.outbox.due(at, 10)


async def test_sent_retried_or_abandoned_messages_free_their_queue(
    uow: Callable[[], UnitOfWork],
) -> None:
    await add_texts(uow, chats=3, each=2)
    async with uow() as tx:
        first = await tx.outbox.claim(NOW, 10, A)
        sent, retried, abandoned = (i.id for i in first)
        assert sent and retried and abandoned
        await tx.outbox.mark_sent(sent, NOW)
        await tx.outbox.retry_later(retried, 1, NOW, "TemporaryFailure", A.holder)
        await tx.outbox.give_up(abandoned, "Undeliverable", A.holder)
        await tx.commit()
    assert sorted(await claim(uow, B)) == ["0:1", "1:0", "2:1"]


async def test_concurrent_claims_never_share_a_message(uow: Callable[[], UnitOfWork]) -> None:
    await add_texts(uow, chats=40, each=1)
    holders = [Claim(f"process-{n}", NOW + MINUTE) for n in range(4)]
    taken = await asyncio.gather(*(claim(uow, h) for h in holders))
    every = [text for texts in taken for text in texts]
    assert sorted(every) == sorted(f"{chat}:0" for chat in range(40))


async def test_two_workers_deliver_every_message_once_in_order_per_chat(
    uow: Callable[[], UnitOfWork],
) -> None:
    await add_texts(uow, chats=12, each=5)
    channel = RecordingChannel("web", Capabilities())
    clock, stopping = ManualClock(NOW), asyncio.Event()
    workers = [
        OutboxWorker(uow, {"web": channel}, clock, RetryPolicy(3, 1, 1), stopping, holder, lanes=4)
        for holder in ("process-a", "process-b")
    ]
    rounds = 0
    while rounds < 20 and sum(await asyncio.gather(*(w.settle() for w in workers))):
        rounds += 1
    texts = [m.text for _, m in channel.sent if isinstance(m, SendText)]
    assert sorted(texts) == sorted(f"{c}:{n}" for c in range(12) for n in range(5))
    for chat in range(12):
        assert channel.texts(chat) == [f"{chat}:{n}" for n in range(5)]


async def test_one_lease_holder_at_a_time_until_it_lapses_or_is_released(
    uow: Callable[[], UnitOfWork],
) -> None:
    async def take(claim: Claim, at: datetime = NOW) -> bool:
        async with uow() as tx:
            taken = await tx.leases.take("sweep:retention", claim, at)
            await tx.commit()
        return taken

    assert await take(A)
    assert not await take(B)
    assert await take(Claim(A.holder, NOW + 2 * MINUTE))  # renewed by its holder
    assert not await take(B, NOW + MINUTE)  # the renewal holds
    assert await take(Claim(B.holder, NOW + 3 * MINUTE), NOW + 2 * MINUTE)  # lapsed: taken over
    async with uow() as tx:
        await tx.leases.release("sweep:retention", A.holder)  # no longer A's: nothing happens
        await tx.commit()
    assert not await take(A, NOW + 2 * MINUTE)
    async with uow() as tx:
        await tx.leases.release("sweep:retention", B.holder)
        await tx.commit()
    assert await take(A, NOW + 2 * MINUTE)


async def test_concurrent_takers_of_a_free_lease_get_it_once(
    uow: Callable[[], UnitOfWork],
) -> None:
    async def take(holder: str) -> bool:
        async with uow() as tx:
            taken = await tx.leases.take("poller", Claim(holder, NOW + MINUTE), NOW)
            await tx.commit()
        return taken

    results = await asyncio.gather(*(take(f"process-{n}") for n in range(5)))
    assert sorted(results) == [False] * 4 + [True]


@pytest.mark.skipif(POSTGRES_URL is None, reason="needs GZA_TEST_POSTGRES_URL")
async def test_an_update_in_another_processs_hands_is_neither_due_nor_claimable_here(
    tmp_path: Path,
) -> None:
    """Two transactions at once, as two processes: the one handling a chat's update holds it;
    the other neither reads it as due (it would only fail to claim it, again and again) nor
    claims it, nor the chat's next update; other chats go on."""
    engine = create_engine(await prepared_database("postgres", tmp_path))
    uow = lambda: SqlUnitOfWork(engine, RING)  # noqa: E731
    try:
        async with uow() as tx:
            for key, chat in (("1", "chat-a"), ("2", "chat-a"), ("3", "chat-b")):
                await tx.inbox.add(InboxItem("web", key, chat, b"{}", NOW))
            await tx.commit()
            first, _ = await tx.inbox.due(NOW, 10)
        assert first.id is not None
        async with uow() as handling:
            assert await handling.inbox.claim(first.id, NOW)
            async with uow() as other:
                assert [i.update_key for i in await other.inbox.due(NOW, 10)] == ["3"]
                assert not await other.inbox.claim(first.id, NOW)
            await handling.commit()
        async with uow() as tx:
            assert [i.update_key for i in await tx.inbox.due(NOW, 10)] == ["2", "3"]
    finally:
        await engine.dispose()
