"""``gza directory import``: bring a directory folder into the database, all of it or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.storage.database import create_engine
from bot.storage.directory import load_directory, save_directory
from referral_directory.files import load_directory as read_directory_files
from referral_directory.model import Directory


@dataclass(frozen=True)
class ImportSummary:
    organizations: int
    services: int
    added: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]
    dry_run: bool


async def import_directory(settings: Settings, folder: Path, dry_run: bool) -> ImportSummary:
    """Validate ``folder`` (DirectoryError lists every problem), then replace the stored
    directory with it in one transaction, unless this is a dry run."""
    new = read_directory_files(folder)
    engine = create_engine(settings.database.url)
    try:
        async with engine.begin() as conn:
            old = await load_directory(conn)
            if not dry_run:
                await save_directory(conn, new)
    finally:
        await engine.dispose()
    return summarize(old, new, dry_run)


def summarize(old: Directory, new: Directory, dry_run: bool) -> ImportSummary:
    before = {s.id: s for _, s in old.services()}
    after = {s.id: s for _, s in new.services()}
    return ImportSummary(
        organizations=len(new.organizations),
        services=len(after),
        added=tuple(sorted(after.keys() - before.keys())),
        changed=tuple(sorted(k for k in after.keys() & before.keys() if after[k] != before[k])),
        retired=tuple(sorted(before.keys() - after.keys())),
        dry_run=dry_run,
    )
