"""What differs by country beside the numbers: the clock (opening hours and "open now" are on
the place's country's time, a national line's too) and the languages the language question
offers first (Bulgaria: bg, uk, ru, en; Georgia: ka, ru, en, az, hy), both data."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.core.engine import language_order
from bot.core.events import Started
from bot.i18n import LOCALES
from bot.storage.memory import MemoryDatabase
from bot.wiring import conversation_context, language_orders
from referral_directory.files import DirectoryError, load_directory
from referral_directory.hours import parse_hours
from referral_directory.matching import DirectoryIndex, Query, match
from referral_directory.model import Directory, Location, Organization, Phone, Service
from tests.conftest import EXAMPLE_PLACE_TREE, ROOT
from tests.services.test_danger_route import DIALOGS, Person, service

SETTINGS = load_settings(ROOT / "config.example.toml")
MONDAY_EARLY = datetime(2026, 12, 7, 6, 30, tzinfo=UTC)
"""10:30 in Tbilisi, 08:30 in Sofia."""
MONDAY_LATE = datetime(2026, 12, 7, 14, 30, tzinfo=UTC)
"""18:30 in Tbilisi, 16:30 in Sofia."""


def test_a_bulgarian_place_without_a_timezone_of_its_own_keeps_its_countrys_clock() -> None:
    assert EXAMPLE_PLACE_TREE.by_id["sofia"].timezone == "Europe/Sofia"
    assert EXAMPLE_PLACE_TREE.by_id["plovdiv"].timezone == "Europe/Sofia"
    assert EXAMPLE_PLACE_TREE.by_id["zugdidi"].timezone == "Asia/Tbilisi"


def national_line(hours: dict[str, str]) -> Directory:
    """A Bulgarian organisation in Sofia with a line reached from anywhere."""
    line = Service(
        "bg-line",
        "bg-org",
        {"en": "Line"},
        {"en": "A line"},
        frozenset({"violence_support"}),
        date(2026, 12, 1),
        languages=frozenset({"bg"}),
        phones=(Phone("02 000 00 00"),),
        hours=parse_hours(hours),
    )
    office = Location("bg-office", "sofia")
    org = Organization("bg-org", {"en": "Org"}, {"en": "Org"}, (line,), (office,))
    return Directory((org,), EXAMPLE_PLACE_TREE)


@pytest.mark.parametrize(("now", "open_now"), [(MONDAY_EARLY, False), (MONDAY_LATE, True)])
def test_a_national_line_in_bulgaria_is_open_on_sofias_clock_not_tbilisis(
    now: datetime, open_now: bool
) -> None:
    index = DirectoryIndex(national_line({"mon-fri": "09:00-17:00"}))
    (found,) = match(Query(needs=frozenset({"violence_support"}), city="sofia"), index, now)
    assert found.open_now is open_now


def test_a_countrys_unknown_clock_is_reported(tmp_path: Path) -> None:
    places = (ROOT / "referral_directory" / "example" / "places.yaml").read_text("utf-8")
    (tmp_path / "organizations").mkdir()
    broken = places.replace("BG: {timezone: Europe/Sofia}", "BG: {timezone: Europe/Sofa}")
    (tmp_path / "places.yaml").write_text(broken, "utf-8")
    with pytest.raises(DirectoryError, match="Europe/Sofa"):
        load_directory(tmp_path)


def test_the_persons_language_comes_first_then_the_countrys_then_the_rest() -> None:
    assert language_order(LOCALES, None, "bg,uk,ru,en") == [
        "bg", "uk", "ru", "en", "ka", "az", "hy",
    ]  # fmt: skip
    assert language_order(LOCALES, "az", "bg,uk,ru,en")[:3] == ["az", "bg", "uk"]
    assert language_order(LOCALES, None, None) == list(LOCALES)


async def offered(entry: str | None) -> list[str]:
    """The languages the first question offers, in order, to a person with no language yet."""
    gza = replace(
        service(False),
        context=conversation_context(SETTINGS),
        language_orders=language_orders(SETTINGS),
    )
    person = Person(MemoryDatabase(), gza, "xx", MONDAY_EARLY)
    (question,) = await person.send(Started(entry, None))
    payloads = [payload for row in question.buttons for _, payload in row]
    return [p.split("|")[1] for p in payloads if p.startswith("choose-language|")]


async def test_a_person_who_comes_by_a_sofia_link_is_offered_bulgarian_and_ukrainian_first() -> (
    None
):
    assert (await offered("sofia"))[:4] == ["bg", "uk", "ru", "en"]


@pytest.mark.parametrize("entry", ["zugdidi", None])
async def test_a_person_in_georgia_or_from_nowhere_is_offered_georgias_languages_first(
    entry: str | None,
) -> None:
    assert (await offered(entry))[:5] == ["ka", "ru", "en", "az", "hy"]


def test_a_service_speaking_ukrainian_or_bulgarian_can_be_asked_for() -> None:
    step = DIALOGS.flow.steps["ask-language"]
    stored = {c.id: c.store.get("service_language") for c in step.choices}
    assert stored["uk"] == "uk" and stored["bg"] == "bg"
