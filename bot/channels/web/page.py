"""The chat page as the browser first receives it: calm words in the browser's language, every
locale's page words for when the conversation changes language, and quick exit's destination.

The title and header never say what the page is for; with ``[disguise] neutral_web`` they look
like a notes page. Nothing here reads a request: the server passes the Accept-Language header in.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.engine import EXIT_LABEL
from bot.core.texts import Text
from bot.services.ports import Localizer

TEMPLATE = Path(__file__).parent / "static" / "index.html"
PAGE_TEXTS = (
    "common-exit",
    "common-to-menu",
    "web-exit-hint",
    "web-menu",
    "web-forget",
    "web-location",
    "web-location-failed",
    "web-input-label",
    "web-input-placeholder",
    "web-send",
    "web-connecting",
    "web-offline",
    "web-exit-note",
    "web-map",
    "web-call",
    "web-start-again",
)
"""The page's own words; the conversation's come over the WebSocket."""
TITLE, NEUTRAL_TITLE = "web-title", "web-title-neutral"
FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<rect width="32" height="32" rx="7" fill="#4a6b8a"/>'
    '<path d="M9 11h14M9 16h14M9 21h9" stroke="#fff" stroke-width="2.4" '
    'stroke-linecap="round"/></svg>'
)
"""A plain lined-paper icon: nothing about help, the same with or without disguise."""


@dataclass(frozen=True)
class Page:
    localizer: Localizer
    locales: tuple[str, ...]
    default_locale: str
    exit_url: str
    neutral: bool = False
    location_steps: frozenset[str] = frozenset()
    """Steps that take a shared location: the page offers "Use my location" there."""
    _texts: dict[str, dict[str, str]] = field(init=False, repr=False)
    _exits: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        texts = {code: self._words(code) for code in self.locales}
        exits: dict[str, str] = {}
        for code in self.locales:
            label = self.localizer.render(code, Text(EXIT_LABEL))
            exits[label] = code if label not in exits else ""  # a shared label tells nothing
        object.__setattr__(self, "_texts", texts)
        object.__setattr__(self, "_exits", {k: v for k, v in exits.items() if v})

    def html(self, accept_language: str) -> str:
        locale = self.pick_locale(accept_language)
        source = TEMPLATE.read_text("utf-8")
        for text_id, text in self._texts[locale].items():
            source = source.replace("{{" + text_id + "}}", html.escape(text))
        config = {
            "exitUrl": self.exit_url,
            "locationSteps": sorted(self.location_steps),
            "texts": self._texts,
        }
        source = source.replace("{{config}}", _script_json(config))
        return source.replace("{{lang}}", locale)

    def favicon(self) -> str:
        return FAVICON

    def locale_of_exit(self, label: str) -> str | None:
        """The conversation's language, told by its Exit button (every question has one)."""
        return self._exits.get(label)

    def pick_locale(self, accept_language: str) -> str:
        for part in accept_language.split(","):
            code = part.split(";")[0].strip().split("-")[0].lower()
            if code in self.locales:
                return code
        return self.default_locale

    def _words(self, locale: str) -> dict[str, str]:
        words = {text_id: self._render(locale, text_id) for text_id in PAGE_TEXTS}
        words["title"] = self._render(locale, NEUTRAL_TITLE if self.neutral else TITLE)
        return words

    def _render(self, locale: str, text_id: str) -> str:
        return self.localizer.render(locale, Text(text_id))


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can close it early."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
