"""``gza rights import|export|history``: the rights library in and out of the database.

An import is read and checked whole before the database is touched (every problem named by
file, topic and field; nothing changed), then written in one transaction with its audit log.
The topics become steps of the flow when the bot starts, so an import shows after a restart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Settings
from bot.rights.changes import IMPORTER, RightsDiff, import_changes
from bot.rights.files import read_library
from bot.rights.model import Library, RightsError, RightsProblem
from bot.rights.yaml_out import write_library
from bot.services.ports import DirectoryChange
from bot.storage.database import create_engine
from bot.storage.rights import SqlRights

EMPTY = "no topic to import: the rights library would be left empty"


@dataclass(frozen=True)
class RightsImport:
    topics: int
    drafts: tuple[str, ...]
    diff: RightsDiff
    dry_run: bool


async def import_rights(
    settings: Settings,
    folder: Path,
    dry_run: bool,
    who: str = IMPORTER,
    now: datetime | None = None,
) -> RightsImport:
    """Raises RightsError listing every problem; nothing is written on a dry run."""
    new = read_library(folder)
    if not new.topics:
        raise RightsError([RightsProblem(str(folder), "-", "folder", EMPTY)])
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() if dry_run else engine.begin() as conn:
            store = SqlRights(conn)
            if dry_run:
                diff, _ = import_changes(await store.load(), new)
            else:
                diff = await store.replace(new, who, now or datetime.now(UTC))
    finally:
        await engine.dispose()
    drafts = tuple(t.id for t in new.topics if t.draft)
    return RightsImport(len(new.topics), drafts, diff, dry_run)


async def export_rights(settings: Settings, folder: Path) -> Library:
    """An empty library is not written: the caller says why there is nothing."""
    library = await stored_library(settings)
    if library.topics:
        write_library(library, folder)
    return library


async def stored_library(settings: Settings) -> Library:
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            return await SqlRights(conn).load()
    finally:
        await engine.dispose()


async def topic_history(settings: Settings, topic_id: str) -> list[DirectoryChange]:
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            return await SqlRights(conn).history(topic_id)
    finally:
        await engine.dispose()
