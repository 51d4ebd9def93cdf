"""Places are data, end to end: a town a curator imports is in the next person's question in
every language (its names from places.yaml; a name missing in a language falls back as
directory texts do), a displaced woman in Zugdidi finds the example services, and a search
from a village widens to its municipality and then its region."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

import pytest

from bot.core.events import ButtonPressed, Started
from bot.core.texts import Text
from bot.i18n import LOCALES, Localizer
from bot.privacy.pseudonyms import Pseudonyms
from bot.services.catalog import Catalog
from bot.services.conversations import ConversationService
from bot.services.screening import Screening
from bot.storage.memory import MemoryDatabase
from referral_directory.formats import read_directory
from referral_directory.matching import DirectoryIndex, Query, search
from referral_directory.model import Directory
from referral_directory.places import Place, Places, Point
from tests.conftest import EXAMPLE_DIRECTORY, ROOT
from tests.services.test_danger_route import (
    CONTEXT,
    DIALOGS,
    DIRECTORY,
    LOCALIZER,
    MAILBOX,
    Person,
)

MONDAY_NOON = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
POTI = {
    "ka": "ფოთი",
    "ru": "Поти",
    "en": "Poti",
    "az": "Poti",
    "hy": "Փոթի",
    "uk": "Поті",
    "bg": "Поти",
}
ANAKLIA = {"ka": "ანაკლია", "en": "Anaklia"}
"""A village named only in Georgian and English: the other languages read a fallback."""
PLACES_ADDED = """
  poti:
    kind: municipality
    parent: samegrelo-zemo-svaneti
    name: {ka: ფოთი, ru: Поти, en: Poti, az: Poti, hy: Փոթի, uk: Поті, bg: Поти}
    latitude: 42.1462
    longitude: 41.6719
  anaklia:
    kind: village
    parent: zugdidi
    name: {ka: ანაკლია, en: Anaklia}
    latitude: 42.3906
    longitude: 41.5636
"""


@dataclass
class Deployment:
    """A conversation service whose place names come from its catalog, as when running."""

    db: MemoryDatabase
    gza: ConversationService


def deployment() -> Deployment:
    db = MemoryDatabase()
    db.data.directory = DIRECTORY
    catalog = Catalog(DIRECTORY)
    localizer = Localizer(ROOT / "locales", names=catalog.names)
    gza = ConversationService(
        DIALOGS.flow,
        CONTEXT,
        localizer,
        Pseudonyms(b"p" * 32),
        "en",
        MAILBOX,
        screening=Screening(catalog, localizer),
    )
    return Deployment(db, gza)


def imported(tmp_path: Path) -> Directory:
    """The example directory as a curator's folder with two places added, read as the import
    reads it."""
    folder = tmp_path / "directory"
    shutil.copytree(EXAMPLE_DIRECTORY, folder)
    places = folder / "places.yaml"
    places.write_text(places.read_text("utf-8") + PLACES_ADDED, "utf-8")
    return read_directory(folder, Places({}), "yaml").directory


async def region_buttons(deployed: Deployment, locale: str) -> dict[str, str]:
    """The buttons (payload -> label) a new person sees inside Samegrelo, in ``locale``."""
    person = Person(deployed.db, deployed.gza, locale, MONDAY_NOON)
    await person.send(Started(None, locale))
    for press in (f"choose-language|{locale}", "privacy-note|ok", "ask-danger|no", "menu|find"):
        await person.send(ButtonPressed(press))
    (inside,) = await person.send(ButtonPressed("ask-city|samegrelo-zemo-svaneti"))
    return {payload: label for row in inside.buttons for label, payload in row}


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_town_added_by_import_is_in_the_question_in_every_language(
    tmp_path: Path, locale: str
) -> None:
    deployed = deployment()
    before = await region_buttons(deployed, locale)
    assert "ask-city>samegrelo-zemo-svaneti|poti" not in before
    async with deployed.db.uow() as uow:
        await uow.directory.replace(imported(tmp_path), "importer", MONDAY_NOON)
        await uow.commit()
    after = await region_buttons(deployed, locale)
    assert after["ask-city>samegrelo-zemo-svaneti|poti"] == POTI[locale]


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_village_named_in_only_some_languages_reads_a_sensible_fallback(
    tmp_path: Path, locale: str
) -> None:
    deployed = deployment()
    async with deployed.db.uow() as uow:
        await uow.directory.replace(imported(tmp_path), "importer", MONDAY_NOON)
        await uow.commit()
    person = Person(deployed.db, deployed.gza, locale, MONDAY_NOON)
    await person.send(Started(None, locale))
    for press in (f"choose-language|{locale}", "privacy-note|ok", "ask-danger|no", "menu|find"):
        await person.send(ButtonPressed(press))
    await person.send(ButtonPressed("ask-city|samegrelo-zemo-svaneti"))
    (inside,) = await person.send(ButtonPressed("ask-city>samegrelo-zemo-svaneti|zugdidi"))
    labels = {payload: label for row in inside.buttons for label, payload in row}
    expected = ANAKLIA["ka"] if locale == "ka" else ANAKLIA["en"]
    assert labels["ask-city>zugdidi|anaklia"] == expected


async def test_a_displaced_woman_in_zugdidi_is_shown_the_example_services_for_her() -> None:
    deployed = deployment()
    person = Person(deployed.db, deployed.gza, "ka", MONDAY_NOON)
    await person.send(Started("zugdidi", "ka"))
    presses = [
        "choose-language|ka",
        "privacy-note|ok",
        "ask-danger|no",
        "menu|find",
        "ask-city|samegrelo-zemo-svaneti",
        "ask-city>samegrelo-zemo-svaneti|zugdidi",
        "ask-needs|~done",
        "results|refine",
        "ask-about|displaced",
        "ask-about|~done",
        "ask-language|chat",
    ]
    for press in presses:
        await person.send(ButtonPressed(press))
    cards = "\n".join(m.text for m in await person.send(ButtonPressed("ask-prefs|~done")))
    friendly = LOCALIZER.render("ka", Text("reason-friendly-to", {"group": "displaced"}))
    first = cards.split("\n\n")[1]
    assert "ქალთა ასოციაცია „ხიდი“" in first and friendly in first  # example-samegrelo-bridge
    assert "ზუგდიდი" in first


def with_village(directory: Directory) -> Directory:
    village = Place(
        "anaklia",
        MappingProxyType(ANAKLIA),
        Point(42.3906, 41.5636),
        "Asia/Tbilisi",
        "GE",
        "village",
        "zugdidi",
    )
    places = Places(MappingProxyType({**directory.places.by_id, "anaklia": village}))
    return replace(directory, places=places)


def test_a_search_from_a_village_widens_to_its_municipality_then_its_region() -> None:
    index = DirectoryIndex(with_village(DIRECTORY))
    work = search(Query(needs=frozenset({"work_housing"}), city="anaklia"), index, MONDAY_NOON)
    assert work.widened.area == "zugdidi"
    assert "bridge-work-money" in [m.service.id for m in work.matches]
    elsewhere = moved(with_village(DIRECTORY), "bridge-work-money", "bridge-tsalenjikha")
    housing = Query(needs=frozenset({"work_housing"}), city="anaklia")
    found = search(housing, DirectoryIndex(elsewhere), MONDAY_NOON)
    assert found.widened.area == "samegrelo-zemo-svaneti"
    assert "bridge-work-money" in [m.service.id for m in found.matches]


def moved(directory: Directory, service_id: str, location_id: str) -> Directory:
    """``directory`` with one service at one other location of its organisation."""
    orgs = tuple(
        replace(
            org,
            services=tuple(
                replace(s, location_ids=(location_id,)) if s.id == service_id else s
                for s in org.services
            ),
        )
        for org in directory.organizations
    )
    return replace(directory, organizations=orgs)
