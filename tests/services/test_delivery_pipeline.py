"""The inbox and outbox workers with the in-memory stores: retries, set-aside, ordering."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.events import ExitRequested, Started, TextReceived
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer
from bot.privacy.pseudonyms import Pseudonyms
from bot.services.channel import Capabilities, Decoded, Unreadable
from bot.services.conversations import ConversationService
from bot.services.inbox import InboxWorker, Intake
from bot.services.mailbox import Mailbox
from bot.services.messages import ClearChat, Incoming, Outgoing, SendText
from bot.services.outbox import OutboxWorker, RateLimited, TemporaryFailure, Undeliverable
from bot.services.ports import OutboxItem, UnitOfWorkFactory
from bot.services.retry import RetryPolicy
from bot.services.wakeup import Wakeup, run_forever
from bot.storage.database import create_engine
from bot.storage.memory import MemoryDatabase, MemoryOutbox
from bot.storage.sql import unit_of_work_factory
from tests.conftest import EXAMPLE_PLACE_TREE, POSTGRES_URL, prepared_database
from tests.fakes import ManualClock
from tests.storage.conftest import RING

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@dataclass
class RecordingDeliverer:
    """Delivers into a list; ``failures`` are raised first, one per call."""

    sent: list[tuple[str, Outgoing]] = field(default_factory=list)
    failures: list[Exception] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    """Set by every delivery."""

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        """Like Telegram, a sent text gets a message id."""
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((address, message))
        self.arrived.set()
        return len(self.sent) if isinstance(message, SendText) else None

    def texts(self, address: str) -> list[str]:
        return [m.text for a, m in self.sent if a == address and isinstance(m, SendText)]


Decoder = Callable[[bytes], Awaitable[Decoded]]
CAPABILITIES = Capabilities(
    deletes_history_for=timedelta(hours=47), reaches_later=True, copies_media=True
)


@dataclass
class HarnessChannel:
    """A channel named "test" that can delete, reach later and copy: decodes with the test's
    decoder, delivers into the recording deliverer."""

    decoder: Decoder
    deliverer: RecordingDeliverer
    name: str = "test"
    capabilities: Capabilities = CAPABILITIES

    async def decode(self, payload: bytes) -> Decoded:
        return await self.decoder(payload)

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        return await self.deliverer.deliver(address, message)


@dataclass
class Harness:
    db: MemoryDatabase
    clock: ManualClock
    intake: Intake
    inbox: InboxWorker
    outbox: OutboxWorker
    deliverer: RecordingDeliverer


def harness(
    decoder: Decoder,
    max_attempts: int = 3,
    lanes: int = 1,
    uow: UnitOfWorkFactory | None = None,
) -> Harness:
    """The workers on the memory twin, or on ``uow`` (a SQL database) when given."""
    db, clock = MemoryDatabase(), ManualClock(NOW)
    uow = uow or db.uow
    dialogs = load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE)
    pseudonyms = Pseudonyms(b"p" * 32)
    service = ConversationService(
        dialogs.flow,
        {"emergency_numbers": (Text("emergency-number-line", {"number": "112", "label": "x"}),)},
        Localizer(ROOT / "locales"),
        pseudonyms,
        "en",
        Mailbox({"test": CAPABILITIES}, "test"),
    )
    policy = RetryPolicy(max_attempts=max_attempts, first_delay=1, max_delay=60)
    stopping, deliverer = asyncio.Event(), RecordingDeliverer()
    channels = {"test": HarnessChannel(decoder, deliverer)}
    handlers = {Incoming: service.handle}
    failed = {Incoming: service.report_failure}
    return Harness(
        db,
        clock,
        Intake(uow, pseudonyms, clock, Wakeup()),
        InboxWorker(
            uow, channels, handlers, clock, policy, Wakeup(), stopping, failed, lanes=lanes
        ),
        OutboxWorker(uow, channels, clock, policy, stopping, lanes=lanes),
        deliverer,
    )


def counting(uow: Callable[..., Any]) -> tuple[Callable[..., Any], list[int]]:
    """``uow``, counting the units of work opened through it (in the list's one item)."""
    opened = [0]

    def counted(*, read_only: bool = False) -> Any:
        opened[0] += 1
        return uow(read_only=read_only)

    return counted, opened


async def drain(worker: InboxWorker | OutboxWorker) -> int:
    """Run until nothing is due; returns how many items went through."""
    return await worker.settle()


async def plain_decoder(payload: bytes) -> Incoming | None:
    user, _, kind = payload.decode().partition(":")
    event = {"start": Started(locale_hint="en"), "exit": ExitRequested()}.get(kind, TextReceived(3))
    return Incoming("test", user, f"chat-{user}", event, "en")


async def test_a_handler_that_keeps_failing_is_retried_then_set_aside() -> None:
    calls = 0

    async def broken(payload: bytes) -> Incoming | None:
        nonlocal calls
        calls += 1
        raise RuntimeError("boom")

    h = harness(broken, max_attempts=3)
    assert await h.intake.receive("test", "1", "alice", b"alice:start")
    for _ in range(5):
        await h.inbox.settle()
        h.clock.advance(120)
    assert calls == 3  # three attempts, then set aside
    async with h.db.uow() as uow:
        assert await uow.inbox.due(h.clock(), 10) == []
    assert h.db.data.inbox[1][1] == "failed"


async def test_an_update_the_channel_cannot_read_is_set_aside_at_once() -> None:
    calls = 0

    async def unreadable_then_plain(payload: bytes) -> Incoming | None:
        nonlocal calls
        if payload.endswith(b":garbled"):
            calls += 1
            raise Unreadable("no chat in it")
        return await plain_decoder(payload)

    h = harness(unreadable_then_plain, max_attempts=3)
    await h.intake.receive("test", "1", "alice", b"alice:garbled")
    await h.intake.receive("test", "2", "alice", b"alice:start")
    await drain(h.inbox)  # no retry round: her next update goes through in the same pass
    await drain(h.outbox)
    assert calls == 1
    assert h.db.data.inbox[1][1] == "failed"
    assert h.deliverer.texts("chat-alice")  # answered without waiting out any back-off


async def test_a_failed_update_is_reported_to_the_person_once_set_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failures = 2
    original_add = MemoryOutbox.add

    async def failing_add(self: MemoryOutbox, item: OutboxItem) -> None:
        nonlocal failures
        if failures:
            failures -= 1
            raise ConnectionError("database blip")
        await original_add(self, item)

    monkeypatch.setattr(MemoryOutbox, "add", failing_add)
    h = harness(plain_decoder, max_attempts=2)
    await h.intake.receive("test", "1", "bob", b"bob:start")
    await drain(h.inbox)
    h.clock.advance(120)
    await drain(h.inbox)
    await drain(h.outbox)
    assert h.db.data.inbox[1][1] == "failed"
    assert h.deliverer.texts("chat-bob") == [
        "Sorry, something went wrong on our side. Please send /start to continue."
    ]


async def test_a_duplicate_update_is_stored_once() -> None:
    h = harness(plain_decoder)
    assert await h.intake.receive("test", "7", "carol", b"carol:start")
    assert not await h.intake.receive("test", "7", "carol", b"carol:start")
    assert await drain(h.inbox) == 1


async def test_later_updates_of_a_chat_wait_for_an_earlier_one_being_retried() -> None:
    failing = {"dave:start"}

    async def decoder(payload: bytes) -> Incoming | None:
        if payload.decode() in failing:
            raise RuntimeError("temporarily broken")
        return await plain_decoder(payload)

    h = harness(decoder, max_attempts=5)
    await h.intake.receive("test", "1", "dave", b"dave:start")
    await h.intake.receive("test", "2", "dave", b"dave:text")
    await h.intake.receive("test", "3", "erin", b"erin:start")
    assert await drain(h.inbox) == 1  # erin's; dave's second waits behind his first
    failing.clear()
    h.clock.advance(5)
    assert await drain(h.inbox) == 2
    await drain(h.outbox)
    dave = h.deliverer.texts("chat-dave")
    assert dave[0].startswith("Hello.")  # /start first, then the answer to the text
    assert dave[1].startswith("Sorry, I can only read the buttons")


async def test_rate_limits_and_outages_delay_but_never_drop_or_reorder() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "fay", b"fay:start")
    await h.intake.receive("test", "2", "fay", b"fay:text")
    await drain(h.inbox)
    h.deliverer.failures = [RateLimited(30), TemporaryFailure("502"), TemporaryFailure("timeout")]
    for _ in range(10):
        await drain(h.outbox)
        h.clock.advance(31)
    texts = h.deliverer.texts("chat-fay")
    assert len(texts) == 3
    assert texts[0].startswith("Hello.") and texts[1].startswith("Sorry, I can only")


async def test_an_undeliverable_message_is_given_up_without_blocking_the_next() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "gus", b"gus:start")
    await h.intake.receive("test", "2", "gus", b"gus:text")
    await drain(h.inbox)
    h.deliverer.failures = [Undeliverable("blocked")]
    assert await drain(h.outbox) == 3
    assert len(h.deliverer.texts("chat-gus")) == 2


async def test_exit_cancels_the_replies_still_queued_for_the_person() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "gil", b"gil:start")
    await h.intake.receive("test", "2", "gil", b"gil:text")
    await h.intake.receive("test", "3", "gil", b"gil:exit")
    await drain(h.inbox)  # /exit is decided before the greeting was even sent
    await drain(h.outbox)
    assert [type(m) for _, m in h.deliverer.sent] == [ClearChat, SendText]  # never the greeting
    assert h.deliverer.texts("chat-gil") == ["Goodbye. Send /start any time to begin again."]


async def test_a_reply_that_went_out_as_the_person_left_is_deleted_through_rate_limits() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "gil", b"gil:start")
    await drain(h.inbox)
    person = Pseudonyms(b"p" * 32).person("test", "gil")
    real_deliver = h.deliverer.deliver

    async def exit_meanwhile(address: str, message: Outgoing) -> int | None:
        """/exit is handled (and cancels what is queued) while Telegram answers the send;
        then the first try to delete is refused with a 429."""
        sent = await real_deliver(address, message)
        if isinstance(message, SendText):
            async with h.db.uow() as uow:
                await uow.outbox.cancel(person)
                await uow.commit()
            h.deliverer.failures = [RateLimited(3)]
        return sent

    h.deliverer.deliver = exit_meanwhile  # type: ignore[method-assign]
    await drain(h.outbox)
    assert not [m for _, m in h.deliverer.sent if isinstance(m, ClearChat)]  # waiting out the 429
    h.clock.advance(3)
    await drain(h.outbox)
    greeting_id = next(i for i, (_, m) in enumerate(h.deliverer.sent, 1) if isinstance(m, SendText))
    assert h.deliverer.sent[-1] == ("chat-gil", ClearChat((greeting_id,)))


async def test_a_clear_is_tried_until_the_deletion_window_closes_then_given_up() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "hal", b"hal:start")
    await h.intake.receive("test", "2", "hal", b"hal:exit")
    await drain(h.inbox)
    h.deliverer.failures = [TemporaryFailure("502")] * 100  # Telegram down for two days
    for _ in range(17):
        await drain(h.outbox)
        h.clock.advance(3 * 3600)
    clears = [(i, st) for i, st in h.db.data.outbox.values() if isinstance(i.message, ClearChat)]
    assert [(i.attempts, st) for i, st in clears] == [(16, "failed")]  # tried, then let go
    h.deliverer.failures = []
    await drain(h.outbox)
    assert h.deliverer.texts("chat-hal") == ["Goodbye. Send /start any time to begin again."]
    assert not [m for _, m in h.deliverer.sent if isinstance(m, ClearChat)]


async def test_a_reply_on_its_way_when_the_person_is_erased_is_deleted_not_remembered() -> None:
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "gia", b"gia:start")
    await drain(h.inbox)
    person = Pseudonyms(b"p" * 32).person("test", "gia")
    real_deliver = h.deliverer.deliver

    async def forget_meanwhile(address: str, message: Outgoing) -> int | None:
        """/forget is handled while Telegram is still answering the send."""
        sent = await real_deliver(address, message)
        if isinstance(message, SendText):
            async with h.db.uow() as uow:
                await uow.persons.erase(person)
                await uow.commit()
        return sent

    h.deliverer.deliver = forget_meanwhile  # type: ignore[method-assign]
    await drain(h.outbox)
    greeting_id = next(i for i, (_, m) in enumerate(h.deliverer.sent, 1) if isinstance(m, SendText))
    assert h.deliverer.sent[-1] == ("chat-gia", ClearChat((greeting_id,)))
    async with h.db.uow() as uow:
        assert await uow.chat_messages.take(person, NOW - timedelta(days=1)) == ([], 0)


async def test_a_hung_delivery_holds_up_only_its_own_chat() -> None:
    h = harness(plain_decoder, lanes=4)
    for user in ("ann", "ben"):
        await h.intake.receive("test", "1", user, f"{user}:start".encode())
    await drain(h.inbox)
    release, ben_answered = asyncio.Event(), asyncio.Event()
    real_deliver = h.deliverer.deliver

    async def hang_for_ann(address: str, message: Outgoing) -> int | None:
        if address == "chat-ann":
            await release.wait()
        sent = await real_deliver(address, message)
        if address == "chat-ben":
            ben_answered.set()
        return sent

    h.deliverer.deliver = hang_for_ann  # type: ignore[method-assign]
    first_round = asyncio.ensure_future(h.outbox.run_once())
    await asyncio.wait_for(ben_answered.wait(), timeout=5)  # while ann's request hangs
    assert h.deliverer.texts("chat-ann") == []
    release.set()
    await first_round
    await drain(h.outbox)
    assert len(h.deliverer.texts("chat-ann")) == 1


@pytest.mark.skipif(
    not POSTGRES_URL,
    reason="set GZA_TEST_POSTGRES_URL: SQLite and the twin "
    "take one writer at a time, so their lanes never handle two chats at once",
)
async def test_chats_are_handled_at_once_each_in_order_and_never_more_than_the_lanes(
    tmp_path: Path,
) -> None:
    engine = create_engine(await prepared_database("postgres", tmp_path))
    try:
        await _three_chats_in_two_lanes(unit_of_work_factory(engine, RING))
    finally:
        await engine.dispose()


async def _three_chats_in_two_lanes(uow: UnitOfWorkFactory) -> None:
    gate, in_hand, most = asyncio.Event(), [0], [0]
    two_in_hand = asyncio.Event()

    async def slow_decoder(payload: bytes) -> Incoming | None:
        in_hand[0] += 1
        most[0] = max(most[0], in_hand[0])
        if in_hand[0] == 2:
            two_in_hand.set()
        await gate.wait()
        in_hand[0] -= 1
        return await plain_decoder(payload)

    h = harness(slow_decoder, lanes=2, uow=uow)
    for user in ("ivy", "jon", "kim"):
        await h.intake.receive("test", f"{user}1", user, f"{user}:start".encode())
        await h.intake.receive("test", f"{user}2", user, f"{user}:text".encode())
    first_round = asyncio.ensure_future(h.inbox.run_once())
    await asyncio.wait_for(two_in_hand.wait(), timeout=5)  # two chats at once
    gate.set()
    await first_round
    assert await drain(h.inbox) == 6  # every update, the first round's two included
    assert most[0] == 2  # three chats waiting, two lanes
    await drain(h.outbox)
    for user in ("ivy", "jon", "kim"):
        texts = h.deliverer.texts(f"chat-{user}")
        assert texts[0].startswith("Hello.")  # /start first, then the answer to the text
        assert texts[1].startswith("Sorry, I can only read the buttons")


async def test_a_process_never_has_more_replies_sent_but_unrecorded_than_it_has_lanes() -> None:
    """What a process that dies at any moment would send twice: replies the channel took (or
    is taking) that are not yet recorded as sent. Recording is deferred to the next claim, so
    rounds must not start more than the lanes left free by what is still unrecorded."""
    lanes, people = 3, 12
    h = harness(plain_decoder, lanes=lanes)
    for n in range(people):
        await h.intake.receive("test", str(n), f"p{n}", f"p{n}:start".encode())
        await h.intake.receive("test", f"{n}b", f"p{n}", f"p{n}:text".encode())
    await drain(h.inbox)
    expected = sum(1 for _, status in h.db.data.outbox.values() if status == "pending")
    real_deliver, in_flight, most, all_sent = h.deliverer.deliver, [0], [0], asyncio.Event()

    async def watched(address: str, message: Outgoing) -> int | None:
        in_flight[0] += 1
        recorded = sum(1 for _, status in h.db.data.outbox.values() if status == "sent")
        most[0] = max(most[0], len(h.deliverer.sent) - recorded + in_flight[0])
        await asyncio.sleep(0)  # the request is on the wire: other lanes and rounds go on
        try:
            return await real_deliver(address, message)
        finally:
            in_flight[0] -= 1
            if len(h.deliverer.sent) >= expected:
                all_sent.set()

    h.deliverer.deliver = watched  # type: ignore[method-assign]
    outbox = h.outbox
    loop = asyncio.create_task(
        run_forever("outbox", outbox.run_once, outbox.wakeup, 60, outbox.stopping)
    )
    try:
        await asyncio.wait_for(all_sent.wait(), timeout=10)
    finally:
        outbox.stopping.set()
        outbox.wakeup.poke()
        await loop
    assert len(h.deliverer.sent) == expected >= 2 * people
    assert lanes - 1 <= most[0] <= lanes  # the lanes were used, and never more


async def test_a_stop_records_what_was_sent_so_a_restart_sends_nothing_twice() -> None:
    """Ordinary replies are recorded with the outbox's next claim; the loop can end on stopping
    without another round, so the runtime's stop calls ``finish``, which records them, and the
    restarted outbox sends nothing."""
    h = harness(plain_decoder)
    await h.intake.receive("test", "1", "gia", b"gia:start")
    await drain(h.inbox)
    outbox = h.outbox
    loop = asyncio.create_task(
        run_forever("outbox", outbox.run_once, outbox.wakeup, 60, outbox.stopping)
    )
    await h.deliverer.arrived.wait()  # the greeting went out; nothing is recorded yet
    outbox.stopping.set()
    outbox.wakeup.poke()
    await loop
    await outbox.finish()  # as Runtime.stop does
    sent = len(h.deliverer.sent)

    h.clock.advance(300)  # any claim of the stopped process has lapsed
    restarted = OutboxWorker(h.db.uow, outbox.channels, h.clock, outbox.policy, asyncio.Event())
    assert await drain(restarted) == 0
    assert len(h.deliverer.sent) == sent


async def test_updates_received_at_once_are_committed_together_and_each_learns_if_it_was_new() -> (
    None
):
    h = harness(plain_decoder)
    counted, commits = counting(h.intake.uow)
    intake = replace(h.intake, uow=counted)
    first = await intake.receive("test", "0", "ann", b"ann:start")
    at_once = await asyncio.gather(
        *(
            intake.receive("test", str(n), user, f"{user}:text".encode())
            for n, user in ((1, "bob"), (2, "cid"), (0, "ann"), (3, "dee"))
        )
    )
    assert (first, at_once) == (True, [True, True, False, True])  # ann's "0" came twice
    assert commits[0] == 2  # one for the first, one for the four at once
    assert await drain(h.inbox) == 4


async def test_a_round_with_every_lane_busy_and_nothing_to_record_opens_no_transaction() -> None:
    h = harness(plain_decoder, lanes=1)
    for user in ("ann", "ben"):
        await h.intake.receive("test", "1", user, f"{user}:start".encode())
    await drain(h.inbox)
    release, real_deliver = asyncio.Event(), h.deliverer.deliver

    async def hang(address: str, message: Outgoing) -> int | None:
        await release.wait()
        return await real_deliver(address, message)

    h.deliverer.deliver = hang  # type: ignore[method-assign]
    counted, opened = counting(h.db.uow)
    outbox = replace(h.outbox, uow=counted)
    assert await outbox.run_once() == 1  # the only lane takes one chat's first reply
    before = opened[0]
    assert await outbox.run_once() == 0  # poked again while that reply hangs
    assert opened[0] == before
    release.set()
    await drain(outbox)
    assert len(h.deliverer.texts("chat-ann")) == len(h.deliverer.texts("chat-ben")) == 1
