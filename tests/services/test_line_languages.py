"""The languages a line speaks, where the directory knows them: 116 006 speaks eight languages
but not Ukrainian or Bulgarian, and a person learns that before dialling, on the emergency
numbers and on the cards. Every message that gives emergency numbers gives the person's
country's: a person in Sofia never reads 116 006, not even when no one can talk to them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.config import load_settings
from bot.core.events import ButtonPressed, Started, TextReceived
from bot.core.texts import Text
from bot.i18n import LOCALES
from bot.services.cards import CardWriter
from bot.services.line_languages import digits, names_of, spoken_lines, with_languages
from bot.storage.memory import MemoryDatabase
from bot.wiring import conversation_context, country_numbers
from referral_directory.matching import DirectoryIndex, Query, match
from tests.conftest import ROOT
from tests.services.test_danger_route import DIRECTORY, LOCALIZER, Person, service

SETTINGS = load_settings(ROOT / "config.example.toml")
CONTEXT = conversation_context(SETTINGS)
NUMBERS = country_numbers(SETTINGS)
SUNDAY_NIGHT = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
"""22:00 in Tbilisi on a Sunday: the team is away."""
NOT_IN = {
    "uk": "не українською",
    "bg": "не на български",
}
HOTLINE_LANGUAGES = {
    "uk": "грузинська, російська, англійська, азербайджанська, вірменська, турецька, арабська, "
    "перська",
}


def gza(with_team: bool) -> Person:
    conversation = replace(service(with_team), context=CONTEXT, numbers=NUMBERS)
    if conversation.handoff is not None:
        handoff = replace(conversation.handoff, context=CONTEXT)
        conversation = replace(conversation, handoff=handoff)
    return Person(MemoryDatabase(), conversation, "en", SUNDAY_NIGHT)


async def begin(person: Person, place: str, locale: str, danger: str) -> list[str]:
    person.locale = locale
    await person.send(Started(place, locale))
    await person.send(ButtonPressed(f"choose-language|{locale}"))
    await person.send(ButtonPressed("privacy-note|ok"))
    return [m.text for m in await person.send(ButtonPressed(f"ask-danger|{danger}"))]


def name(locale: str) -> Callable[[str], str]:
    return lambda code: LOCALIZER.render(locale, Text("common-language", {"code": code}))


async def test_a_person_writing_ukrainian_in_tbilisi_reads_that_116_006_speaks_no_ukrainian() -> (
    None
):
    numbers = (await begin(gza(False), "tbilisi", "uk", "yes"))[0]
    line = next(row for row in numbers.splitlines() if row.startswith("116 006"))
    assert HOTLINE_LANGUAGES["uk"] in line and line.endswith(f"; {NOT_IN['uk']})")


@pytest.mark.parametrize("locale", ["ka", "ru", "en", "az", "hy"])
async def test_a_person_whose_language_116_006_speaks_reads_its_languages_without_a_warning(
    locale: str,
) -> None:
    numbers = (await begin(gza(False), "tbilisi", locale, "yes"))[0]
    hotline = LOCALIZER.render(locale, Text("emergency-kind-violence-hotline"))
    spoken = names_of(DIRECTORY_SPOKEN[("GE", "116006")], name(locale))
    languages = LOCALIZER.render(
        locale,
        Text(
            "emergency-number-line-languages",
            {"number": "116 006", "label": hotline, "languages": spoken},
        ),
    )
    assert languages in numbers.splitlines()


DIRECTORY_SPOKEN = spoken_lines(DIRECTORY)


def test_the_directory_knows_116_006_speaks_eight_languages_and_112_by_country() -> None:
    assert DIRECTORY_SPOKEN[("GE", "116006")] == {"ka", "en", "ru", "tr", "az", "hy", "ar", "fa"}
    assert ("BG", "116006") not in DIRECTORY_SPOKEN
    assert DIRECTORY_SPOKEN[("GE", "112")] != DIRECTORY_SPOKEN.get(("BG", "112"))


def test_a_line_the_directory_does_not_know_is_left_as_it_was() -> None:
    line = Text("emergency-number-line", {"number": "0700 18 250", "label": "x"})
    assert with_languages((line,), lambda d: None, "uk", name("uk")) == (line,)
    assert digits("(116) 006") == digits("116-006") == "116006"


@pytest.mark.parametrize("locale", ["uk", "bg"])
async def test_a_person_in_sofia_never_reads_116_006_even_when_no_one_can_talk(
    locale: str,
) -> None:
    for with_team in (False, True):
        person = gza(with_team)
        said = await begin(person, "sofia", locale, "no")
        said += [m.text for m in await person.send(ButtonPressed("menu|talk"))]
        said += [m.text for m in await person.send(TextReceived("help"))]
        assert all("116 006" not in text for text in said)
        talk = next(t for t in said if "0700 18 250" in t)
        assert "112" in talk


async def test_a_person_in_tbilisi_is_still_given_116_006_when_no_one_can_talk() -> None:
    person = gza(False)
    await begin(person, "tbilisi", "uk", "no")
    talk = [m.text for m in await person.send(ButtonPressed("menu|talk"))]
    assert any("116 006" in t and NOT_IN["uk"] in t for t in talk)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_card_says_which_languages_the_line_speaks_and_when_not_the_readers(
    locale: str,
) -> None:
    writer = CardWriter(LOCALIZER)
    index = DirectoryIndex(DIRECTORY)
    found = match(Query(needs=frozenset({"violence_support"})), index, SUNDAY_NIGHT, limit=50)
    hotline = next(m for m in found if m.service.id == "public-georgia-hotline-116006")
    card = writer.card(locale, 1, hotline, date(2026, 12, 6))
    spoken = names_of(hotline.service.languages, name(locale))
    kind = "card-languages" if locale in hotline.service.languages else "card-languages-not-yours"
    assert LOCALIZER.render(locale, Text(kind, {"languages": spoken})) in card.splitlines()
    warning = LOCALIZER.render(locale, Text("card-languages-not-yours", {"languages": spoken}))
    assert (warning in card) == (locale in ("uk", "bg"))
