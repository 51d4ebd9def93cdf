"""The console's use cases on the memory twin: staff actions keyed by case reach the person
and the topic exactly as from the staff group, the thread is kept (and erased with the
person), and sign-in links and sessions behave (once, expiring, ended on removal)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM_CAN
from bot.channels.web.protocol import CAPABILITIES as WEB_CAN
from bot.config import (
    BureauSettings,
    ConsoleSettings,
    HandoffSettings,
    I18nSettings,
    Settings,
    StaffSettings,
)
from bot.core.events import TextReceived
from bot.services.case_mail import CaseMail
from bot.services.cases import TAKEN, WAITING, Case
from bot.services.casework import CaseWork, queue_order
from bot.services.curation import Curator
from bot.services.desk import Desk, StaffMember
from bot.services.mailbox import Mailbox
from bot.services.messages import SendText, StaffIncoming
from bot.services.records import NOTE, PERSON, STAFF
from bot.services.sign_in import CURATOR, SUPERVISOR, Roster, SignIn
from bot.services.sign_in import STAFF as STAFF_ROLE
from bot.storage.memory import MemoryDatabase
from bot.wiring import desk
from tests.conftest import make_settings
from tests.fakes import NOW, Fakes, fakes
from tests.services.test_handoff_services import (
    ALWAYS,
    BATUMI_CHAT,
    GIORGI,
    MARIAM,
    NINO,
    STAFF_CHAT,
    TEXTS,
    ask_for_a_person,
    person,
    say,
)
from tests.services.test_handoff_services import PERSON as PERSON_ID


def console_settings() -> Settings:
    return make_settings(
        "sqlite:///never-opened",
        i18n=I18nSettings(default_locale="en"),
        console=ConsoleSettings(enabled=True, public_url="https://console.example"),
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


@dataclass
class Console:
    f: Fakes
    work: CaseWork
    desk: Desk

    def member(self, user: int) -> StaffMember:
        return self.desk.staff[user]

    async def case(self) -> Case:
        async with self.f.db.uow() as uow:
            (case,) = await uow.cases.open_cases()
            return case

    async def act(self, action: str, user: int, *args: object) -> str:
        """One console action in its own unit of work, then delivery."""
        case_id = (await self.case()).id or 0
        async with self.f.db.uow() as uow:
            case = await self.work.case_of(uow, self.member(user), case_id)
            assert case is not None
            said: str = await getattr(self.work, action)(
                uow, self.member(user), case, *args, self.f.clock()
            )
            await uow.commit()
        await self.f.settle()
        return said

    async def thread(self) -> list[tuple[str, str | None, str | None]]:
        case = await self.case()
        async with self.f.db.uow() as uow:
            return [(x.side, x.author, x.text) for x in await self.work.thread(uow, case)]


@pytest.fixture
async def console() -> AsyncIterator[Console]:
    settings = console_settings()
    staff_desk = desk(settings)
    assert staff_desk is not None
    mailbox = Mailbox({"telegram": TELEGRAM_CAN, "web": WEB_CAN}, "telegram")
    work = CaseWork(staff_desk, CaseMail(TEXTS, "en", mailbox))
    async with fakes(settings, telegram=TELEGRAM_CAN, web=WEB_CAN) as f:
        yield Console(f, work, staff_desk)


async def test_a_console_reply_reaches_the_person_signed_and_shows_in_the_topic(
    console: Console,
) -> None:
    await ask_for_a_person(console.f)
    assert await console.act("take", NINO) == "console-done-take"
    assert await console.act("reply", NINO, "We can help with that.") == "console-done-reply"

    telegram = console.f.channels["telegram"]
    assert "Nino: We can help with that." in telegram.texts(PERSON_ID)
    mirrored = say("staff-reply-mirrored", alias="Nino", text="We can help with that.")
    assert mirrored in telegram.texts(STAFF_CHAT)
    assert await console.thread() == [(STAFF, "Nino", "We can help with that.")]


async def test_what_the_person_and_the_topic_write_shows_in_the_console_thread(
    console: Console,
) -> None:
    thread = await ask_for_a_person(console.f)
    await console.f.receive("telegram", PERSON_ID, person("telegram", TextReceived(5), 77))
    await console.act("take", NINO)
    await console.f.receive(
        "telegram", NINO, StaffIncoming(NINO, STAFF_CHAT, thread, 5, text="From the topic")
    )
    await console.f.receive(
        "telegram", NINO, StaffIncoming(NINO, STAFF_CHAT, thread, 6, text="// call back at 5")
    )

    assert await console.thread() == [
        (PERSON, None, "hello"),
        (STAFF, "Nino", "From the topic"),
        (NOTE, "Nino", "call back at 5"),
    ]


async def test_the_second_take_in_the_console_loses_the_race(console: Console) -> None:
    await ask_for_a_person(console.f)
    assert await console.act("take", NINO) == "console-done-take"
    assert await console.act("take", GIORGI) == "console-refused-taken"
    assert (await console.case()).taken_by == "Nino"


async def test_nothing_reaches_the_person_before_the_case_is_taken(console: Console) -> None:
    await ask_for_a_person(console.f)
    before = list(console.f.channels["telegram"].texts(PERSON_ID))
    assert await console.act("reply", NINO, "hello?") == "console-refused-take-first"
    assert await console.act("reply", NINO, "   ") == "console-refused-empty"
    assert console.f.channels["telegram"].texts(PERSON_ID) == before


async def test_a_note_never_reaches_the_person(console: Console) -> None:
    await ask_for_a_person(console.f)
    before = list(console.f.channels["telegram"].texts(PERSON_ID))
    assert await console.act("note", NINO, "sounds scared") == "console-done-note"
    assert console.f.channels["telegram"].texts(PERSON_ID) == before
    assert await console.thread() == [(NOTE, "Nino", "sounds scared")]


async def test_close_with_an_outcome_tells_the_person_and_the_topic(console: Console) -> None:
    await ask_for_a_person(console.f)
    await console.act("take", NINO)
    assert await console.act("close", NINO, "bogus") == "console-refused-close"
    assert await console.act("close", NINO, "referred") == "console-done-close"

    async with console.f.db.uow() as uow:
        assert await uow.cases.open_cases() == []
        audit = [(e.actor, e.action, e.detail) for e in await uow.audit.recent(10)]
    assert audit[0] == ("Nino", "close", "referred")
    telegram = console.f.channels["telegram"]
    assert say("handoff-ended") in [t.strip() for t in telegram.texts(PERSON_ID)]


async def test_transfer_to_a_colleague_or_another_bureau(console: Console) -> None:
    await ask_for_a_person(console.f)
    await console.act("take", NINO)
    assert await console.act("transfer", NINO, "nobody") == "console-refused-transfer"
    assert await console.act("transfer", NINO, "giorgi") == "console-done-transfer"
    case = await console.case()
    assert (case.status, case.taken_by) == (TAKEN, "Giorgi")

    assert await console.act("transfer", GIORGI, "batumi") == "console-done-transfer"
    case = await console.case()
    assert (case.status, case.bureau, case.staff_chat_id) == (WAITING, "batumi", BATUMI_CHAT)
    async with console.f.db.uow() as uow:  # and Tbilisi staff no longer open it
        assert await console.work.case_of(uow, console.member(NINO), case.id or 0) is None
        assert await console.work.case_of(uow, console.member(MARIAM), case.id or 0) is not None


async def test_block_tells_the_person_once(console: Console) -> None:
    await ask_for_a_person(console.f)
    assert await console.act("block", NINO, True) == "console-done-block"
    assert await console.act("block", NINO, True) == "console-done-block"
    texts = console.f.channels["telegram"].texts(PERSON_ID)
    assert [t.strip() for t in texts].count(say("handoff-unavailable-now")) == 1
    assert await console.act("block", NINO, False) == "console-done-unblock"
    assert not (await console.case()).blocked


async def test_staff_of_another_bureau_cannot_open_the_case(console: Console) -> None:
    await ask_for_a_person(console.f)
    case = await console.case()
    async with console.f.db.uow() as uow:
        assert await console.work.case_of(uow, console.member(MARIAM), case.id or 0) is None
        assert await console.work.queue(uow, console.member(MARIAM)) == []
        assert [c.id for c in await console.work.queue(uow, console.member(NINO))] == [case.id]


async def test_the_thread_is_erased_with_the_person(console: Console) -> None:
    await ask_for_a_person(console.f)
    await console.f.receive("telegram", PERSON_ID, person("telegram", TextReceived(5), 77))
    case = await console.case()
    async with console.f.db.uow() as uow:
        await uow.persons.erase(case.person_ref)
        await uow.commit()
    async with console.f.db.uow() as uow:
        assert await uow.threads.of(case.person_ref, case.id or 0) == []


def test_the_queue_puts_urgent_then_the_longest_wait_first_then_mine() -> None:
    def case(code: str, minutes: int, urgent: bool = False, taken: str | None = None) -> Case:
        status = TAKEN if taken else WAITING
        return Case(
            code,
            "p" + code,
            "web",
            "tbilisi",
            None,
            "en",
            (),
            urgent,
            None,
            1,
            NOW - timedelta(minutes=minutes),
            status,
            taken,
        )

    cases = [
        case("fresh", 1),
        case("colleague", 90, taken="Giorgi"),
        case("mine", 80, taken="Nino"),
        case("old", 30),
        case("urgent", 2, urgent=True),
    ]
    ordered = sorted(cases, key=lambda c: queue_order(c, "Nino"))
    assert [c.code for c in ordered] == ["urgent", "old", "fresh", "mine", "colleague"]


# --- sign-in -------------------------------------------------------------------------------


def roster(staff: dict[int, StaffMember]) -> Roster:
    return Roster(staff, {7: Curator(7, "Tamar", "en")}, frozenset({"tamar"}))


async def test_a_link_signs_in_once_and_expires() -> None:
    db = MemoryDatabase()
    staff = {NINO: StaffMember(NINO, "Nino", "tbilisi", "en", supervisor=True)}
    sign_in = SignIn(roster(staff), timedelta(minutes=10), timedelta(hours=12))
    async with db.uow() as uow:
        first = await sign_in.issue_link(uow, "Nino", NOW)
        late = await sign_in.issue_link(uow, "Nino", NOW)
        session = await sign_in.redeem(uow, first, NOW)
        assert session is not None
        assert await sign_in.redeem(uow, first, NOW) is None  # used once
        assert await sign_in.redeem(uow, late, NOW + timedelta(minutes=10)) is None  # expired
        current = await sign_in.current(uow, session, NOW + timedelta(hours=1))
        assert current is not None
        assert current.who.roles == {STAFF_ROLE, SUPERVISOR}
        assert await sign_in.current(uow, session, NOW + timedelta(hours=12)) is None
        actions = [e.action for e in await uow.audit.recent(10)]
    assert actions == ["signed-in", "link-issued", "link-issued"]


async def test_removing_someone_from_the_list_ends_their_sessions_at_once() -> None:
    db = MemoryDatabase()
    staff = {NINO: StaffMember(NINO, "Nino", "tbilisi", "en")}
    sign_in = SignIn(roster(staff), timedelta(minutes=10), timedelta(hours=12))
    async with db.uow() as uow:
        session = await sign_in.redeem(uow, await sign_in.issue_link(uow, "Nino", NOW), NOW)
        assert session is not None
        del staff[NINO]  # the staff list as re-read from the file
        assert await sign_in.current(uow, session, NOW) is None
        staff[NINO] = StaffMember(NINO, "Nino", "tbilisi", "en")  # back on the list...
        assert await sign_in.current(uow, session, NOW) is None  # ...the old session stays ended


async def test_a_curator_who_is_an_admin_gets_both_roles() -> None:
    who = roster({}).who("TAMAR")
    assert who is not None and who.roles == {CURATOR, "admin"}
    assert roster({}).who("nobody") is None


async def test_console_in_the_staff_group_sends_the_link_privately() -> None:
    async with fakes(console_settings(), telegram=TELEGRAM_CAN, web=WEB_CAN) as f:
        await f.receive(
            "telegram", NINO, StaffIncoming(NINO, STAFF_CHAT, None, 1, command="console")
        )
        telegram = f.channels["telegram"]
        (private,) = telegram.to(NINO)
        assert isinstance(private, SendText) and private.protect
        assert "https://console.example/console/signin?link=" in private.text
        assert "link=" not in " ".join(telegram.texts(STAFF_CHAT))
        assert say("staff-console-sent") in telegram.texts(STAFF_CHAT)
