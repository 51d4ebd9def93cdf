"""A whole conversation with canary values: no id, name, username, typed text or token in any
log line or, for the values Gza must never keep in plaintext, in the raw SQLite bytes."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.engine import make_url

from bot.config import Settings, WebSettings
from bot.privacy.redaction import configure_logging
from tests.conftest import TOKEN, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

CANARY_ID = 918273645
CANARY_NAME = "Canaryname"
CANARY_HANDLE = "canary_handle"
CANARY_TEXT = "my address is Canary Street 5"


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    configure_logging("DEBUG")
    stream = io.StringIO()
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    yield stream
    root.handlers[:], root.level = saved


async def test_canaries_appear_in_no_log_line_and_not_in_the_sqlite_file(
    fake_telegram: FakeTelegram,
    settings_for: Callable[..., Settings],
    log_output: io.StringIO,
) -> None:
    fake = fake_telegram
    user = FakeUser(CANARY_ID, first_name=CANARY_NAME, language_code="ka", username=CANARY_HANDLE)
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    fake.fail("sendMessage", status=429, retry_after=1)  # exception texts name the chat id
    future = {"from": user.as_json(), "text": CANARY_TEXT, "chat": user.chat()}
    async with running(settings):
        await fake.push("hologram_call", future)  # a kind of update this aiogram does not know
        await fake.send_text(user, "/start")
        await fake.wait_for_texts(user.id, 1, timeout=15)
        await fake.send_text(user, CANARY_TEXT)
        await fake.press(user, "choose-language|ka")
        await fake.wait_for_texts(user.id, 4)
        logging.getLogger("gza.test").error("failure in chat %s", CANARY_ID)  # a careless call

    logs = log_output.getvalue()
    assert "failure in chat <number>" in logs  # the filter really ran on our handler
    assert "telegram.update_ignored kind=hologram_call" in logs  # and it saw the unknown kind
    for canary in (str(CANARY_ID), CANARY_NAME, CANARY_HANDLE, CANARY_TEXT, TOKEN):
        assert canary not in logs

    url = make_url(settings.database.url)
    if url.get_backend_name() != "sqlite":
        return
    raw = b"".join(p.read_bytes() for p in Path(url.database or "").parent.glob("gza.sqlite3*"))
    assert raw, "the SQLite file was not found"
    for canary in (str(CANARY_ID), CANARY_NAME, CANARY_HANDLE, CANARY_TEXT):
        assert canary.encode() not in raw


async def test_exception_reports_and_the_web_chat_leak_no_canary(
    settings_for: Callable[..., Settings],
    log_output: io.StringIO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.services.conversations import ConversationService

    original = ConversationService.handle
    failures = iter([True])

    async def fails_once_quoting_the_input(self: ConversationService, uow, incoming, now):  # type: ignore[no-untyped-def]
        if next(failures, False):
            # What a careless library does: quote its input in the exception message.
            raise ValueError(f"bad input from {CANARY_NAME}: {CANARY_TEXT} ({incoming.user_id})")
        return await original(self, uow, incoming, now)

    monkeypatch.setattr(ConversationService, "handle", fails_once_quoting_the_input)
    session = "Canary" + "S" * 20
    async with running(settings_for()) as gza, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{gza.web_port}/ws?session={session}"
        async with http.ws_connect(url) as ws:
            texts: list[str] = []

            async def say(n: int, message: dict[str, str], reply_starts: str) -> None:
                """Send one message as a person would, then wait for the reply to it."""
                await ws.send_json({"id": f"m{n}", **message})
                try:
                    async with asyncio.timeout(30):  # generous: CI machines can be busy
                        while not any(t.startswith(reply_starts) for t in texts):
                            data = json.loads((await ws.receive()).data)
                            if data["type"] == "message":
                                texts.append(data["text"])
                except TimeoutError:
                    log = log_output.getvalue()
                    raise AssertionError(f"no {reply_starts!r}; got {texts}\n{log}") from None

            await say(0, {"type": "start", "lang": "ru"}, "Здравствуйте")  # after one failure
            await say(1, {"type": "text", "text": CANARY_TEXT}, "Извините")
            await say(2, {"type": "forget"}, "Стереть всё")
            await say(3, {"type": "button", "payload": "forget-confirm|yes"}, "Всё стёрто")

    logs = log_output.getvalue()
    assert "ValueError: (message withheld)" in logs  # the failure was logged, without its text
    for canary in (CANARY_NAME, CANARY_TEXT, session):
        assert canary not in logs
    raw = b"".join(p.read_bytes() for p in database_files(settings_for().database.url))
    for canary in (CANARY_TEXT, session):
        assert canary.encode() not in raw


def database_files(database_url: str) -> list[Path]:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return []
    return list(Path(url.database or "").parent.glob("gza.sqlite3*"))
