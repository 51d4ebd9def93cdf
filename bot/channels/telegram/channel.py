"""Telegram as one channel: aiogram decodes what arrived, the deliverer sends within Telegram's
limits, and what Telegram can do is declared here, once, for the services and the flow."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Bot, Dispatcher

from bot.channels.telegram.delivery import RateLimits, TelegramDeliverer
from bot.channels.telegram.updates import CHANNEL, make_decoder
from bot.services.channel import Capabilities, Decoded
from bot.services.messages import Outgoing

CAPABILITIES = Capabilities(
    deletes_history_for=timedelta(hours=47),  # a bot may delete for 48 hours; keep a margin
    reaches_later=True,
    shares_location=True,
    max_text=4096,
    buttons_per_row=8,
    copies_media=True,
)


class TelegramChannel:
    name = CHANNEL
    capabilities = CAPABILITIES

    def __init__(
        self, bot: Bot, dispatcher: Dispatcher, limits: RateLimits, request_timeout: float = 10.0
    ) -> None:
        self._decoder = make_decoder(bot, dispatcher)
        self._deliverer = TelegramDeliverer(bot, limits, request_timeout)

    async def decode(self, payload: bytes) -> Decoded:
        return await self._decoder(payload)

    async def deliver(self, address: str, message: Outgoing) -> int | None:
        return await self._deliverer.deliver(address, message)
