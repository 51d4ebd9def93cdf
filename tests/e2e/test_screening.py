"""Screening and referral end to end, through the real aiogram stack against the fake Bot API:
a person answers a few questions with buttons and gets the services that fit, with the reasons
why; a check-in they agreed to comes once, and only with consent."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.config import I18nSettings, Settings, WebSettings
from bot.core.texts import Text
from bot.directory_admin import import_directory
from bot.i18n import Localizer
from bot.services.catalog import place_names
from bot.storage import models as m
from bot.storage.database import create_engine
from referral_directory.files import load_directory
from referral_directory.model import Feedback, pick
from tests.conftest import EXAMPLE_DIRECTORY, ROOT, city_path, running, telegram_settings
from tests.fake_telegram import FakeTelegram, FakeUser

DIRECTORY = load_directory(EXAMPLE_DIRECTORY)
LOCALES = Localizer(ROOT / "locales", names=place_names(DIRECTORY.places))
MONDAY_NOON = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 12:00 in Tbilisi


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def name_of(service_id: str, locale: str) -> str:
    found = DIRECTORY.service(service_id)
    assert found is not None, service_id
    return pick(found[1].name, locale)


def org_of(service_id: str, locale: str) -> str:
    found = DIRECTORY.service(service_id)
    assert found is not None, service_id
    return pick(found[0].name, locale)


def say(locale: str, text_id: str, **args: str | int | Text) -> str:
    return LOCALES.render(locale, Text(text_id, args))


def settings(fake: FakeTelegram, settings_for: Callable[..., Settings]) -> Settings:
    return settings_for(
        telegram=telegram_settings(fake),
        web=WebSettings(enabled=False),
        i18n=I18nSettings(default_locale="ka"),
    )


async def to_menu(fake: FakeTelegram, user: FakeUser, locale: str) -> None:
    await fake.walk(user, f"choose-language|{locale}", "privacy-note|ok", "ask-danger|no")


async def search(fake: FakeTelegram, user: FakeUser, city: str, *needs: str) -> list[str]:
    """From the menu: find services, a city, needs switched on, Done; returns what was said."""
    before = len(fake.texts_to(user.id))
    await fake.press(user, "menu|find")
    await fake.wait_for_texts(user.id, before + 1)
    path = city_path(city)
    for count, press in enumerate(path, start=before + 2):
        await fake.press(user, press)
        await fake.wait_for_texts(user.id, count)
    asked = before + 1 + len(path)
    work = [n for n in needs if n.startswith("work_")]  # asked one step on, under one button
    for need in needs:
        if need not in work:
            await fake.toggle(user, f"ask-needs|{need}")
    step = "ask-needs"
    if work:
        await fake.press(user, "ask-needs|work_money")
        asked += 1
        await fake.wait_for_texts(user.id, asked)
        for need in work:
            await fake.toggle(user, f"ask-work|{need}")
        step = "ask-work"
    await fake.press(user, f"{step}|~done")
    return (await fake.wait_for_texts(user.id, asked + 2))[asked:]


async def test_russian_speaker_in_kutaisi_gets_legal_help_in_three_taps_with_reasons(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100001, language_code="ru")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)):
        await to_menu(fake, user, "ru")
        await fake.press(user, "menu|find")
        await fake.wait_for_texts(user.id, 5)
        assert say("ru", "place-imereti") == "Имеретия"  # names from the directory
        assert say("ru", "place-imereti") in [
            label for label, _ in fake.buttons_of(fake.last_to(user.id))
        ]

        # Four taps: the region, the city, the need, Done.
        await fake.press(user, "ask-city|imereti")
        await fake.wait_for_texts(user.id, 6)
        assert say("ru", "place-kutaisi") in [
            label for label, _ in fake.buttons_of(fake.last_to(user.id))
        ]
        await fake.press(user, "ask-city>imereti|kutaisi")
        await fake.wait_for_texts(user.id, 7)
        redrawn = await fake.toggle(user, "ask-needs|legal")
        labels = [label for label, _ in fake.buttons_of(redrawn)]
        assert "✓ " + say("ru", "need-legal") in labels  # the question redrawn in place
        await fake.press(user, "ask-needs|~done")
        cards, footer = (await fake.wait_for_texts(user.id, 9))[7:9]

        first, second = (
            name_of("open-door-legal-advice", "ru"),
            name_of("imereti-advocates-court", "ru"),
        )
        assert cards.index(first) < cards.index(second)  # free and anonymous ranks first
        assert cards.startswith(say("ru", "results-found", count=3))
        why = say("ru", "reason-need", need="legal")
        speaks = say("ru", "reason-language", language="ru")
        in_kutaisi = say("ru", "reason-city", city=Text("place-kutaisi"))
        for card in cards.split("\n\n")[1:3]:
            assert why in card and speaks in card and in_kutaisi in card
            assert "openstreetmap.org" in card and "+995 000" in card
        assert say("ru", "reason-free") in cards.split("\n\n")[1]
        assert footer == say("ru", "results-next")
        assert ("results|more") in [p for _, p in fake.buttons_of(fake.last_to(user.id))]


async def test_georgian_speaker_in_tbilisi_sees_more_results_and_refines_them(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100002, language_code="ka")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)) as gza:
        await to_menu(fake, user, "ka")
        cards, _ = await search(fake, user, "tbilisi", "harm_reduction", "testing")
        assert cards.startswith(say("ka", "results-found", count=3))
        assert name_of("safe-steps-harm-reduction", "ka") in cards
        assert say("ka", "card-example") in cards  # invented listings say so

        await fake.press(user, "results|more")
        more = (await fake.wait_for_texts(user.id, 10))[8]
        assert more.startswith("4. ") or more == say("ka", "results-no-more")

        await fake.press(user, "more-results|refine")
        await fake.wait_for_texts(user.id, 11)
        await fake.toggle(user, "ask-about|sex_workers")
        await fake.press(user, "ask-about|~done")
        await fake.wait_for_texts(user.id, 12)
        await fake.press(user, "ask-language|chat")
        await fake.wait_for_texts(user.id, 13)
        await fake.toggle(user, "ask-prefs|free")
        await fake.press(user, "ask-prefs|~done")
        refined = (await fake.wait_for_texts(user.id, 15))[13]
        assert say("ka", "reason-friendly-to", group="sex_workers") in refined
        assert refined.count(say("ka", "reason-free")) == refined.count("\n\n")  # every card free

    engine = create_engine(gza.settings.database.url)
    async with engine.connect() as conn:
        stored = [r.answers for r in await conn.execute(select(m.screenings.c.answers))]
    await engine.dispose()
    assert len(stored) == 2  # one per search, categorical only
    assert (
        '"needs": "testing,harm_reduction"' in stored[0]
        or '"needs": "harm_reduction,testing"' in stored[0]
    )
    assert '"groups": "sex_workers"' in stored[1] and '"prefs": "free"' in stored[1]


async def test_nothing_in_the_town_widens_to_its_municipality_and_region_first(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100003, language_code="ru")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)):
        await to_menu(fake, user, "ru")
        cards, _ = await search(fake, user, "rustavi", "work_money")  # none in Rustavi itself
        region = Text("place-kvemo-kartli")
        assert cards.startswith(say("ru", "results-widened-area", place=region))
        assert say("ru", "reason-city", city=Text("place-marneuli")) in cards


async def test_nothing_in_the_region_widens_to_nearby_places_then_offers_a_person(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100013, language_code="ru")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)):
        await to_menu(fake, user, "ru")
        cards, _ = await search(fake, user, "mtskheta", "harm_reduction")  # none in the region
        assert cards.startswith(say("ru", "results-widened-nearby"))
        assert say("ru", "reason-city", city=Text("place-tbilisi")) in cards

        await fake.press(user, "results|menu")
        await fake.wait_for_texts(user.id, len(fake.texts_to(user.id)) + 1)
        cards, footer = await search(fake, user, "batumi", "shelter")  # none near Batumi either
        assert cards == say("ru", "results-none")
        assert "results|talk" in [p for _, p in fake.buttons_of(fake.last_to(user.id))]
        assert footer == say("ru", "results-next")


async def test_skipping_every_question_still_gives_results(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100004, language_code="en")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)):
        await to_menu(fake, user, "en")
        cards, _ = await search(fake, user, "skip")
        assert cards.startswith(say("en", "results-found", count=3))
        assert cards.count("\n\n") == 3
        await fake.press(user, "results|refine")
        await fake.wait_for_texts(user.id, 9)
        await fake.press(user, "ask-about|no_say")
        await fake.wait_for_texts(user.id, 10)
        await fake.press(user, "ask-language|any")
        await fake.wait_for_texts(user.id, 11)
        await fake.press(user, "ask-prefs|~done")
        again = (await fake.wait_for_texts(user.id, 13))[11]
        assert again.startswith(say("en", "results-found", count=3))


async def test_a_shared_location_finds_the_city_and_the_distance(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100005, language_code="en")
    async with running(settings(fake, settings_for), clock=Clock(MONDAY_NOON)) as gza:
        await to_menu(fake, user, "en")
        await fake.press(user, "menu|find")
        await fake.wait_for_texts(user.id, 5)
        await fake.send_location(user, 42.2712, 42.7003)  # a street in Kutaisi
        texts = await fake.wait_for_texts(user.id, 6)
        assert texts[5] == say("en", "screen-ask-needs")
        await fake.toggle(user, "ask-needs|legal")
        await fake.press(user, "ask-needs|~done")
        cards = (await fake.wait_for_texts(user.id, 8))[6]
        assert name_of("open-door-legal-advice", "en") in cards
        assert " km" in cards
    engine = create_engine(gza.settings.database.url)
    async with engine.connect() as conn:
        scratch = await conn.scalar(select(m.conversations.c.scratch))
    await engine.dispose()
    assert "42.27" in scratch and "42.2712" not in scratch  # kept coarse only


async def consent_after_search(fake: FakeTelegram, user: FakeUser, agree: bool) -> None:
    await to_menu(fake, user, "en")
    await search(fake, user, "kutaisi", "legal")
    await fake.press(user, "results|later")
    await fake.wait_for_texts(user.id, 10)
    await fake.press(user, f"follow-up-consent|{'yes' if agree else 'no'}")
    await fake.wait_for_texts(user.id, 11)


async def test_a_check_in_comes_once_when_due_survives_a_restart_and_never_without_consent(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake = fake_telegram
    agreed, declined = FakeUser(7100006, language_code="en"), FakeUser(7100007, language_code="en")
    clock = Clock(MONDAY_NOON)
    config = settings(fake, settings_for)
    async with running(config, clock=clock) as gza:
        await consent_after_search(fake, agreed, agree=True)
        await consent_after_search(fake, declined, agree=False)
        clock.now += timedelta(days=2)
        assert await gza.follow_up.run() == 0  # not due yet
    clock.now += timedelta(days=1, minutes=1)
    async with running(config, clock=clock) as gza:  # a restart in between
        assert await gza.follow_up.run() == 1
        assert await gza.follow_up.run() == 0  # never twice
        hello = await fake.wait_for_texts(agreed.id, 12)
        assert hello[11] == say("en", "followup-hello")
        assert len(fake.texts_to(declined.id)) == 11  # nothing for the person who said no

        await fake.press(agreed, "check-in|yes")
        which = (await fake.wait_for_texts(agreed.id, 13))[12]
        listed = [line.split(". ", 1)[1] for line in which.splitlines()[1:]]
        legal = (
            "open-door-legal-advice",
            "imereti-advocates-court",
            "public-georgia-hotline-116006",
        )
        assert sorted(listed) == sorted(f"{name_of(s, 'en')} — {org_of(s, 'en')}" for s in legal)
        first = next(s for s in legal if listed[0].startswith(name_of(s, "en")))
        await fake.press(agreed, "check-in-which|1")
        await fake.wait_for_texts(agreed.id, 14)
        await fake.press(agreed, "check-in-respect|no")
        sorry = (await fake.wait_for_texts(agreed.id, 15))[14]
        assert sorry == say("en", "followup-sorry")
        await fake.press(agreed, "check-in-respect|no")  # a second press counts nothing
        await fake.wait_for_texts(agreed.id, 16)
        await gza.follow_up.run()  # the next sweep hands the new counts to the ranking
        assert gza.follow_up.catalog.index.feedback[first] == Feedback(0, 1)

    engine = create_engine(config.database.url)
    async with engine.connect() as conn:
        feedback = (await conn.execute(select(m.service_feedback))).all()
        reports = await conn.scalar(select(func.count()).select_from(m.disrespect_reports))
        left = await conn.scalar(select(func.count()).select_from(m.follow_ups))
    await engine.dispose()
    assert [(f.service_id, f.respected, f.disrespected) for f in feedback] == [(first, 0, 1)]
    assert reports == 1 and left == 0


async def test_exit_cancels_the_check_in(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100008, language_code="en")
    clock = Clock(MONDAY_NOON)
    async with running(settings(fake, settings_for), clock=clock) as gza:
        await consent_after_search(fake, user, agree=True)
        await fake.send_text(user, "/exit")
        await fake.wait_for_texts(user.id, 12)
        clock.now += timedelta(days=4)
        assert await gza.follow_up.run() == 0


async def test_the_scheduler_triggers_the_check_in_sweep_on_its_own(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, user = fake_telegram, FakeUser(7100009, language_code="en")
    clock = Clock(MONDAY_NOON)
    config = settings(fake, settings_for)
    config.directory.follow_up_sweep_minutes = 0.01  # every 0.6 seconds
    async with running(config, clock=clock) as gza:
        assert gza.scheduler is not None
        assert {job.id for job in gza.scheduler.get_jobs()} == {
            "retention",
            "follow-up",
            "curator-digest",
        }
        await consent_after_search(fake, user, agree=True)
        clock.now += timedelta(days=3, minutes=1)
        hello = await fake.wait_for_texts(user.id, 12)  # nobody calls the sweep by hand
        assert hello[11] == say("en", "followup-hello")
        await asyncio.sleep(1.5)  # more runs of the sweep ...
        assert len(fake.texts_to(user.id)) == 12  # ... send nothing twice


POTI = """
  poti:
    kind: municipality
    parent: samegrelo-zemo-svaneti
    name: {ka: ფოთი, ru: Поти, en: Poti, az: Poti, hy: Փոթի, uk: Поті, bg: Поти}
    latitude: 42.1462
    longitude: 41.6719
"""


async def test_a_place_added_by_an_import_is_in_the_question_at_the_next_search(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    fake, user = fake_telegram, FakeUser(7100014, language_code="uk")
    config = settings(fake, settings_for)
    folder = tmp_path / "directory"
    shutil.copytree(EXAMPLE_DIRECTORY, folder)
    with (folder / "places.yaml").open("a", encoding="utf-8") as places:
        places.write(POTI)
    async with running(config, clock=Clock(MONDAY_NOON)):
        await to_menu(fake, user, "uk")
        await import_directory(config, folder, "yaml", dry_run=False)  # `gza directory import`
        await fake.press(user, "menu|find")
        await fake.wait_for_texts(user.id, 5)
        await fake.press(user, "ask-city|samegrelo-zemo-svaneti")
        await fake.wait_for_texts(user.id, 6)
        buttons = fake.buttons_of(fake.last_to(user.id))
        assert ("Поті", "ask-city>samegrelo-zemo-svaneti|poti") in buttons
        await fake.press(user, "ask-city>samegrelo-zemo-svaneti|poti")
        assert (await fake.wait_for_texts(user.id, 7))[6] == say("uk", "screen-ask-needs")
