"""Running Gza until interrupted, telling the person at the terminal where to find it."""

from __future__ import annotations

import asyncio
import errno
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.config import ConfigError, Settings
from bot.storage.database import is_sqlite
from bot.storage.migrate import require_current, revisions, upgrade
from bot.wiring import build

BIND_PROBLEMS = {
    errno.EADDRINUSE: "is already in use (is Gza already running?): stop that program or "
    "choose another port, e.g. GZA_WEB__PORT=8081",
    errno.EACCES: "needs privileges this process lacks: choose a port above 1023",
    errno.EADDRNOTAVAIL: "is not an address of this machine: check web.host",
}


async def serve(
    settings: Settings, say: Callable[[str], None], config_file: Path | None = None
) -> None:
    await prepare_database(settings.database.url, say)
    async with build(settings, config_file=config_file) as gza:
        await _start(gza.start(), settings)
        if gza.web_port is not None and settings.web.enabled:
            say(f"Gza web chat: http://{settings.web.host}:{gza.web_port} (Ctrl+C stops it)")
        if gza.bot is not None:
            say(f"Gza Telegram bot: running ({settings.telegram.mode}).")
        else:
            say("No Telegram token configured (GZA_TELEGRAM__TOKEN): web chat only.")
        await asyncio.Event().wait()


async def prepare_database(url: str, say: Callable[[str], None]) -> None:
    """Migrate a SQLite database (one process serves it: nothing else can be half-way), but
    refuse a PostgreSQL one that is behind: several processes may be starting together, and
    a migration there is a step of the deployment, run once (``gza db upgrade``)."""
    state = await revisions(url)
    if state.pending and is_sqlite(url):
        await asyncio.to_thread(upgrade, url)
        say(f"Migrated the SQLite database to revision {state.head}.")
        return
    require_current(state)


async def _start(starting: Awaitable[None], settings: Settings) -> None:
    """The web server binds its port last: a port taken is a configuration problem."""
    try:
        await starting
    except OSError as exc:
        problem = BIND_PROBLEMS.get(exc.errno or 0)
        if problem is None:
            raise
        where = f"{settings.web.host}:{settings.web.port}"
        raise ConfigError(f"configuration key web.port: {where} {problem}") from None
