"""Every button of the conversation fits on a phone: an inline button is one line, and a label
cut with "…" loses its last words (often the ones that say what the button is)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.core.engine import BACK_LABEL, DONE_LABEL, EXIT_LABEL, SKIP_LABEL
from bot.core.flow import Flow
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer
from tests.conftest import EXAMPLE_PLACE_TREE

ROOT = Path(__file__).resolve().parents[2]
MOST_CHARACTERS = 40
"""One full-width button on a 360-pixel phone shows about 35-40 characters (language review,
2026-12); a native speaker should still try the longest labels on a small phone."""


@cache
def flow() -> Flow:
    return load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE).flow


def button_labels() -> set[str]:
    labels = {c.label for step in flow().steps.values() for c in step.choices}
    labels |= {f"language-name-{code}" for code in flow().languages}
    return labels | {BACK_LABEL, EXIT_LABEL, DONE_LABEL, SKIP_LABEL}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_button_label_fits_on_a_phone(locale: str) -> None:
    localizer = Localizer(ROOT / "locales")
    rendered = {label: localizer.render(locale, Text(label)) for label in sorted(button_labels())}
    too_long = {label: text for label, text in rendered.items() if len(text) > MOST_CHARACTERS}
    assert too_long == {}


def test_the_labels_include_the_screening_and_the_engine_buttons() -> None:
    assert {"need-mental-health", "need-testing", DONE_LABEL, BACK_LABEL} <= button_labels()
