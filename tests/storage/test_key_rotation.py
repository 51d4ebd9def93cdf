"""`gza keys rotate`: re-wrap every data key under a new master key, resumably, then retire the
old one, after which a backup taken before an erasure can no longer be read."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import tomli_w
from sqlalchemy import select

from bot.config import DatabaseSettings, SecretSettings, Settings
from bot.privacy.crypto import DecryptionError, KeyRing, MasterKey
from bot.rotation import SecretsFile, rotate
from bot.storage import models as m
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from bot.storage.vault import wrap_where
from tests.conftest import PEPPER, ROOT, prepared_database

NOW = datetime(2026, 11, 22, tzinfo=UTC)
OLD = MasterKey("k1", b"1" * 32)


def secrets_file(folder: Path, keys: list[MasterKey]) -> Path:
    path = folder / "secrets.toml"
    data = {"secrets": {"pepper": PEPPER, "master_keys": [k.dump() for k in keys]}}
    path.write_text(tomli_w.dumps(data))
    return path


def settings(url: str, path: Path) -> Settings:
    keys = SecretsFile(path).master_keys()
    return Settings(
        database=DatabaseSettings(url=url),
        secrets=SecretSettings(file=path, pepper=PEPPER, master_keys=keys),  # type: ignore[arg-type]
    )


async def people(url: str, ring: KeyRing, refs: list[str]) -> None:
    engine = create_engine(url)
    async with SqlUnitOfWork(engine, ring) as uow:
        for ref in refs:
            await uow.persons.remember(ref, "telegram", f"address-of-{ref}", NOW)
        await uow.commit()
    await engine.dispose()


async def addresses(url: str, ring: KeyRing) -> dict[str, str]:
    """Every person's address readable with ``ring``; unreadable ones are left out."""
    engine = create_engine(url)
    found = {}
    async with engine.connect() as conn:
        keys = {
            o: w for o, w in await conn.execute(select(m.data_keys.c.owner, m.data_keys.c.wrapped))
        }
        for ref, sealed in await conn.execute(select(m.persons.c.ref, m.persons.c.address)):
            try:
                dek = KeyRing([MasterKey("d", ring.open(keys[ref], wrap_where(ref)))])
            except (DecryptionError, KeyError):
                continue
            found[ref] = dek.open(sealed, f"persons.address|{ref}").decode()
    await engine.dispose()
    return found


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> str:
    return await prepared_database("sqlite", tmp_path)


async def test_rotation_rewraps_everything_and_retiring_shreds_old_backups(
    sqlite_url: str, tmp_path: Path
) -> None:
    path = secrets_file(tmp_path, [OLD])
    await people(sqlite_url, KeyRing([OLD]), ["alice", "bob", "carol"])
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(sqlite_url.removeprefix("sqlite:///"), backup)

    engine = create_engine(sqlite_url)
    async with SqlUnitOfWork(engine, KeyRing([OLD])) as uow:
        await uow.persons.erase("alice")  # erased after the backup was taken
        await uow.commit()
    await engine.dispose()
    backup_url = f"sqlite:///{backup}"
    assert "alice" in await addresses(backup_url, KeyRing([OLD]))  # still readable, for now

    seen: list[tuple[int, int]] = []
    result = await rotate(
        settings(sqlite_url, path), retire=True, progress=lambda d, t: seen.append((d, t))
    )
    assert result.added is not None and result.rewrapped == 2 and result.retired == ("k1",)
    assert seen[-1] == (2, 2)
    (new_key,) = [MasterKey.parse(k) for k in SecretsFile(path).master_keys()]
    assert new_key.kid == result.added
    assert await addresses(sqlite_url, KeyRing([new_key])) == {
        "bob": "address-of-bob",
        "carol": "address-of-carol",
    }
    assert await addresses(backup_url, KeyRing([new_key])) == {}  # the old backup is shredded


async def test_an_interrupted_rotation_resumes_without_adding_another_key(
    sqlite_url: str, tmp_path: Path
) -> None:
    newer = MasterKey("k2", b"2" * 32)
    await people(sqlite_url, KeyRing([OLD]), ["dan", "eve"])
    await people(sqlite_url, KeyRing([newer, OLD]), ["fay"])  # half-way: one under k2
    path = secrets_file(tmp_path, [newer, OLD])
    result = await rotate(settings(sqlite_url, path), retire=False, progress=lambda d, t: None)
    assert result.added is None and result.primary == "k2" and result.rewrapped == 2
    assert [k.split(":")[0] for k in SecretsFile(path).master_keys()] == ["k2", "k1"]
    assert len(await addresses(sqlite_url, KeyRing([newer]))) == 3


def test_the_command_shows_progress_and_names_what_it_did(sqlite_url: str, tmp_path: Path) -> None:
    path = secrets_file(tmp_path, [OLD])
    env = {
        "PATH": "/usr/bin:/bin",
        "GZA_DATABASE__URL": sqlite_url,
        "GZA_SECRETS__FILE": str(path),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "keys", "rotate", "--retire"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Re-wrapping data keys" in done.stdout
    assert "Re-wrapped 0 data keys" in done.stdout and "Retired master key k1." in done.stdout
    assert base64.urlsafe_b64encode(OLD.key).decode() not in path.read_text()
