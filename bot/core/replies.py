"""Engine outputs: imperatives the service carries out."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.texts import Button, Text


@dataclass(frozen=True)
class Say:
    """Send one message, optionally with rows of buttons."""

    text: Text
    buttons: tuple[tuple[Button, ...], ...] = ()
    urgent: bool = False
    """Never delivered silently, whatever the disguise settings."""
    contacts: bool = False
    """Carries contacts (numbers, services): protected from forwarding when so configured."""
    edit: bool = False
    """Replace the message whose button was pressed (a toggle), rather than send a new one."""


@dataclass(frozen=True)
class EndSession:
    """The person left: the channel may clear what it shows or delete its messages."""


@dataclass(frozen=True)
class Act:
    """Carry out a named action the flow asked for (``do:``), e.g. ``forget``."""

    name: str


Reply = Say | EndSession | Act
