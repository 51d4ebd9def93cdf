"""The danger route and typed text end to end, through the real aiogram stack over HTTP against
the fake Bot API: what a person in Kutaisi reads with nobody on shift, and how typed words lead
to a person when someone is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.config import Settings, WebSettings
from bot.core.texts import Text
from bot.i18n import Localizer
from tests.conftest import running, telegram_settings
from tests.e2e.test_handoff import case_history, handoff_running
from tests.fake_telegram import FakeTelegram, FakeUser

LOCALES = Localizer(Path(__file__).resolve().parents[2] / "locales")
NEVER_TODAY = {"mon": ["03:00-03:01"]}  # closed almost always


async def test_in_kutaisi_with_nobody_on_shift_the_numbers_the_help_and_an_honest_line(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550301, language_code="ka")
    async with handoff_running(fake, settings_for, NEVER_TODAY, on_shift=()) as (_, settings):
        await fake.walk(person, "choose-language|ka", "privacy-note|ok", start="/start kutaisi")
        await fake.press(person, "ask-danger|yes")
        texts = await fake.wait_for_texts(person.id, 6)
        await fake.wait_for(lambda: len(fake.topics) == 1)  # the team will see it
    numbers, help_, honest = texts[3:]
    assert numbers.startswith("თუ შეგიძლიათ, ახლავე დარეკეთ:") and "116 006" in numbers
    assert "ნდობის ხაზი" in help_ and "116 006" not in help_ + honest
    assert honest.startswith("ამ წუთას გუნდიდან ვერავინ გიპასუხებთ.")
    assert "ორშაბათი 03:00" in honest
    promise = LOCALES.render("ka", Text("emergency-team-told"))
    assert not any(promise in t for t in texts)
    assert fake.buttons_of(fake.last_to(person.id))[0][1] == "emergency|menu"
    assert [kind for kind, _, _ in await case_history(settings)][:1] == ["opened"]


async def test_without_staff_the_danger_route_promises_nobody(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550302, language_code="en")
    settings = settings_for(telegram=telegram_settings(fake), web=WebSettings(enabled=False))
    async with running(settings):
        await fake.walk(person, "choose-language|en", "privacy-note|ok")
        await fake.press(person, "ask-danger|yes")
        texts = await fake.wait_for_texts(person.id, 6)
    assert "112" in texts[3] and texts[3].endswith("the fastest way to reach someone right now.")
    assert texts[4].startswith("Open now, by phone or online:")
    assert texts[5] == "Nobody can write back to you here right now. Please use the numbers above."


async def test_typed_words_lead_to_a_person_on_shift_from_any_step(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550303, language_code="en")
    async with handoff_running(fake, settings_for):
        await fake.walk(person, "choose-language|en", "privacy-note|ok", "ask-danger|no")
        await fake.press(person, "menu|find")
        await fake.wait_for_texts(person.id, 5)
        await fake.send_text(person, "I need a doctor urgently")
        texts = await fake.wait_for_texts(person.id, 7)
        sent = [c for c in fake.answered("sendMessage") if int(c.params["chat_id"]) == person.id]
        kind = sent[5]
        assert "nobody has seen what you wrote" in texts[5] and "112" in texts[5]
        assert fake.buttons_of(kind) == [("Talk to a person", "~talk")]
        assert texts[6] == texts[4]  # the city question again
        await fake.press(person, "~talk")
        await fake.wait_for(lambda: len(fake.topics) == 1)
        texts = await fake.wait_for_texts(person.id, 9)
    assert texts[7].startswith("We have asked the team")
    assert texts[8] == "You are already connected to the team: just write here."
