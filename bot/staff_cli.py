"""``gza staff``: the staff list in the database. ``list`` shows it (aliases, roles, bureaus:
never a Telegram id); ``import`` adds the config file's ``[[staff]]`` entries not yet there;
``remove`` takes someone off, ends their console sessions at once, and drops their entry from
the config file too (so a later import does not bring them back)."""

from __future__ import annotations

import asyncio
import itertools
import re
import tomllib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from bot.cli_common import ConfigOption, config_path, database_ready, fail, one_line, out
from bot.config import ConfigError, Settings, load_settings, require_secrets
from bot.services.ports import UnitOfWork

staff_app = typer.Typer(help="The staff list (in the database).", no_args_is_help=True)
HEADER = re.compile(r"^\s*\[")
STAFF_HEADER = re.compile(r"^\s*\[\[\s*staff\s*\]\]\s*(#.*)?$")
T = TypeVar("T")


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


async def in_database(settings: Settings, work: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    """One transaction on the configured database, committed."""
    from bot.storage.database import create_engine
    from bot.storage.sql import SqlUnitOfWork

    engine = create_engine(settings.database.url)
    try:
        async with SqlUnitOfWork(engine, require_secrets(settings)[1]) as uow:
            done = await work(uow)
            await uow.commit()
            return done
    finally:
        await engine.dispose()


async def remove_from_database(uow: UnitOfWork, alias: str) -> tuple[bool, int]:
    from bot.services.records import AuditEntry
    from bot.services.sign_in import end_sessions

    now = datetime.now(UTC)
    removed = await uow.people.remove(alias)
    ended = await end_sessions(uow, alias, now)
    if removed:
        await uow.audit.record(AuditEntry("cli", "person-removed", now, detail=alias))
    return removed, ended


def _settings(config: Path | None) -> tuple[Path, Settings]:
    path = config_path(config)
    if path is None or not path.exists():
        fail("no config file: pass --config")
    assert path is not None
    try:
        settings = load_settings(path)
    except ConfigError as exc:
        fail(str(exc))
    database_ready(settings)
    return path, settings


@staff_app.command("list")
def list_(config: ConfigOption = None) -> None:
    """Everyone on the staff side, by bureau: alias, role, admin or not."""
    _, settings = _settings(config)

    async def read(uow: UnitOfWork) -> list[tuple[str, str, str, bool]]:
        return [(p.bureau or "-", p.alias, p.role, p.admin) for p in await uow.people.all()]

    with one_line(settings):
        people = asyncio.run(in_database(settings, read))
    for bureau, alias, role, admin in sorted(people):
        out.print(f"{bureau}\t{alias}\t{role}{' admin' if admin else ''}")
    out.print(f"{len(people)} on the list.")


@staff_app.command("import")
def import_(config: ConfigOption = None) -> None:
    """Add the config file's bureaus and ``[[staff]]`` not yet in the database (by alias or
    Telegram account); nobody already there is changed or removed."""
    from bot.people_seed import seed_bureaus, seed_people
    from bot.services.people import import_people, seed

    path, settings = _settings(config)

    async def work(uow: UnitOfWork) -> int:
        await seed(uow, [], seed_bureaus(settings))
        return await import_people(uow, seed_people(settings))

    with one_line(settings):
        added = asyncio.run(in_database(settings, work))
    out.print(f"Added {added} of {len(settings.staff)} from {path}.")


@staff_app.command("remove")
def remove(
    alias: Annotated[str, typer.Argument(help="The staff member's or curator's alias.")],
    config: ConfigOption = None,
) -> None:
    """Remove someone from the staff list; their console sessions end at once, and a running
    Gza refuses them within seconds."""
    path, settings = _settings(config)
    edited = without_member(path.read_text("utf-8"), alias)
    if edited is not None:
        _check(path, edited, alias)
    with one_line(settings):
        removed, ended = asyncio.run(
            in_database(settings, lambda uow: remove_from_database(uow, alias))
        )
    if not removed and edited is None:
        fail(f"nobody called {alias!r} in the database or in {path}")
    if edited is not None:
        path.write_text(edited, "utf-8")
    where = ", ".join(w for w, yes in (("database", removed), (str(path), edited)) if yes)
    out.print(f"Removed {alias} ({where}); ended {ended} console session(s).")


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
