"""``gza directory import|export|history``: the directory in and out of the database.

An import is read and checked whole before the database is touched (every problem listed,
nothing changed), then written in one transaction: all of it or none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.services.directory_import import take_in
from bot.services.ports import DirectoryChange
from bot.storage.curation import SqlDirectory
from bot.storage.database import create_engine
from bot.storage.directory import load_places
from referral_directory.changes import DirectoryDiff
from referral_directory.files import load_directory as read_yaml_directory
from referral_directory.model import Directory
from referral_directory.places import Places

Progress = Callable[[int, int], None]
IMPORTER = "import"
"""Who the audit log names for changes an import made."""


@dataclass(frozen=True)
class ImportSummary:
    organizations: int
    services: int
    diff: DirectoryDiff
    notes: tuple[str, ...]
    dry_run: bool


@dataclass(frozen=True)
class Phases:
    """Progress callbacks for the two long parts of an import."""

    reading: Progress | None = None
    writing: Progress | None = None


async def import_directory(
    settings: Settings,
    path: Path,
    fmt: str | None,
    dry_run: bool,
    phases: Phases = Phases(),
    now: datetime | None = None,
) -> ImportSummary:
    """Raises DirectoryError listing every problem; nothing is written on a dry run."""
    from referral_directory.formats import read_directory

    engine = create_engine(settings.database.url)
    try:
        places = await _current_places(engine, settings)
        reading = read_directory(path, places, fmt, phases.reading)
        new = reading.directory
        async with engine.connect() if dry_run else engine.begin() as conn:
            store = SqlDirectory(conn)  # a dry run only reads: no write lock, nothing kept
            when = now or datetime.now(UTC)
            diff = await take_in(store, new, str(path), IMPORTER, when, dry_run, phases.writing)
    finally:
        await engine.dispose()
    services = sum(len(o.services) for o in new.organizations)
    return ImportSummary(len(new.organizations), services, diff, reading.notes, dry_run)


async def _current_places(engine: AsyncEngine, settings: Settings) -> Places:
    """HSDS has no cities of ours: it is read against the deployment's (or the seed's)."""
    async with engine.connect() as conn:
        stored = await load_places(conn)
    if stored.by_id:
        return stored
    return read_yaml_directory(settings.directory.seed).places


async def export_directory(settings: Settings, path: Path, fmt: str) -> Directory:
    """An empty directory is not written: the caller says why there is nothing."""
    from referral_directory.formats import write_directory

    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            directory = await SqlDirectory(conn).load()
    finally:
        await engine.dispose()
    if directory.services():
        write_directory(directory, path, fmt)
    return directory


async def service_history(settings: Settings, service_id: str) -> list[DirectoryChange]:
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            return await SqlDirectory(conn).history(service_id)
    finally:
        await engine.dispose()
