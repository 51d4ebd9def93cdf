"""The handoff driven through the services alone: Gza built on the memory twin with recording
channels (tests/fakes.py), so the take race, a transfer and a block run in milliseconds, and
what a channel cannot do (copy media) is decided by its capabilities."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM_CAN
from bot.channels.web.protocol import CAPABILITIES as WEB_CAN
from bot.config import BureauSettings, HandoffSettings, I18nSettings, StaffSettings
from bot.core.events import ButtonPressed, Event, Started, TextReceived
from bot.core.texts import Text
from bot.i18n import Localizer
from bot.services.messages import (
    AnswerButton,
    CopyMessage,
    Incoming,
    OpenTopic,
    SendText,
    StaffIncoming,
)
from tests.conftest import ROOT, make_settings
from tests.fakes import Fakes, fakes

STAFF_CHAT, BATUMI_CHAT = -1007770001, -1007770002
ALWAYS = {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
NINO, GIORGI, MARIAM = 9001, 9002, 9003
PERSON = "5550101"
TEXTS = Localizer(ROOT / "locales")


def say(text_id: str, **args: str) -> str:
    return TEXTS.render("en", Text(text_id, args))


@pytest.fixture
async def gza() -> AsyncIterator[Fakes]:
    settings = make_settings(
        "sqlite:///never-opened",
        i18n=I18nSettings(default_locale="en"),
        handoff=HandoffSettings(staff_chat_id=STAFF_CHAT, default_bureau="tbilisi"),
        bureaus=[
            BureauSettings(id="tbilisi", cities=["tbilisi", "kutaisi"], hours=ALWAYS),
            BureauSettings(id="batumi", cities=["batumi"], hours=ALWAYS, staff_chat_id=BATUMI_CHAT),
        ],
        staff=[
            StaffSettings(telegram_id=NINO, alias="Nino", bureau="tbilisi", languages=["en"]),
            StaffSettings(telegram_id=GIORGI, alias="Giorgi", bureau="tbilisi", languages=["en"]),
            StaffSettings(telegram_id=MARIAM, alias="Mariam", bureau="batumi", languages=["en"]),
        ],
    )
    async with fakes(settings, telegram=TELEGRAM_CAN, web=WEB_CAN) as f:
        yield f


def person(channel: str, event: Event, message_id: int | None = None) -> Incoming:
    return Incoming(channel, PERSON, PERSON, event, "en", message_id=message_id, text="hello")


async def ask_for_a_person(f: Fakes, channel: str = "telegram") -> int:
    """Walk the person to 'talk to a person'; returns the case topic's thread id."""
    presses = ("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|talk")
    walk = [person(channel, Started(None, "en"))]
    walk += [person(channel, ButtonPressed(p)) for p in presses]
    await f.receive(channel, PERSON, *walk)
    card = next(m for m in f.channels["telegram"].to(STAFF_CHAT) if isinstance(m, SendText))
    assert card.thread_id is not None
    return card.thread_id


def press(user: int, thread: int, button: str, chat: int = STAFF_CHAT) -> StaffIncoming:
    return StaffIncoming(user, chat, thread, callback_id=f"cb-{user}", button=button)


def command(user: int, thread: int, name: str, args: str = "") -> StaffIncoming:
    return StaffIncoming(user, STAFF_CHAT, thread, message_id=1, command=name, args=args)


async def history(f: Fakes) -> list[tuple[str, str, str | None]]:
    async with f.db.uow() as uow:
        (case,) = await uow.cases.open_cases()
        assert case.id is not None
        return await uow.cases.history(case.id)


async def test_second_take_loses_the_race(gza: Fakes) -> None:
    thread = await ask_for_a_person(gza)
    await gza.send("telegram", NINO, press(NINO, thread, "take"))
    await gza.send("telegram", GIORGI, press(GIORGI, thread, "take"))
    await gza.settle()  # both presses were in before either was handled

    assert [(kind, who) for kind, who, _ in await history(gza)] == [
        ("opened", "person"),
        ("taken", "Nino"),
    ]
    toasts = [m for m in gza.channels["telegram"].to(STAFF_CHAT) if isinstance(m, AnswerButton)]
    assert toasts == [
        AnswerButton(f"cb-{NINO}", None),
        AnswerButton(f"cb-{GIORGI}", say("staff-already-taken", alias="Nino")),
    ]


async def test_a_transfer_to_another_bureau_opens_a_topic_in_its_group(gza: Fakes) -> None:
    thread = await ask_for_a_person(gza)
    await gza.receive("telegram", NINO, press(NINO, thread, "take"))
    await gza.receive("telegram", NINO, command(NINO, thread, "transfer", "batumi"))

    assert (await history(gza))[-1] == ("transferred", "Nino", "batumi")
    staff = gza.channels["telegram"]
    assert say("staff-transferred", target="batumi", alias="Nino") in staff.texts(STAFF_CHAT)
    opened = [m for m in staff.to(BATUMI_CHAT) if isinstance(m, OpenTopic)]
    assert len(opened) == 1
    card = next(m for m in staff.to(BATUMI_CHAT) if isinstance(m, SendText))
    assert card.thread_id is not None

    await gza.receive("telegram", MARIAM, press(MARIAM, card.thread_id, "take", BATUMI_CHAT))
    assert (await history(gza))[-1][:2] == ("taken", "Mariam")


async def test_a_blocked_person_is_told_once_and_nothing_more_is_relayed(gza: Fakes) -> None:
    thread = await ask_for_a_person(gza)
    await gza.receive("telegram", NINO, press(NINO, thread, "take"))
    await gza.receive("telegram", NINO, command(NINO, thread, "block"))
    in_topic = len(gza.channels["telegram"].to(STAFF_CHAT))

    await gza.receive("telegram", PERSON, person("telegram", TextReceived(5), message_id=77))

    assert gza.channels["telegram"].texts(PERSON).count(say("handoff-unavailable-now")) == 1
    assert len(gza.channels["telegram"].to(STAFF_CHAT)) == in_topic
    assert (await history(gza))[-1][:2] == ("block", "Nino")


async def test_a_channel_that_cannot_copy_gets_text_both_ways(gza: Fakes) -> None:
    thread = await ask_for_a_person(gza, "web")
    await gza.receive("telegram", NINO, press(NINO, thread, "take"))

    await gza.receive("web", PERSON, person("web", TextReceived(5)))
    await gza.receive("telegram", NINO, StaffIncoming(NINO, STAFF_CHAT, thread, 5, media=True))

    staff = gza.channels["telegram"]
    assert not any(isinstance(m, CopyMessage) for m in staff.to(STAFF_CHAT))
    assert "hello" in staff.texts(STAFF_CHAT)  # what the person typed, as text
    web = gza.channels["web"]
    assert f"Nino: {say('handoff-media-not-shown')}" in web.texts(PERSON)


async def test_a_channel_that_can_copy_relays_copies(gza: Fakes) -> None:
    thread = await ask_for_a_person(gza)
    await gza.receive("telegram", PERSON, person("telegram", TextReceived(5), message_id=77))

    copied = [m for m in gza.channels["telegram"].to(STAFF_CHAT) if isinstance(m, CopyMessage)]
    assert copied == [CopyMessage(PERSON, 77, case_id=copied[0].case_id, thread_id=thread)]
