"""Engine inputs: past-tense facts about what the person did. They never carry typed text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Started:
    """The person opened the conversation (``/start``), optionally through a deep link."""

    entry_code: str | None = None
    locale_hint: str | None = None


@dataclass(frozen=True)
class ButtonPressed:
    """A button payload came back; it may be stale or forged and is checked against the state."""

    payload: str


@dataclass(frozen=True)
class TextReceived:
    """The person typed something; only its length is known to the engine."""

    length: int


@dataclass(frozen=True)
class UnsupportedReceived:
    """Something the current step cannot use: a sticker, a photo, an edited message..."""

    kind: str


@dataclass(frozen=True)
class ExitRequested:
    """``/exit`` or the Exit button."""


@dataclass(frozen=True)
class ForgetRequested:
    """``/forget``: the person asks to erase everything stored about them (confirm first)."""


@dataclass(frozen=True)
class MenuRequested:
    """``/menu``: back to the main menu from anywhere."""


@dataclass(frozen=True)
class LocationShared:
    """The person shared a location; the service has already found the nearest place and
    coarsened the point, so the engine never sees precise coordinates."""

    place: str | None
    near: tuple[float, float] | None = None


@dataclass(frozen=True)
class Resumed:
    """The person's page was reloaded: show the current question again, and nothing else."""


@dataclass(frozen=True)
class CheckInDue:
    """The follow-up the person agreed to is due: Gza speaks first."""


Event = (
    Started
    | ButtonPressed
    | TextReceived
    | UnsupportedReceived
    | ExitRequested
    | MenuRequested
    | ForgetRequested
    | LocationShared
    | Resumed
    | CheckInDue
)
