"""Sending through aiogram within Telegram's limits, translating its errors for the outbox."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from dataclasses import replace
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions

from bot.services.messages import (
    AnswerButton,
    ClearChat,
    CopyMessage,
    LeaveChat,
    OpenTopic,
    Outgoing,
    SendText,
)
from bot.services.outbox import RateLimited, TemporaryFailure, Undeliverable
from bot.services.pacing import Limit, RateLimiter, WindowLimiter, pace

MAX_CHAT_LIMITERS = 10_000
GLOBAL_KEY = "bot"
PATIENCE = 5.0
"""Seconds a delivery lane waits for a slot itself; a longer wait goes back to the outbox."""
T = TypeVar("T")
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
CAPTION_LIMIT = 1024
NOT_MODIFIED = "message is not modified"

log = logging.getLogger(__name__)


class RateLimits:
    """Telegram's limits as sliding windows: the bot's global rate, and each chat's (a short
    burst, then its rate; a group's per-minute budget). A message waits for a slot of both at
    once; a wait longer than ``PATIENCE`` is handed back to the outbox (RateLimited), so a group
    at its minute budget holds up nobody else. A slot counts from Telegram's answer (see
    ``RateLimiter``), so the limits hold as Telegram counts, on arrival."""

    def __init__(
        self,
        per_second: float,
        chat_rate: float,
        chat_burst: int,
        group_per_minute: int = 20,
        limiter: RateLimiter | None = None,
        clock: Callable[[], float] = time.monotonic,
        patience: float = PATIENCE,
    ) -> None:
        self._global = _limit(GLOBAL_KEY, per_second, max(1, int(per_second)))
        self._chat_rate, self._chat_burst = chat_rate, chat_burst
        self._group_per_minute = group_per_minute
        self._limiter = limiter or WindowLimiter(MAX_CHAT_LIMITERS)
        self._clock, self._patience = clock, patience

    def message(self, chat: str) -> AbstractAsyncContextManager[None]:
        """A slot for one message to ``chat``, held until Telegram answers: waits a short
        wait, raises RateLimited with a long one."""
        return self._slot([self._global, self._chat(chat)])

    def delete(self) -> AbstractAsyncContextManager[None]:
        """A slot of the global budget only: a delete is not a message to the chat."""
        return self._slot([self._global])

    @asynccontextmanager
    async def _slot(self, limits: list[Limit]) -> AsyncIterator[None]:
        wait = await pace(self._limiter, limits, self._clock, self._patience)
        if wait > 0:
            raise RateLimited(wait)
        try:
            yield
        finally:
            await self._limiter.release(limits, self._clock())

    def _chat(self, chat: str) -> Limit:
        key = f"chat:{chat}"
        if chat.startswith("-"):  # a group: at most about 20 messages a minute
            return Limit(key, self._group_per_minute, 60.0)
        return _limit(key, self._chat_rate, self._chat_burst)


def _limit(key: str, rate: float, burst: int) -> Limit:
    """``burst`` messages (at least one) in the time ``rate`` allows them."""
    count = max(1, burst)
    return Limit(key, count, count / rate)


def keyboard(rows: tuple[tuple[tuple[str, str], ...], ...]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=payload) for label, payload in row]
            for row in rows
        ]
    )


class TelegramDeliverer:
    def __init__(self, bot: Bot, limits: RateLimits, request_timeout: float = 10.0) -> None:
        self._bot, self._limits, self._timeout = bot, limits, request_timeout

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        try:
            return await self._send(address, message)
        except TimeoutError:
            raise TemporaryFailure("telegram did not answer in time") from None
        except TelegramRetryAfter as exc:
            raise RateLimited(float(exc.retry_after)) from None
        except (TelegramForbiddenError, TelegramNotFound, TelegramBadRequest):
            raise Undeliverable("telegram refused the request") from None
        except (TelegramServerError, TelegramNetworkError):
            raise TemporaryFailure("telegram unavailable") from None

    async def _timed(
        self, request: Coroutine[Any, Any, T], slot: AbstractAsyncContextManager[None] | None = None
    ) -> T:
        """One request, in its rate-limit slot, given up after the timeout: a hung request
        delays only its chat."""
        try:
            async with slot or nullcontext(), asyncio.timeout(self._timeout):
                return await request
        finally:
            request.close()  # a no-op once it ran; never started when no slot was free

    async def _send(self, address: str, message: Outgoing) -> int | None:
        if isinstance(message, SendText) and message.edits is not None:
            return await self._edit(address, message, message.edits)
        if isinstance(message, SendText):
            sent = await self._timed(
                self._bot.send_message(
                    chat_id=int(address),
                    text=message.text,
                    message_thread_id=message.thread_id,
                    reply_markup=keyboard(message.buttons),
                    parse_mode=None,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                    disable_notification=message.silent,
                    protect_content=message.protect,
                ),
                self._limits.message(address),
            )
            return sent.message_id
        if isinstance(message, CopyMessage):
            return await self._copy(address, message)
        if isinstance(message, OpenTopic):
            topic = await self._timed(
                self._bot.create_forum_topic(chat_id=int(address), name=message.name),
                self._limits.message(address),
            )
            return topic.message_thread_id
        if isinstance(message, AnswerButton):
            await self._timed(
                self._bot.answer_callback_query(message.callback_id, text=message.text)
            )
        elif isinstance(message, ClearChat):
            await self._delete(int(address), message.message_ids)
        elif isinstance(message, LeaveChat):
            await self._timed(self._bot.leave_chat(chat_id=int(address)))
        return None

    async def _edit(self, address: str, message: SendText, message_id: int) -> int | None:
        """Redraw a question in place; if Telegram will not edit it (too old, deleted), send it
        anew. An edit that changes nothing is already done."""
        try:
            await self._timed(
                self._bot.edit_message_text(
                    chat_id=int(address),
                    message_id=message_id,
                    text=message.text,
                    reply_markup=keyboard(message.buttons),
                    parse_mode=None,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                ),
                self._limits.message(address),
            )
        except TelegramBadRequest as exc:
            if NOT_MODIFIED in str(exc.message):
                return None
            return await self._send(address, replace(message, edits=None))
        return None

    async def _copy(self, address: str, message: CopyMessage) -> int:
        """copyMessage: no link to who sent it. A new caption (signed with the staff alias)
        replaces the original; parse_mode None so `<3`, `&`, `_` and `*` arrive as written."""
        caption = message.caption[:CAPTION_LIMIT] if message.caption else None
        copied = await self._timed(
            self._bot.copy_message(
                chat_id=int(address),
                from_chat_id=int(message.from_chat),
                message_id=message.message_id,
                message_thread_id=message.thread_id,
                caption=caption,
                parse_mode=None,
            ),
            self._limits.message(address),
        )
        return copied.message_id

    async def _delete(self, chat_id: int, message_ids: tuple[int, ...]) -> None:
        """deleteMessages in batches; one that Telegram refuses (too old, already gone) is
        counted, not retried, so a quick exit never waits on what Telegram will not delete.
        A 429, a 5xx or a timeout raise, and the outbox tries the whole clear again."""
        failed = 0
        for start in range(0, len(message_ids), DELETE_BATCH):
            batch = list(message_ids[start : start + DELETE_BATCH])
            try:
                await self._timed(
                    self._bot.delete_messages(chat_id=chat_id, message_ids=batch),
                    self._limits.delete(),  # not a message: no chat budget to wait for
                )
            except TelegramBadRequest:
                failed += len(batch)
        if failed:
            log.info("exit.not_deleted count=%s", failed)
