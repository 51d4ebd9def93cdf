"""Taking a whole directory in, as ``gza directory import`` and the console's import both do:
checked whole before anything is written, then written in one go with its audit lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.services.ports import DirectoryStore
from referral_directory.changes import DirectoryDiff, compare
from referral_directory.files import DirectoryError, DirectoryProblem
from referral_directory.model import Directory

EMPTY = "no service to import: the directory would be left empty (see the notes of a --dry-run)"


async def take_in(
    store: DirectoryStore,
    new: Directory,
    source: str,
    who: str,
    now: datetime,
    dry_run: bool,
    progress: Callable[[int, int], None] | None = None,
) -> DirectoryDiff:
    """What the import changes; written (audited under ``who``) unless ``dry_run``. An empty
    directory is refused: it would retire every service."""
    if not dry_run and not new.services():
        raise DirectoryError([DirectoryProblem(source, "", "", EMPTY)])
    if dry_run:
        return compare(await store.load(), new)
    return await store.replace(new, who, now, progress)
