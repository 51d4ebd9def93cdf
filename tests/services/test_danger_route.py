"""The danger route ("Yes, I am in danger") through the real conversation service with the
in-memory stores and the example directory: the numbers first and once, the nearest help open
now, and a promise that someone will write back only when a case is open and someone is on
duty, in every locale."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM
from bot.core.engine import Context
from bot.core.events import ButtonPressed, Event, Started, TextReceived
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer
from bot.privacy.pseudonyms import Pseudonyms
from bot.services.case_mail import CaseMail
from bot.services.catalog import Catalog
from bot.services.conversations import ConversationService
from bot.services.desk import Bureau, Desk, StaffMember
from bot.services.escalation import Escalation
from bot.services.handoff import HandoffService
from bot.services.hours import OpeningHours
from bot.services.mailbox import Mailbox
from bot.services.messages import Incoming, SendText
from bot.services.screening import Screening
from bot.storage.memory import MemoryDatabase
from referral_directory.files import load_directory
from tests.conftest import EXAMPLE_DIRECTORY, EXAMPLE_NAMES, EXAMPLE_PLACE_TREE, EXAMPLE_PLACES

ROOT = Path(__file__).resolve().parents[2]
MAILBOX = Mailbox({"telegram": TELEGRAM}, "telegram")
LOCALIZER = Localizer(ROOT / "locales", names=EXAMPLE_NAMES)
DIALOGS = load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE)
DIRECTORY = load_directory(EXAMPLE_DIRECTORY)
NUMBERS = (
    Text("emergency-number-line", {"number": "112", "label": Text("emergency-kind-general")}),
    Text(
        "emergency-number-line",
        {"number": "116 006", "label": Text("emergency-kind-violence-hotline")},
    ),
)
CONTEXT: Context = {"emergency_numbers": NUMBERS, "days": 90, "followup_days": 3}
WEEKDAYS = {day: ["10:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
SUNDAY_NIGHT = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
"""22:00 in Tbilisi on a Sunday: the bureau is closed until Monday 10:00."""
MONDAY_NOON = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
"""12:00 in Tbilisi on a Monday: the bureau is open."""
NINO = StaffMember(1, "Nino", "tbilisi", "en")
PROMISES = ("emergency-team-told", "handoff-waiting")
"""Every text that says someone will write back."""


def desk() -> Desk:
    hours = OpeningHours.parse("Asia/Tbilisi", WEEKDAYS, [])
    bureau = Bureau("tbilisi", frozenset({"tbilisi", "kutaisi"}), hours, -100)
    return Desk({"tbilisi": bureau}, "tbilisi", {NINO.user_id: NINO}, timedelta(hours=72))


def service(with_team: bool) -> ConversationService:
    handoff = None
    if with_team:
        mail = CaseMail(LOCALIZER, "en", MAILBOX, EXAMPLE_PLACES)
        handoff = HandoffService(desk(), mail, CONTEXT)
    return ConversationService(
        DIALOGS.flow,
        CONTEXT,
        LOCALIZER,
        Pseudonyms(b"p" * 32),
        "en",
        MAILBOX,
        handoff=handoff,
        screening=Screening(Catalog(DIRECTORY), LOCALIZER),
    )


@dataclass
class Person:
    """One person talking to the service; ``sent`` is what reached their chat, in order."""

    db: MemoryDatabase
    gza: ConversationService
    locale: str
    now: datetime

    async def send(self, event: Event) -> list[SendText]:
        incoming = Incoming("telegram", "5550001", "chat-1", event, self.locale)
        before = len(self.db.data.outbox)
        async with self.db.uow() as uow:
            await self.gza.handle(uow, incoming, self.now)
            await uow.commit()
        items = list(self.db.data.outbox.values())[before:]
        mine = [i.message for i, _ in items if i.address == "chat-1"]  # not the staff group's
        return [m for m in mine if isinstance(m, SendText)]

    async def on_shift(self, alias: str) -> None:
        async with self.db.uow() as uow:
            await uow.shifts.mark(alias, True, self.now)
            await uow.commit()

    async def cases(self) -> int:
        return len(self.db.data.cases)


async def in_danger(
    locale: str, now: datetime, with_team: bool, on_shift: bool = False, entry: str = "kutaisi"
) -> tuple[Person, list[SendText]]:
    person = Person(MemoryDatabase(), service(with_team), locale, now)
    if on_shift:
        await person.on_shift(NINO.alias)
    await person.send(Started(entry, locale))
    await person.send(ButtonPressed(f"choose-language|{locale}"))
    await person.send(ButtonPressed("privacy-note|ok"))
    return person, await person.send(ButtonPressed("ask-danger|yes"))


def say(locale: str, text_id: str, args: Mapping[str, str | Text] | None = None) -> str:
    return LOCALIZER.render(locale, Text(text_id, args or {}))


def numbers(locale: str) -> str:
    return LOCALIZER.render(locale, Text("start-emergency", {"emergency_numbers": NUMBERS}))


def promised(locale: str, sent: list[SendText]) -> list[str]:
    promises = [say(locale, p) for p in PROMISES]
    return [m.text for m in sent for p in promises if p in m.text]


def assert_numbers_first_once_and_buttons_last(locale: str, sent: list[SendText]) -> None:
    assert sent[0].text == numbers(locale)
    assert sum(m.text.count("116 006") for m in sent) == 1
    assert [m.buttons for m in sent[:-1]] == [()] * (len(sent) - 1)
    payloads = [payload for row in sent[-1].buttons for _, payload in row]
    assert payloads == ["emergency|menu", "~back", "~exit"]


@pytest.mark.parametrize("locale", LOCALES)
async def test_without_any_team_nobody_is_promised_and_no_case_is_pretended(locale: str) -> None:
    person, sent = await in_danger(locale, SUNDAY_NIGHT, with_team=False)
    assert_numbers_first_once_and_buttons_last(locale, sent)
    assert promised(locale, sent) == []
    assert sent[-1].text == say(locale, "emergency-team-none")
    assert await person.cases() == 0


@pytest.mark.parametrize("locale", LOCALES)
async def test_with_the_team_off_duty_the_person_learns_when_it_is_back(locale: str) -> None:
    person, sent = await in_danger(locale, SUNDAY_NIGHT, with_team=True, on_shift=True)
    assert_numbers_first_once_and_buttons_last(locale, sent)
    assert promised(locale, sent) == []
    monday = say(locale, "emergency-team-back", {"when": "x"}).split("x")[0]
    assert sent[-1].text.startswith(monday) and "10:00" in sent[-1].text
    assert await person.cases() == 1  # the team sees it the moment it is back


@pytest.mark.parametrize("locale", LOCALES)
async def test_in_opening_hours_with_nobody_on_shift_no_time_is_promised(locale: str) -> None:
    person, sent = await in_danger(locale, MONDAY_NOON, with_team=True, on_shift=False)
    assert_numbers_first_once_and_buttons_last(locale, sent)
    assert promised(locale, sent) == []
    assert sent[-1].text == say(locale, "emergency-team-later")
    assert await person.cases() == 1


@pytest.mark.parametrize("locale", LOCALES)
async def test_only_a_case_with_someone_on_duty_is_promised_and_only_at_the_end(
    locale: str,
) -> None:
    person, sent = await in_danger(locale, MONDAY_NOON, with_team=True, on_shift=True)
    assert_numbers_first_once_and_buttons_last(locale, sent)
    assert promised(locale, sent) == [sent[-1].text]
    assert sent[-1].text == say(locale, "emergency-team-told")
    (case,) = person.db.data.cases.values()
    assert case.urgent


async def test_the_monday_opening_is_said_in_the_persons_language() -> None:
    _, sent = await in_danger("ka", SUNDAY_NIGHT, with_team=True)
    assert "ორშაბათი 10:00" in sent[-1].text


async def test_in_kutaisi_at_night_the_nearest_help_is_the_line_open_day_and_night() -> None:
    _, sent = await in_danger("en", SUNDAY_NIGHT, with_team=False, entry="kutaisi")
    crisis = sent[1].text
    assert crisis.startswith("Open now, by phone or online:")
    assert "24-hour violence hotline — Line of Trust (example)" in crisis
    assert "Online chat" not in crisis  # it closed at 22:00


async def test_in_tbilisi_the_nearest_help_is_a_place_there_open_now() -> None:
    _, sent = await in_danger("ru", SUNDAY_NIGHT, with_team=False, entry="tbilisi")
    crisis = sent[1].text
    assert crisis.startswith("Сейчас открыто — Тбилиси и рядом:")
    assert crisis.count(" — ") >= 2  # one or two short cards under the line
    assert "Безопасное место, где можно остановиться" in crisis


async def test_without_a_known_place_only_lines_reached_from_anywhere_are_shown() -> None:
    _, sent = await in_danger("en", MONDAY_NOON, with_team=False, entry="campaign7")
    crisis = sent[1].text
    assert crisis.startswith("Open now, by phone or online:")
    assert "📍" not in crisis


async def test_typed_text_offers_a_person_only_while_someone_is_on_duty() -> None:
    person = Person(MemoryDatabase(), service(with_team=True), "en", MONDAY_NOON)
    await person.send(Started("kutaisi", "en"))
    off = await person.send(TextReceived(24))
    await person.on_shift(NINO.alias)
    on = await person.send(TextReceived(24))
    assert [m.buttons for m in off[:1]] == [()]
    assert on[0].buttons == ((("Talk to a person", "~talk"),),)
    assert off[1].text == on[1].text == say("en", "start-choose-language")
    person.now = SUNDAY_NIGHT  # on shift, but the bureau is closed: nobody answers now
    closed = await person.send(TextReceived(24))
    assert closed[0].buttons == ()


async def test_the_reassurance_waits_for_someone_on_duty_then_comes_once() -> None:
    person, _ = await in_danger("en", MONDAY_NOON, with_team=True, on_shift=False)
    assert person.gza.handoff is not None
    escalation = Escalation(person.gza.handoff.desk, person.gza.handoff.mail)

    async def sweep(minutes: int) -> tuple[int, list[str]]:
        before = len(person.db.data.outbox)
        async with person.db.uow() as uow:
            acted = await escalation.escalate(
                uow,
                MONDAY_NOON + timedelta(minutes=minutes),
                timedelta(minutes=10),
                timedelta(hours=1),
            )
            await uow.commit()
        items = list(person.db.data.outbox.values())[before:]
        told = [i.message for i, _ in items if i.address == "chat-1"]
        return acted, [m.text for m in told if isinstance(m, SendText)]

    assert await sweep(11) == (1, [])  # staff are pinged; nobody promises the person anything
    assert await sweep(12) == (0, [])
    await person.on_shift(NINO.alias)
    assert await sweep(13) == (1, [say("en", "handoff-not-forgotten")])
    assert await sweep(14) == (0, [])
