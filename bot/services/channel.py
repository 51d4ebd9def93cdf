"""The channel port: how the services meet a messaging channel without knowing which one.

A channel decodes what arrived (a stored payload) into what the person did, delivers what the
services decided, and declares what it can do. The services decide by these capabilities, never
by a channel's name: a new channel is a new adapter, not an edit of the use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from bot.core.flow import DELETES_HISTORY, REACHES_LATER, SHARES_LOCATION
from bot.services.messages import (
    CuratorIncoming,
    Incoming,
    JoinIncoming,
    Outgoing,
    StaffIncoming,
    StrangerChat,
)

Decoded = Incoming | StaffIncoming | CuratorIncoming | JoinIncoming | StrangerChat | None
"""What a stored payload meant; None for updates Gza ignores."""
LONGEST_TEXT = 4096
"""The longest text of one message where a channel says nothing else."""


@dataclass(frozen=True)
class Capabilities:
    """What a channel can do; the services and the flow ask these, never the channel's name."""

    deletes_history_for: timedelta = timedelta(0)
    """How far back the channel can delete the conversation from the person's device; zero when
    it cannot (it can only clear what it shows)."""
    reaches_later: bool = False
    """Can write to the person unprompted, days later (a consented check-in)."""
    shares_location: bool = False
    """The person can share a location."""
    max_text: int = LONGEST_TEXT
    """The longest text one message may carry."""
    buttons_per_row: int = 8
    copies_media: bool = False
    """Can copy a message (a photo, a voice note) to another chat without naming its sender."""

    def flags(self) -> frozenset[str]:
        """The capabilities a flow may test (``needs:`` and ``say_without:`` in dialogs/)."""
        named = {
            DELETES_HISTORY: self.deletes_history_for > timedelta(0),
            REACHES_LATER: self.reaches_later,
            SHARES_LOCATION: self.shares_location,
        }
        return frozenset(name for name, on in named.items() if on)


NOTHING = Capabilities()
"""A channel that is not configured (any more) can do nothing."""


class Unreadable(Exception):
    """``decode`` cannot read this stored payload, and trying again cannot help: the inbox sets
    it aside at once instead of holding up the rest of that chat through its retries."""


class Channel(Protocol):
    """One messaging channel: its name (stored with every item), what it can do, and its two
    halves. ``decode`` runs in the inbox worker, inside the handling transaction; ``deliver``
    runs in the outbox worker and raises the outbox's DeliveryError subclasses."""

    @property
    def name(self) -> str: ...

    @property
    def capabilities(self) -> Capabilities: ...

    async def decode(self, payload: bytes) -> Decoded:
        """The stored payload as what the person did; None when Gza ignores it."""

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        """Send; return the channel's message id when it has one (kept to delete it on /exit)."""
