"""The web chat server and channel: a page, a WebSocket per browser tab, a decoder for the
inbox and a deliverer for the outbox.

Every browser message is committed to the inbox before it is acknowledged, exactly like a
Telegram update; replies reach the browser through the outbox, so a reload loses nothing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections import OrderedDict, defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import WSCloseCode, WSMsgType, web

from bot.channels.web.page import Page
from bot.channels.web.protocol import (
    CAPABILITIES,
    CHANNEL,
    SESSION,
    parse_client_message,
    to_incoming,
)
from bot.channels.web.relay import LEFT, Relay
from bot.core.engine import EXIT
from bot.services.channel import Decoded
from bot.services.inbox import Intake
from bot.services.messages import ClearChat, Outgoing, SendText
from bot.services.outbox import RateLimited
from bot.services.wakeup import Wakeup

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
MAX_MESSAGE = 64 * 1024
RECONNECT_WAIT = 3.0
MAX_BEACON = 128
REMEMBER_LEFT = 10_000
"""Sessions that left by quick exit, remembered so their last words are not retried for days."""


class WebChat:
    name = CHANNEL
    capabilities = CAPABILITIES

    def __init__(
        self, intake: Intake, page: Page, outbox_wakeup: Wakeup, relay: Relay | None = None
    ) -> None:
        self._intake, self._page = intake, page
        self._outbox_wakeup = outbox_wakeup
        self._relay = relay
        """Reaches tabs held by other processes; None when this process is the only one."""
        self._sockets: dict[str, set[web.WebSocketResponse]] = defaultdict(set)
        self._left: OrderedDict[str, None] = OrderedDict()

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.page),
            web.get("/chat.js", _static("chat.js", "text/javascript")),
            web.get("/chat.css", _static("chat.css", "text/css")),
            web.get("/favicon.svg", self.favicon),
            web.get("/favicon.ico", self.favicon),
            web.get("/ws", self.socket),
            web.post("/leave", self.leave),
        ]

    async def startup(self, app: web.Application) -> None:
        if self._relay is not None:
            await self._relay.start(self._from_relay)

    async def shutdown(self, app: web.Application) -> None:
        """Close every tab's socket, so stopping never waits on a browser left open."""
        for sockets in list(self._sockets.values()):
            for ws in list(sockets):
                await ws.close(code=WSCloseCode.GOING_AWAY)
        if self._relay is not None:
            await self._relay.stop()

    async def page(self, request: web.Request) -> web.Response:
        source = self._page.html(request.headers.get("Accept-Language", ""))
        return web.Response(text=source, content_type="text/html", headers=_NO_STORE)

    async def favicon(self, request: web.Request) -> web.Response:
        return web.Response(
            text=self._page.favicon(), content_type="image/svg+xml", headers=_NO_STORE
        )

    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        session = request.query.get("session", "")
        _same_origin(request)
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=30)
        await ws.prepare(request)
        if not SESSION.match(session):
            await ws.close(code=4400, message=b"bad session")
            return ws
        self._left.pop(session, None)
        await self._hold(session, ws)
        self._outbox_wakeup.poke()  # replies that waited for this browser go out now
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await self._receive(session, ws, msg.data)
        finally:
            await self._drop(session, ws)
        return ws

    async def _hold(self, session: str, ws: web.WebSocketResponse) -> None:
        if not self._sockets[session] and self._relay is not None:
            await self._relay.hold(session)
        self._sockets[session].add(ws)

    async def _drop(self, session: str, ws: web.WebSocketResponse) -> None:
        self._sockets[session].discard(ws)
        if not self._sockets[session]:
            del self._sockets[session]
            if self._relay is not None:
                with contextlib.suppress(Exception):  # Redis away: its subscription ends too
                    await self._relay.drop(session)

    async def leave(self, request: web.Request) -> web.Response:
        """Quick exit's word to the server, sent as a beacon while the page is already gone:
        the session ends as if Exit had been pressed."""
        _same_origin(request)
        session = (await request.content.read(MAX_BEACON)).decode("ascii", "replace").strip()
        if not SESSION.match(session):
            raise web.HTTPBadRequest()
        record = {"session": session, "type": "exit"}
        await self._intake.receive(
            CHANNEL, "leave-" + secrets.token_urlsafe(12), session, json.dumps(record).encode()
        )
        await self._gone(session)
        if self._relay is not None:
            try:  # its socket may be held, and its replies delivered, by other processes
                await self._relay.leave(session)
            except Exception as exc:
                log.warning("web.relay_leave_failed error=%s", type(exc).__name__)
        return web.Response(status=204, headers=_NO_STORE)

    async def _gone(self, session: str) -> None:
        """The tab left by quick exit: its sockets here close, its replies here are dropped."""
        self._remember_left(session)
        for ws in list(self._sockets.get(session, ())):
            await ws.close()  # the tab is gone; nothing more is shown there

    def _remember_left(self, session: str) -> None:
        self._left[session] = None
        while len(self._left) > REMEMBER_LEFT:
            self._left.popitem(last=False)

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
        if not sockets and address in self._left:
            return None  # the page is gone and its token with it: nobody will read this
        if isinstance(message, SendText):
            data = self._message(message)
        elif isinstance(message, ClearChat):
            data = {"type": "clear"}
        else:
            return None  # button acknowledgements are a Telegram matter
        if sockets:
            await self._send_here(address, data)
        elif self._relay is None or not await self._relay.publish(address, data):
            if self._relay is not None and await self._relay.has_left(address):
                self._remember_left(address)
                return None  # it left through another process
            raise RateLimited(RECONNECT_WAIT)  # keep it until the browser is back
        return None

    async def _from_relay(self, session: str, data: dict[str, object]) -> None:
        """A message for a tab this process holds, passed on by another process."""
        if data == LEFT:
            await self._gone(session)
        else:
            await self._send_here(session, data)

    async def _send_here(self, session: str, data: dict[str, object]) -> None:
        """To every socket of the tab in this process (the relay calls it for the others)."""
        for ws in list(self._sockets.get(session, ())):
            await ws.send_json(data)

    def _message(self, message: SendText) -> dict[str, object]:
        data: dict[str, object] = {
            "type": "message",
            "replace": message.edits is not None,
            "text": message.text,
            "buttons": [
                [{"label": label, "payload": payload} for label, payload in row]
                for row in message.buttons
            ],
        }
        exits = [label for row in message.buttons for label, payload in row if payload == EXIT]
        locale = self._page.locale_of_exit(exits[0]) if exits else None
        if locale is not None:
            data["lang"] = locale  # the page's own words follow the conversation's language
        return data


def _same_origin(request: web.Request) -> None:
    """Another site's page may not talk or leave for the person."""
    origin = request.headers.get("Origin")
    if origin is not None and origin.split("://", 1)[-1] != request.host:
        raise web.HTTPForbidden()


def _static(name: str, content_type: str) -> Callable[[web.Request], Awaitable[web.Response]]:
    body = (STATIC / name).read_bytes()

    async def serve(request: web.Request) -> web.Response:
        return web.Response(
            body=body, content_type=content_type, charset="utf-8", headers=_NO_STORE
        )

    return serve


_NO_STORE = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
}
