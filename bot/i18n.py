"""Fluent translations: one bundle per locale, rendered with English as a last resort only."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from bot.core.texts import Text
from referral_directory.model import pick

log = logging.getLogger(__name__)

LOCALES = ("ka", "ru", "en", "az", "hy", "uk", "bg")
REFERENCE = "en"
RESOURCE = "gza.ftl"
LONG_VALUE = 1000
_MARK = re.compile("\x00([a-z_]+)\x00")
"""The main file of each locale; a feature may add its own ``*.ftl`` beside it (same names in
every locale), so features are translated and reviewed file by file."""


@dataclass(frozen=True)
class LocaleProblem:
    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


@lru_cache(maxsize=256)
def parsed(source: str) -> ast.Resource:
    """The Fluent syntax tree of a file's text, parsed once per process: a start reads every
    file three times (the bundles, the flow's check of message ids, the syntax check), and the
    pure-Python parser is most of a start's CPU. Keyed by the text, so an edit is parsed anew;
    nothing changes a tree after parsing (fluent.runtime compiles copies)."""
    return FluentParser().parse(source)


def parse_locale(path: Path) -> tuple[dict[str, ast.Message], list[LocaleProblem]]:
    """Messages by id, and syntax problems with their line numbers."""
    source = path.read_text("utf-8")
    resource = parsed(source)
    messages: dict[str, ast.Message] = {}
    problems = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = source.count("\n", 0, entry.span.start if entry.span else 0) + 1
            note = entry.annotations[0].message if entry.annotations else "syntax error"
            problems.append(LocaleProblem(str(path), line, f"Fluent syntax error: {note}"))
        elif isinstance(entry, ast.Message):
            messages[entry.id.name] = entry
    return messages, problems


def locale_files(root: Path, locale: str) -> list[Path]:
    """The locale's Fluent files, the main one first, then the others by name."""
    folder = root / locale
    others = sorted(p for p in folder.glob("*.ftl") if p.name != RESOURCE)
    main = folder / RESOURCE
    return ([main] if main.exists() else []) + others


def message_ids(root: Path) -> dict[str, set[str]]:
    """Which message ids each locale defines (missing files count as empty)."""
    ids: dict[str, set[str]] = {}
    for locale in LOCALES:
        ids[locale] = set()
        for path in locale_files(root, locale):
            ids[locale] |= set(parse_locale(path)[0])
    return ids


Curated = Callable[[str, str], "Text | str | None"]
"""Texts kept as curated data rather than in Fluent files (the rights topics): given a locale
and a text id, the text (or a Fluent text to render), or None when the id is not theirs."""
Names = Callable[[str], Mapping[str, str] | None]
"""Texts that data gives in each language rather than Fluent (a place's name, ``place-<id>``,
from the directory): the language -> text map of an id, or None."""


class Localizer:
    def __init__(
        self,
        root: Path,
        locales: tuple[str, ...] = LOCALES,
        curated: Curated | None = None,
        names: Names | None = None,
    ) -> None:
        self._curated = curated
        self._names = names
        self._bundles: dict[str, FluentBundle] = {}
        for locale in locales:
            bundle = FluentBundle([locale], use_isolating=False)
            for path in locale_files(root, locale):
                bundle.add_resource(parsed(path.read_text("utf-8")))
            self._bundles[locale] = bundle

    def has(self, locale: str, text_id: str) -> bool:
        """Whether the message can be rendered: a place's name from the directory, or a message
        of the locale (or of the reference it falls back to)."""
        if self._names is not None and self._names(text_id):
            return True
        return any(
            bundle.has_message(text_id)
            for bundle in (self._bundles.get(locale), self._bundles.get(REFERENCE))
            if bundle is not None
        )

    def render(self, locale: str, text: Text) -> str:
        found = self._curated(locale, text.id) if self._curated else None
        if found is not None:
            return found if isinstance(found, str) else self.render(locale, found)
        given = self._names(text.id) if self._names is not None else None
        if given:
            return pick(given, locale)
        args = {name: self._arg(locale, value) for name, value in text.args.items()}
        # fluent.runtime refuses a placeable over 2500 characters (a guard against expansion);
        # what people and staff write can be longer, so it is put in after formatting.
        long = {n: v for n, v in args.items() if isinstance(v, str) and len(v) > LONG_VALUE}
        args.update({name: f"\x00{name}\x00" for name in long})
        for candidate in (locale, REFERENCE):
            bundle = self._bundles.get(candidate)
            if bundle is not None and bundle.has_message(text.id):
                rendered = self._format(bundle, text.id, args)
                return _MARK.sub(lambda m: long.get(m[1], m[0]), rendered) if long else rendered
        log.error("i18n.missing id=%s locale=%s", text.id, locale)
        return text.id

    def _arg(self, locale: str, value: Any) -> Any:
        if isinstance(value, Text):
            return self.render(locale, value)
        if isinstance(value, tuple):
            return "\n".join(self.render(locale, item) for item in value)
        return value

    @staticmethod
    def _format(bundle: FluentBundle, text_id: str, args: Mapping[str, Any]) -> str:
        pattern = bundle.get_message(text_id).value
        if pattern is None:
            log.error("i18n.no_value id=%s", text_id)
            return text_id
        result, errors = bundle.format_pattern(pattern, dict(args))
        for error in errors:
            log.error("i18n.format_error id=%s error=%s", text_id, type(error).__name__)
        return str(result)
