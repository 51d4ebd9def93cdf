"""What crosses the boundary between the services and a channel, in plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from bot.core.events import Event


@dataclass(frozen=True)
class Incoming:
    """An update a channel decoded. ``user_id`` and ``address`` are raw and live in memory only:
    the person is stored under a pseudonym and the address only encrypted."""

    channel: str
    user_id: str
    address: str
    event: Event
    locale_hint: str | None = None
    callback_id: str | None = None
    message_id: int | None = None
    """The person's own message, remembered so that /exit can delete it from the phone."""
    text: str | None = None
    """What the person typed, kept only to relay it to staff where the channel cannot copy it."""
    edited: bool = False
    """An edit of an earlier message: in a case, staff get a note and the new version."""
    button_message_id: int | None = None
    """The bot's message whose button was pressed, so a toggle can redraw it in place."""


@dataclass(frozen=True)
class StaffIncoming:
    """Something staff did in a staff group: wrote in a case topic, a command, a button."""

    user_id: int
    chat_id: int
    thread_id: int | None
    message_id: int | None = None
    text: str | None = None
    media: bool = False
    command: str | None = None
    args: str = ""
    callback_id: str | None = None
    button: str | None = None
    edited: bool = False
    """A correction of an earlier staff message: it reaches the person marked as corrected."""


@dataclass(frozen=True)
class CuratorIncoming:
    """Something said to the bot in a private chat by a curator, or a curators' command or
    button from anyone (refused unless they are on the list)."""

    user_id: int
    chat_id: int
    locale_hint: str | None = None
    text: str | None = None
    command: str | None = None
    args: str = ""
    callback_id: str | None = None
    button: str | None = None
    button_message_id: int | None = None


@dataclass(frozen=True)
class JoinIncoming:
    """``/join CODE [alias]`` in a private chat: someone an admin invited joins the staff."""

    user_id: int
    chat_id: int
    args: str = ""
    locale_hint: str | None = None


@dataclass(frozen=True)
class StrangerChat:
    """The bot is in a group it was not configured for: it leaves."""

    chat_id: int


@dataclass(frozen=True)
class SendText:
    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    """Rows of (label, payload)."""
    silent: bool = False
    """Deliver without a notification sound or preview (disguise setting)."""
    protect: bool = False
    """Ask the client to forbid forwarding and saving, where the channel can."""
    case_id: int | None = None
    """Goes to this case's staff topic (the thread is looked up when it is sent)."""
    thread_id: int | None = None
    edits: int | None = None
    """Replace this earlier message (a redrawn question) instead of sending a new one."""


@dataclass(frozen=True)
class CopyMessage:
    """Copy a message (no link to its sender) from one chat to another."""

    from_chat: str
    message_id: int
    caption: str | None = None
    case_id: int | None = None
    thread_id: int | None = None


@dataclass(frozen=True)
class OpenTopic:
    """Create the staff topic of a case; its thread id is stored on the case once created."""

    case_id: int
    name: str


@dataclass(frozen=True)
class AnswerButton:
    """Acknowledge a button press so the client stops its spinner."""

    callback_id: str
    text: str | None = None


@dataclass(frozen=True)
class ClearChat:
    """The person left: delete what the chat still shows (``message_ids``, where the channel
    deletes messages one by one)."""

    message_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class LeaveChat:
    """Leave a group the bot was not configured for."""


Outgoing = SendText | CopyMessage | OpenTopic | AnswerButton | ClearChat | LeaveChat
KINDS: dict[str, type[Any]] = {
    "text": SendText,
    "copy": CopyMessage,
    "topic": OpenTopic,
    "answer": AnswerButton,
    "clear": ClearChat,
    "leave": LeaveChat,
}
_KIND_OF = {cls: kind for kind, cls in KINDS.items()}
_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in KINDS.values()}
"""Every field holds plain JSON values (tuples become lists), so a shallow read is enough:
``asdict``'s deep copy of each reply cost more than the rest of writing it."""


def dump_outgoing(message: Outgoing) -> bytes:
    kind = type(message)
    data = {"kind": _KIND_OF[kind], **{name: getattr(message, name) for name in _FIELDS[kind]}}
    return json.dumps(data, ensure_ascii=False).encode()


def load_outgoing(raw: bytes) -> Outgoing:
    data = json.loads(raw)
    cls = KINDS[data.pop("kind")]
    values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
    if cls is SendText:
        values["buttons"] = tuple(
            tuple((str(label), str(payload)) for label, payload in row) for row in values["buttons"]
        )
    if cls is ClearChat:
        values["message_ids"] = tuple(int(i) for i in values["message_ids"])
    message: Outgoing = cls(**values)
    return message
