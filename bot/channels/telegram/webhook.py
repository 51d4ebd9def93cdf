"""The webhook endpoint: a request is answered 200 only after its update is committed."""

from __future__ import annotations

import hmac
import logging

from aiogram.types import Update
from aiohttp import web
from aiohttp.typedefs import Handler
from pydantic import ValidationError

from bot.channels.telegram.updates import CHANNEL, sender_id
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
            update = Update.model_validate_json(body)
        except ValidationError:
            return web.Response(status=400)
        try:
            await intake.receive(CHANNEL, str(update.update_id), sender_id(update), body)
        except Exception:
            log.exception("webhook.intake_failed")
            return web.Response(status=503)  # Telegram retries; nothing is lost
        return web.json_response({})

    return handle
