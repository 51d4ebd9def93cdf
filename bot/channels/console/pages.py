"""Server-rendered pages: Jinja2 templates (escaped by default) with every word from Fluent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.core.texts import Text
from bot.services.ports import Localizer

TEMPLATES = Path(__file__).parent / "templates"


class Pages:
    def __init__(self, localizer: Localizer, locales: Sequence[str], default_locale: str) -> None:
        self._localizer = localizer
        self.locales, self.default_locale = tuple(locales), default_locale
        self._env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, template: str, locale: str, **values: Any) -> str:
        def t(text_id: str, **args: Any) -> str:
            return self._localizer.render(locale, Text(text_id, args))

        return self._env.get_template(template).render(t=t, lang=locale, **values)

    def pick_locale(self, accept_language: str) -> str:
        """The first of the browser's languages that Gza speaks."""
        for part in accept_language.split(","):
            code = part.split(";")[0].strip().lower()[:2]
            if code in self.locales:
                return code
        return self.default_locale
