"""``gza directory import`` underneath: a long import reports its progress while it reads and
while it writes, a dry run reports what would change and changes nothing, and the export of
what was imported is the same directory."""

from __future__ import annotations

from pathlib import Path

from bot.directory_admin import Phases, export_directory, import_directory
from bot.storage.curation import SqlDirectory
from bot.storage.database import create_engine
from referral_directory.formats import write_directory
from referral_directory.generate import generate_directory
from tests.conftest import make_settings


async def revision(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return await SqlDirectory(conn).revision()
    finally:
        await engine.dispose()


async def test_a_long_import_reports_progress_and_a_dry_run_changes_nothing(
    database_url: str, tmp_path: Path
) -> None:
    settings = make_settings(database_url)
    generated = generate_directory(1_000, seed=21)
    write_directory(generated, tmp_path / "sheet", "hsds-csv")
    reading: list[tuple[int, int]] = []
    writing: list[tuple[int, int]] = []
    phases = Phases(lambda d, t: reading.append((d, t)), lambda d, t: writing.append((d, t)))
    summary = await import_directory(settings, tmp_path / "sheet", None, False, phases)
    assert len(summary.diff.added) == summary.services == 1_000
    assert reading[-1][0] == reading[-1][1] > 1_000  # every row of every table
    assert writing[-1] == (1_000, 1_000) and len(writing) > 1  # in batches
    assert [done for done, _ in reading] == sorted(done for done, _ in reading)
    before = await revision(database_url)

    smaller = generate_directory(900, seed=21)
    write_directory(smaller, tmp_path / "smaller", "hsds-csv")
    dry = await import_directory(settings, tmp_path / "smaller", "hsds-csv", True)
    assert dry.dry_run and dry.diff.retired and not dry.diff.added
    assert await revision(database_url) == before

    exported = await export_directory(settings, tmp_path / "out", "hsds-json")
    assert {s.id for _, s in exported.services()} == {s.id for _, s in generated.services()}
