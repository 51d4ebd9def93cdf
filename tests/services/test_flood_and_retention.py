"""Flood control and the retention sweep, with a manual clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.services.messages import ClearChat
from bot.services.ports import OutboxItem
from bot.services.retention import RetentionPolicy, RetentionSweep
from bot.storage import memory
from tests.services.test_delivery_pipeline import drain, harness, plain_decoder

POLICY = RetentionPolicy(
    inbox_outbox=timedelta(hours=48),
    message_ids=timedelta(hours=48),
    idle_person=timedelta(days=90),
)


async def test_a_flood_gets_one_calm_answer_and_the_conversation_resumes_afterwards() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "0", "flo", b"flo:start")
    for n in range(1, 30):
        await h.intake.receive("test", str(n), "flo", b"flo:text")
    await drain(h.inbox)
    await drain(h.outbox)
    texts = h.deliverer.texts("chat-flo")
    slow = "Please wait a moment before sending more. Your place in the conversation is kept."
    assert texts.count(slow) == 1
    assert len(texts) == 1 + 19 * 2 + 1  # start, 19 answered texts (notice + question), slow
    state = h.db.data.conversations
    (only,) = state.values()
    assert only.step == "choose-language"

    h.clock.advance(61)
    await h.intake.receive("test", "99", "flo", b"flo:text")
    await drain(h.inbox)
    await drain(h.outbox)
    assert h.deliverer.texts("chat-flo")[-1] == texts[0]  # the question again: back to normal


async def test_retention_erases_idle_people_and_expired_bookkeeping_only() -> None:
    h = harness(plain_decoder)
    sweep = RetentionSweep(h.db.uow, h.clock, POLICY, frozenset({"web"}))
    await h.intake.receive("test", "1", "old", b"old:start")
    await drain(h.inbox)
    await drain(h.outbox)
    h.clock.advance(89 * 86400)
    await h.intake.receive("test", "2", "new", b"new:start")
    await drain(h.inbox)
    async with h.db.uow() as uow:
        await uow.chat_messages.remember("someone", "test", 7, h.clock())
        await uow.outbox.add(OutboxItem("web", "tab", "tab", ClearChat(), h.clock()))
        await uow.commit()
    assert len(h.db.data.persons) == 2

    h.clock.advance(2 * 86400 + 3600)  # "old" is now 91 days silent, "new" 2 days
    await sweep.run()
    assert len(h.db.data.persons) == 1
    assert len(h.db.data.conversations) == 1
    assert h.db.data.chat_messages == []
    # Sent messages and the lost browser tab's are gone; the unsent reply to "new" is kept.
    assert [(i.channel, st) for i, st in h.db.data.outbox.values()] == [("test", "pending")]
    assert await sweep.run() == 0  # nothing more is due: idempotent


async def test_an_interrupted_sweep_keeps_what_it_committed_and_the_next_run_finishes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    h = harness(plain_decoder)
    for n in range(5):
        await h.intake.receive("test", str(n), f"p{n}", f"p{n}:start".encode())
    await drain(h.inbox)
    h.clock.advance(91 * 86400)
    monkeypatch.setattr("bot.services.retention.BATCH", 2)
    original = memory.MemoryPersons.erase
    calls = 0

    async def dies_on_the_third(self: memory.MemoryPersons, ref: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt  # the process is killed half-way
        await original(self, ref)

    monkeypatch.setattr(memory.MemoryPersons, "erase", dies_on_the_third)
    sweep = RetentionSweep(h.db.uow, h.clock, POLICY)
    with pytest.raises(KeyboardInterrupt):
        await sweep.run()
    assert len(h.db.data.persons) == 3  # the first batch of two was committed
    await sweep.run()
    assert h.db.data.persons == {}
