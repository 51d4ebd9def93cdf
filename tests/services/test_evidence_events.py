"""What a case adds to the monthly figures, driven through the services on the memory twin:
a case opened, taken and closed leaves categorical journal rows (bureau, hour band, outcome),
staff may record the GBVIMS kind of violence once with a button, and a person who said "do not
count my answers" leaves nothing to count."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM_CAN
from bot.config import (
    BureauSettings,
    EvidenceSettings,
    HandoffSettings,
    I18nSettings,
    StaffSettings,
)
from bot.core.events import ButtonPressed, Started
from bot.services.counting import KIND, VIOLENCE_TYPES
from bot.services.messages import AnswerButton, Incoming, SendText, StaffIncoming
from bot.services.rollup import MonthlyRollup
from tests.conftest import make_settings
from tests.fakes import Fakes, fakes
from tests.services.test_handoff_services import say

STAFF_CHAT = -1007770001
WEEKDAYS_10_TO_18 = {day: ["10:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
NINO = 9001
PERSON = "5550101"
MONDAY_NOON_TBILISI = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


async def built(count_by_default: bool) -> AsyncIterator[Fakes]:
    settings = make_settings(
        "sqlite:///never-opened",
        i18n=I18nSettings(default_locale="en"),
        handoff=HandoffSettings(staff_chat_id=STAFF_CHAT, default_bureau="kutaisi"),
        bureaus=[BureauSettings(id="kutaisi", cities=["kutaisi"], hours=WEEKDAYS_10_TO_18)],
        staff=[StaffSettings(telegram_id=NINO, alias="Nino", bureau="kutaisi")],
        evidence=EvidenceSettings(count_by_default=count_by_default),
    )
    async with fakes(settings, telegram=TELEGRAM_CAN) as f:
        f.clock.now = MONDAY_NOON_TBILISI
        yield f


@pytest.fixture
async def gza() -> AsyncIterator[Fakes]:
    async for f in built(count_by_default=True):
        yield f


@pytest.fixture
async def gza_asking_consent() -> AsyncIterator[Fakes]:
    async for f in built(count_by_default=False):
        yield f


def person(event: ButtonPressed | Started) -> Incoming:
    return Incoming("telegram", PERSON, PERSON, event, "en", text="hello")


async def talk(f: Fakes, *before: str) -> int:
    """Walk to 'talk to a person' (pressing ``before`` on the way); returns the topic thread."""
    presses = ("choose-language|en", *before, "ask-danger|no", "menu|talk")
    walk = [person(Started(None, "en")), *(person(ButtonPressed(p)) for p in presses)]
    await f.receive("telegram", PERSON, *walk)
    card = next(m for m in f.channels["telegram"].to(STAFF_CHAT) if isinstance(m, SendText))
    assert card.thread_id is not None
    return card.thread_id


def press(thread: int, button: str) -> StaffIncoming:
    return StaffIncoming(NINO, STAFF_CHAT, thread, callback_id="cb", button=button)


async def journal(f: Fakes) -> list[dict[str, str]]:
    async with f.db.uow() as uow:
        rows = await uow.screenings.between(f.clock.now - timedelta(days=40), f.clock.now)
    return [answers for _, answers in rows]


def buttons(message: SendText) -> list[str]:
    return [payload for row in message.buttons for _, payload in row]


async def test_a_case_leaves_categories_and_bands_never_a_time(gza: Fakes) -> None:
    thread = await talk(gza, "privacy-note|ok")
    gza.clock.now += timedelta(minutes=90)
    await gza.receive("telegram", NINO, press(thread, "take"))
    gza.clock.now += timedelta(hours=30)
    await gza.receive("telegram", NINO, press(thread, "close:referred"))

    rows = {row.get(KIND): row for row in await journal(gza)}
    assert rows["contact"] == {
        KIND: "contact",
        "contact_bureau": "kutaisi",
        "contact_hour": "12",  # Asia/Tbilisi, the bureau's clock
        "contact_weekday": "mon",
        "contact_hours": "open",
    }
    assert rows["taken"] == {KIND: "taken", "take_bureau": "kutaisi", "take_time": "h1_to_4"}
    assert rows["closed"] == {
        KIND: "closed",
        "close_bureau": "kutaisi",
        "close_outcome": "referred",
        "close_time": "over_h24",
    }


async def test_close_offers_the_outcomes_then_the_kinds_of_violence_once(gza: Fakes) -> None:
    thread = await talk(gza, "privacy-note|ok")
    staff = gza.channels["telegram"]
    await gza.receive("telegram", NINO, press(thread, "close"))
    asked = [m for m in staff.to(STAFF_CHAT) if isinstance(m, SendText)][-1]
    assert asked.text == say("staff-close-how")
    assert buttons(asked) == [
        "close:referred",
        "close:info",
        "close:no_response",
        "close:emergency",
        "close:other",
    ]

    await gza.receive("telegram", NINO, press(thread, "close:info"))
    closed = [m for m in staff.to(STAFF_CHAT) if isinstance(m, SendText)][-1]
    assert say("staff-violence-ask") in closed.text
    assert buttons(closed) == [f"violence:{kind}" for kind in VIOLENCE_TYPES]
    assert VIOLENCE_TYPES[:6] == (  # GBVIMS order of elimination
        "rape",
        "sexual_assault",
        "physical_assault",
        "forced_marriage",
        "denial_of_resources",
        "psychological_abuse",
    )

    await gza.receive("telegram", NINO, press(thread, "violence:physical_assault"))
    await gza.receive("telegram", NINO, press(thread, "violence:rape"))
    violence = [row for row in await journal(gza) if row.get(KIND) == "violence"]
    assert violence == [
        {KIND: "violence", "violence_bureau": "kutaisi", "violence_type": "physical_assault"}
    ]
    toasts = [m for m in staff.to(STAFF_CHAT) if isinstance(m, AnswerButton)]
    assert toasts[-1].text == say("staff-violence-already")


async def test_a_violence_button_before_closing_is_refused_kindly(gza: Fakes) -> None:
    thread = await talk(gza, "privacy-note|ok")
    await gza.receive("telegram", NINO, press(thread, "violence:rape"))
    toasts = [m for m in gza.channels["telegram"].to(STAFF_CHAT) if isinstance(m, AnswerButton)]
    assert toasts[-1].text == say("staff-violence-how")
    assert not [row for row in await journal(gza) if row.get(KIND) == "violence"]


async def test_a_person_who_says_no_is_not_counted_even_when_the_default_counts(
    gza: Fakes,
) -> None:
    thread = await talk(gza, "privacy-note|counting", "count-me|no")
    await gza.receive("telegram", NINO, press(thread, "take"))
    await gza.receive("telegram", NINO, press(thread, "close:info"))
    assert await journal(gza) == []


async def test_saying_no_later_drops_what_was_waiting_to_be_counted(gza: Fakes) -> None:
    await talk(gza, "privacy-note|ok")
    assert await journal(gza) != []
    presses = ("talking|menu", "menu|counting", "menu-count-me|no")
    await gza.receive("telegram", PERSON, *(person(ButtonPressed(p)) for p in presses))
    assert await journal(gza) == []


async def test_where_consent_is_the_basis_only_a_yes_is_counted(
    gza_asking_consent: Fakes,
) -> None:
    f = gza_asking_consent
    await talk(f, "privacy-note|ok")
    assert await journal(f) == []

    await f.receive("telegram", PERSON, *(person(ButtonPressed(p)) for p in ("talking|menu",)))
    await f.receive(
        "telegram",
        PERSON,
        *(person(ButtonPressed(p)) for p in ("menu|counting", "menu-count-me|yes", "menu|talk")),
    )
    thread = next(
        m.thread_id for m in f.channels["telegram"].to(STAFF_CHAT) if isinstance(m, SendText)
    )
    assert thread is not None
    await f.receive("telegram", NINO, press(thread, "take"))
    assert [row[KIND] for row in await journal(f)] == ["taken"]


async def test_the_month_counts_the_case_by_bureau(gza: Fakes) -> None:
    thread = await talk(gza, "privacy-note|ok")
    await gza.receive("telegram", NINO, press(thread, "take"))
    await gza.receive("telegram", NINO, press(thread, "close:referred"))
    gza.clock.now = datetime(2026, 12, 1, 1, tzinfo=UTC)
    await MonthlyRollup(gza.db.uow, gza.clock, {"kutaisi": frozenset({"kutaisi"})}).run()
    async with gza.db.uow() as uow:
        everyone = await uow.evidence.month("2026-11")
        mine = (await uow.evidence.by_bureau("2026-11"))["kutaisi"]
    assert everyone[("close_outcome", "referred", "")] == 1
    assert mine[("close_outcome", "referred", "")] == 1
    assert mine[("contact_hours", "open", "")] == 1
    assert mine[("take_time", "under_h1", "")] == 1
