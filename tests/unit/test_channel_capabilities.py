"""Each channel declares what it can do, once; the mailbox routes every recipient in one place."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM
from bot.channels.web.protocol import CAPABILITIES as WEB
from bot.core.flow import CAPABILITIES
from bot.services.cases import Case
from bot.services.mailbox import CaseTopic, Chat, Mailbox, Person, StaffChat, staff_queue
from bot.services.messages import SendText
from bot.storage.memory import MemoryDatabase

NOW = datetime(2026, 12, 6, tzinfo=UTC)
MAILBOX = Mailbox({"telegram": TELEGRAM, "web": WEB}, "telegram")


def test_telegram_offers_all_the_flow_asks_for_and_the_web_chat_only_a_location() -> None:
    assert TELEGRAM.flags() == CAPABILITIES
    assert WEB.flags() == frozenset({"shares_location"})  # the browser's, coarsened in the page
    assert MAILBOX.unreachable_later() == {"web"}
    assert MAILBOX.can("gone").flags() == frozenset()  # a channel no longer configured


async def test_the_mailbox_routes_each_recipient_to_its_channel_owner_and_queue() -> None:
    db = MemoryDatabase()
    case = Case("C-X", "ref-1", "web", "tbilisi", None, "en", (), False, None, -100, NOW, id=1)
    async with db.uow() as uow:
        await uow.persons.remember("ref-1", "web", "tab-1", NOW)
        hello = [SendText("hi")]
        assert await MAILBOX.send(uow, Person("ref-1"), hello, NOW)
        assert not await MAILBOX.send(uow, Person("erased"), hello, NOW)
        await MAILBOX.send(uow, Chat("ref-2", "telegram", "42"), hello, NOW, ephemeral=True)
        await MAILBOX.send(uow, CaseTopic(case), hello, NOW)
        await MAILBOX.send(uow, StaffChat(7, "curator:Tamar"), hello, NOW)
        await uow.commit()
        items = await uow.outbox.due(NOW, 10)
    routes = sorted((i.channel, i.chat_ref, i.address, i.in_queue, i.ephemeral) for i in items)
    assert routes == [
        ("telegram", "curator:Tamar", "7", "curator:Tamar", False),
        ("telegram", "ref-1", "-100", staff_queue("ref-1"), False),
        ("telegram", "ref-2", "42", "ref-2", True),
        ("web", "ref-1", "tab-1", "ref-1", False),
    ]
