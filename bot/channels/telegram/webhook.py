"""The webhook endpoint: a request is answered 200 only after its update is committed. The
update is stored as received and parsed later by the inbox worker: refusing one aiogram cannot
parse would make Telegram send it again and again, holding back every update after it."""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from aiohttp.typedefs import Handler

from bot.channels.telegram.raw import received
from bot.channels.telegram.updates import CHANNEL
from bot.services.inbox import Intake

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024


def webhook_handler(intake: Intake, secret_token: str) -> Handler:
    async def handle(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret_token.encode()):
            return web.Response(status=401)
        body = await request.read()
        if len(body) > MAX_BODY:
            return web.Response(status=413)
        try:
            update = received(json.loads(body), body)
        except (ValueError, RecursionError):
            update = None
        if update is None:
            return web.Response(status=400)  # not JSON, or no update_id: not from Telegram
        try:
            await intake.receive(CHANNEL, str(update.update_id), update.sender, body)
        except Exception:
            log.exception("webhook.intake_failed")
            return web.Response(status=503)  # Telegram retries; nothing is lost
        return web.json_response({})

    return handle
