"""Curators keep the directory true from their phone, end to end through the real aiogram stack
and the fake Bot API: find a service, verify it, close and reopen it, edit its phone, hours
and languages, work through the queue; every change is in the audit log and in the very
next search. Anyone else is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from bot.config import AbuseSettings, I18nSettings, Settings, StaffSettings, WebSettings
from bot.directory_admin import service_history
from bot.storage import models as m
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from bot.wiring import prepare_catalog
from tests.conftest import running, telegram_settings
from tests.e2e.test_screening import name_of, search
from tests.fake_telegram import Call, FakeTelegram, FakeUser
from tests.storage.conftest import RING

TAMAR = FakeUser(9100001, language_code="en")
OUTSIDER = FakeUser(9100002, language_code="en")
OPEN_DOOR = "open-door-legal-advice"  # Kutaisi, legal, speaks Russian
STALE = "open-shore-legal"  # last verified 2024-05-20


def settings(fake: FakeTelegram, settings_for: Callable[..., Settings]) -> Settings:
    curator = StaffSettings(telegram_id=TAMAR.id, alias="Tamar", role="curator", languages=["en"])
    return settings_for(
        telegram=telegram_settings(fake),
        web=WebSettings(enabled=False),
        i18n=I18nSettings(default_locale="en"),
        staff=[curator],
        abuse=AbuseSettings(max_updates_per_minute=500),  # a curator at work taps a lot
    )


async def say(fake: FakeTelegram, user: FakeUser, text: str, replies: int = 1) -> list[str]:
    before = len(fake.texts_to(user.id))
    await fake.send_text(user, text)
    return (await fake.wait_for_texts(user.id, before + replies))[before:]


async def press(fake: FakeTelegram, user: FakeUser, label: str, replies: int = 1) -> list[str]:
    """Press the button with this label on the last message the bot sent the user."""
    before = len(fake.texts_to(user.id))
    payload = button(fake, fake.last_to(user.id), label)
    await fake.press(user, payload, fake.last_to(user.id).result_id)
    return (await fake.wait_for_texts(user.id, before + replies))[before:]


def button(fake: FakeTelegram, call: Call, label: str) -> str:
    found = [data for text, data in fake.buttons_of(call) if label in text]
    assert found, f"no button {label!r} in {fake.buttons_of(call)}"
    return found[0]


async def open_card(fake: FakeTelegram, service_id: str) -> str:
    """Search by the service's English name and open it; returns the card."""
    found = await say(fake, TAMAR, name_of(service_id, "en"))
    assert found[0].startswith("Found")
    (card,) = await press(fake, TAMAR, name_of(service_id, "en"))
    assert f"id: {service_id}" in card
    return card


async def test_a_curator_verifies_a_service_and_the_audit_log_names_her(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    async with running(config):
        help_text = await say(fake, TAMAR, "/curate")
        assert "Directory curation" in help_text[0]
        card = await open_card(fake, STALE)
        assert "Verified: 2024-05-20" in card
        saved, new_card = await press(fake, TAMAR, "Verified today", replies=2)
        today = datetime.now(UTC).astimezone().date()
        assert saved.startswith("Saved. Verified: 2024-05-20 →")
        assert "(today)" in new_card and "Verified: 2024-05-20" not in new_card
    history = await service_history(config, STALE)
    assert [(c.who, c.field, c.old) for c in history] == [("Tamar", "assured_date", "2024-05-20")]
    assert history[0].new is not None
    assert abs((datetime.fromisoformat(history[0].new).date() - today).days) <= 1


async def test_closing_a_service_takes_it_out_of_the_next_search_and_reopening_brings_it_back(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    person = FakeUser(9100003, language_code="ru")
    async with running(config):
        await fake.walk(person, "choose-language|ru", "privacy-note|ok", "ask-danger|no")
        before = "\n".join(await search(fake, person, "kutaisi", "legal"))
        assert name_of(OPEN_DOOR, "ru") in before
        await open_card(fake, OPEN_DOOR)
        saved, card = await press(fake, TAMAR, "Temporarily closed", replies=2)
        assert saved == "Saved. Status: active → temporarily closed"
        assert "Status: temporarily closed" in card
        await fake.walk(person, "choose-language|ru", "privacy-note|ok", "ask-danger|no")
        closed = "\n".join(await search(fake, person, "kutaisi", "legal"))
        assert name_of(OPEN_DOOR, "ru") not in closed
        await press(fake, TAMAR, "Reopen", replies=2)
        await fake.walk(person, "choose-language|ru", "privacy-note|ok", "ask-danger|no")
        reopened = "\n".join(await search(fake, person, "kutaisi", "legal"))
        assert name_of(OPEN_DOOR, "ru") in reopened


async def test_a_change_made_in_one_process_reaches_another_processs_index(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    async with running(config):
        engine = create_engine(config.database.url)
        try:
            other = await prepare_catalog(engine, config)  # a second bot process's index
            assert other.service(OPEN_DOOR)[1].status == "active"  # type: ignore[index]
            await open_card(fake, OPEN_DOOR)
            await press(fake, TAMAR, "Temporarily closed", replies=2)
            async with SqlUnitOfWork(engine, RING) as uow:
                assert await other.refresh(uow.directory)
            status = other.service(OPEN_DOOR)[1].status  # type: ignore[index]
            assert status == "temporarily closed"
            async with SqlUnitOfWork(engine, RING) as uow:
                assert not await other.refresh(uow.directory)  # nothing new: no reload
        finally:
            await engine.dispose()


async def test_phone_and_hours_are_edited_by_short_prompts_and_bad_input_is_explained(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    async with running(config):
        await open_card(fake, OPEN_DOOR)
        (ask,) = await press(fake, TAMAR, "Phone")
        assert ask.startswith("Send the new phone number") and "+995 000 00 05 01" in ask
        (bad,) = await say(fake, TAMAR, "call Nino")
        assert "is not a phone number" in bad
        saved, card = await say(fake, TAMAR, "+995 431 24 00 00", replies=2)
        assert saved == "Saved. Phone: +995 000 00 05 01 → +995 431 24 00 00"
        assert "Phones: +995 431 24 00 00" in card
        (ask,) = await press(fake, TAMAR, "Hours")
        assert "Mon-Fri 10:00-18:00" in ask
        (bad,) = await say(fake, TAMAR, "mon-fri 18:00-10:00")
        assert "could not be read" in bad and "closes before it opens" in bad
        saved, card = await say(fake, TAMAR, "mon-fri 09:00-17:00; sat 10:00-13:00", replies=2)
        assert saved.endswith("→ Mon-Fri 09:00-17:00; Sat 10:00-13:00")
        assert "Hours: Mon-Fri 09:00-17:00; Sat 10:00-13:00" in card
        (found,) = await say(fake, TAMAR, "lawyer")  # no edit pending: a search again
        assert found.startswith("Found")
    fields = [c.field for c in await service_history(config, OPEN_DOOR)]
    assert fields == ["phones", "hours"]


async def test_languages_are_ticked_in_place_and_saved_with_save(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    async with running(config):
        await open_card(fake, OPEN_DOOR)
        (ask,) = await press(fake, TAMAR, "Languages")
        assert ask.startswith("Which languages")
        shown = fake.buttons_of(fake.last_to(TAMAR.id))
        assert ("✓ Russian", button(fake, fake.last_to(TAMAR.id), "✓ Russian")) in shown
        question = fake.last_to(TAMAR.id)
        edit = await fake.toggle(TAMAR, button(fake, question, "Azerbaijani"), question.result_id)
        assert int(edit.params["message_id"]) == question.result_id
        assert "✓ Azerbaijani" in [text for text, _ in fake.buttons_of(edit)]
        saved, card = await press(fake, TAMAR, "Save", replies=2)
        assert saved == "Saved. Languages: Georgian, Russian → Azerbaijani, Georgian, Russian"
        assert "Languages: Azerbaijani, Georgian, Russian" in card


async def test_the_queue_lists_reports_and_stale_listings_and_reports_can_be_dealt_with(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    engine = create_engine(config.database.url)
    try:
        async with engine.begin() as conn:
            day = datetime(2026, 11, 20, tzinfo=UTC)
            rows = [{"service_id": OPEN_DOOR, "reported_on": day, "status": "new"}] * 2
            await conn.execute(insert(m.disrespect_reports), rows)
        async with running(config) as gza:
            reports, stale, rights = await say(fake, TAMAR, "/queue", replies=3)
            assert reports.startswith("Services with reports of disrespect: 1")
            assert f"{name_of(OPEN_DOOR, 'en')}: 2 (last on 2026-11-20)" in reports
            assert stale.startswith("Not verified for 180 days or more:")
            assert f"{name_of(STALE, 'en')}: verified 2024-05-20" in stale
            assert rights.startswith("Rights topics due for a lawyer's review:")  # drafts
            sent = len(fake.texts_to(TAMAR.id))
            assert await gza.digest.run() == 1  # the weekly digest: due, never sent before
            assert await gza.digest.run() == 0  # and not again within the week
            title, *digest = (await fake.wait_for_texts(TAMAR.id, sent + 4))[sent:]
            assert title == "The weekly directory check."
            assert digest[0].startswith("Services with reports of disrespect: 1")
            assert digest[1].startswith("Not verified for 180 days or more:")
            assert digest[2].startswith("Rights topics due for a lawyer's review:")
            await say(fake, TAMAR, name_of(OPEN_DOOR, "en"))
            (card,) = await press(fake, TAMAR, name_of(OPEN_DOOR, "en"))
            assert "Open reports of disrespect: 2" in card
            (done,) = await press(fake, TAMAR, "Reports dealt with")
            assert done == "The reports are marked as dealt with."
        async with engine.connect() as conn:
            statuses = (await conn.scalars(select(m.disrespect_reports.c.status))).all()
        assert statuses == ["seen", "seen"]
    finally:
        await engine.dispose()


async def test_someone_not_on_the_curator_list_is_refused_and_nothing_changes(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, config = fake_telegram, settings(fake_telegram, settings_for)
    async with running(config):
        (refusal,) = await say(fake, OUTSIDER, "/queue")
        assert refusal == "This is only for the directory's curators."
        (refusal,) = await say(fake, OUTSIDER, "/find legal")
        assert refusal == "This is only for the directory's curators."
        await open_card(fake, OPEN_DOOR)
        forged = button(fake, fake.last_to(TAMAR.id), "Temporarily closed")
        await fake.press(OUTSIDER, forged)
        await fake.wait_for(
            lambda: any(
                c.params.get("text") == "This is only for the directory's curators."
                for c in fake.answered("answerCallbackQuery")
            )
        )
        greeting = await say(fake, OUTSIDER, "/start")  # the person's own flow is untouched
        assert "language" in greeting[0].lower()
    assert await service_history(config, OPEN_DOOR) == []


async def test_an_edit_prompt_left_for_too_long_does_not_swallow_a_later_search(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake = fake_telegram
    now = [datetime.now(UTC)]
    async with running(settings(fake, settings_for), clock=lambda: now[0]):
        await open_card(fake, OPEN_DOOR)
        await press(fake, TAMAR, "Phone")
        now[0] += timedelta(hours=2)
        (found,) = await say(fake, TAMAR, "+995 431 24 00 00")
        assert found.startswith("Nothing found")
