"""The web chat server and channel: a page, a WebSocket per browser tab, a decoder for the
inbox and a deliverer for the outbox.

Every browser message is committed to the inbox before it is acknowledged, exactly like a
Telegram update; replies reach the browser through the outbox, so a reload loses nothing.
"""

from __future__ import annotations

import html
import json
import logging
from collections import defaultdict
from pathlib import Path

from aiohttp import WSMsgType, web

from bot.channels.web.protocol import (
    CAPABILITIES,
    CHANNEL,
    SESSION,
    parse_client_message,
    to_incoming,
)
from bot.core.texts import Text
from bot.services.channel import Decoded
from bot.services.inbox import Intake
from bot.services.messages import ClearChat, Outgoing, SendText
from bot.services.outbox import RateLimited
from bot.services.ports import Localizer
from bot.services.wakeup import Wakeup

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
MAX_MESSAGE = 64 * 1024
RECONNECT_WAIT = 3.0
PAGE_TEXTS = (
    "web-title",
    "web-input-placeholder",
    "web-send",
    "web-connecting",
    "web-offline",
    "web-exit-note",
    "common-exit",
)


class WebChat:
    name = CHANNEL
    capabilities = CAPABILITIES

    def __init__(
        self,
        intake: Intake,
        localizer: Localizer,
        locales: tuple[str, ...],
        default_locale: str,
        outbox_wakeup: Wakeup,
    ) -> None:
        self._intake, self._localizer = intake, localizer
        self._locales, self._default = locales, default_locale
        self._outbox_wakeup = outbox_wakeup
        self._sockets: dict[str, set[web.WebSocketResponse]] = defaultdict(set)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.page),
            web.get("/chat.js", self.script),
            web.get("/ws", self.socket),
        ]

    async def page(self, request: web.Request) -> web.Response:
        locale = self._pick_locale(request.headers.get("Accept-Language", ""))
        source = (STATIC / "index.html").read_text("utf-8")
        for text_id in PAGE_TEXTS:
            text = html.escape(self._localizer.render(locale, Text(text_id)))
            source = source.replace("{{" + text_id + "}}", text)
        source = source.replace("{{lang}}", locale)
        return web.Response(text=source, content_type="text/html", headers=_NO_STORE)

    async def script(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "chat.js", headers=_NO_STORE)

    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        session = request.query.get("session", "")
        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden()  # another site's page may not talk for the person
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=30)
        await ws.prepare(request)
        if not SESSION.match(session):
            await ws.close(code=4400, message=b"bad session")
            return ws
        self._sockets[session].add(ws)
        self._outbox_wakeup.poke()  # replies that waited for this browser go out now
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await self._receive(session, ws, msg.data)
        finally:
            self._sockets[session].discard(ws)
            if not self._sockets[session]:
                del self._sockets[session]
        return ws

    async def _receive(self, session: str, ws: web.WebSocketResponse, raw: str) -> None:
        message = parse_client_message(session, raw)
        if message is None:
            await ws.send_json({"type": "error", "reason": "unreadable"})
            return
        payload = json.dumps(message.record).encode()
        try:
            await self._intake.receive(CHANNEL, message.id, session, payload)
        except Exception:
            log.exception("web.intake_failed")
            await ws.send_json({"type": "nack", "id": message.id})  # the browser resends
            return
        await ws.send_json({"type": "ack", "id": message.id})

    async def decode(self, payload: bytes) -> Decoded:
        return to_incoming(payload)

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        sockets = self._sockets.get(address)
        if not sockets:
            raise RateLimited(RECONNECT_WAIT)  # keep it until the browser is back
        if isinstance(message, SendText):
            data = {
                "type": "message",
                "replace": message.edits is not None,
                "text": message.text,
                "buttons": [
                    [{"label": label, "payload": payload} for label, payload in row]
                    for row in message.buttons
                ],
            }
        elif isinstance(message, ClearChat):
            data = {"type": "clear"}
        else:
            return None  # button acknowledgements are a Telegram matter
        for ws in list(sockets):
            await ws.send_json(data)
        return None

    def _pick_locale(self, accept_language: str) -> str:
        for part in accept_language.split(","):
            code = part.split(";")[0].strip().split("-")[0].lower()
            if code in self._locales:
                return code
        return self._default


_NO_STORE = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
}
