"""The one place that decides where a message goes: which channel, which address, whose it
is (the owner its data key and erasure follow) and in which queue it waits its turn.

The services name a recipient (the person, the chat a message came from, a case's staff topic,
a chat on the staff side); the mailbox resolves it and writes the outbox items inside the
caller's unit of work, so they are committed with the state change that caused them."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.services.cases import Case
from bot.services.channel import NOTHING, Capabilities
from bot.services.messages import Outgoing
from bot.services.ports import OutboxItem, UnitOfWork


@dataclass(frozen=True)
class Person:
    """The person, wherever they last wrote from (their stored, encrypted address)."""

    ref: str


@dataclass(frozen=True)
class Chat:
    """The chat a message just came from, answered in place (its address is in memory only)."""

    owner: str
    channel: str
    address: str


@dataclass(frozen=True)
class CaseTopic:
    """A case's topic on the staff side, in the case's own staff queue."""

    case: Case


@dataclass(frozen=True)
class StaffChat:
    """A chat on the staff side: a staff group, a staff member's or a curator's own chat.
    ``about`` a person puts it in that person's staff queue."""

    chat: int
    owner: str
    about: str | None = None


Recipient = Person | Chat | CaseTopic | StaffChat
Route = tuple[str, str, str, str | None]
"""(channel, owner, address, queue)"""


def staff_queue(person_ref: str) -> str:
    """What goes to staff about a person waits in its own queue: never ahead of, and never
    holding up, what the person is told."""
    return f"staff:{person_ref}"


def staff_owner(chat: int) -> str:
    """The owner of what is said in a staff chat outside any case."""
    return f"staff:{chat}"


def group_owner(chat: int) -> str:
    return f"group:{chat}"


def erased_owner() -> str:
    """A throw-away owner for the last words to a person being erased: nothing links them."""
    return f"erased:{secrets.token_hex(16)}"


@dataclass(frozen=True)
class Mailbox:
    capabilities: Mapping[str, Capabilities]
    """Each configured channel's, by name."""
    staff_channel: str
    """Where staff and curators work."""

    def can(self, channel: str) -> Capabilities:
        """What a channel can do; a channel that is not configured can do nothing."""
        return self.capabilities.get(channel, NOTHING)

    def unreachable_later(self) -> frozenset[str]:
        """Channels that cannot write to a person later (their old unsent messages expire)."""
        return frozenset(n for n, c in self.capabilities.items() if not c.reaches_later)

    async def send(
        self,
        uow: UnitOfWork,
        to: Recipient,
        messages: Iterable[Outgoing],
        now: datetime,
        *,
        ephemeral: bool = False,
    ) -> bool:
        """Queue the messages, in order; False when the recipient is gone (erased)."""
        route = await self._route(uow, to)
        if route is None:
            return False
        channel, owner, address, queue = route
        items = [
            OutboxItem(channel, owner, address, message, now, ephemeral=ephemeral, queue=queue)
            for message in messages
        ]
        await uow.outbox.add_many(items)
        return True

    async def _route(self, uow: UnitOfWork, to: Recipient) -> Route | None:
        if isinstance(to, Person):
            found = await uow.persons.address(to.ref)
            return None if found is None else (found[0], to.ref, found[1], None)
        if isinstance(to, Chat):
            return to.channel, to.owner, to.address, None
        if isinstance(to, CaseTopic):
            case = to.case
            topic = staff_queue(case.person_ref)
            return self.staff_channel, case.person_ref, str(case.staff_chat_id), topic
        about = staff_queue(to.about) if to.about is not None else None
        return self.staff_channel, to.owner, str(to.chat), about
