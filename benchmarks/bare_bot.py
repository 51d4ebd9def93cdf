"""The floor for ``bench_bot``: a bare aiogram bot, polling, that answers each step of the walk
with the same Bot API calls Gza makes (a question with buttons; a pressed button is
acknowledged first; the needs question is redrawn in place; "done" sends the services, then the
next question), with no storage and no logic. Started by the benchmark as
``python -m benchmarks.bare_bot`` with ``BENCH_TOKEN`` and ``BENCH_API_BASE`` set.
"""

from __future__ import annotations

import asyncio
import os

from aiogram import Bot, Dispatcher
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from benchmarks.steps import STEPS
from bot.channels.telegram.session import PinnedSession

QUESTION = "What do you need help with? Choose as many as you like, then press Done."
SERVICES = "These services fit what you told us:\n\n" + "1. A service, its address and hours\n" * 4


LABELS = ("English", "Русский", "ქართული", "Azərbaycan", "Հայերեն", "Українська", "Done", "Kutaisi")
BUTTONS = tuple(step for step in STEPS if not step.startswith("/"))
"""Every press of the walk, so that the benchmark's check (each press is a button of the
question on screen) holds for the floor as it does for Gza."""


def keyboard() -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(text=label, callback_data=data)]
        for label, data in zip(LABELS, BUTTONS, strict=True)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def on_message(message: Message, bot: Bot) -> None:
    await bot.send_message(message.chat.id, QUESTION, reply_markup=keyboard())


async def on_press(query: CallbackQuery, bot: Bot) -> None:
    await query.answer()
    chat = query.from_user.id
    if query.data == "ask-needs|legal":
        await bot.edit_message_text(QUESTION, chat_id=chat, message_id=1, reply_markup=keyboard())
        return
    if query.data == "ask-needs|~done":
        await bot.send_message(chat, SERVICES)
    await bot.send_message(chat, QUESTION, reply_markup=keyboard())


async def main() -> None:
    api = TelegramAPIServer.from_base(os.environ["BENCH_API_BASE"])
    # The session Gza uses: aiogram would otherwise rebuild a pydantic model on many calls.
    bot = Bot(os.environ["BENCH_TOKEN"], session=PinnedSession(api=api))
    dispatcher = Dispatcher()
    dispatcher.message.register(on_message)
    dispatcher.callback_query.register(on_press)
    await dispatcher.start_polling(bot, polling_timeout=10, handle_signals=True)


if __name__ == "__main__":
    asyncio.run(main())
