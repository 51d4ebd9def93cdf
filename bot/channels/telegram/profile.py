"""The bot's profile and command menu, in every language, optionally neutral (disguise)."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand

from bot.config import Settings
from bot.core.texts import Text
from bot.services.ports import Localizer

log = logging.getLogger(__name__)

COMMANDS = ("start", "menu", "exit", "forget")


async def describe_bot(bot: Bot, localizer: Localizer, settings: Settings) -> None:
    """Best effort: a profile that cannot be set must not keep the bot from starting."""
    suffix = "-neutral" if settings.disguise.neutral_profile else ""
    default = settings.i18n.default_locale
    try:
        for locale in (None, *settings.i18n.locales):
            lang = locale or default

            def say(text_id: str, lang: str = lang) -> str:
                return localizer.render(lang, Text(text_id))

            await bot.set_my_short_description(
                short_description=say(f"bot-short-description{suffix}"), language_code=locale
            )
            await bot.set_my_description(
                description=say(f"bot-description{suffix}"), language_code=locale
            )
            commands = [BotCommand(command=c, description=say(f"command-{c}")) for c in COMMANDS]
            await bot.set_my_commands(commands, language_code=locale)
    except TelegramAPIError as exc:
        log.warning("telegram.profile_not_set error=%s", type(exc).__name__)
