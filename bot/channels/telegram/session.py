"""aiogram's HTTP session, keeping alive the response models it builds for each call.

aiogram reads every answer through ``Response[<the method's return type>]``, a pydantic generic
model that pydantic caches only weakly: once the garbage collector frees it, the next call builds
it again (a whole schema, some 100 ms of CPU on the event loop). Holding each one here makes
that a dictionary look-up."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType


class PinnedSession(AiohttpSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._responses: dict[object, type[Response[Any]]] = {}

    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in self._responses:
            self._responses[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)
