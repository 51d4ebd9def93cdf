"""``gza rights``: import, export and history of the rights library, for curators and the
reviewing lawyer (the same YAML as ``rights/``; see ``rights/README.md``)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from bot.cli_common import ConfigOption, database_ready, fail, one_line, out, settings_or_exit
from bot.rights.changes import IMPORTER
from bot.rights.model import RightsError

rights_app = typer.Typer(help="The rights library (Know your rights).", no_args_is_help=True)
WHO_LIMIT = 64
EMPTY = (
    "the rights library is empty, so nothing was exported: Gza fills it from [paths] rights "
    "({seed}) when it first starts, or run `gza rights import FOLDER`"
)


@rights_app.command("import")
def rights_import(
    folder: Annotated[Path, typer.Argument(help="A folder of topic files (*.yaml).")],
    config: ConfigOption = None,
    dry_run: Annotated[bool, typer.Option(help="Check and report; change nothing.")] = False,
    by: Annotated[
        str, typer.Option(help="Who made the change, for the audit log (e.g. the lawyer).")
    ] = IMPORTER,
) -> None:
    """Replace the rights library with FOLDER's, in one transaction (all of it or none)."""
    from bot.rights_admin import import_rights

    settings = settings_or_exit(config)
    if not folder.is_dir():
        fail(f"{folder}: no such folder", 2)
    if not by.strip() or len(by) > WHO_LIMIT:
        fail(f"--by: a name of 1 to {WHO_LIMIT} characters", 2)
    database_ready(settings)
    try:
        with one_line(settings):
            summary = asyncio.run(import_rights(settings, folder, dry_run, by.strip()))
    except RightsError as exc:
        count = len(exc.problems)
        fail(f"{exc}\n{count} problem{'s' if count != 1 else ''}: nothing was changed.", 1)
    verb = "Would import" if summary.dry_run else "Imported"
    out.print(f"{verb} {summary.topics} topics.")
    diff = summary.diff
    for label, ids in (("added", diff.added), ("changed", diff.changed), ("retired", diff.retired)):
        out.print(f"  {label}: {len(ids)}" + (f" ({escape(', '.join(ids))})" if ids else ""))
    if summary.drafts:
        out.print(f"Drafts (a partner lawyer must review them): {', '.join(summary.drafts)}")
    if summary.dry_run:
        out.print("Dry run: nothing was changed.")
    elif any((diff.added, diff.changed, diff.retired)):
        out.print("The bot shows the new topics when it next starts (restart it).")


@rights_app.command("export")
def rights_export(
    folder: Annotated[Path, typer.Argument(help="A new (or empty) folder to write.")],
    config: ConfigOption = None,
) -> None:
    """Write the rights library out as topic files, to edit and import back."""
    from bot.rights_admin import export_rights

    settings = settings_or_exit(config)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        fail(f"{folder} already exists and is not an empty folder: choose a new one", 2)
    database_ready(settings)
    try:
        with one_line(settings):
            library = asyncio.run(export_rights(settings, folder))
    except RightsError as exc:
        fail(f"the stored rights library no longer passes its checks:\n{exc}", 1)
    if not library.topics:
        fail(EMPTY.format(seed=settings.paths.rights), 1)
    out.print(f"Exported {len(library.topics)} topics to {escape(str(folder))}.")


@rights_app.command("history")
def rights_history(
    topic_id: Annotated[str, typer.Argument(help="The topic's id.")],
    config: ConfigOption = None,
) -> None:
    """Every recorded change to a topic: when, who, old and new values."""
    from bot.rights_admin import topic_history

    settings = settings_or_exit(config)
    database_ready(settings)
    with one_line(settings):
        changes = asyncio.run(topic_history(settings, topic_id))
    if not changes:
        fail(f"no changes recorded for {topic_id!r} (check the id)", 1)
    table = Table("When (UTC)", "Who", "Field", "Old", "New", title=topic_id)
    for c in changes:
        when = c.at.strftime("%Y-%m-%d %H:%M")
        table.add_row(when, escape(c.who), c.field, escape(c.old or "-"), escape(c.new or "-"))
    out.print(table)
