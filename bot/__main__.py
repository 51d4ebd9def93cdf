"""The ``gza`` command: run, check, db upgrade, directory import, secrets, keys, staff."""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import secrets
import sys
from typing import Annotated, NoReturn

import typer

from bot.cli_common import (
    ConfigOption,
    config_path,
    database_ready,
    fail,
    one_line,
    out,
    settings_or_exit,
)
from bot.config import ConfigError, Settings, require_secrets
from bot.core.flow import FlowError
from bot.directory_cli import directory_app
from bot.privacy.crypto import MasterKey
from bot.report_cli import report
from bot.rights.model import RightsError
from bot.rights_cli import rights_app
from bot.staff_cli import staff_app
from referral_directory.files import DirectoryError

app = typer.Typer(help="Gza: a confidential help-seeking and referral bot.", no_args_is_help=True)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
secrets_app = typer.Typer(help="Local secrets.", no_args_is_help=True)
keys_app = typer.Typer(help="Master keys: rotation and retirement.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(directory_app, name="directory")
app.add_typer(rights_app, name="rights")
app.add_typer(secrets_app, name="secrets")
app.add_typer(keys_app, name="keys")
app.add_typer(staff_app, name="staff")
app.command("report")(report)


@app.command()
def run(config: ConfigOption = None) -> None:
    """Start Gza: the web chat, and the Telegram bot when a token is configured."""
    settings = settings_or_exit(config)
    with one_line(settings):
        require_secrets(settings)  # before the slow imports: a missing one is said at once
    from bot.privacy.redaction import configure_logging
    from bot.serve import serve

    configure_logging(settings.logging.level)
    with one_line(settings):
        try:
            asyncio.run(serve(settings, say, config_path(config)))
        except (FlowError, DirectoryError, RightsError) as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            pass  # Ctrl+C before the graceful stop was in place: nothing had started yet
        out.print("Gza stopped.")
    leave_at_once()


def say(line: str) -> None:
    """One line as written, however narrow the terminal."""
    out.print(line, soft_wrap=True, markup=False)


def leave_at_once() -> NoReturn:
    """Exit 0 without the interpreter's teardown. Everything is closed by now (the database,
    the sockets); tearing down aiogram's and pydantic's thousands of models costs 1-2 s of
    CPU more, which a busy host stretches past `docker stop`'s 10 s, and then it kills."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@app.command()
def check(
    config: ConfigOption = None,
    connect: Annotated[
        bool, typer.Option(help="Also reach the database and check its revision.")
    ] = False,
) -> None:
    """Validate configuration, secrets, flows, locales and the directory."""
    from bot.dialogs import load_dialogs
    from bot.rights.files import missing_translations, read_library, rights_status
    from bot.staff_texts import reply_box_notes
    from referral_directory.coverage import coverage
    from referral_directory.files import load_directory
    from referral_directory.places import Places

    settings = settings_or_exit(config)
    problems: list[str] = []
    try:
        require_secrets(settings)
    except ConfigError as exc:
        problems.append(str(exc))
    places = Places({})
    lacking: list[str] = []
    try:
        directory = load_directory(settings.directory.seed)
        places = directory.places
        lacking = [c.line() for c in coverage(directory, settings.i18n.locales)]
    except DirectoryError as exc:
        problems.append(str(exc))
    paths = settings.paths
    rights = None
    try:
        rights = read_library(paths.rights)
    except RightsError as exc:
        problems.append(str(exc))
    try:
        load_dialogs(paths.dialogs, paths.locales, tuple(settings.i18n.locales), places, rights)
    except FlowError as exc:
        problems.append(str(exc))
    notes = reply_box_notes(paths.dialogs, tuple(settings.i18n.locales), problems)
    database = _check_database(settings, problems) if connect else ""
    if problems:
        fail("\n".join(problems), code=1)
    for note in [*notes, *(missing_translations(rights) if rights else ())]:
        out.print(f"note: {note}")
    if rights is not None:
        out.print(rights_status(rights))
    out.print(
        "OK: configuration, secrets, flows, locales, the directory and the rights library are"
        " consistent." + database
    )
    out.print("Services lacking a directory text, by language (cards fall back for those):")
    for line in lacking:
        out.print(f"  {line}")


def _check_database(settings: Settings, problems: list[str]) -> str:
    """What ``gza run`` would meet: it migrates SQLite itself, and refuses PostgreSQL behind."""
    from bot.storage.database import is_sqlite
    from bot.storage.errors import DatabaseProblem
    from bot.storage.migrate import require_current, revisions

    url = settings.database.url
    try:
        state = asyncio.run(revisions(url))
        if state.pending and is_sqlite(url):
            return f"\nThe SQLite database will be migrated to {state.head} when Gza starts."
        require_current(state)
    except DatabaseProblem as exc:
        problems.append(str(exc))
        return ""
    return f"\nThe database is reachable and at revision {state.head}."


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply database migrations up to the newest (PostgreSQL: once, before starting Gza)."""
    from bot.storage.migrate import require_current, revisions, upgrade

    settings = settings_or_exit(config)
    url = settings.database.url
    with one_line(settings):
        before = asyncio.run(revisions(url))
        if not before.known:
            require_current(before)
        if not before.pending:
            out.print(f"The database is already up to date (revision {before.head}).")
            return
        upgrade(url)
    if before.current is None:
        out.print(f"Created the database tables (revision {before.head}).")
    else:
        out.print(f"Migrated the database from revision {before.current} to {before.head}.")


@secrets_app.command("init")
def secrets_init(
    config: ConfigOption = None,
    if_missing: Annotated[bool, typer.Option(help="Do nothing when the file exists.")] = False,
) -> None:
    """Write throw-away local secrets (pepper, master key) for a local run."""
    settings = settings_or_exit(config)
    path = settings.secrets.file
    if path.exists():
        if if_missing:
            return
        fail(f"{path} exists; remove it first (everything sealed with it becomes unreadable)")
    path.parent.mkdir(parents=True, exist_ok=True)
    pepper = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    key = MasterKey.generate("k1").dump()
    body = (
        "# Throw-away secrets for a local run, written by `gza secrets init`.\n"
        "# Never use them in production: set GZA_SECRETS__PEPPER and\n"
        "# GZA_SECRETS__MASTER_KEYS in the environment instead.\n"
        f'[secrets]\npepper = "{pepper}"\nmaster_keys = ["{key}"]\n'
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(body)
    out.print(f"Generated throw-away local secrets in {path} (for local use only).")


@keys_app.command("new")
def keys_new() -> None:
    """Print a new master key, to put first in GZA_SECRETS__MASTER_KEYS."""
    from bot.rotation import new_key

    out.print(new_key().dump())


@keys_app.command("rotate")
def keys_rotate(
    config: ConfigOption = None,
    retire: Annotated[bool, typer.Option(help="Then retire the old keys.")] = False,
) -> None:
    """Add a master key (secrets file) and re-wrap every data key under it; safe to re-run."""
    from rich.progress import Progress

    from bot.rotation import rotate

    settings = settings_or_exit(config)
    database_ready(settings)
    with Progress(console=out, transient=False) as bar:
        task = bar.add_task("Re-wrapping data keys", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=max(total, 1) if total else 1)

        with one_line(settings):
            result = asyncio.run(rotate(settings, retire, progress))
    if result.added:
        out.print(f"Added master key {result.added} to {settings.secrets.file}.")
    out.print(f"Re-wrapped {result.rewrapped} data keys under {result.primary}.")
    for kid in result.retired:
        out.print(f"Retired master key {kid}.")
    if result.removable:
        out.print(
            f"No data depends on {', '.join(result.removable)} any more: remove them "
            "from GZA_SECRETS__MASTER_KEYS."
        )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
