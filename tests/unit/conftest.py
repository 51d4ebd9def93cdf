"""Fixtures for the unit tests: where the real dialogs and locales live, and the loaded flow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.dialogs import Dialogs, load_dialogs
from bot.i18n import LOCALES
from tests.conftest import EXAMPLE_PLACES

ROOT = Path(__file__).resolve().parents[2]
DIALOGS = ROOT / "dialogs"
LOCALES_DIR = ROOT / "locales"


@pytest.fixture(scope="session")
def dialogs() -> Dialogs:
    """The real flow and answer fields, loaded and checked as Gza does at start-up."""
    return load_dialogs(DIALOGS, LOCALES_DIR, LOCALES, EXAMPLE_PLACES)


@pytest.fixture
def editable_copy(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of dialogs/ and locales/ that a test may break: (dialogs, locales)."""
    dialogs_copy = tmp_path / "dialogs"
    locales_copy = tmp_path / "locales"
    shutil.copytree(DIALOGS, dialogs_copy)
    shutil.copytree(LOCALES_DIR, locales_copy)
    return dialogs_copy, locales_copy
