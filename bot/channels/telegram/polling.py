"""Long polling that never loses an update: a batch is committed to the inbox before the
offset moves past it, so a crash at any point means Telegram delivers it again (and the inbox
drops the duplicate)."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.methods import GetUpdates

from bot.channels.telegram.updates import CHANNEL, dump_update, sender_id
from bot.services.inbox import Intake

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
MAX_BACKOFF = 30.0


async def poll(bot: Bot, intake: Intake, timeout: int) -> None:
    """Run until cancelled. Pending updates are never dropped at start."""
    await bot.delete_webhook(drop_pending_updates=False)
    offset: int | None = None
    backoff = 1.0
    while True:
        try:
            updates = await bot(
                GetUpdates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES),
                request_timeout=timeout + 10,
            )
            if updates:
                batch = [(str(u.update_id), sender_id(u), dump_update(u)) for u in updates]
                await intake.receive_many(CHANNEL, batch)
                offset = updates[-1].update_id + 1
            backoff = 1.0
        except asyncio.CancelledError:
            raise
        except (TelegramNetworkError, TelegramAPIError) as exc:
            log.warning("polling.telegram_error error=%s retry_in=%s", type(exc).__name__, backoff)
        except Exception:
            # Most likely the database: keep the offset, so Telegram keeps the updates.
            log.exception("polling.intake_failed retry_in=%s", backoff)
        else:
            continue
        await asyncio.sleep(backoff)
        backoff = min(MAX_BACKOFF, backoff * 2)
