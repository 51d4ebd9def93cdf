"""Master key rotation: add a key, re-wrap every data key under it in committed batches (so an
interrupted run simply resumes), then retire the old keys once nothing depends on them."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import tomli_w
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import ConfigError, Settings
from bot.privacy.crypto import KeyRing, MasterKey
from bot.storage.database import create_engine
from bot.storage.vault import Vault

BATCH = 500
ENV_KEYS = "GZA_SECRETS__MASTER_KEYS"

Progress = Callable[[int, int], None]
"""Called with (done, total) after each committed batch."""


@dataclass(frozen=True)
class Rotation:
    added: str | None
    primary: str
    rewrapped: int
    retired: tuple[str, ...]
    removable: tuple[str, ...]
    """Old keys nothing needs any more, which the operator must remove from the environment."""


class SecretsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def master_keys(self) -> list[str]:
        data = tomllib.loads(self.path.read_text("utf-8")) if self.path.exists() else {}
        return list(data.get("secrets", {}).get("master_keys", []))

    def write_keys(self, keys: list[str]) -> None:
        data = tomllib.loads(self.path.read_text("utf-8")) if self.path.exists() else {}
        data.setdefault("secrets", {})["master_keys"] = keys
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            tomli_w.dump(data, handle)
        tmp.replace(self.path)


def new_key(now: datetime | None = None) -> MasterKey:
    stamp = (now or datetime.now(UTC)).strftime("k%Y%m%d%H%M%S")
    return MasterKey.generate(stamp)


async def rotate(settings: Settings, retire: bool, progress: Progress) -> Rotation:
    from_env = bool(os.environ.get(ENV_KEYS))
    secrets_file = SecretsFile(settings.secrets.file)
    keys = [MasterKey.parse(k.get_secret_value()) for k in settings.secrets.master_keys]
    if not keys:
        raise ConfigError("configuration key secrets.master_keys: missing")
    engine = create_engine(settings.database.url)
    try:
        counts = await _counts(engine, KeyRing(keys))
        added = None
        if all(kid == keys[0].kid for kid in counts):  # nothing half-done: start a rotation
            if from_env:
                raise ConfigError(
                    f"{ENV_KEYS} comes from the environment: put a new key first in it "
                    "(`gza keys new` prints one), then run `gza keys rotate` again"
                )
            fresh = new_key()
            keys.insert(0, fresh)
            secrets_file.write_keys([k.dump() for k in keys])
            added = fresh.kid
        ring = KeyRing(keys)
        total = sum(n for kid, n in counts.items() if kid != ring.primary_kid)
        done = 0
        progress(done, total)
        while True:
            async with engine.begin() as conn:
                moved = await Vault(conn, ring).rewrap_batch(BATCH)
            done += moved
            progress(done, total)
            if moved < BATCH:
                break
        old = tuple(k.kid for k in keys[1:])
        retired: tuple[str, ...] = ()
        if retire and old and set(await _counts(engine, ring)) <= {ring.primary_kid}:
            if from_env:
                return Rotation(added, ring.primary_kid, done, (), old)
            secrets_file.write_keys([keys[0].dump()])
            retired = old
        return Rotation(added, ring.primary_kid, done, retired, ())
    finally:
        await engine.dispose()


async def _counts(engine: AsyncEngine, ring: KeyRing) -> dict[str, int]:
    async with engine.connect() as conn:
        return await Vault(conn, ring).count_by_master_key()
