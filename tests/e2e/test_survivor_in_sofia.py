"""A survivor in Sofia writing in Ukrainian, through the real aiogram stack over HTTP against
the fake Bot API: she is offered Ukrainian and Bulgarian first, reads Bulgaria's numbers (never
Georgia's 116 006), and the services in Sofia with the languages each line speaks, told
plainly where a line speaks no Ukrainian."""

from __future__ import annotations

from collections.abc import Callable

from bot.config import Settings, WebSettings, load_settings
from tests.conftest import ROOT, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

EXAMPLE = load_settings(ROOT / "config.example.toml")
NO_UKRAINIAN = "Українською тут не розмовляють."


async def test_a_survivor_in_sofia_writing_ukrainian_gets_bulgarias_numbers_and_services(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(id=5550161, language_code="uk")
    settings = settings_for(
        telegram=telegram_settings(fake),
        web=WebSettings(enabled=False),
        emergency=EXAMPLE.emergency,
        i18n=EXAMPLE.i18n,
    )
    async with running(settings):
        await fake.send_text(user, "/start sofia")
        await fake.wait_for_texts(user.id, 1)
        offered = [payload for _, payload in fake.buttons_of(fake.last_to(user.id))]
        assert offered[:3] == ["choose-language|uk", "choose-language|bg", "choose-language|ru"]

        texts = await fake.walk(user, "choose-language|uk", "privacy-note|ok", start="/start")
        await fake.press(user, "ask-danger|yes")
        await fake.wait_for(lambda: any("0700 18 250" in t for t in fake.texts_to(user.id)))
        numbers = next(t for t in fake.texts_to(user.id) if "0700 18 250" in t)
        assert "112" in numbers
        await fake.wait_for(lambda: len(fake.texts_to(user.id)) >= len(texts) + 2)

        await fake.press(user, "emergency|menu")
        await fake.wait_for(lambda: "menu|find" in payloads_last(fake, user))
        presses = ("menu|find", "ask-city|~more", "ask-city+2|sofia", "ask-needs|violence_support")
        for press in presses:  # Bulgaria's places follow Georgia's, on the second page
            before = len(fake.answered("answerCallbackQuery"))
            await fake.press(user, press)
            await fake.wait_for(lambda b=before: len(fake.answered("answerCallbackQuery")) > b)
        seen = len(fake.texts_to(user.id))
        await fake.press(user, "ask-needs|~done")
        await fake.wait_for(lambda: len(fake.texts_to(user.id)) > seen)
        await fake.wait_for(lambda: "results|refine" in payloads_last(fake, user))
        everything = "\n".join(fake.texts_to(user.id))
        assert "116 006" not in everything
        results = "\n".join(fake.texts_to(user.id)[seen:])
        assert "Консультації після насильства" in results  # the example service in Sofia
        assert "🗣 Мови: українська, болгарська" in results  # it speaks her language
        assert NO_UKRAINIAN in results  # a Bulgarian public line that does not


def payloads_last(fake: FakeTelegram, user: FakeUser) -> list[str]:
    """The buttons under the last message to the person (none yet: nothing)."""
    try:
        return [payload for _, payload in fake.buttons_of(fake.last_to(user.id))]
    except (IndexError, KeyError):
        return []
