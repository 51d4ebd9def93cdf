"""Long polling that never loses an update and never stalls on one: a batch is fetched as raw
JSON and committed to the inbox before the offset moves past it, so a crash at any point means
Telegram delivers it again (and the inbox drops the duplicate), and an update aiogram cannot
parse is the inbox worker's problem, not the whole batch's."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from aiogram import Bot
from aiogram.exceptions import ClientDecodeError, TelegramAPIError

from bot.channels.telegram.raw import RawGetUpdates, received
from bot.channels.telegram.updates import CHANNEL
from bot.services.inbox import Intake

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
MAX_BACKOFF = 30.0


async def poll(
    bot: Bot, intake: Intake, timeout: int, stopping: asyncio.Event, spacing: float = 0.0
) -> None:
    """Run until ``stopping`` is set; a batch being committed is committed first. Pending
    updates are never dropped at start. While updates keep coming, calls start at least
    ``spacing`` seconds apart: what arrives meanwhile is one request and one transaction."""
    await bot.delete_webhook(drop_pending_updates=False)
    offset: int | None = None
    backoff = 1.0
    loop = asyncio.get_running_loop()
    while not stopping.is_set():
        try:
            began = loop.time()
            batch = await _fetch(bot, offset, timeout, stopping)
            if batch is None:
                return  # stopping: what was not committed stays with Telegram
            offset = await _commit(intake, batch, offset)
            backoff = 1.0
            if batch:
                await _pause(stopping, began + spacing - loop.time())
            continue
        except asyncio.CancelledError:
            raise
        except (TelegramAPIError, ClientDecodeError) as exc:
            log.warning("polling.telegram_error error=%s retry_in=%s", type(exc).__name__, backoff)
        except Exception:
            # Most likely the database: keep the offset, so Telegram keeps the updates.
            log.exception("polling.intake_failed retry_in=%s", backoff)
        await _pause(stopping, backoff)
        backoff = min(MAX_BACKOFF, backoff * 2)


async def _pause(stopping: asyncio.Event, seconds: float) -> None:
    if seconds > 0:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), seconds)


async def _fetch(
    bot: Bot, offset: int | None, timeout: int, stopping: asyncio.Event
) -> list[dict[str, Any]] | None:
    """One getUpdates call, abandoned (None) when stopping is asked for before it answers."""
    method = RawGetUpdates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES)
    request = asyncio.ensure_future(bot(method, request_timeout=timeout + 10))
    stop = asyncio.ensure_future(stopping.wait())
    try:
        await asyncio.wait({request, stop}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop.cancel()
        if not request.done():
            request.cancel()
    if request.done() and not request.cancelled():
        return request.result()
    with contextlib.suppress(asyncio.CancelledError):
        await request
    return None


async def _commit(intake: Intake, batch: list[dict[str, Any]], offset: int | None) -> int | None:
    """Commit every update of the batch; the next offset (past all of them)."""
    updates = [u for u in map(received, batch) if u is not None]
    if len(updates) < len(batch):
        log.warning("polling.not_an_update count=%s", len(batch) - len(updates))
    if updates:
        await intake.receive_many(
            CHANNEL, [(str(u.update_id), u.sender, u.payload) for u in updates]
        )
        return max(u.update_id for u in updates) + 1
    return offset
