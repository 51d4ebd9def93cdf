"""A deployment that serves a second country: each place belongs to a country, and a person
whose place is in Bulgaria reads Bulgaria's emergency numbers, not Georgia's; the country of a
person's place is one function (the hook the rights library can use to pick topics)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.config import load_settings
from bot.core.events import ButtonPressed, Started
from bot.core.state import ConversationState
from bot.i18n import LOCALES
from bot.services.countries import country_of, country_of_state
from bot.storage.memory import MemoryDatabase
from bot.wiring import country_numbers
from tests.conftest import EXAMPLE_PLACE_TREE, ROOT
from tests.services.test_danger_route import Person, service

SUNDAY_NIGHT = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
NUMBERS = country_numbers(load_settings(ROOT / "config.example.toml"))


async def danger_from(place: str, locale: str) -> list[str]:
    gza = replace(service(with_team=False), numbers=NUMBERS)
    person = Person(MemoryDatabase(), gza, locale, SUNDAY_NIGHT)
    await person.send(Started(place, locale))
    await person.send(ButtonPressed(f"choose-language|{locale}"))
    await person.send(ButtonPressed("privacy-note|ok"))
    return [m.text for m in await person.send(ButtonPressed("ask-danger|yes"))]


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_person_in_sofia_reads_bulgarias_numbers_not_georgias(locale: str) -> None:
    sofia = await danger_from("sofia", locale)
    assert "0700 18 250" in sofia[0] and "112" in sofia[0]
    assert all("116 006" not in text for text in sofia)
    tbilisi = await danger_from("tbilisi", locale)
    assert "116 006" in tbilisi[0] and "0700 18 250" not in tbilisi[0]


def test_the_country_comes_from_the_place_chosen_else_the_link_else_nothing() -> None:
    places = EXAMPLE_PLACE_TREE
    assert country_of({"city": "plovdiv"}, places) == "BG"
    assert country_of({"city": "zugdidi"}, places, entry="sofia") == "GE"
    assert country_of({}, places, entry="Sofia") == "BG"
    assert country_of({"city": "atlantis"}, places) is None
    state = ConversationState(answers={"city": "samegrelo-zemo-svaneti"})
    assert country_of_state(state, places) == "GE"
