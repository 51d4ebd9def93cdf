"""A running Gza with the console on, a fake Telegram and a staff list seeded from a config
file into the database: shared by the HTTP tests and the browser tests."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomli_w

from bot.config import (
    BureauSettings,
    ConsoleSettings,
    HandoffSettings,
    I18nSettings,
    Settings,
    StaffSettings,
    WebSettings,
    require_secrets,
)
from bot.runtime import Gza
from bot.staff_cli import in_database, remove_from_database
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from bot.wiring import console_sign_in, curator_list, desk
from tests.conftest import running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

STAFF_CHAT, BATUMI_CHAT = -1007770001, -1007770002
ALWAYS = {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
NINO = FakeUser(9001, "Nino Real-Name", username="nino_private")
GIORGI = FakeUser(9002, "Giorgi Real-Name")
MARIAM = FakeUser(9003, "Mariam")  # Batumi
EKA = FakeUser(9004, "Eka")  # Tbilisi's supervisor
TAMAR = FakeUser(9005, "Tamar")  # a curator, and the admin
LEVAN = FakeUser(9006, "Levan")  # a curator
LINK = re.compile(r"/console/signin\?link=([A-Za-z0-9_-]+)")

BUREAUS = [
    BureauSettings(id="tbilisi", cities=["tbilisi", "kutaisi"], hours=ALWAYS),
    BureauSettings(id="batumi", cities=["batumi"], hours=ALWAYS, staff_chat_id=BATUMI_CHAT),
]
STAFF = [
    StaffSettings(telegram_id=NINO.id, alias="Nino", bureau="tbilisi", languages=["en"]),
    StaffSettings(telegram_id=GIORGI.id, alias="Giorgi", bureau="tbilisi", languages=["en"]),
    StaffSettings(telegram_id=MARIAM.id, alias="Mariam", bureau="batumi", languages=["en"]),
    StaffSettings(
        telegram_id=EKA.id, alias="Eka", bureau="tbilisi", languages=["en"], supervisor=True
    ),
    StaffSettings(telegram_id=TAMAR.id, alias="Tamar", role="curator", languages=["en"]),
    StaffSettings(telegram_id=LEVAN.id, alias="Levan", role="curator", languages=["en"]),
]
ALIAS_OF = {s.telegram_id: s.alias for s in STAFF}


def staff_file(staff: list[StaffSettings]) -> str:
    """The config file's staff part (a seed: the database rules once Gza has started)."""
    return tomli_w.dumps(
        {
            "i18n": {"default_locale": "en"},
            "bureaus": [b.model_dump(exclude_none=True) for b in BUREAUS],
            "staff": [s.model_dump(exclude_none=True) for s in staff],
        }
    )


@dataclass
class World:
    fake: FakeTelegram
    settings: Settings
    gza: Gza
    config: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.gza.web_port}"

    async def link(self, alias: str) -> str:
        """A fresh one-time sign-in link, as the bot would send it (issued in the database)."""
        settings = self.settings
        staff_desk = desk(settings)
        assert staff_desk is not None
        sign_in = console_sign_in(settings, staff_desk, curator_list(settings))
        assert sign_in is not None
        engine = create_engine(settings.database.url)
        try:
            async with SqlUnitOfWork(engine, require_secrets(settings)[1]) as uow:
                secret = await sign_in.issue_link(uow, alias, datetime.now(UTC))
                await uow.commit()
        finally:
            await engine.dispose()
        return f"{self.base}/console/signin?link={secret}"

    async def link_by_bot(self, user: FakeUser) -> str:
        """Ask the bot, as staff do: /console in the staff group; the link comes privately."""
        before = len(self.fake.texts_to(user.id))
        await self.fake.staff_write(user, STAFF_CHAT, None, "/console")
        texts = await self.fake.wait_for_texts(user.id, before + 1)
        found = LINK.search(texts[-1])
        assert found is not None, texts[-1]
        return f"{self.base}/console/signin?link={found.group(1)}"

    async def remove(self, alias: str) -> None:
        """Take someone off the staff list in the database, as ``gza staff remove`` does."""
        removed, _ = await in_database(self.settings, lambda uow: remove_from_database(uow, alias))
        assert removed


def console_settings(
    fake: FakeTelegram, settings_for: Callable[..., Settings], sign_ins: int = 1000
) -> Settings:
    return settings_for(
        telegram=telegram_settings(fake),
        web=WebSettings(enabled=True, port=0),
        console=ConsoleSettings(enabled=True, admins=["Tamar"], sign_ins_per_minute=sign_ins),
        i18n=I18nSettings(default_locale="en"),
        handoff=HandoffSettings(staff_chat_id=STAFF_CHAT, default_bureau="tbilisi"),
        bureaus=BUREAUS,
        staff=STAFF,
    )


@asynccontextmanager
async def console_world(
    fake: FakeTelegram,
    settings_for: Callable[..., Settings],
    folder: Path,
    sign_ins: int = 1000,
    **kwargs: Any,
) -> AsyncIterator[World]:
    settings = console_settings(fake, settings_for, sign_ins)
    config = folder / "staff.toml"
    config.write_text(staff_file(STAFF))
    async with running(settings, config_file=config, **kwargs) as gza:
        yield World(fake, settings, gza, config)


async def ask_for_a_person(fake: FakeTelegram, user: FakeUser, start: str = "/start") -> int:
    """Walk the person to 'talk to a person'; returns the case topic's thread id."""
    before = len(fake.topics)
    await fake.walk(user, "choose-language|en", "privacy-note|ok", "ask-danger|no", start=start)
    told = len(fake.texts_to(user.id))
    await fake.press(user, "menu|talk")
    await fake.wait_for(lambda: len(fake.topics) == before + 1)
    thread = max(fake.topics)
    await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 1)  # the card
    # the person's "we told the team" goes to another chat, handled side by side: let it land
    # too, so a test counting what reaches the person starts from a settled count
    await fake.wait_for_texts(user.id, told + 1)
    return thread
