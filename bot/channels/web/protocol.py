"""What the browser may send, checked strictly: anything else becomes 'unsupported', never an
error. Typed text reaches the dialog only as its length; it is kept, sealed, for staff. A shared
location arrives already coarsened by the page and is coarsened again here, whatever it says."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.core.events import (
    ButtonPressed,
    Event,
    ExitRequested,
    ForgetRequested,
    LocationShared,
    MenuRequested,
    Resumed,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.services.channel import Capabilities
from bot.services.messages import Incoming
from bot.services.screening import coarse

CHANNEL = "web"
SESSION = re.compile(r"^[A-Za-z0-9_-]{16,64}\Z")
MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
LAST_QUESTION = 0
"""The page has no message ids: a button always belongs to the last question shown."""
MAX_PAYLOAD = 64
MAX_TEXT = 4096
SHARES_LOCATION = True
"""The page offers the browser's geolocation, coarsened to about a kilometre before it is sent."""
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
    elif kind in ("exit", "menu", "forget", "resume"):
        record["type"] = kind
    elif kind == "location" and (point := _point(data.get("latitude"), data.get("longitude"))):
        record.update(type="location", latitude=point[0], longitude=point[1])
    elif kind == "button" and isinstance(data.get("payload"), str):
        record.update(type="button", payload=data["payload"][:MAX_PAYLOAD])
    elif kind == "text" and isinstance(data.get("text"), str):
        # Kept (sealed) only so it can reach staff in an open case; the dialog sees its length.
        record.update(type="text", length=len(data["text"]), text=data["text"][:MAX_TEXT])
    return ClientMessage(str(data["id"]), record)


def _point(latitude: Any, longitude: Any) -> tuple[float, float] | None:
    """A point on Earth, coarsened; None for anything else (NaN, strings, out of range)."""
    numbers = (latitude, longitude)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    lat, lon = float(latitude), float(longitude)
    if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
        return None
    return coarse(lat, lon)


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
    if kind == "resume":
        return Resumed()
    if kind == "location":
        return LocationShared(None, (float(record["latitude"]), float(record["longitude"])))
    if kind == "button":
        return ButtonPressed(record["payload"])
    if kind == "text":
        return TextReceived(int(record["length"]))
    return UnsupportedReceived("web")
