"""``gza run`` waits for a database that is not up yet (in a deployment it may start beside
Gza): with back-off, said in one line, and it gives up after ``database.startup_wait_seconds``
with one line and exit code 2, never a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot import serve
from bot.config import DatabaseSettings
from bot.storage.migrate import Revisions
from tests.cli.test_gza_command import SECRETS
from tests.cli.test_operator_errors import (
    free_port,
    gza,
    needs_postgres,
    one_line,
    postgres_url,
    root,  # noqa: F401 (a fixture)
)
from tests.conftest import POSTGRES_URL, prepared_database


def counted(calls: list[float]) -> Callable[[str], Awaitable[Revisions]]:
    """``revisions``, noting the time of each attempt."""
    original = serve.revisions

    async def revisions(url: str) -> Revisions:
        calls.append(time.monotonic())
        return await original(url)

    return revisions


def test_run_waits_for_an_unreachable_database_then_gives_up_in_one_line(
    root: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[float] = []
    monkeypatch.setattr(serve, "revisions", counted(attempts))
    port = free_port()
    url = f"postgresql://gza:hunter2@127.0.0.1:{port}/gza"
    env = {"GZA_DATABASE__URL": url, "GZA_DATABASE__STARTUP_WAIT_SECONDS": "2.5", **SECRETS}
    result = gza("run", cwd=root, **env)
    line = one_line(result, f"cannot reach PostgreSQL at 127.0.0.1:{port}", "database.url")
    assert line.endswith("gave up after 2.5 s (database.startup_wait_seconds)")
    waiting = [out for out in result.stdout.splitlines() if out.startswith("Waiting")]
    assert len(waiting) == 1 and waiting[0].startswith(
        f"Waiting for the database (up to 2.5 s): cannot reach PostgreSQL at 127.0.0.1:{port}"
    )
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert len(attempts) >= 3 and attempts[-1] - attempts[0] >= 2.0, attempts
    assert gaps[1] > gaps[0]  # backing off, not hammering the server
    assert "hunter2" not in result.stdout + result.stderr


@contextlib.asynccontextmanager
async def forwarder(port: int, target: tuple[str, int]) -> AsyncIterator[None]:
    """A TCP port that leads to ``target``: a database that has just come up."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*target)
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    server = await asyncio.start_server(connect, "127.0.0.1", port)
    try:
        yield
    finally:
        server.close()


@needs_postgres
async def test_start_up_goes_on_once_the_database_comes_up(tmp_path: Path) -> None:
    assert POSTGRES_URL is not None
    await prepared_database("postgres", tmp_path)
    real = urlsplit(POSTGRES_URL)
    port = free_port()
    said: list[str] = []
    waits = asyncio.Event()

    def say(line: str) -> None:
        said.append(line)
        waits.set()

    database = DatabaseSettings(url=postgres_url(port=str(port)), startup_wait_seconds=60)
    waiting = asyncio.ensure_future(serve.wait_for_database(database, say, asyncio.Event()))
    await waits.wait()  # the database comes up once Gza waits for it
    async with forwarder(port, (real.hostname or "127.0.0.1", real.port or 5432)):
        state = await waiting
    assert state is not None and not state.pending
    assert said[0].startswith("Waiting for the database (up to 60 s): cannot reach PostgreSQL")
    assert said[1:] == ["The database is reachable now."]
