"""``gza staff remove``: take someone off the staff list in the config file (keeping the rest
of the file as written, comments included) and end their console sessions at once."""

from __future__ import annotations

import asyncio
import itertools
import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli_common import ConfigOption, config_path, database_ready, fail, one_line, out
from bot.config import ConfigError, Settings, load_settings, require_secrets

staff_app = typer.Typer(help="The staff list.", no_args_is_help=True)
HEADER = re.compile(r"^\s*\[")
STAFF_HEADER = re.compile(r"^\s*\[\[\s*staff\s*\]\]\s*(#.*)?$")


def without_member(text: str, alias: str) -> str | None:
    """The file's text without the ``[[staff]]`` entry of ``alias``; None when it has none."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if HEADER.match(line)] + [len(lines)]
    for start, end in itertools.pairwise(starts):
        if not STAFF_HEADER.match(lines[start]):
            continue
        try:
            entry = tomllib.loads("".join(lines[start + 1 : end]))
        except tomllib.TOMLDecodeError:
            continue
        if str(entry.get("alias", "")).casefold() == alias.casefold():
            return "".join(lines[:start] + lines[end:])
    return None


async def end_console_sessions(settings: Settings, alias: str) -> int:
    from bot.services.sign_in import end_sessions
    from bot.storage.database import create_engine
    from bot.storage.sql import SqlUnitOfWork

    engine = create_engine(settings.database.url)
    try:
        async with SqlUnitOfWork(engine, require_secrets(settings)[1]) as uow:
            ended = await end_sessions(uow, alias, datetime.now(UTC))
            await uow.commit()
            return ended
    finally:
        await engine.dispose()


@staff_app.command("remove")
def remove(
    alias: Annotated[str, typer.Argument(help="The staff member's or curator's alias.")],
    config: ConfigOption = None,
) -> None:
    """Remove someone from the staff list; their console sessions end at once, and a running
    Gza refuses them from their next action."""
    path = config_path(config)
    if path is None or not path.exists():
        fail("no config file: pass --config")
    assert path is not None
    edited = without_member(path.read_text("utf-8"), alias)
    if edited is None:
        fail(f"{path}: no [[staff]] entry with alias {alias!r}")
    assert edited is not None
    _check(path, edited, alias)
    settings = load_settings(path)
    database_ready(settings)
    path.write_text(edited, "utf-8")
    with one_line(settings):
        ended = asyncio.run(end_console_sessions(settings, alias))
    out.print(f"Removed {alias} from {path}; ended {ended} console session(s).")


def _check(path: Path, edited: str, alias: str) -> None:
    """The edited file must still load, without the member, before anything is written."""
    trial = path.with_name(f".{path.name}.check")
    try:
        trial.write_text(edited, "utf-8")
        left = load_settings(trial)
    except ConfigError as exc:
        fail(f"{path}: removing {alias!r} would leave an invalid file: {exc}")
    finally:
        trial.unlink(missing_ok=True)
    if any(m.alias.casefold() == alias.casefold() for m in left.staff):
        fail(f"{path}: {alias!r} is listed more than once; remove the others by hand")
