"""Fakes for fast service-level tests: Gza built by the real ``build()`` on the in-memory twin,
with recording channels and a manual clock; no HTTP, no SQL, no aiogram.

Items go the whole way: into the inbox through ``Intake``, decoded by their channel, handled by
the handler table, routed by the mailbox into the outbox, delivered into the channel's list."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from bot.config import Settings
from bot.runtime import Gza
from bot.services.channel import Capabilities, Decoded
from bot.services.messages import CopyMessage, OpenTopic, Outgoing, SendText
from bot.storage.memory import MemoryDatabase
from bot.wiring import build
from referral_directory.files import load_directory
from tests.conftest import EXAMPLE_DIRECTORY

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday morning in Tbilisi
EXAMPLE = load_directory(EXAMPLE_DIRECTORY)


@dataclass
class ManualClock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class RecordingChannel:
    """A channel that decodes what the test handed it and delivers into ``sent``; a text, a
    copy or a new topic gets a fresh id, as in a real chat."""

    name: str
    capabilities: Capabilities
    sent: list[tuple[str, Outgoing]] = field(default_factory=list)
    _decoded: dict[bytes, Decoded] = field(default_factory=dict)
    _ids: count[int] = field(default_factory=lambda: count(100))

    def encode(self, decoded: Decoded) -> bytes:
        key = str(len(self._decoded)).encode()
        self._decoded[key] = decoded
        return key

    async def decode(self, payload: bytes) -> Decoded:
        return self._decoded[payload]

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        self.sent.append((address, message))
        return next(self._ids) if isinstance(message, SendText | CopyMessage | OpenTopic) else None

    def to(self, address: str | int) -> list[Outgoing]:
        return [m for a, m in self.sent if a == str(address)]

    def texts(self, address: str | int) -> list[str]:
        return [m.text for m in self.to(address) if isinstance(m, SendText)]


@dataclass
class Fakes:
    gza: Gza
    db: MemoryDatabase
    clock: ManualClock
    channels: dict[str, RecordingChannel]

    async def send(self, channel: str, user: str | int, *decoded: Decoded) -> None:
        """Commit the items to the inbox, in order, without handling them yet."""
        for item in decoded:
            payload = self.channels[channel].encode(item)
            await self.gza.intake.receive(channel, payload.decode(), str(user), payload)

    async def receive(self, channel: str, user: str | int, *decoded: Decoded) -> None:
        """Commit the items, then run the workers until nothing is left to do."""
        await self.send(channel, user, *decoded)
        await self.settle()

    async def settle(self) -> None:
        while await self.gza.inbox_worker.settle() + await self.gza.outbox_worker.settle():
            pass


@asynccontextmanager
async def fakes(settings: Settings, **capabilities: Capabilities) -> AsyncIterator[Fakes]:
    """Gza on the memory twin (seeded with the example directory), one recording channel per
    name given, each with those capabilities."""
    db, clock = MemoryDatabase(), ManualClock()
    async with db.uow() as uow:
        await uow.directory.replace(EXAMPLE, "seed", clock())
        await uow.commit()
    channels = {name: RecordingChannel(name, can) for name, can in capabilities.items()}
    kwargs: dict[str, Any] = {"clock": clock, "uow_factory": db.uow, "channels": channels}
    async with build(settings, **kwargs) as gza:
        yield Fakes(gza, db, clock, channels)
