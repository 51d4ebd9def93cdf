"""Sending through aiogram within Telegram's limits, translating its errors for the outbox."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace

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
from aiolimiter import AsyncLimiter

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

MAX_CHAT_LIMITERS = 10_000
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
CAPTION_LIMIT = 1024
NOT_MODIFIED = "message is not modified"

log = logging.getLogger(__name__)


class RateLimits:
    """A global limiter and one per chat (groups have Telegram's own per-minute budget), the
    per-chat ones kept in a bounded LRU."""

    def __init__(
        self, per_second: float, chat_rate: float, chat_burst: int, group_per_minute: int = 20
    ) -> None:
        self._global = AsyncLimiter(per_second, 1)
        self._chat_rate, self._chat_burst = chat_rate, chat_burst
        self._group_per_minute = group_per_minute
        self._chats: OrderedDict[str, AsyncLimiter] = OrderedDict()

    async def acquire(self, chat: str) -> None:
        """Wait for the global budget, but never for one chat's: a chat over its own limit is
        told to come back later (RateLimited), so it holds up no other chat's replies."""
        limiter = self._chats.pop(chat, None) or self._new(chat)
        self._chats[chat] = limiter
        while len(self._chats) > MAX_CHAT_LIMITERS:
            self._chats.popitem(last=False)
        if not limiter.has_capacity():
            raise RateLimited(limiter.time_period / limiter.max_rate)
        await limiter.acquire()
        await self._global.acquire()

    def _new(self, chat: str) -> AsyncLimiter:
        if chat.startswith("-"):  # a group: at most about 20 messages a minute
            return AsyncLimiter(self._group_per_minute, 60)
        return AsyncLimiter(self._chat_burst, self._chat_burst / self._chat_rate)


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
    def __init__(self, bot: Bot, limits: RateLimits) -> None:
        self._bot, self._limits = bot, limits

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        try:
            return await self._send(address, message)
        except TelegramRetryAfter as exc:
            raise RateLimited(float(exc.retry_after)) from None
        except (TelegramForbiddenError, TelegramNotFound, TelegramBadRequest):
            raise Undeliverable("telegram refused the request") from None
        except (TelegramServerError, TelegramNetworkError):
            raise TemporaryFailure("telegram unavailable") from None

    async def _send(self, address: str, message: Outgoing) -> int | None:
        if isinstance(message, SendText) and message.edits is not None:
            return await self._edit(address, message, message.edits)
        if isinstance(message, SendText):
            await self._limits.acquire(address)
            sent = await self._bot.send_message(
                chat_id=int(address),
                text=message.text,
                message_thread_id=message.thread_id,
                reply_markup=keyboard(message.buttons),
                parse_mode=None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                disable_notification=message.silent,
                protect_content=message.protect,
            )
            return sent.message_id
        if isinstance(message, CopyMessage):
            return await self._copy(address, message)
        if isinstance(message, OpenTopic):
            await self._limits.acquire(address)
            topic = await self._bot.create_forum_topic(chat_id=int(address), name=message.name)
            return topic.message_thread_id
        if isinstance(message, AnswerButton):
            await self._bot.answer_callback_query(message.callback_id, text=message.text)
        elif isinstance(message, ClearChat):
            await self._delete(int(address), message.message_ids)
        elif isinstance(message, LeaveChat):
            await self._bot.leave_chat(chat_id=int(address))
        return None

    async def _edit(self, address: str, message: SendText, message_id: int) -> int | None:
        """Redraw a question in place; if Telegram will not edit it (too old, deleted), send it
        anew. An edit that changes nothing is already done."""
        await self._limits.acquire(address)
        try:
            await self._bot.edit_message_text(
                chat_id=int(address),
                message_id=message_id,
                text=message.text,
                reply_markup=keyboard(message.buttons),
                parse_mode=None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except TelegramBadRequest as exc:
            if NOT_MODIFIED in str(exc.message):
                return None
            return await self._send(address, replace(message, edits=None))
        return None

    async def _copy(self, address: str, message: CopyMessage) -> int:
        """copyMessage: no link to who sent it. A new caption (signed with the staff alias)
        replaces the original; parse_mode None so `<3`, `&`, `_` and `*` arrive as written."""
        await self._limits.acquire(address)
        caption = message.caption[:CAPTION_LIMIT] if message.caption else None
        copied = await self._bot.copy_message(
            chat_id=int(address),
            from_chat_id=int(message.from_chat),
            message_id=message.message_id,
            message_thread_id=message.thread_id,
            caption=caption,
            parse_mode=None,
        )
        return copied.message_id

    async def _delete(self, chat_id: int, message_ids: tuple[int, ...]) -> None:
        """deleteMessages in batches; one that fails (too old, already gone) is counted, not
        retried, so a quick exit never waits on what Telegram will not delete."""
        failed = 0
        for start in range(0, len(message_ids), DELETE_BATCH):
            batch = list(message_ids[start : start + DELETE_BATCH])
            await self._limits.acquire(str(chat_id))
            try:
                await self._bot.delete_messages(chat_id=chat_id, message_ids=batch)
            except TelegramBadRequest:
                failed += len(batch)
        if failed:
            log.info("exit.not_deleted count=%s", failed)
