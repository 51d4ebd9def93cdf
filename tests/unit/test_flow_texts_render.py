"""Every step's text renders in every language with what the code really passes: a variable
the code does not pass, or passes under another name, fails here."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer
from bot.wiring import conversation_context
from tests.conftest import EXAMPLE_PLACE_TREE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_step_renders_without_fluent_errors(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    flow = load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE).flow
    # The check-in lists the person's services; the screening service passes it per person.
    context = {**conversation_context(Settings.model_construct()), "followup_services": "1. X"}
    localizer = Localizer(ROOT / "locales")
    caplog.set_level(logging.ERROR, logger="bot.i18n")
    for step in flow.steps.values():
        args = {name: context[name] for name in step.uses}
        rendered = localizer.render(locale, Text(step.say, args))
        assert rendered and rendered != step.say
        assert "{" not in rendered and "$" not in rendered, (step.id, rendered)
        for choice in step.choices:
            assert localizer.render(locale, Text(choice.label)) != choice.label
    assert [r.getMessage() for r in caplog.records] == []
