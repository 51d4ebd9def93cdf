"""Fixtures for the unit tests: where the real dialogs and locales live, and the loaded flow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.places import with_places
from bot.dialogs import Dialogs, load_dialogs
from bot.i18n import LOCALES
from bot.services.catalog import place_options
from tests.conftest import EXAMPLE_PLACE_TREE

ROOT = Path(__file__).resolve().parents[2]
DIALOGS = ROOT / "dialogs"
LOCALES_DIR = ROOT / "locales"


@pytest.fixture(scope="session")
def dialogs() -> Dialogs:
    """The real flow and answer fields, loaded and checked as Gza does at start-up, the flow
    asking for the example directory's places as Gza does in a conversation."""
    loaded = load_dialogs(DIALOGS, LOCALES_DIR, LOCALES, EXAMPLE_PLACE_TREE)
    flow = with_places(loaded.flow, place_options(EXAMPLE_PLACE_TREE))
    return Dialogs(flow, loaded.answer_fields)


@pytest.fixture
def editable_copy(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of dialogs/ and locales/ that a test may break: (dialogs, locales)."""
    dialogs_copy = tmp_path / "dialogs"
    locales_copy = tmp_path / "locales"
    shutil.copytree(DIALOGS, dialogs_copy)
    shutil.copytree(LOCALES_DIR, locales_copy)
    return dialogs_copy, locales_copy
