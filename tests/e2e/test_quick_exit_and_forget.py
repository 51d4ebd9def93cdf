"""/exit clears the phone; /forget erases everything, in the database and in its journal."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bot.config import DisguiseSettings, Settings, WebSettings
from bot.privacy.pseudonyms import Pseudonyms
from bot.storage import models as m
from bot.storage.database import create_engine
from tests.conftest import PEPPER, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser


def _settings(
    fake: FakeTelegram, settings_for: Callable[..., Settings], **extra: object
) -> Settings:
    return settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False), **extra)


async def walk_to_the_danger_question(fake: FakeTelegram, user: FakeUser) -> None:
    await fake.walk(user, "choose-language|en", "privacy-note|ok")


def bot_message_ids(fake: FakeTelegram, chat_id: int) -> list[int]:
    return [
        c.result_id for c in fake.answered("sendMessage") if int(c.params["chat_id"]) == chat_id
    ]


def deleted_ids(fake: FakeTelegram, chat_id: int) -> list[int]:
    return [
        int(i)
        for c in fake.answered("deleteMessages")
        if int(c.params["chat_id"]) == chat_id
        for i in c.params["message_ids"]
    ]


async def test_exit_deletes_the_conversation_and_leaves_one_neutral_line(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=8880001)
    async with running(_settings(fake, settings_for)):
        await walk_to_the_danger_question(fake, user)
        sent_before = bot_message_ids(fake, user.id)
        await fake.send_text(user, "/exit")
        texts = await fake.wait_for_texts(user.id, 4)
        person_messages = fake.person_message_ids(user.id)
        expected = sorted(sent_before + person_messages)
        # A reply still on its way at /exit is deleted by a second, later call.
        await fake.wait_for(lambda: sorted(deleted_ids(fake, user.id)) == expected)
    assert len(person_messages) == 2  # /start and /exit; button presses are not messages
    assert texts[3] == "Goodbye. Send /start any time to begin again."
    assert fake.last_to(user.id).params.get("reply_markup") is None
    neutral_line = bot_message_ids(fake, user.id)[-1]
    assert neutral_line not in deleted_ids(fake, user.id)  # the one message left


async def test_forget_erases_everything_that_links_to_the_person(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=8880002)
    settings = _settings(fake, settings_for)
    ref = Pseudonyms(base64.urlsafe_b64decode(PEPPER)).person("telegram", str(user.id))
    async with running(settings):
        await walk_to_the_danger_question(fake, user)
        await fake.send_text(user, "/forget")
        texts = await fake.wait_for_texts(user.id, 4)
        assert texts[3].startswith("Erase everything we keep about you?")
        assert ("Yes, erase everything", "forget-confirm|yes") in fake.buttons_of(
            fake.last_to(user.id)
        )
        await fake.press(user, "forget-confirm|yes")
        texts = await fake.wait_for_texts(user.id, 5)
        assert texts[4].startswith("Everything has been erased.")
        # Every bot message but the last goes, even the question still in flight at the press.
        before_last = set(bot_message_ids(fake, user.id)[:-1])
        await fake.wait_for(lambda: before_last <= set(deleted_ids(fake, user.id)))
        await fake.wait_for(lambda: len(fake.answered("answerCallbackQuery")) == 3)
        url = make_url(settings.database.url)
        if url.get_backend_name() == "sqlite":
            # While Gza still runs, so its own WAL truncation (not a shutdown checkpoint) counts.
            folder = Path(url.database or "").parent

            def pseudonym_gone() -> bool:
                raw = b"".join(p.read_bytes() for p in folder.glob("gza.sqlite3*"))
                return bool(raw) and ref.encode() not in raw

            # secure_delete zeroed it in the file; the erasure truncated the WAL
            await fake.wait_for(pseudonym_gone, timeout=5)

    engine = create_engine(settings.database.url)
    try:
        async with engine.connect() as conn:
            for table, column in (
                (m.persons, m.persons.c.ref),
                (m.conversations, m.conversations.c.person_ref),
                (m.inbox, m.inbox.c.chat_ref),
                (m.outbox, m.outbox.c.chat_ref),
                (m.chat_messages, m.chat_messages.c.owner),
                (m.data_keys, m.data_keys.c.owner),
            ):
                count = await conn.scalar(
                    select(func.count()).select_from(table).where(column == ref)
                )
                assert count == 0, table.name
            assert await conn.scalar(select(func.count()).select_from(m.outbox)) == 0
            assert await conn.scalar(select(func.count()).select_from(m.data_keys)) == 0
    finally:
        await engine.dispose()


async def test_saying_no_to_forget_keeps_everything(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=8880003)
    async with running(_settings(fake, settings_for)):
        await walk_to_the_danger_question(fake, user)
        await fake.send_text(user, "/forget")
        await fake.wait_for_texts(user.id, 4)
        await fake.press(user, "forget-confirm|no")
        texts = await fake.wait_for_texts(user.id, 5)
        assert texts[4] == "How can we help? Choose one."
    assert fake.answered("deleteMessages") == []


async def test_disguise_settings_silence_and_protect_the_right_messages(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=8880004)
    disguise = DisguiseSettings(
        neutral_profile=True, silent_notifications=True, protect_contacts=True
    )
    async with running(_settings(fake, settings_for, disguise=disguise)):
        await walk_to_the_danger_question(fake, user)
        await fake.press(user, "ask-danger|yes")
        await fake.wait_for_texts(user.id, 4)
    sends = [c.params for c in fake.answered("sendMessage")]
    question, emergency = sends[2], sends[3]
    assert question.get("disable_notification") == "true"
    assert question.get("protect_content") in (None, "false")
    assert emergency.get("disable_notification") in (None, "false")  # urgent: never silent
    assert emergency.get("protect_content") == "true"
    short = [c.params["short_description"] for c in fake.answered("setMyShortDescription")]
    assert "Information and everyday tips." in short
    assert not any("help" in text.lower() for text in short)
