"""The place question is built from the directory's places: regions first, each opening its
municipalities and towns with "anywhere in", paged, and Back, a shared location and stale
buttons working on every level."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from bot.core.engine import BACK
from bot.core.events import LocationShared, Started
from bot.core.flow import Flow
from bot.core.places import MORE, PAGE, PlaceOption, with_places
from bot.core.replies import Say
from bot.dialogs import Dialogs, load_dialogs
from bot.i18n import LOCALES
from bot.services.catalog import place_options
from referral_directory.places import Place, Places, Point
from tests.conftest import EXAMPLE_PLACE_TREE
from tests.unit.conftest import DIALOGS, LOCALES_DIR
from tests.unit.test_engine import Chat, said


@pytest.fixture(scope="module")
def static() -> Flow:
    """The flow as written, before the directory's places are put in."""
    return load_dialogs(DIALOGS, LOCALES_DIR, LOCALES, EXAMPLE_PLACE_TREE).flow


def at_city_question(flow: Flow) -> Chat:
    chat = Chat(flow)
    chat.send(Started(locale_hint="en"))
    for press in ("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|find"):
        chat.press(press)
    assert chat.state.step == "ask-city"
    return chat


def payloads(reply: object) -> list[str]:
    assert isinstance(reply, Say)
    return [b.payload for row in reply.buttons for b in row]


def test_the_question_starts_with_the_regions_and_a_region_opens_its_towns(
    dialogs: Dialogs,
) -> None:
    chat = at_city_question(dialogs.flow)
    (top,) = chat.press(BACK) and chat.press("menu|find")
    assert payloads(top)[:3] == ["ask-city|tbilisi", "ask-city|imereti", "ask-city|adjara"]
    assert "ask-city|kutaisi" not in payloads(top) and "ask-city|skip" in payloads(top)
    (inside,) = chat.press("ask-city|shida-kartli")
    assert payloads(inside)[:3] == [
        "ask-city>shida-kartli|shida-kartli",  # anywhere in Shida Kartli
        "ask-city>shida-kartli|gori",
        "ask-city>shida-kartli|kaspi",
    ]
    assert isinstance(inside, Say) and inside.buttons[0][0].label.id == "places-whole"
    assert "city" not in chat.state.answers  # opening a region answers nothing yet


def test_a_town_or_a_whole_region_is_the_answer_and_back_returns_level_by_level(
    dialogs: Dialogs,
) -> None:
    chat = at_city_question(dialogs.flow)
    chat.press("ask-city|samegrelo-zemo-svaneti")
    assert said(chat.press("ask-city>samegrelo-zemo-svaneti|zugdidi")) == ["screen-ask-needs"]
    assert chat.state.answers["city"] == "zugdidi"
    chat.press(BACK)
    assert chat.state.step == "ask-city>samegrelo-zemo-svaneti"
    chat.press("ask-city>samegrelo-zemo-svaneti|samegrelo-zemo-svaneti")
    assert chat.state.answers["city"] == "samegrelo-zemo-svaneti"
    chat.press(BACK)
    chat.press(BACK)
    assert chat.state.step == "ask-city"


def test_a_location_shared_inside_a_region_answers_the_question(dialogs: Dialogs) -> None:
    chat = at_city_question(dialogs.flow)
    chat.press("ask-city|imereti")
    assert said(chat.send(LocationShared("kutaisi", (42.27, 42.69)))) == ["screen-ask-needs"]
    assert chat.state.answers["city"] == "kutaisi"


def test_a_button_of_another_level_is_stale(dialogs: Dialogs) -> None:
    chat = at_city_question(dialogs.flow)
    chat.press("ask-city|imereti")
    replies = chat.press("ask-city|tbilisi")
    assert said(replies)[0] == "error-stale-button" and "city" not in chat.state.answers


def test_many_places_are_paged_within_the_limits_and_every_place_is_reachable(
    static: Flow,
) -> None:
    towns = [PlaceOption(f"town-{n:02}", "big-region") for n in range(3 * PAGE)]
    flow = with_places(static, [PlaceOption("big-region"), *towns])
    chat = at_city_question(flow)
    (page,) = chat.press("ask-city|big-region")
    seen: list[str] = []
    while True:
        shown = payloads(page)
        assert len(shown) <= PAGE + 4  # places, More, Skip, Back and Exit
        assert all(len(p.encode()) <= 64 for p in shown)
        seen += [p.split("|")[1] for p in shown if "|town-" in p]
        more = [p for p in shown if p.endswith(f"|{MORE}")]
        if not more:
            break
        (page,) = chat.press(more[0])
    assert seen == [t.id for t in towns]


def test_a_place_added_to_the_directory_is_in_the_question_without_any_other_change(
    static: Flow,
) -> None:
    name = MappingProxyType({"en": "Poti"})
    poti = Place(
        "poti",
        name,
        Point(42.15, 41.67),
        "Asia/Tbilisi",
        "GE",
        "municipality",
        "samegrelo-zemo-svaneti",
    )
    grown = Places(MappingProxyType({**EXAMPLE_PLACE_TREE.by_id, "poti": poti}))
    chat = at_city_question(with_places(static, place_options(grown)))
    (inside,) = chat.press("ask-city|samegrelo-zemo-svaneti")
    assert "ask-city>samegrelo-zemo-svaneti|poti" in payloads(inside)
    chat.press("ask-city>samegrelo-zemo-svaneti|poti")
    assert chat.state.answers["city"] == "poti"
