"""Shared fixtures: databases (SQLite always, PostgreSQL when GZA_TEST_POSTGRES_URL is set),
test secrets, settings, the fake Telegram server, and a running Gza."""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.config import (
    DatabaseSettings,
    DeliverySettings,
    DirectorySettings,
    PathSettings,
    SecretSettings,
    Settings,
    TelegramSettings,
    WebSettings,
)
from bot.privacy.crypto import MasterKey
from bot.services.catalog import place_names
from bot.wiring import Gza, build
from referral_directory.files import load_directory
from tests.databases import POSTGRES_URL, SQLITE_TEMPLATE, fresh_postgres
from tests.databases import reset_postgres as reset_postgres  # the benchmarks' import
from tests.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DIRECTORY = ROOT / "referral_directory" / "example"
EXAMPLE_PLACE_TREE = load_directory(EXAMPLE_DIRECTORY).places
EXAMPLE_PLACES = frozenset(EXAMPLE_PLACE_TREE.by_id)
"""The places of the example directory: the values the city question may store."""
EXAMPLE_NAMES = place_names(EXAMPLE_PLACE_TREE)
"""The example places' names for a Localizer (they live in places.yaml, not in Fluent)."""


def city_path(city: str) -> list[str]:
    """The buttons that choose ``city`` in the place question: its region first."""
    chain = [p.id for p in reversed(EXAMPLE_PLACE_TREE.ancestors(city))] + [city]
    steps = ["ask-city"] + [f"ask-city>{p}" for p in chain[:-1]]
    return [f"{step}|{place}" for step, place in zip(steps, chain, strict=True)]


TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
PEPPER = base64.urlsafe_b64encode(b"p" * 32).decode()
MASTER_KEY = MasterKey(kid="test1", key=b"k" * 32).dump()
REDIS_URL = os.environ.get("GZA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


async def prepared_database(backend: str, tmp_path: Path) -> str:
    """A migrated, empty database on the given backend."""
    if backend == "postgres":
        assert POSTGRES_URL
        await fresh_postgres(POSTGRES_URL)
        return POSTGRES_URL
    path = tmp_path / "gza.sqlite3"
    await SQLITE_TEMPLATE.copy_to(path)
    return f"sqlite:///{path}"


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return await prepared_database(request.param, tmp_path)


def make_settings(database_url: str, **sections: Any) -> Settings:
    values: dict[str, Any] = {
        "database": DatabaseSettings(url=database_url),
        "web": WebSettings(enabled=True, port=0),
        "secrets": SecretSettings(pepper=PEPPER, master_keys=[MASTER_KEY]),  # type: ignore[list-item]
        "delivery": DeliverySettings(poll_interval=0.1, retry_first_delay=0.1, retry_max_delay=1),
        "paths": PathSettings(
            dialogs=ROOT / "dialogs", locales=ROOT / "locales", rights=ROOT / "rights"
        ),
        "directory": DirectorySettings(seed=EXAMPLE_DIRECTORY),
    }
    values.update(sections)
    return Settings(**values)


def telegram_settings(fake: FakeTelegram, **overrides: Any) -> TelegramSettings:
    values: dict[str, Any] = {
        "token": TOKEN,
        "api_base": fake.base,
        "polling_timeout": 1,
        "chat_rate": 50.0,
        "chat_burst": 10,
        "group_per_minute": 600,
    }
    values.update(overrides)
    return TelegramSettings(**values)


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    yield fake
    await fake.stop()


@asynccontextmanager
async def running(settings: Settings, **kwargs: Any) -> AsyncIterator[Gza]:
    async with build(settings, **kwargs) as gza:
        await gza.start()
        yield gza


@pytest.fixture
def settings_for(database_url: str) -> Callable[..., Settings]:
    def make(**sections: Any) -> Settings:
        return make_settings(database_url, **sections)

    return make


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """The test Redis (GZA_TEST_REDIS_URL, by default the local one), or the test is skipped;
    use a key prefix of your own (``redis_prefix``): the keys under it are deleted after."""
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception:  # no server, refused, or not Redis at all
        await client.aclose()
        pytest.skip("no Redis reachable (GZA_TEST_REDIS_URL)")
    yield REDIS_URL
    await client.aclose()


@pytest.fixture
async def redis_prefix(redis_url: str) -> AsyncIterator[str]:
    from redis.asyncio import Redis

    prefix = f"gza-test-{os.urandom(4).hex()}"
    yield prefix
    client = Redis.from_url(redis_url)
    keys = [key async for key in client.scan_iter(f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()
