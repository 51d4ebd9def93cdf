"""Running Gza until interrupted, telling the person at the terminal where to find it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from bot.wiring import build


async def serve(
    settings: Settings, say: Callable[[str], None], config_file: Path | None = None
) -> None:
    async with build(settings, config_file=config_file) as gza:
        await gza.start()
        if gza.web_port is not None and settings.web.enabled:
            say(f"Gza web chat: http://{settings.web.host}:{gza.web_port}")
        if gza.bot is not None:
            say(f"Gza Telegram bot: running ({settings.telegram.mode}).")
        else:
            say("No Telegram token configured (GZA_TELEGRAM__TOKEN): web chat only.")
        await asyncio.Event().wait()
