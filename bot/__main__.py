"""The ``gza`` command: run, check, db upgrade, directory import, secrets, keys."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
from typing import Annotated

import typer

from bot.cli_common import ConfigOption, config_path, fail, out, settings_or_exit
from bot.config import ConfigError
from bot.core.flow import FlowError
from bot.directory_cli import directory_app
from bot.privacy.crypto import MasterKey
from bot.report_cli import report
from referral_directory.files import DirectoryError

app = typer.Typer(help="Gza: a confidential help-seeking and referral bot.", no_args_is_help=True)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
secrets_app = typer.Typer(help="Local secrets.", no_args_is_help=True)
keys_app = typer.Typer(help="Master keys: rotation and retirement.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(directory_app, name="directory")
app.add_typer(secrets_app, name="secrets")
app.add_typer(keys_app, name="keys")
app.command("report")(report)


@app.command()
def run(config: ConfigOption = None) -> None:
    """Start Gza: the web chat, and the Telegram bot when a token is configured."""
    from bot.privacy.redaction import configure_logging
    from bot.serve import serve

    settings = settings_or_exit(config)
    configure_logging(settings.logging.level)
    try:
        asyncio.run(serve(settings, out.print, config_path(config)))
    except (ConfigError, FlowError, DirectoryError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        out.print("Gza stopped.")


@app.command()
def check(config: ConfigOption = None) -> None:
    """Validate configuration, flows, locales and the directory; exits non-zero naming each
    problem."""
    from bot.dialogs import load_dialogs
    from referral_directory.files import load_directory

    settings = settings_or_exit(config)
    problems: list[str] = []
    places: frozenset[str] = frozenset()
    try:
        places = frozenset(load_directory(settings.directory.seed).places.by_id)
    except DirectoryError as exc:
        problems.append(str(exc))
    paths = settings.paths
    try:
        load_dialogs(paths.dialogs, paths.locales, tuple(settings.i18n.locales), places)
    except FlowError as exc:
        problems.append(str(exc))
    if problems:
        fail("\n".join(problems), code=1)
    out.print("OK: configuration, flows, locales and the directory are consistent.")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply database migrations up to the newest."""
    from bot.storage.migrate import upgrade

    settings = settings_or_exit(config)
    upgrade(settings.database.url)
    out.print("Database is up to date.")


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
    with Progress(console=out, transient=False) as bar:
        task = bar.add_task("Re-wrapping data keys", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=max(total, 1) if total else 1)

        try:
            result = asyncio.run(rotate(settings, retire, progress))
        except ConfigError as exc:
            fail(str(exc))
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
