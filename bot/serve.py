"""Running Gza until SIGTERM or SIGINT, telling the person at the terminal where to find it;
both signals stop it gracefully (``Gza.stop``), and it waits for a database that is not up yet."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

from bot.config import ConfigError, DatabaseSettings, Settings
from bot.storage.database import is_sqlite
from bot.storage.errors import DatabaseProblem, DatabaseUnreachable
from bot.storage.migrate import Revisions, require_current, revisions, upgrade
from bot.wiring import build

BIND_PROBLEMS = {
    errno.EADDRINUSE: "is already in use (is Gza already running?): stop that program or "
    "choose another port, e.g. GZA_WEB__PORT=8081",
    errno.EACCES: "needs privileges this process lacks: choose a port above 1023",
    errno.EADDRNOTAVAIL: "is not an address of this machine: check web.host",
}
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
"""What ``docker stop`` and systemd send, and Ctrl+C: the same graceful stop."""
FIRST_RETRY = 0.5
MAX_RETRY = 5.0


async def serve(
    settings: Settings, say: Callable[[str], None], config_file: Path | None = None
) -> None:
    """Run until a stop signal; return once everything is stopped and the database closed."""
    stop = asyncio.Event()
    with stop_signals(stop):
        state = await wait_for_database(settings.database, say, stop)
        if state is None:
            return
        await prepare_database(settings.database.url, state, say)
        async with build(settings, config_file=config_file) as gza:
            await _start(gza.start(), settings)
            if gza.web_port is not None and settings.web.enabled:
                say(f"Gza web chat: http://{settings.web.host}:{gza.web_port} (Ctrl+C stops it)")
            if gza.bot is not None:
                say(f"Gza Telegram bot: running ({settings.telegram.mode}).")
            else:
                say("No Telegram token configured (GZA_TELEGRAM__TOKEN): web chat only.")
            await stop.wait()
            grace = settings.process.stop_grace_seconds
            say(f"Stopping: finishing what is in hand (at most {grace:g} s).")


@contextlib.contextmanager
def stop_signals(stop: asyncio.Event) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT set ``stop`` instead of killing the process."""
    loop = asyncio.get_running_loop()
    installed = []
    for number in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not here: the default
            loop.add_signal_handler(number, stop.set)
            installed.append(number)
    try:
        yield
    finally:
        for number in installed:
            loop.remove_signal_handler(number)


async def wait_for_database(
    database: DatabaseSettings, say: Callable[[str], None], stop: asyncio.Event
) -> Revisions | None:
    """Where the database stands, once it can be reached: a server not up yet is waited for
    with back-off, said in one line, up to ``database.startup_wait_seconds``; then one line
    ends the command. None when a stop is asked for while waiting."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + database.startup_wait_seconds
    delay, waiting = FIRST_RETRY, False
    while True:
        try:
            state = await revisions(database.url)
        except DatabaseUnreachable as exc:
            left = deadline - loop.time()
            if left <= 0:
                waited = f"{database.startup_wait_seconds:g} s"
                raise DatabaseProblem(
                    f"{exc}; gave up after {waited} (database.startup_wait_seconds)"
                ) from None
            if not waiting:
                say(f"Waiting for the database (up to {database.startup_wait_seconds:g} s): {exc}")
                waiting = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), min(delay, left))
            if stop.is_set():
                return None
            delay = min(MAX_RETRY, delay * 2)
            continue
        if waiting:
            say("The database is reachable now.")
        return state


async def prepare_database(url: str, state: Revisions, say: Callable[[str], None]) -> None:
    """Migrate a SQLite database (one process serves it: nothing else can be half-way), but
    refuse a PostgreSQL one that is behind: several processes may be starting together, and
    a migration there is a step of the deployment, run once (``gza db upgrade``)."""
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
