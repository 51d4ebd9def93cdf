"""The transactional outbox: replies written with the state change that caused them are
delivered here, in order per chat, waiting out rate limits and retrying failures."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.services.channel import Channel
from bot.services.lanes import Lanes
from bot.services.leases import process_holder
from bot.services.mailbox import erased_owner
from bot.services.messages import ClearChat, CopyMessage, OpenTopic, Outgoing, SendText
from bot.services.ports import Claim, Clock, OutboxItem, UnitOfWork, UnitOfWorkFactory
from bot.services.retry import RetryPolicy
from bot.services.wakeup import Wakeup

log = logging.getLogger(__name__)

BATCH = 100
TOPIC_WAIT = 2.0
TOPIC_GIVE_UP = timedelta(minutes=30)


class DeliveryError(Exception):
    """A channel could not deliver a message; subclasses say whether to try again."""


class RateLimited(DeliveryError):
    """The channel asked us to wait (an HTTP 429); not counted as a failed attempt."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class TemporaryFailure(DeliveryError):
    """A 5xx, a timeout, a lost connection: try again with back-off."""


class Undeliverable(DeliveryError):
    """The person blocked the bot, the chat is gone, the request is invalid: do not retry."""


@dataclass(frozen=True)
class _Claimed:
    items: list[OutboxItem]
    last_start: datetime
    """No message is begun after this, so each one ends well before its claim lapses."""


@dataclass(frozen=True)
class OutboxWorker:
    """Delivers to different queues (chats) at once, each in its own lane, and in order within
    a queue: a slow or hung request holds up only its own chat."""

    uow: UnitOfWorkFactory
    channels: Mapping[str, Channel]
    clock: Clock
    policy: RetryPolicy
    stopping: asyncio.Event
    holder: str = field(default_factory=process_holder)
    """This process, in the claims it takes: several processes may share the outbox."""
    claim_for: timedelta = timedelta(seconds=60)
    wakeup: Wakeup = field(default_factory=Wakeup)
    """Poked when there is new work, and by a lane when it finishes."""
    lanes: int = 1
    """How many queues are delivered to at once."""
    gather: float = 0.0
    """Seconds a round waits before reading, so that it takes the replies of several updates
    in one transaction instead of one or two per update (each handled update wakes it, and so
    does each delivered message)."""
    _lanes: Lanes = field(init=False, repr=False, compare=False)
    _sent: list[tuple[OutboxItem, int | None]] = field(
        init=False, repr=False, compare=False, default_factory=list
    )
    """Delivered, to be recorded with the next claim: one transaction for many messages. A
    crash before that sends them again (as a crash between sending and recording always did);
    none is lost, and its queue's next message waits for the record."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lanes", Lanes(self.lanes, self.wakeup.poke))

    async def run_once(self) -> int:
        """Start each due message whose queue has no lane running; returns how many started
        (0: nothing to do until poked). Once stopping, waits for the lanes instead."""
        if self.stopping.is_set():
            await self._lanes.idle()
            await self._record_sent()
            return 0
        if self.gather:
            await asyncio.sleep(self.gather)
        self._lanes.begin_read()
        claim = await self._claim()
        started, unstarted = 0, []
        for item in claim.items:
            late = self.stopping.is_set() or self.clock() >= claim.last_start
            if late or self._lanes.taken(item.in_queue):
                unstarted.append(item)
                continue
            await self._lanes.start(item.in_queue, self._deliver(item))
            started += 1
        await self._hand_back(unstarted)
        return started

    async def finish(self) -> None:
        """On stopping, after the worker's loop has ended or been cut short (it may end without
        another round): record what was delivered, so that a graceful stop never sends a reply
        twice. A delivery still in hand is not waited for: its claim lapses and it is sent after
        the restart."""
        await self._record_sent()

    async def settle(self) -> int:
        """Run until nothing is due and no lane runs; returns how many were delivered."""
        sent = 0
        while True:
            busy = self._lanes.busy  # a round with lanes still busy may start nothing
            started = await self.run_once()
            await self._lanes.idle()
            sent += self._lanes.take_done()
            if not started and not busy:
                return sent

    async def _claim(self) -> _Claimed:
        """Record what was delivered, then take the due messages that no other process holds,
        for ``claim_for`` (one transaction); no more than there are free lanes."""
        now = self.clock()
        items: list[OutboxItem] = []

        async def claim(uow: UnitOfWork) -> None:
            if room := self._room():
                items.extend(
                    await uow.outbox.claim(now, room, Claim(self.holder, now + self.claim_for))
                )

        if self._sent or self._room():  # else every lane is busy: nothing to do yet
            await self._record_sent(claim)
        return _Claimed(items, now + self.claim_for / 2)

    def _room(self) -> int:
        """Free lanes. A lane stays taken until what it delivered is recorded, so a process
        that dies has at most ``lanes`` messages sent but not recorded (the replies a restart
        or another process sends again), however many rounds ran since the last record."""
        return max(0, min(BATCH, self.lanes - self._lanes.busy - len(self._sent)))

    async def _record_sent(
        self, then: Callable[[UnitOfWork], Awaitable[None]] | None = None
    ) -> None:
        """Mark the delivered messages sent (clearing those whose person left meanwhile), then
        ``then`` do more in the same transaction."""
        sent = list(self._sent)
        self._sent.clear()
        if not sent and then is None:
            return
        try:
            async with self.uow() as uow:
                added = await self._record_replies(uow, sent)
                if then is not None:
                    await then(uow)
                await uow.commit()
        except BaseException:
            self._sent[:0] = sent  # recorded with the next claim instead
            raise
        if added:
            self.wakeup.poke()

    async def _record_replies(
        self, uow: UnitOfWork, sent: list[tuple[OutboxItem, int | None]]
    ) -> bool:
        """Mark ordinary replies sent and remember their ids, a statement for all of them; one
        whose row is gone (the person left or was erased meanwhile) one by one, as ``_record``
        does. One whose claim lapsed and was taken over is only remembered: it is on the phone,
        and its new holder records the copy it sends. True when that queued a clear."""
        now = self.clock()
        found = await uow.outbox.mark_sent_many(
            [item.id for item, _ in sent if item.id], now, self.holder
        )
        ids = [
            (item.chat_ref, item.channel, message_id, now)
            for item, message_id in sent
            if item.id in found and message_id is not None and item.to_owner
        ]
        await uow.chat_messages.remember_many(ids)
        gone = [(item, message_id) for item, message_id in sent if item.id not in found]
        return any([await self._record(uow, item, message_id) for item, message_id in gone])

    async def _record(self, uow: UnitOfWork, item: OutboxItem, message_id: int | None) -> bool:
        """Mark one delivered message sent; True when that queued a clear."""
        assert item.id is not None
        kept = await uow.outbox.mark_sent(item.id, self.clock())
        if isinstance(item.message, OpenTopic) and message_id is not None:
            await uow.cases.update(item.message.case_id, topic_id=message_id)
        elif message_id is not None and not item.ephemeral and item.to_owner and kept:
            await uow.chat_messages.remember(item.chat_ref, item.channel, message_id, self.clock())
        if not kept and message_id is not None and item.to_owner:
            return await self._clear_orphan(uow, item, message_id)
        if isinstance(item.message, ClearChat) and item.to_owner and not item.ephemeral:
            return await self._clear_late(uow, item)
        return False

    async def _hand_back(self, items: list[OutboxItem]) -> None:
        """Claimed but not begun (its queue's lane is still finishing, or stopping): free it
        now for whichever worker reads next, instead of when the claim lapses."""
        if not items:
            return
        async with self.uow() as uow:
            for item in items:
                assert item.id is not None
                await uow.outbox.release(item.id)
            await uow.commit()

    async def _deliver(self, item: OutboxItem) -> bool:
        assert item.id is not None
        try:
            deliverer = self.channels.get(item.channel)
            if deliverer is None:
                raise Undeliverable(f"no {item.channel} channel is configured")
            if self._too_old_to_delete(item, deliverer):
                raise Undeliverable("the messages are past the channel's deletion window")
            message = await self._in_topic(item)
            message_id = await deliverer.deliver(item.address, message)
        except RateLimited as exc:
            await self._later(item, item.attempts, exc.seconds, "rate_limited")
            return False
        except Undeliverable as exc:
            log.warning("outbox.undeliverable channel=%s item=%s", item.channel, item.id)
            async with self.uow() as uow:
                await uow.outbox.give_up(item.id, type(exc).__name__, self.holder)
                await uow.commit()
            return True
        except Exception as exc:
            attempts = item.attempts + 1
            log.warning(
                "outbox.retry channel=%s item=%s attempt=%s error=%s",
                item.channel,
                item.id,
                attempts,
                type(exc).__name__,
            )
            await self._later(item, attempts, self.policy.delay(attempts), type(exc).__name__)
            return False
        if self._recorded_now(item):
            async with self.uow() as uow:
                added = await self._record(uow, item, message_id)
                await uow.commit()
            if added:
                self.wakeup.poke()
        else:
            self._sent.append((item, message_id))
        return True

    @staticmethod
    def _recorded_now(item: OutboxItem) -> bool:
        """A staff topic (its messages wait for its id), a clear and a throw-away message are
        recorded at once, as before; an ordinary reply waits for the next claim."""
        return item.ephemeral or isinstance(item.message, OpenTopic | ClearChat)

    async def _clear_late(self, uow: UnitOfWork, item: OutboxItem) -> bool:
        """A reply already on its way when the person left was recorded only after the chat
        was cleared: it is deleted too, by a clear of its own that waits out limits and
        failures like any message."""
        late, _ = await uow.chat_messages.take(item.chat_ref, item.created_at)
        if late:
            clear = ClearChat(tuple(late))
            again = replace(item, message=clear, created_at=self.clock(), id=None, attempts=0)
            await uow.outbox.add(replace(again, next_attempt_at=None))
        return bool(late)

    async def _clear_orphan(self, uow: UnitOfWork, item: OutboxItem, message_id: int) -> bool:
        """The reply went out while the person left (/exit cancelled it) or was erased: it is
        deleted from their chat, under a throw-away owner so that nothing links it to them,
        by a clear that waits out limits and failures like any message."""
        clear = ClearChat((message_id,))
        orphan = OutboxItem(
            item.channel, erased_owner(), item.address, clear, self.clock(), ephemeral=True
        )
        await uow.outbox.add(orphan)
        return True

    def _too_old_to_delete(self, item: OutboxItem, channel: Channel) -> bool:
        """A clear is retried until it succeeds or the channel's deletion window has closed."""
        window = channel.capabilities.deletes_history_for
        if not isinstance(item.message, ClearChat) or window <= timedelta(0):
            return False
        return self.clock() - item.created_at > window

    async def _in_topic(self, item: OutboxItem) -> Outgoing:
        """Messages for a case's staff topic learn its thread id, created by an earlier item."""
        message = item.message
        if not isinstance(message, SendText | CopyMessage) or message.case_id is None:
            return message
        if message.thread_id is not None:
            return message
        async with self.uow(read_only=True) as uow:
            case = await uow.cases.get(message.case_id)
        if case is None:
            raise Undeliverable("the case is gone")
        if case.topic_id is None:
            if self.clock() - item.created_at > TOPIC_GIVE_UP:
                log.error("outbox.no_staff_topic case=%s", case.code)  # is the bot a topic admin?
                raise Undeliverable("the staff topic was never created")
            raise RateLimited(TOPIC_WAIT)  # its topic is still being created
        return replace(message, thread_id=case.topic_id)

    async def _later(self, item: OutboxItem, attempts: int, seconds: float, error: str) -> None:
        assert item.id is not None
        at = self.clock() + timedelta(seconds=seconds)
        async with self.uow() as uow:
            await uow.outbox.retry_later(item.id, attempts, at, error, self.holder)
            await uow.commit()
