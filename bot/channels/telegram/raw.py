"""Updates as Telegram sent them. The edge reads only what it needs to commit an update (its id
and whose it is) from the raw JSON; the whole update is parsed later, in the inbox worker, one
at a time. So an update aiogram cannot read (a forward from a hidden user, aiogram issue #1840,
or a kind newer than this aiogram) never fails a batch nor holds back the polling offset."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.methods.base import TelegramMethod
from aiogram.types import Update
from aiogram.types.update import UpdateTypeLookupError
from pydantic import ValidationError

from bot.services import channel

log = logging.getLogger(__name__)

WHO = ("from", "user", "chat")
"""Where an update's event names the person (or chat) it belongs to, in order of preference."""
SCHEMA_NAME = re.compile(r"^[a-z_]{1,40}\Z")
"""A Bot API field name: only such names are logged, never anything a person wrote."""
Path = tuple[str | int, ...]


class RawGetUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates with each update left as a plain JSON object, so that one update aiogram
    cannot parse does not fail the whole call (aiogram parses the batch as one list)."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


@dataclass(frozen=True)
class Received:
    """What the intake commits: the update's id, whose it is (kept in order per person), and
    the update as received."""

    update_id: int
    sender: str
    payload: bytes


class Unreadable(channel.Unreadable):
    """The stored update cannot be read even without its faulty parts; retrying cannot help."""


def received(raw: object, payload: bytes | None = None) -> Received | None:
    """None when ``raw`` is not an update at all (no integer ``update_id``)."""
    if not isinstance(raw, dict):
        return None
    update_id = raw.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    if payload is None:
        payload = json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode()
    return Received(update_id, sender_of(raw), payload)


def sender_of(raw: dict[str, Any]) -> str:
    """The id of the person (or else the chat) an update comes from; "-" when it names none.
    Read from the event object whatever its kind, so a kind unknown today still has one."""
    for key, event in raw.items():
        if key == "update_id" or not isinstance(event, dict):
            continue
        for field in WHO:
            who = event.get(field)
            ident = who.get("id") if isinstance(who, dict) else None
            if isinstance(ident, int) and not isinstance(ident, bool):
                return str(ident)
        return "-"
    return "-"


class UpdateReader:
    """Parses stored updates for the dispatcher, tolerating what aiogram cannot read, and
    counts in the log what it had to leave out or ignore (names of fields only, no content)."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot
        self.counts: Counter[str] = Counter()

    def read(self, payload: bytes) -> Update | None:
        """The update, or None when it is of a kind this aiogram does not know. A part aiogram
        cannot read is left out and the rest read; raises Unreadable when even that fails."""
        context = {"bot": self._bot}
        try:
            update = Update.model_validate_json(payload, context=context)
        except ValidationError as exc:
            update = self._salvage(payload, exc, context)
        try:
            update.event_type  # noqa: B018 (raises for a kind this aiogram does not know)
        except UpdateTypeLookupError:
            self.counts["unknown"] += 1
            kinds = [k for k in (update.model_extra or {}) if SCHEMA_NAME.match(k)]
            log.warning(
                "telegram.update_ignored kind=%s reason=unknown_kind total=%s",
                ",".join(kinds) or "?",
                self.counts["unknown"],
            )
            return None
        return update

    def _salvage(self, payload: bytes, exc: ValidationError, context: dict[str, Any]) -> Update:
        try:
            data = json.loads(payload)
            parts = faulty_parts(data, [tuple(e["loc"]) for e in exc.errors()])
        except (ValueError, RecursionError):
            parts = None
        if not parts:
            raise Unreadable("not an update aiogram can read") from None
        for path in parts:
            _remove(data, path)
        try:
            update = Update.model_validate(data, context=context)
        except ValidationError:
            raise Unreadable("not an update aiogram can read, even in part") from None
        self.counts["salvaged"] += 1
        log.warning(
            "telegram.update_salvaged dropped=%s total=%s",
            ",".join(_named(path) for path in parts),
            self.counts["salvaged"],
        )
        return update


def faulty_parts(data: object, locations: list[Path]) -> list[Path] | None:
    """The smallest optional parts that hold every fault: the object holding a bad field (the
    whole list when that object is a list item). None when a fault is in the update's event
    itself (its ``chat`` or ``date``): left out, nothing would be left to read."""
    parts: set[Path] = set()
    for loc in locations:
        present = _present(data, loc)
        part = present[:-1] if len(present) == len(loc) else present
        while part and isinstance(part[-1], int):
            part = part[:-1]
        if len(part) < 2:
            return None
        parts.add(part)
    return sorted(p for p in parts if not any(p[: len(q)] == q for q in parts if q != p))


def _present(data: object, loc: Path) -> Path:
    """The longest start of ``loc`` that exists in ``data`` (pydantic adds union tags that
    are not keys; they end the walk)."""
    node, path = data, []
    for part in loc:
        if not _has(node, part):
            break
        node = node[part]  # type: ignore[index]
        path.append(part)
    return tuple(path)


def _has(node: object, part: str | int) -> bool:
    if isinstance(node, dict):
        return isinstance(part, str) and part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _remove(data: Any, path: Path) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]


def _named(path: Path) -> str:
    return ".".join(str(p) if isinstance(p, int) or SCHEMA_NAME.match(p) else "?" for p in path)
