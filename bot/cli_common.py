"""What every ``gza`` command shares: the consoles, finding the config, failing kindly."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from bot.config import ConfigError, Settings, load_settings

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="TOML config (default: $GZA_CONFIG, config.toml, then config.example.toml).",
    ),
]


def config_path(given: Path | None) -> Path | None:
    if given is not None:
        return given
    if os.environ.get("GZA_CONFIG"):
        return Path(os.environ["GZA_CONFIG"])
    for candidate in (Path("config.toml"), Path("config.example.toml")):
        if candidate.exists():
            return candidate
    return None


def settings_or_exit(given: Path | None) -> Settings:
    try:
        return load_settings(config_path(given))
    except ConfigError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2) -> NoReturn:
    for line in message.splitlines():
        err.print(f"[red]error:[/red] {escape(line)}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def one_line(settings: Settings) -> Iterator[None]:
    """A mistake an operator can fix ends the command with one line naming the key or the
    fix, and exit code 2; anything else is a bug, and keeps its traceback."""
    from sqlalchemy.exc import DBAPIError

    from bot.storage.errors import DatabaseProblem, explain

    try:
        yield
    except (ConfigError, DatabaseProblem) as exc:
        fail(str(exc))
    except DBAPIError as exc:
        line = explain(exc, settings.database.url)
        if line is None:
            raise
        fail(line)


def database_ready(settings: Settings) -> None:
    """Reach the database and refuse one that is not at this code's revision, before a
    command that reads or writes it starts."""
    from bot.storage.migrate import require_current, revisions

    with one_line(settings):
        require_current(asyncio.run(revisions(settings.database.url)))
