"""`gza staff`: ``import`` adds the file's staff to the database, ``list`` shows aliases and
roles (never a Telegram id), ``remove`` takes someone off the database and the file (the rest
stays as written) and ends their console sessions at once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import load_settings, require_secrets
from bot.services.sign_in import Roster, SignIn, digest
from bot.staff_cli import without_member
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from bot.wiring import staff_members
from tests.cli.test_gza_command import SECRETS, gza, project_copy
from tests.conftest import prepared_database

STAFF = """# who answers
[[bureaus]]
id = "tbilisi"

[[staff]]
telegram_id = 1
alias = "Nino"     # the morning shift
bureau = "tbilisi"

[[staff]]
telegram_id = 2
alias = "Giorgi"
bureau = "tbilisi"

[console]
enabled = true
"""


def test_removing_keeps_the_rest_of_the_file_as_written() -> None:
    edited = without_member(STAFF, "giorgi")
    assert edited is not None
    assert "Giorgi" not in edited and "telegram_id = 2" not in edited
    assert "# the morning shift" in edited and "[console]" in edited
    assert without_member(STAFF, "Tamar") is None


async def _session(config: Path) -> tuple[str, SignIn]:
    settings = load_settings(config)
    sign_in = SignIn(Roster(staff_members(settings), {}), timedelta(minutes=5), timedelta(hours=1))
    engine = create_engine(settings.database.url)
    try:
        async with SqlUnitOfWork(engine, require_secrets(settings)[1]) as uow:
            now = datetime.now(UTC)
            secret = await sign_in.redeem(uow, await sign_in.issue_link(uow, "Giorgi", now), now)
            await uow.commit()
    finally:
        await engine.dispose()
    assert secret is not None
    return secret, sign_in


async def _alive(config: Path, secret: str) -> bool:
    settings = load_settings(config)
    engine = create_engine(settings.database.url)
    try:
        async with SqlUnitOfWork(engine, require_secrets(settings)[1]) as uow:
            return await uow.sign_ins.session(digest(secret), datetime.now(UTC)) is not None
    finally:
        await engine.dispose()


def test_staff_import_list_and_remove_work_on_the_database_and_end_the_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    root = project_copy(tmp_path)
    url = asyncio.run(prepared_database("sqlite", root))
    config = root / "config.toml"
    config.write_text(f'[database]\nurl = "{url}"\n\n' + STAFF)
    secret, _ = asyncio.run(_session(config))
    assert asyncio.run(_alive(config, secret))

    imported = gza("staff", "import", "-c", str(config), cwd=root, **SECRETS)
    assert imported.returncode == 0 and "Added 2 of 2" in imported.stdout, imported.stderr
    listed = gza("staff", "list", "-c", str(config), cwd=root, **SECRETS).stdout
    assert "Giorgi" in listed and "Nino" in listed and "2 on the list" in listed
    assert "telegram" not in listed.lower() and "\t1\t" not in listed

    result = gza("staff", "remove", "Giorgi", "-c", str(config), cwd=root, **SECRETS)

    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())  # wrapped to the terminal
    assert "(database," in said and "ended 1 console session" in said
    assert "Giorgi" not in config.read_text() and "# the morning shift" in config.read_text()
    assert not asyncio.run(_alive(config, secret))
    assert "Giorgi" not in gza("staff", "list", "-c", str(config), cwd=root, **SECRETS).stdout
    again = gza("staff", "remove", "Giorgi", "-c", str(config), cwd=root, **SECRETS)
    said = " ".join(again.stderr.split())
    assert again.returncode == 2 and "nobody called 'Giorgi' in the database" in said
