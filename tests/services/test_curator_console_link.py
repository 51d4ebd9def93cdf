"""``/console`` in a curator's private chat: the one-time link comes back there, protected from
forwarding and bound to the curator's alias; someone off the list gets the usual refusal, and a
Gza without a console says so instead of sending a link that opens nothing."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime

from bot.services.curation import CuratorDesk
from bot.services.messages import CuratorIncoming, SendText
from bot.services.ports import UnitOfWork
from bot.storage.memory import MemoryDatabase
from tests.services.test_curation_desk import NOW, TAMAR, TEXTS, desk


class Links:
    def __init__(self) -> None:
        self.issued: list[str] = []

    async def link_for(self, uow: UnitOfWork, alias: str, now: datetime) -> str:
        self.issued.append(alias)
        return f"https://gza.example/console/signin?link=secret-of-{alias}"


async def sent_for(the_desk: CuratorDesk, user: int) -> list[object]:
    db = MemoryDatabase()
    async with db.uow() as uow:
        await the_desk.handle(uow, CuratorIncoming(user, user, "en", command="console"), NOW)
        await uow.commit()
    async with db.uow() as uow:
        return [item.message for item in await uow.outbox.due(NOW, 100)]


def test_a_curator_gets_a_protected_link_bound_to_their_alias() -> None:
    links = Links()
    (message,) = asyncio.run(sent_for(replace(desk(), links=links), TAMAR.user_id))
    assert isinstance(message, SendText) and message.protect
    assert "https://gza.example/console/signin?link=secret-of-Tamar" in message.text
    assert links.issued == ["Tamar"]


def test_someone_off_the_list_gets_no_link() -> None:
    links = Links()
    (message,) = asyncio.run(sent_for(replace(desk(), links=links), 9100002))
    assert isinstance(message, SendText) and "link=" not in message.text
    assert message.text == TEXTS.text("en", "curator-only")
    assert links.issued == []


def test_without_a_console_the_curator_is_told_so() -> None:
    (message,) = asyncio.run(sent_for(desk(), TAMAR.user_id))
    assert isinstance(message, SendText)
    assert message.text == TEXTS.text(TAMAR.locale, "curator-console-off")
