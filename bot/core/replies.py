"""Engine outputs: imperatives the service carries out."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.texts import Button, Text


@dataclass(frozen=True)
class Say:
    """Send one message, optionally with rows of buttons."""

    text: Text
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class EndSession:
    """The person left: the channel may clear what it shows (web) or later delete messages."""


Reply = Say | EndSession
