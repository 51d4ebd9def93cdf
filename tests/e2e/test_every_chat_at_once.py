"""One process, every chat at once: a hung request holds up only its own chat, /exit outranks
what was queued, and the limits hold in every one-second window as Telegram counts them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.config import Settings, WebSettings
from tests.conftest import running, telegram_settings
from tests.fake_telegram import Call, FakeTelegram, FakeUser

MESSAGES = ("sendMessage", "copyMessage", "editMessageText", "sendPhoto")
GOODBYE = "Goodbye. Send /start any time to begin again."


def _settings(fake: FakeTelegram, settings_for: Callable[..., Settings], **tg: Any) -> Settings:
    return settings_for(telegram=telegram_settings(fake, **tg), web=WebSettings(enabled=False))


def _sent(fake: FakeTelegram, chat_id: int | None = None) -> list[Call]:
    return [
        c
        for c in fake.calls
        if c.method in MESSAGES
        and c.status == 200
        and (chat_id is None or int(c.params["chat_id"]) == chat_id)
    ]


def most_in_one_window(times: list[float], window: float) -> int:
    """The most requests that arrived within any ``window`` seconds."""
    times, most, first = sorted(times), 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= window:
            first += 1
        most = max(most, last - first + 1)
    return most


def left_on_the_phone(fake: FakeTelegram, user: FakeUser) -> list[int]:
    """Message ids still in the chat: the bot's and the person's, minus every one deleted."""
    deleted = {
        int(i)
        for c in fake.answered("deleteMessages")
        if int(c.params["chat_id"]) == user.id
        for i in c.params["message_ids"]
    }
    bot_ids = [c.result_id for c in _sent(fake, user.id)]
    return [i for i in bot_ids + fake.person_message_ids(user.id) if i not in deleted]


async def test_a_hung_request_holds_up_only_its_own_chat(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, slow, quick = fake_telegram, FakeUser(id=7770001), FakeUser(id=7770002)
    fake.hang("sendMessage", chat_id=slow.id)
    async with running(_settings(fake, settings_for, request_timeout=3)):
        await fake.send_text(slow, "/start")
        await fake.wait_for(lambda: any(c.method == "sendMessage" for c in fake.calls))
        await fake.send_text(quick, "/start")
        await fake.wait_for_texts(quick.id, 1, timeout=2)  # answered while the other hangs
        assert fake.texts_to(slow.id) == []
        # The hung request times out and is tried again: the slow chat is answered once.
        await fake.wait_for_texts(slow.id, 1, timeout=15)
    assert len(fake.texts_to(slow.id)) == 1


async def test_exit_after_several_replies_leaves_only_the_neutral_line(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=7770003)
    async with running(_settings(fake, settings_for, chat_rate=1.0, chat_burst=3)):
        await fake.send_text(user, "/start")
        for typed in ("hello?", "is anyone there", "I need help", "please"):
            await fake.send_text(user, typed)  # each is answered with two messages
        await fake.send_text(user, "/exit")
        await fake.wait_for(lambda: GOODBYE in fake.texts_to(user.id), timeout=20)
        goodbye = fake.last_to(user.id).result_id
        await fake.wait_for(lambda: left_on_the_phone(fake, user) == [goodbye], timeout=10)


async def test_the_global_limit_holds_in_every_second_with_200_chats(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake = fake_telegram
    users = [FakeUser(id=7771000 + i) for i in range(200)]
    async with running(_settings(fake, settings_for, global_rate=25, chat_rate=1, chat_burst=1)):
        for user in users:
            await fake.send_text(user, "/start")
        await fake.wait_for(lambda: len(_sent(fake)) >= len(users), timeout=60)
    times = [c.at for c in _sent(fake)]
    assert len(times) == len(users)
    assert most_in_one_window(times, 1.0) <= 25


async def test_a_person_tapping_fast_gets_a_reply_a_second(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    """Telegram's one message a second per chat, with the configured short burst of three."""
    fake, user = fake_telegram, FakeUser(id=7770004)
    async with running(_settings(fake, settings_for, chat_rate=1, chat_burst=3)):
        await fake.send_text(user, "/start")
        for typed in ("a", "b", "c", "d"):
            await fake.send_text(user, typed)  # two replies each: 9 messages in all
        await fake.wait_for(lambda: len(_sent(fake, user.id)) >= 9, timeout=30)
    times = [c.at for c in _sent(fake, user.id)]
    assert most_in_one_window(times, 3.0) <= 3  # never more than the burst in its window
    assert times[-1] - times[0] < (9 - 3) * 1.0 + 2.0  # yet about one a second, not one in two
