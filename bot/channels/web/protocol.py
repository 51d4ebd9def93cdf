"""What the browser may send, checked strictly: anything else becomes 'unsupported', never an
error. Typed text reaches the dialog only as its length; it is kept, sealed, for staff."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.core.events import (
    ButtonPressed,
    Event,
    ExitRequested,
    ForgetRequested,
    MenuRequested,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.services.channel import Capabilities
from bot.services.messages import Incoming

CHANNEL = "web"
SESSION = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
LAST_QUESTION = 0
"""The page has no message ids: a button always belongs to the last question shown."""
MAX_PAYLOAD = 64
MAX_TEXT = 4096
SHARES_LOCATION = False
"""Flip once the page offers the browser's geolocation (coarsened before it is sent)."""
CAPABILITIES = Capabilities(
    deletes_history_for=timedelta(0),  # nothing to delete on the device: the page is cleared
    reaches_later=False,  # a closed tab cannot be written to
    shares_location=SHARES_LOCATION,
    max_text=MAX_TEXT,
)


@dataclass(frozen=True)
class ClientMessage:
    """A browser message reduced to what Gza keeps."""

    id: str
    record: dict[str, Any]


def parse_client_message(session: str, raw: str) -> ClientMessage | None:
    """None when the message cannot even be acknowledged (no usable id)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or not MESSAGE_ID.match(str(data.get("id", ""))):
        return None
    kind = data.get("type")
    record: dict[str, Any] = {"session": session, "type": "unsupported"}
    lang = data.get("lang")
    if isinstance(lang, str) and CODE.match(lang):
        record["lang"] = lang.split("-")[0].lower()[:8]
    if kind == "start":
        entry = data.get("entry")
        record.update(
            type="start", entry=entry if isinstance(entry, str) and CODE.match(entry) else None
        )
    elif kind in ("exit", "menu", "forget"):
        record["type"] = kind
    elif kind == "button" and isinstance(data.get("payload"), str):
        record.update(type="button", payload=data["payload"][:MAX_PAYLOAD])
    elif kind == "text" and isinstance(data.get("text"), str):
        # Kept (sealed) only so it can reach staff in an open case; the dialog sees its length.
        record.update(type="text", length=len(data["text"]), text=data["text"][:MAX_TEXT])
    return ClientMessage(str(data["id"]), record)


def to_incoming(payload: bytes) -> Incoming:
    record = json.loads(payload)
    session = record["session"]
    return Incoming(
        channel=CHANNEL,
        user_id=session,
        address=session,
        event=_event(record),
        locale_hint=record.get("lang"),
        text=record.get("text"),
        button_message_id=LAST_QUESTION if record["type"] == "button" else None,
    )


def _event(record: dict[str, Any]) -> Event:
    kind = record["type"]
    if kind == "start":
        return Started(record.get("entry"), record.get("lang"))
    if kind == "exit":
        return ExitRequested()
    if kind == "menu":
        return MenuRequested()
    if kind == "forget":
        return ForgetRequested()
    if kind == "button":
        return ButtonPressed(record["payload"])
    if kind == "text":
        return TextReceived(int(record["length"]))
    return UnsupportedReceived("web")
