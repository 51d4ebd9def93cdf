"""The topic list follows the person's country, through the real conversation service on the
memory twin (tests/fakes.py): the country of the place they came by or chose, else the
deployment's ([emergency] country); a country without topics is told so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.channels.web.protocol import CAPABILITIES as WEB_CAN
from bot.config import EmergencySettings, I18nSettings, PathSettings, Settings
from bot.core.events import ButtonPressed, Started
from bot.core.texts import Text
from bot.i18n import Localizer
from bot.services.messages import Incoming, SendText
from referral_directory.model import Directory
from tests.conftest import ROOT, make_settings
from tests.fakes import EXAMPLE, fakes

WITH_SOFIA = EXAMPLE  # the example directory has Sofia, in Bulgaria (places.yaml)
TEXTS = Localizer(ROOT / "locales")
GEORGIAN = "Police and your lawyer"
BULGARIAN = "Полиция (България)"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The shipped topics and one for Bulgaria (a copy of the police topic, moved there)."""
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    folder = tmp_path / "rights"
    shutil.copytree(ROOT / "rights", folder)
    data = yaml.safe_load((folder / "01-police-and-lawyer.yaml").read_text("utf-8"))
    data.update(id="bg-police", country="BG", jurisdiction="Bulgaria (national law)")
    data["title"] = {"en": BULGARIAN}
    (folder / "20-bg-police.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return folder


def settings(library: Path, country: str = "GE") -> Settings:
    return make_settings(
        "sqlite:///never-opened",
        i18n=I18nSettings(default_locale="en"),
        paths=PathSettings(
            dialogs=ROOT / "dialogs", locales=library.parent / "locales", rights=library
        ),
        emergency=EmergencySettings(country=country),
    )


async def topic_list(settings: Settings, entry_code: str | None) -> tuple[str, list[str]]:
    """What a person who came by ``entry_code`` reads on opening Know your rights, and the
    buttons under it."""
    directory: Directory = WITH_SOFIA
    presses = ("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|rights")
    async with fakes(settings, directory, web=WEB_CAN) as f:
        walk = [Incoming("web", "p1", "p1", Started(entry_code, "en"))]
        walk += [Incoming("web", "p1", "p1", ButtonPressed(p)) for p in presses]
        await f.receive("web", "p1", *walk)
        last = [m for m in f.channels["web"].to("p1") if isinstance(m, SendText)][-1]
    labels = [label for row in last.buttons for label, _ in row]
    return last.text, labels


async def test_a_person_who_came_by_a_bulgarian_place_sees_the_bulgarian_topics(
    library: Path,
) -> None:
    text, labels = await topic_list(settings(library), "sofia")
    assert BULGARIAN in labels and GEORGIAN not in labels
    assert text == TEXTS.render("en", Text("rights-choose-topic"))


async def test_a_person_from_batumi_sees_the_georgian_topics(library: Path) -> None:
    _, labels = await topic_list(settings(library), "batumi")
    assert GEORGIAN in labels and BULGARIAN not in labels


async def test_without_a_place_the_deployments_country_decides(library: Path) -> None:
    _, georgian = await topic_list(settings(library, "GE"), None)
    assert GEORGIAN in georgian and BULGARIAN not in georgian
    _, bulgarian = await topic_list(settings(library, "BG"), None)
    assert BULGARIAN in bulgarian and GEORGIAN not in bulgarian


async def test_a_country_without_topics_is_told_so_and_keeps_the_way_back(library: Path) -> None:
    text, labels = await topic_list(settings(library, "AM"), None)
    assert text == TEXTS.render("en", Text("rights-no-topics"))
    assert GEORGIAN not in labels and BULGARIAN not in labels
    assert TEXTS.render("en", Text("common-to-menu")) in labels
