"""The first part of the conversation, through the real aiogram stack over HTTP against the
fake Telegram Bot API server."""

from __future__ import annotations

from collections.abc import Callable

from bot.config import Settings, WebSettings
from tests.conftest import running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser


async def test_russian_speaker_reaches_emergency_numbers(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=5550001, language_code="ru")
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.send_text(user, "/start kutaisi")
        texts = await fake.wait_for_texts(user.id, 1)
        assert texts[0].startswith("Здравствуйте")
        first_button = fake.buttons_of(fake.last_to(user.id))[0]
        assert first_button == ("Русский", "choose-language|ru")  # preselected from Telegram

        await fake.press(user, "choose-language|ru")
        texts = await fake.wait_for_texts(user.id, 2)
        assert "Telegram" in texts[1] and "/exit" in texts[1]

        await fake.press(user, "privacy-note|ok")
        texts = await fake.wait_for_texts(user.id, 3)
        assert texts[2] == "Вам сейчас угрожает опасность?"

        await fake.press(user, "ask-danger|yes")
        texts = await fake.wait_for_texts(user.id, 4)
        assert "112" in texts[3] and "116 006" in texts[3]
        await fake.wait_for(lambda: len(fake.answered("answerCallbackQuery")) == 3)


async def test_georgian_speaker_reaches_the_menu_and_goes_back(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=5550002, language_code="en")
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        await fake.press(user, "choose-language|ka")
        await fake.wait_for_texts(user.id, 2)
        await fake.press(user, "privacy-note|ok")
        await fake.wait_for_texts(user.id, 3)
        await fake.press(user, "~back")
        texts = await fake.wait_for_texts(user.id, 4)
        assert texts[3] == texts[1]  # the privacy note again, in Georgian
        await fake.press(user, "privacy-note|ok")
        await fake.press(user, "ask-danger|no")
        texts = await fake.wait_for_texts(user.id, 6)
        menu = fake.buttons_of(fake.last_to(user.id))
        assert [payload for _, payload in menu] == [
            "menu|find",
            "menu|talk",
            "menu|rights",
            "menu|lang",
            "menu|counting",
            "~exit",
        ]
        assert any("\u10a0" <= ch <= "\u10ff" for ch in texts[1])  # Georgian script

        await fake.press(user, "menu|find")
        texts = await fake.wait_for_texts(user.id, 7)
        city_buttons = [payload for _, payload in fake.buttons_of(fake.last_to(user.id))]
        assert city_buttons[0] == "ask-city|tbilisi" and "ask-city|skip" in city_buttons
        await fake.press(user, "~exit")
        await fake.wait_for_texts(user.id, 8)
        assert fake.buttons_of(fake.last_to(user.id)) == []


async def test_unexpected_input_gets_a_kind_answer_and_the_question_again(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=5550003, language_code="en")
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        await fake.press(user, "choose-language|en")
        await fake.wait_for_texts(user.id, 2)
        question = fake.texts_to(user.id)[1]

        await fake.send_text(user, "hello? " * 1000)
        await fake.send_sticker(user)
        await fake.edit_text(user, "changed my mind")
        await fake.press(user, "menu|find")  # a button from another step
        await fake.press(user, "forged\u200f|payload")
        texts = await fake.wait_for_texts(user.id, 12)
        replies = texts[2:]
        kind = (
            "Sorry, I can only read the buttons, so nobody has seen what you wrote. Please choose"
            " below.\nIf you are in danger: 112 — emergency services (police, ambulance, fire)"
            " (languages: Georgian, Russian, English)"  # as the directory lists Georgia's 112
        )
        assert (
            replies[0::2]
            == [kind] * 3 + ["That button is no longer active. Here is where we are now."] * 2
        )
        assert replies[1::2] == [question] * 5


async def test_unknown_updates_and_group_messages_are_ignored_safely(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=5550004)
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.push(
            "channel_post",
            {"message_id": 1, "date": 0, "text": "hi", "chat": {"id": -100123, "type": "channel"}},
        )
        await fake.push(
            "message",
            {
                "message_id": 2,
                "date": 0,
                "text": "hi",
                "chat": {"id": -100555, "type": "supergroup"},
                "from": user.as_json(),
            },
        )
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        sent_to = {int(c.params["chat_id"]) for c in fake.answered("sendMessage")}
        assert sent_to == {user.id}
