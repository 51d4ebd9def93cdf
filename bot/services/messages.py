"""What crosses the boundary between the services and a channel, in plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass
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


@dataclass(frozen=True)
class SendText:
    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    """Rows of (label, payload)."""
    silent: bool = False
    """Deliver without a notification sound or preview (disguise setting)."""
    protect: bool = False
    """Ask the client to forbid forwarding and saving (Telegram's protect_content)."""


@dataclass(frozen=True)
class AnswerButton:
    """Acknowledge a button press so the client stops its spinner."""

    callback_id: str


@dataclass(frozen=True)
class ClearChat:
    """The person left: delete what the chat still shows (``message_ids`` in Telegram)."""

    message_ids: tuple[int, ...] = ()


Outgoing = SendText | AnswerButton | ClearChat


def dump_outgoing(message: Outgoing) -> bytes:
    data: dict[str, Any]
    if isinstance(message, SendText):
        rows = [[list(b) for b in row] for row in message.buttons]
        data = {
            "kind": "text",
            "text": message.text,
            "buttons": rows,
            "silent": message.silent,
            "protect": message.protect,
        }
    elif isinstance(message, AnswerButton):
        data = {"kind": "answer", "callback_id": message.callback_id}
    else:
        data = {"kind": "clear", "message_ids": list(message.message_ids)}
    return json.dumps(data, ensure_ascii=False).encode()


def load_outgoing(raw: bytes) -> Outgoing:
    data = json.loads(raw)
    if data["kind"] == "text":
        rows = tuple(tuple((str(b[0]), str(b[1])) for b in row) for row in data["buttons"])
        return SendText(data["text"], rows, bool(data["silent"]), bool(data["protect"]))
    if data["kind"] == "answer":
        return AnswerButton(data["callback_id"])
    return ClearChat(tuple(int(i) for i in data["message_ids"]))
