"""Two people on two phones and a staff group talk through the bot; neither side learns who the
other is, and nothing is lost: the handoff end to end through the fake Bot API."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from sqlalchemy import select

from bot.config import (
    BureauSettings,
    HandoffSettings,
    I18nSettings,
    Settings,
    StaffSettings,
    WebSettings,
)
from bot.storage import models as m
from bot.storage.database import create_engine
from bot.wiring import Gza
from tests.conftest import running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

STAFF_CHAT = -1007770001
ALWAYS = {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
NINO = FakeUser(9001, "Nino Real-Name", username="nino_private")
GIORGI = FakeUser(9002, "Giorgi Real-Name")
OUTSIDER = FakeUser(9666, "Not Staff")
BATUMI_STAFF = FakeUser(9003, "Mariam")
EKA = FakeUser(9004, "Eka")  # the supervisor


def handoff_settings(
    fake: FakeTelegram, settings_for: Callable[..., Settings], hours: dict[str, list[str]]
) -> Settings:
    return settings_for(
        telegram=telegram_settings(fake),
        web=WebSettings(enabled=False),
        i18n=I18nSettings(default_locale="en"),
        handoff=HandoffSettings(staff_chat_id=STAFF_CHAT, default_bureau="tbilisi"),
        bureaus=[
            BureauSettings(id="tbilisi", cities=["tbilisi", "kutaisi"], hours=hours),
            BureauSettings(id="batumi", cities=["batumi"], hours=hours),
        ],
        staff=[
            StaffSettings(telegram_id=NINO.id, alias="Nino", bureau="tbilisi", languages=["en"]),
            StaffSettings(
                telegram_id=GIORGI.id, alias="Giorgi", bureau="tbilisi", languages=["en"]
            ),
            StaffSettings(
                telegram_id=BATUMI_STAFF.id, alias="Mariam", bureau="batumi", languages=["en"]
            ),
            StaffSettings(
                telegram_id=EKA.id, alias="Eka", bureau="tbilisi", languages=["en"], supervisor=True
            ),
        ],
    )


@asynccontextmanager
async def handoff_running(
    fake: FakeTelegram,
    settings_for: Callable[..., Settings],
    hours: dict[str, list[str]] = ALWAYS,
    on_shift: tuple[FakeUser, ...] = (NINO, GIORGI, EKA),
    **kwargs: Any,
) -> AsyncIterator[tuple[Gza, Settings]]:
    settings = handoff_settings(fake, settings_for, hours)
    async with running(settings, **kwargs) as gza:
        for member in on_shift:
            await fake.staff_write(member, STAFF_CHAT, None, "/shift on")
        await fake.wait_for(lambda: len(fake.general_texts(STAFF_CHAT)) == len(on_shift))
        yield gza, settings


async def ask_for_a_person(fake: FakeTelegram, user: FakeUser, start: str = "/start") -> int:
    """Walk the person to 'talk to a person'; returns the case topic's thread id."""
    before = len(fake.topics)
    await fake.walk(user, "choose-language|en", "privacy-note|ok", "ask-danger|no", start=start)
    await fake.press(user, "menu|talk")
    await fake.wait_for(lambda: len(fake.topics) == before + 1)
    thread = max(fake.topics)
    await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 1)  # the card
    return thread


async def inbox_settled(settings: Settings) -> None:
    """Every update received so far is handled. Updates of different chats are handled in any
    order (at once on PostgreSQL): a test that needs one chat's update handled before another
    chat's waits for it here."""
    engine = create_engine(settings.database.url)
    try:
        async with asyncio.timeout(10):
            while True:
                async with engine.connect() as conn:
                    pending = await conn.scalar(
                        select(m.inbox.c.id).where(m.inbox.c.status == "pending").limit(1)
                    )
                if pending is None:
                    return
                await asyncio.sleep(0.05)
    finally:
        await engine.dispose()


async def case_history(settings: Settings) -> list[tuple[str, str, Any]]:
    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(
                    m.case_events.c.kind, m.case_events.c.actor, m.case_events.c.detail
                ).order_by(m.case_events.c.id)
            )
            return [tuple(r) for r in rows]
    finally:
        await engine.dispose()


async def test_a_full_handoff_relays_both_ways_without_revealing_anyone(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550101, "Person Real-Name", username="person_handle")
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person, "/start kutaisi")
        texts = await fake.wait_for_texts(person.id, 6)
        assert texts[4].startswith("We have asked the team")
        name = fake.topics[thread]
        assert name.startswith("C-") and "Kutaisi" in name and "English" in name
        card = fake.sent_in_topic(STAFF_CHAT, thread)[0]
        assert fake.buttons_of(card) == [
            ("Take", "take"),
            ("Transfer", "transfer"),
            ("Close", "close"),
        ]

        await fake.send_text(person, "hello <3 & _* from me")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        copied = fake.sent_in_topic(STAFF_CHAT, thread)[1]
        assert copied.method == "copyMessage" and int(copied.params["from_chat_id"]) == person.id

        await fake.staff_write(NINO, STAFF_CHAT, thread, "before taking")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 3)
        assert fake.sent_in_topic(STAFF_CHAT, thread)[2].params["text"].startswith("Take the case")

        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 4)
        assert (
            "Nino has taken this case" in fake.sent_in_topic(STAFF_CHAT, thread)[3].params["text"]
        )

        await fake.staff_write(NINO, STAFF_CHAT, thread, "// internal: do not relay")
        await fake.staff_write(NINO, STAFF_CHAT, thread, "Hi, how can I help? <3 & _*")
        await fake.staff_photo(NINO, STAFF_CHAT, thread, "a map")
        await fake.send_photo(person, "my photo")
        await fake.wait_for(lambda: len(fake.texts_to(person.id)) == 7)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 5)
        reply = fake.last_to(person.id)
        assert reply.params["text"] == "Nino: Hi, how can I help? <3 & _*"
        assert "parse_mode" not in reply.params
        await fake.wait_for(
            lambda: any(int(c.params["chat_id"]) == person.id for c in fake.answered("copyMessage"))
        )
        to_person = [
            c for c in fake.answered("copyMessage") if int(c.params["chat_id"]) == person.id
        ]
        assert to_person[0].params["caption"] == "Nino: a map"
        assert int(to_person[0].params["from_chat_id"]) == STAFF_CHAT
        assert not any("internal" in t for t in fake.texts_to(person.id))

        await fake.staff_write(NINO, STAFF_CHAT, thread, "/close referred")
        texts = await fake.wait_for_texts(person.id, 8)
        assert texts[7].startswith("The conversation with the team has ended")

    everything = repr([c.params for c in fake.calls])
    for secret in ("Nino Real-Name", "nino_private", "Person Real-Name", "person_handle"):
        assert secret not in everything  # no name or handle crossed to the other side
    assert [(k, a) for k, a, _ in await case_history(settings)] == [
        ("opened", "person"),
        ("taken", "Nino"),
        ("closed", "Nino"),
    ]


async def test_only_one_of_two_staff_gets_the_case_and_outsiders_are_refused(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550102)
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(OUTSIDER, STAFF_CHAT, thread, "take")
        await fake.staff_write(OUTSIDER, STAFF_CHAT, thread, "/take")
        await fake.staff_press(BATUMI_STAFF, STAFF_CHAT, thread, "take")
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.staff_press(GIORGI, STAFF_CHAT, thread, "take")
        await fake.wait_for(lambda: len(fake.answered("answerCallbackQuery")) == 4 + 4)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 3)
    # Two staff press Take at once: their presses may be handled side by side, so either may
    # win, but only one does; the answers go to four people and may arrive in any order.
    history = [(k, a) for k, a, _ in await case_history(settings)]
    assert history[0] == ("opened", "person") and len(history) == 2
    kind, winner = history[1]
    assert kind == "taken" and winner in ("Nino", "Giorgi")
    toasts = [c.params.get("text") for c in fake.answered("answerCallbackQuery")][-4:]
    assert {
        "Only staff on the staff list can do this.",
        "This case belongs to another bureau.",
        f"{winner} already has this case.",
    } < set(toasts)
    notes = [c.params.get("text", "") for c in fake.sent_in_topic(STAFF_CHAT, thread)]
    assert "Only staff on the staff list can do this." in notes  # the /take command


async def test_outside_opening_hours_the_person_learns_when_the_team_is_back(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550103)
    never_today = {"mon": ["03:00-03:01"]}  # closed almost always
    async with handoff_running(fake, settings_for, never_today, on_shift=()):
        await ask_for_a_person(fake, person)
        texts = await fake.wait_for_texts(person.id, 6)
    assert texts[4].startswith("The team is not available right now; they will be back")
    assert "Monday 03:00" in texts[4] and "112" in texts[4]


async def test_a_long_staff_message_is_split_never_dropped_and_strangers_are_left(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550104)
    async with handoff_running(fake, settings_for):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        long = "x" * 4095  # the alias prefix pushes it over 4096
        await fake.staff_write(NINO, STAFF_CHAT, thread, long)
        texts = await fake.wait_for_texts(person.id, 8)
        await fake.push(
            "message",
            {
                "message_id": 1,
                "date": 0,
                "text": "hi",
                "chat": {"id": -100999, "type": "supergroup", "title": "x"},
                "from": OUTSIDER.as_json(),
            },
        )
        await fake.wait_for(lambda: len(fake.answered("leaveChat")) == 1)
    assert "".join(texts[6:8]) == "Nino: " + long
    assert all(len(t) <= 4096 for t in texts)
    assert int(fake.answered("leaveChat")[0].params["chat_id"]) == -100999


async def test_a_429_storm_on_copy_message_delivers_everything_in_order(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550105)
    async with handoff_running(fake, settings_for):
        thread = await ask_for_a_person(fake, person)
        fake.fail("copyMessage", status=429, times=3, retry_after=1)
        ids = [await fake.send_text(person, f"message {n}") for n in range(4)]
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 5, timeout=20)
    copies = [c for c in fake.sent_in_topic(STAFF_CHAT, thread) if c.method == "copyMessage"]
    sent_ids = [fake.updates_sent[i]["message_id"] for i in ids]
    assert [int(c.params["message_id"]) for c in copies] == sent_ids


async def test_a_restart_in_the_middle_of_a_handoff_loses_nothing(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550106)
    settings = handoff_settings(fake, settings_for, ALWAYS)
    async with running(settings):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        fake.hang("sendMessage")  # the next reply is in flight when the process stops
        await fake.staff_write(NINO, STAFF_CHAT, thread, "first, while we restart")
        await fake.wait_for(lambda: fake.calls[-1].method == "sendMessage")
    fake.released.set()
    await fake.send_text(person, "are you there?")  # written while Gza is down
    await fake.staff_write(NINO, STAFF_CHAT, thread, "second, after the restart")
    async with running(settings):
        await fake.wait_for(lambda: len(fake.texts_to(person.id)) == 8)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 3)
    assert fake.texts_to(person.id)[6:] == [
        "Nino: first, while we restart",
        "Nino: second, after the restart",
    ]
    assert fake.sent_in_topic(STAFF_CHAT, thread)[2].method == "copyMessage"


async def test_with_nobody_on_shift_the_person_is_told_and_staff_see_it_when_they_start(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550107)
    async with handoff_running(fake, settings_for, on_shift=()):
        await ask_for_a_person(fake, person)
        texts = await fake.wait_for_texts(person.id, 6)
        assert texts[4].startswith("The team is not available right now")
        await fake.staff_write(GIORGI, STAFF_CHAT, None, "/shift on")
        await fake.wait_for(lambda: len(fake.general_texts(STAFF_CHAT)) == 1)
    shift_reply = fake.general_texts(STAFF_CHAT)[0]
    assert shift_reply.startswith("Giorgi is on shift")
    assert " · waiting · " in shift_reply  # the case that waited, listed at once


async def test_a_case_waiting_too_long_pings_the_supervisor_and_reassures_the_person_once(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550108)
    now = [datetime.now(UTC)]
    async with handoff_running(fake, settings_for, clock=lambda: now[0]) as (gza, _):
        thread = await ask_for_a_person(fake, person)
        assert gza.escalation is not None
        assert await gza.escalation.run() == 0  # not yet due
        now[0] += timedelta(minutes=61)  # the clock is injected: nobody sleeps
        assert await gza.escalation.run() == 1
        assert await gza.escalation.run() == 0  # once
        await fake.wait_for(lambda: len(fake.texts_to(person.id)) == 7)
        await fake.wait_for(lambda: len(fake.texts_to(EKA.id)) == 1)
    assert fake.texts_to(person.id)[6].startswith("You have not been forgotten")
    note = fake.sent_in_topic(STAFF_CHAT, thread)[-1].params["text"]
    assert note.startswith("Case C-") and "61 minutes" in note and "Eka" in note
    assert fake.texts_to(EKA.id) == [note]


async def test_a_case_moves_to_a_colleague_then_to_another_bureau(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550109)
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person)
        topic = lambda: [c.params.get("text", "") for c in fake.sent_in_topic(STAFF_CHAT, thread)]  # noqa: E731
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.staff_write(NINO, STAFF_CHAT, thread, "/transfer Giorgi")
        await fake.wait_for(lambda: "Case transferred to Giorgi by Nino." in topic())
        await fake.staff_write(NINO, STAFF_CHAT, thread, "still me?")
        await fake.staff_write(GIORGI, STAFF_CHAT, thread, "Giorgi here")
        await fake.wait_for(lambda: fake.texts_to(person.id)[-1] == "Giorgi: Giorgi here")
        # Nino no longer has it; the note to the topic and the relay to the person go to two
        # chats, delivered side by side, so either may arrive first.
        await fake.wait_for(lambda: topic()[-1].startswith("Take the case first"))
        assert not any("still me?" in t for t in fake.texts_to(person.id))

        await fake.staff_write(GIORGI, STAFF_CHAT, thread, "/transfer batumi")
        await fake.wait_for(lambda: "Case transferred to batumi by Giorgi." in topic())
        await fake.staff_press(BATUMI_STAFF, STAFF_CHAT, thread, "take")
        await fake.wait_for(lambda: any("Mariam has taken this case" in t for t in topic()))
    kinds = [(k, a, d) for k, a, d in await case_history(settings)]
    assert kinds[1:] == [
        ("taken", "Nino", None),
        ("transferred", "Nino", "Giorgi"),
        ("transferred", "Giorgi", "batumi"),
        ("taken", "Mariam", None),
    ]


async def test_a_person_in_the_web_chat_reaches_staff_too(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake = fake_telegram
    settings = handoff_settings(fake, settings_for, ALWAYS)
    settings = settings.model_copy(update={"web": WebSettings(enabled=True, port=0)})
    async with running(settings) as gza, aiohttp.ClientSession() as http:
        await fake.staff_write(NINO, STAFF_CHAT, None, "/shift on")
        url = f"http://127.0.0.1:{gza.web_port}/ws?session={'w' * 24}"
        async with http.ws_connect(url) as ws:
            steps = [{"type": "start", "lang": "en"}] + [
                {"type": "button", "payload": p}
                for p in ("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|talk")
            ]
            for n, step in enumerate(steps):
                await ws.send_json({"id": f"s{n}", **step})
            await fake.wait_for(lambda: len(fake.topics) == 1)
            thread = max(fake.topics)
            await ws.send_json({"id": "t1", "type": "text", "text": "hi from the browser <3"})
            await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
            assert fake.sent_in_topic(STAFF_CHAT, thread)[1].params["text"] == (
                "hi from the browser <3"
            )
            await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
            await fake.staff_write(NINO, STAFF_CHAT, thread, "hello & welcome")
            await fake.staff_photo(NINO, STAFF_CHAT, thread, "a map")
            received: list[str] = []
            async with asyncio.timeout(10):
                while len([t for t in received if t.startswith("Nino: ")]) < 2:
                    data = json.loads((await ws.receive()).data)
                    if data["type"] == "message":
                        received.append(data["text"])
    assert [t for t in received if t.startswith("Nino: ")] == [
        "Nino: hello & welcome",
        "Nino: (a file that cannot be shown here)",
    ]


async def test_edits_on_either_side_are_said_in_a_note(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550110)
    async with handoff_running(fake, settings_for):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        # the staff group and the person's chat are handled side by side: take first, then edit
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        await fake.edit_text(person, "what I meant was this")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 4)
        note, copy = fake.sent_in_topic(STAFF_CHAT, thread)[2:]
        assert note.params["text"] == "The person edited a message; the new version follows."
        assert copy.method == "copyMessage"
        await fake.staff_edit(NINO, STAFF_CHAT, thread, "the address is 5 Rustaveli Ave")
        await fake.wait_for(
            lambda: (
                fake.texts_to(person.id)[-1]
                == "Corrected message (Nino): the address is 5 Rustaveli Ave"
            )
        )


async def test_forget_tells_staff_only_that_the_person_ended_the_conversation(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550111)
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person)
        await fake.send_text(person, "/forget")
        await fake.wait_for(lambda: fake.texts_to(person.id)[-1].startswith("Erase everything"))
        await fake.press(person, "forget-confirm|yes")
        await fake.wait_for(lambda: fake.texts_to(person.id)[-1].startswith("Everything has"))
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        await fake.staff_write(NINO, STAFF_CHAT, thread, "hello? anyone")
    assert fake.sent_in_topic(STAFF_CHAT, thread)[1].params["text"] == (
        "The person ended the conversation."
    )
    assert await case_history(settings) == []  # the case went with everything else


async def test_a_blocked_pseudonym_gets_one_neutral_line_and_nothing_more_is_relayed(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550112)
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        await fake.staff_write(NINO, STAFF_CHAT, thread, "/block")
        await fake.wait_for(lambda: len(fake.texts_to(person.id)) == 7)
        assert fake.texts_to(person.id)[6] == "This conversation is no longer available."
        relayed = len(fake.sent_in_topic(STAFF_CHAT, thread))
        await fake.send_text(person, "abusive message")
        await fake.staff_write(NINO, STAFF_CHAT, thread, "not sent")
        await fake.wait_for(lambda: fake.confirmed_offset > max(fake.updates_sent))
        await inbox_settled(settings)  # both handled while blocked, before the unblock
        await fake.staff_write(NINO, STAFF_CHAT, thread, "/unblock")
        await fake.staff_write(NINO, STAFF_CHAT, thread, "sent again")
        await fake.wait_for(lambda: fake.texts_to(person.id)[-1] == "Nino: sent again")
    assert fake.texts_to(person.id)[7:] == ["Nino: sent again"]
    assert len(fake.sent_in_topic(STAFF_CHAT, thread)) == relayed  # the abuse was not copied
    kinds = [k for k, _, _ in await case_history(settings)]
    assert kinds == ["opened", "taken", "block", "unblock"]


async def test_a_staff_group_that_refuses_topics_never_holds_up_the_emergency_numbers(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550113)
    fake.fail("createForumTopic", status=400, times=5)  # topics off, or the bot is no admin
    async with handoff_running(fake, settings_for):
        await fake.walk(person, "choose-language|en", "privacy-note|ok")
        await fake.press(person, "ask-danger|yes")
        texts = await fake.wait_for_texts(person.id, 5, timeout=5)
    assert any("112" in t and "116 006" in t for t in texts[3:])


async def test_the_bot_stays_in_its_staff_group_and_exit_deletes_only_the_persons_chat(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550114)
    async with handoff_running(fake, settings_for):
        thread = await ask_for_a_person(fake, person)
        bot = {**FakeUser(4242).as_json(), "is_bot": True}
        promoted = {  # the bot (re-)added to its own staff group while running
            "chat": {"id": STAFF_CHAT, "type": "supergroup", "title": "Staff"},
            "from": NINO.as_json(),
            "date": 0,
            "old_chat_member": {"status": "left", "user": bot},
            "new_chat_member": {"status": "member", "user": bot},
        }
        await fake.push("my_chat_member", promoted)
        await fake.staff_write(NINO, STAFF_CHAT, thread, "/cases")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        await fake.send_text(person, "/exit")
        await fake.wait_for(lambda: len(fake.answered("deleteMessages")) >= 1)
    assert fake.answered("leaveChat") == []
    # a reply that slipped out as the person left is deleted by a second, later request
    deleted = {i for c in fake.answered("deleteMessages") for i in c.params["message_ids"]}
    to_person = {
        c.result_id for c in fake.answered("sendMessage") if int(c.params["chat_id"]) == person.id
    }
    assert deleted <= to_person | set(fake.person_message_ids(person.id))
    staff_side = {
        c.result_id
        for c in fake.calls
        if c.status == 200 and int(c.params.get("chat_id") or 0) == STAFF_CHAT
    }
    assert not deleted & staff_side


async def test_a_person_writing_again_soon_after_closing_reopens_the_case(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550115)
    async with handoff_running(fake, settings_for) as (_, settings):
        thread = await ask_for_a_person(fake, person)
        await fake.staff_press(NINO, STAFF_CHAT, thread, "take")
        await fake.staff_write(NINO, STAFF_CHAT, thread, "/close info")
        await fake.wait_for(lambda: fake.texts_to(person.id)[-1].startswith("The conversation"))
        await fake.send_text(person, "one more question")
        await fake.wait_for(
            lambda: any(c.method == "copyMessage" for c in fake.sent_in_topic(STAFF_CHAT, thread))
        )
    notes = [c.params.get("text", "") for c in fake.sent_in_topic(STAFF_CHAT, thread)]
    assert "The person wrote again; the case is open again." in notes
    kinds = [k for k, _, _ in await case_history(settings)]
    assert kinds == ["opened", "taken", "closed", "reopened"]


async def test_talking_to_a_person_after_a_search_brings_the_city_and_needs_to_the_card(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550190, "Person Real-Name")
    async with handoff_running(fake, settings_for):
        await fake.walk(person, "choose-language|en", "privacy-note|ok", "ask-danger|no")
        await fake.press(person, "menu|find")
        await fake.press(person, "ask-city|adjara")
        await fake.wait_for_texts(person.id, 6)
        await fake.press(person, "ask-city>adjara|batumi")
        await fake.wait_for_texts(person.id, 7)
        await fake.toggle(person, "ask-needs|shelter")
        await fake.toggle(person, "ask-needs|legal")
        await fake.press(person, "ask-needs|~done")
        await fake.wait_for_texts(person.id, 9)
        before = len(fake.topics)
        await fake.press(person, "results|talk")
        await fake.wait_for(lambda: len(fake.topics) == before + 1)
        thread = max(fake.topics)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 1)
        card = str(fake.sent_in_topic(STAFF_CHAT, thread)[0].params["text"])
        assert "Batumi" in fake.topics[thread]
        assert "Needs: legal help, shelter" in card  # in the order of the question
        assert "Real-Name" not in card
