"""Nothing lost, nothing doubled: duplicates, 429s, 5xx, restarts and webhook refusals."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
from sqlalchemy import func, select, text

from bot.config import Settings, TelegramSettings, WebSettings
from bot.storage import models as m
from bot.storage.database import create_engine
from tests.conftest import TOKEN, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser


def _settings(fake: FakeTelegram, settings_for: Callable[..., Settings], **tg: object) -> Settings:
    return settings_for(telegram=telegram_settings(fake, **tg), web=WebSettings(enabled=False))


async def test_the_same_update_delivered_twice_is_answered_once(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=6660001)
    async with running(_settings(fake, settings_for)):
        update_id = await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        await fake.wait_for(lambda: fake.confirmed_offset > update_id)
        await fake.push("message", fake.updates_sent[update_id], update_id=update_id)
        await fake.send_text(user, "/menu")  # a later update, to know the duplicate was seen
        await fake.wait_for_texts(user.id, 2)
        assert len(fake.texts_to(user.id)) == 2


async def test_a_429_on_send_message_waits_and_delivers_the_reply_once(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=6660002)
    fake.fail("sendMessage", status=429, retry_after=1)
    async with running(_settings(fake, settings_for)):
        await fake.send_text(user, "/start")
        texts = await fake.wait_for_texts(user.id, 1, timeout=15)
        sends = [c for c in fake.calls if c.method == "sendMessage"]
        assert [c.status for c in sends] == [429, 200]
        assert len(texts) == 1


async def test_server_errors_are_retried_in_order(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=6660003)
    async with running(_settings(fake, settings_for)):
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        fake.fail("sendMessage", status=502, times=2)
        await fake.send_text(user, "a typed message")  # two replies: a notice and the question
        texts = await fake.wait_for_texts(user.id, 3, timeout=15)
        assert texts[1].startswith("Sorry, I can only read the buttons")
        assert texts[2] == texts[0]


async def test_conversation_state_survives_a_restart(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=6660004)
    settings = _settings(fake, settings_for)
    async with running(settings):
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1)
        await fake.press(user, "choose-language|uk")
        await fake.wait_for_texts(user.id, 2)
    async with running(settings):
        await fake.press(user, "privacy-note|ok")
        texts = await fake.wait_for_texts(user.id, 3)
        assert texts[2] == "Вам зараз загрожує небезпека?"


async def test_webhook_refuses_a_wrong_secret_and_commits_before_answering(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=6660005)
    telegram = TelegramSettings(
        token=TOKEN,
        api_base=fake.base,
        mode="webhook",  # type: ignore[arg-type]
        webhook_url="https://gza.example.org/telegram/webhook",
        secret_token="s3cret-token",  # type: ignore[arg-type]
        chat_rate=50.0,
        chat_burst=10,
    )
    settings = settings_for(telegram=telegram, web=WebSettings(enabled=False, port=0))
    update = {
        "update_id": 77,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": user.chat(),
            "from": user.as_json(),
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    async with running(settings) as gza, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{gza.web_port}/telegram/webhook"
        assert fake.answered("setWebhook")[0].params["secret_token"] == "s3cret-token"
        wrong = await http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "x"})
        assert wrong.status == 401
        missing = await http.post(url, json=update)
        assert missing.status == 401
        headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
        ok = await http.post(url, json=update, headers=headers)
        assert ok.status == 200
        again = await http.post(url, json=update, headers=headers)
        assert again.status == 200
        await fake.wait_for_texts(user.id, 1)

        engine = create_engine(settings.database.url)
        try:
            async with engine.begin() as conn:
                count = await conn.scalar(select(func.count()).select_from(m.inbox))
                assert count == 1  # the duplicate was dropped; the wrong secrets left nothing
                await conn.execute(text("DROP TABLE inbox"))
            down = await http.post(url, json={**update, "update_id": 78}, headers=headers)
            assert down.status == 503  # Telegram will retry: nothing is lost
        finally:
            await engine.dispose()
        assert len(fake.texts_to(user.id)) == 1
