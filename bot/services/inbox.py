"""The durable inbox: updates are committed before they are acknowledged, then handled in order
per chat, each exactly once; a failing update is retried, then set aside and the person told."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.services.batching import Batcher
from bot.services.channel import Channel, Unreadable
from bot.services.lanes import Lanes
from bot.services.ports import Clock, InboxItem, Pseudonymizer, UnitOfWork, UnitOfWorkFactory
from bot.services.retry import RetryPolicy
from bot.services.wakeup import Wakeup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What handling an item did that the worker must finish after commit."""

    erased: bool = False
    too_old_to_delete: int = 0


Handler = Callable[[UnitOfWork, Any, datetime], Awaitable["Outcome | None"]]
"""Handles one kind of decoded item inside the worker's unit of work."""

BATCH = 100


Received = tuple[str, str, str, bytes]
"""One update as a channel received it: (channel, update key, user id, payload)."""


@dataclass(frozen=True)
class Intake:
    """Commits received updates; channels call it before acknowledging anything."""

    uow: UnitOfWorkFactory
    pseudonyms: Pseudonymizer
    clock: Clock
    wakeup: Wakeup
    _batch: Batcher[Received, bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_batch", Batcher(self._store))

    async def receive(self, channel: str, update_key: str, user_id: str, payload: bytes) -> bool:
        """Store one update; False when it was a duplicate. Raises if storage is down. Updates
        received while a commit runs are committed together in the next (channels that hand
        over one update per request send many at once)."""
        return await self._batch((channel, update_key, user_id, payload))

    async def receive_many(self, channel: str, updates: list[tuple[str, str, bytes]]) -> int:
        """Store a batch (polling's) in one transaction; how many were new."""
        added = await self._store([(channel, *update) for update in updates])
        return sum(added)

    async def _store(self, updates: Sequence[Received]) -> list[bool]:
        now = self.clock()
        added = []
        async with self.uow() as uow:
            for channel, update_key, user_id, payload in updates:
                chat_ref = self.pseudonyms.person(channel, user_id)
                # Scoped by the pseudonym: a client-chosen key can clash with nobody else's.
                key = f"{chat_ref[:16]}:{update_key}"
                added.append(await uow.inbox.add(InboxItem(channel, key, chat_ref, payload, now)))
            await uow.commit()
        if any(added):
            self.wakeup.poke()
        return added


@dataclass(frozen=True)
class InboxWorker:
    """Decodes each due item through its channel and hands it to the handler of its kind
    (``{type: handler}``, assembled at wiring): the worker knows no use case.

    Chats are handled at once, each in its own lane (at most ``lanes`` at a time), the updates
    of one chat strictly one after another."""

    uow: UnitOfWorkFactory
    channels: Mapping[str, Channel]
    handlers: Mapping[type, Handler]
    clock: Clock
    policy: RetryPolicy
    outbox_wakeup: Wakeup
    stopping: asyncio.Event
    apologies: Mapping[type, Handler] = field(default_factory=dict)
    """What to do when an item of that kind is set aside (tell the person it failed)."""
    wakeup: Wakeup = field(default_factory=Wakeup)
    """Poked when there is new work, and by a lane when it finishes."""
    lanes: int = 1
    """How many chats are handled at once."""
    _lanes: Lanes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lanes", Lanes(self.lanes, self.wakeup.poke))

    async def run_once(self) -> int:
        """Start each due item whose chat has no lane running; returns how many started (0:
        nothing to do until poked). Once stopping, waits for the lanes instead."""
        if self.stopping.is_set():
            await self._lanes.idle()
            return 0
        self._lanes.begin_read()
        async with self.uow(read_only=True) as uow:
            items = await uow.inbox.due(self.clock(), BATCH + self._lanes.busy)
        started = 0
        for item in items:
            if self.stopping.is_set():
                break
            if not self._lanes.taken(item.chat_ref):
                await self._lanes.start(item.chat_ref, self._handle(item))
                started += 1
        return started

    async def settle(self) -> int:
        """Run until nothing is due and no lane runs; returns how many items were handled."""
        handled = 0
        while True:
            started = await self.run_once()
            await self._lanes.idle()
            handled += self._lanes.take_done()
            if not started:
                return handled

    async def _handle(self, item: InboxItem) -> bool:
        """Claim, decode and handle one item in one transaction; True when this lane handled
        it (what ``settle`` counts)."""
        assert item.id is not None
        decoded: object = None
        try:
            async with self.uow() as uow:
                if not await uow.inbox.claim(item.id, self.clock()):
                    return False  # handled or being handled elsewhere: not counted here
                decoded = await self.channels[item.channel].decode(item.payload)
                handler = self.handlers.get(type(decoded))
                outcome = await handler(uow, decoded, self.clock()) if handler else None
                outcome = outcome or Outcome()
                await uow.commit()
                if outcome.erased:
                    await uow.scrub()
                    log.info("person.erased channel=%s", item.channel)
                if outcome.too_old_to_delete:
                    log.info("exit.too_old_to_delete count=%s", outcome.too_old_to_delete)
            self.outbox_wakeup.poke()
            return True
        except Unreadable as exc:
            log.warning("inbox.unreadable channel=%s item=%s", item.channel, item.id)
            await self._failed(item, decoded, type(exc).__name__, final=True)
            return False
        except Exception as exc:
            log.exception("inbox.handler_failed channel=%s item=%s", item.channel, item.id)
            await self._failed(item, decoded, type(exc).__name__)
            return False

    async def _failed(
        self, item: InboxItem, decoded: object, error: str, *, final: bool = False
    ) -> None:
        assert item.id is not None
        attempts = item.attempts + 1
        async with self.uow() as uow:
            if attempts < self.policy.max_attempts and not final:
                at = self.policy.next_attempt(self.clock(), attempts)
                await uow.inbox.retry_later(item.id, attempts, at, error)
            else:
                await uow.inbox.set_aside(item.id, attempts, error)
                apology = self.apologies.get(type(decoded))
                if apology is not None:
                    await apology(uow, decoded, self.clock())
                log.error("inbox.set_aside channel=%s item=%s", item.channel, item.id)
            await uow.commit()
