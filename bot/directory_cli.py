"""``gza directory``: import, export and history, for curators with a spreadsheet."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.cli_common import ConfigOption, database_ready, fail, one_line, out, settings_or_exit
from bot.directory_admin import ImportSummary, Phases
from referral_directory.files import DirectoryError
from referral_directory.formats import FORMATS

directory_app = typer.Typer(help="The directory of services.", no_args_is_help=True)
FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)} (default: guessed)."),
]
SHOWN_IDS = 10
EMPTY = (
    "the directory is empty, so nothing was exported: Gza fills it from [directory] seed "
    "({seed}) when it first starts, or run `gza directory import PATH`"
)


def _check_format(fmt: str | None) -> None:
    if fmt is not None and fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}", 2)


@contextmanager
def _bar(console: Console) -> Iterator[Phases]:
    """A progress bar per phase; quiet when the work is small."""
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        reading = bar.add_task("Reading", total=None)
        writing = bar.add_task("Writing", total=None, visible=False)

        def read(done: int, total: int) -> None:
            bar.update(reading, completed=done, total=total)

        def write(done: int, total: int) -> None:
            bar.update(writing, completed=done, total=total, visible=True)

        yield Phases(read, write)


@directory_app.command("import")
def directory_import(
    path: Annotated[Path, typer.Argument(help="A folder (YAML or HSDS CSV) or HSDS JSON.")],
    config: ConfigOption = None,
    fmt: FormatOption = None,
    dry_run: Annotated[bool, typer.Option(help="Check and report; change nothing.")] = False,
) -> None:
    """Replace the directory with PATH's, in one transaction (all of it or none)."""
    from bot.directory_admin import import_directory

    _check_format(fmt)
    settings = settings_or_exit(config)
    if not path.exists():
        fail(f"{path}: no such file or folder", 2)
    database_ready(settings)
    try:
        with one_line(settings), _bar(out) as phases:
            summary = asyncio.run(import_directory(settings, path, fmt, dry_run, phases))
    except DirectoryError as exc:
        count = len(exc.problems)
        fail(f"{exc}\n{count} problem{'s' if count != 1 else ''}: nothing was changed.", 1)
    _print_summary(out, summary)


def _print_summary(out: Console, summary: ImportSummary) -> None:
    for note in summary.notes:
        out.print(f"note: {escape(note)}", soft_wrap=True)
    verb = "Would import" if summary.dry_run else "Imported"
    out.print(f"{verb} {summary.organizations} organizations, {summary.services} services.")
    diff = summary.diff
    for label, ids in (("added", diff.added), ("changed", diff.changed), ("retired", diff.retired)):
        shown = ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")
        out.print(f"  {label}: {len(ids)}" + (f" ({escape(shown)})" if ids else ""))
    if summary.dry_run:
        out.print("Dry run: nothing was changed.")


@directory_app.command("export")
def directory_export(
    path: Annotated[Path, typer.Argument(help="A new (or empty) folder to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")],
    config: ConfigOption = None,
) -> None:
    """Write the directory out, to edit in a spreadsheet or share with partners."""
    from bot.directory_admin import export_directory

    _check_format(fmt)
    settings = settings_or_exit(config)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        fail(f"{path} already exists and is not an empty folder: choose a new one", 2)
    database_ready(settings)
    with one_line(settings):
        directory = asyncio.run(export_directory(settings, path, fmt))
    if not directory.services():
        fail(EMPTY.format(seed=settings.directory.seed), 1)
    services = sum(len(o.services) for o in directory.organizations)
    out.print(
        f"Exported {len(directory.organizations)} organizations, {services} services "
        f"to {escape(str(path))} ({fmt})."
    )


@directory_app.command("history")
def directory_history(
    service_id: Annotated[str, typer.Argument(help="The service's id.")],
    config: ConfigOption = None,
) -> None:
    """Every recorded change to a service: when, who, old and new values."""
    from bot.directory_admin import service_history

    settings = settings_or_exit(config)
    database_ready(settings)
    with one_line(settings):
        changes = asyncio.run(service_history(settings, service_id))
    if not changes:
        fail(f"no changes recorded for {service_id!r} (check the id)", 1)
    table = Table("When (UTC)", "Who", "Field", "Old", "New", title=service_id)
    for c in changes:
        when = c.at.strftime("%Y-%m-%d %H:%M")
        table.add_row(when, escape(c.who), c.field, escape(c.old or "-"), escape(c.new or "-"))
    out.print(table)
