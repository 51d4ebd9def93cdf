"""A rights topic: a few short screens in plain language, each resting on named sources.

Parsing is strict and reports every problem at once, each naming the file, the topic and the
field, so a curator can fix a file in one pass (``gza check``, ``gza rights import --dry-run``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from bot.i18n import LOCALES

SCREEN_LIMIT = 600
"""Characters per screen: one glance on a phone."""
TITLE_LIMIT = 40
"""A topic title is a button label."""
MAX_ID = 23
"""A topic id is a choice id of the flow (see ``bot.core.flow.MAX_CHOICE_ID``)."""
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
SOURCE_ID = re.compile(r"^[a-z0-9_]+\Z")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}\Z")
"""ISO 3166-1 alpha-2, as the directory's places name their country."""
KEYS = frozenset(
    {"id", "draft", "country", "jurisdiction", "title", "needs", "written", "reviewed",
     "sources", "not_found", "screens"}
)  # fmt: skip
SOURCE_KEYS = frozenset({"id", "name", "link", "article"})
REQUIRED = ("id", "country", "jurisdiction", "title", "needs", "written", "sources", "screens")

LocalText = Mapping[str, str]


@dataclass(frozen=True)
class Source:
    """A law or an official page a statement rests on."""

    id: str
    name: LocalText
    link: str
    article: str | None = None


@dataclass(frozen=True)
class Review:
    """The last legal review: when and by whom (a lawyer of a partner organisation)."""

    on: date
    by: str


@dataclass(frozen=True)
class Screen:
    text: LocalText
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    id: str
    country: str
    jurisdiction: str
    title: LocalText
    needs: tuple[str, ...]
    written: date
    sources: Mapping[str, Source]
    screens: tuple[Screen, ...]
    draft: bool = True
    """Written from public sources; a partner lawyer must review it before deployment."""
    reviewed: Review | None = None
    not_found: tuple[str, ...] = ()
    """Points left out because no official source was found (kept for the reviewer)."""


@dataclass(frozen=True)
class Library:
    topics: tuple[Topic, ...] = ()
    files: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Topic id -> the file it came from."""

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)


@dataclass(frozen=True)
class RightsProblem:
    source: str
    topic: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: topic '{self.topic}': {self.field}: {self.message}"


class RightsError(Exception):
    """Topic files that cannot be used; carries every problem found."""

    def __init__(self, problems: Collection[RightsProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


Bad = Callable[[str, str], None]


def parse_topic(
    data: Any, source: str, needs: Collection[str]
) -> tuple[Topic | None, list[RightsProblem]]:
    """A topic from a mapping, or None with every problem found."""
    problems: list[RightsProblem] = []
    name = str(data.get("id", "?")) if isinstance(data, Mapping) else "?"

    def bad(where: str, message: str) -> None:
        problems.append(RightsProblem(source, name, where, message))

    if not isinstance(data, Mapping):
        bad("file", "expected a mapping with id, title, sources and screens")
        return None, problems
    for key in sorted(str(k) for k in set(data) - KEYS):
        bad(key, "unknown field")
    for key in REQUIRED:
        if data.get(key) in (None, "", [], {}):
            bad(key, "missing")
    if problems:
        return None, problems
    topic_id = _topic_id(data["id"], bad)
    title = _local(data["title"], "title", bad, TITLE_LIMIT)
    sources = _sources(data["sources"], bad)
    topic = Topic(
        id=topic_id,
        country=_country(data["country"], bad),
        jurisdiction=_text(data["jurisdiction"], "jurisdiction", bad),
        title=title,
        needs=_needs(data["needs"], needs, bad),
        written=_date(data["written"], "written", bad),
        sources=sources,
        screens=_screens(data["screens"], sources, bad),
        draft=_draft(data.get("draft", True), bad),
        reviewed=_review(data.get("reviewed"), bad),
        not_found=_texts(data.get("not_found", []), "not_found", bad),
    )
    if topic.reviewed is None and not topic.draft:
        bad("draft", "a topic no lawyer has reviewed must stay a draft (draft: true)")
    return (None if problems else topic), problems


def _topic_id(value: Any, bad: Bad) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value) or len(value) > MAX_ID:
        bad("id", f"lower-case letters, digits and dashes, at most {MAX_ID} characters")
        return str(value)
    return value


def _country(value: Any, bad: Bad) -> str:
    if not isinstance(value, str) or not COUNTRY_CODE.match(value):
        bad("country", f"'{value}' is not a two-letter country code (ISO 3166), e.g. GE")
        return str(value)
    return value


def _text(value: Any, where: str, bad: Bad) -> str:
    if not isinstance(value, str) or not value.strip():
        bad(where, "expected text")
        return ""
    return value


def _texts(value: Any, where: str, bad: Bad) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        bad(where, "expected a list of texts")
        return ()
    return tuple(value)


def _local(value: Any, where: str, bad: Bad, limit: int) -> LocalText:
    """A text per language: ``{en: ..., ka: ...}``; English is required (the reference)."""
    if not isinstance(value, Mapping) or not value:
        bad(where, "expected a text per language, e.g. {en: ..., ka: ...}")
        return {}
    texts: dict[str, str] = {}
    for code, text in value.items():
        if code not in LOCALES:
            bad(f"{where}.{code}", f"unknown language (known: {', '.join(LOCALES)})")
        elif not isinstance(text, str) or not text.strip():
            bad(f"{where}.{code}", "expected text")
        elif len(text.strip()) > limit:
            bad(f"{where}.{code}", f"{len(text.strip())} characters, at most {limit}")
        else:
            texts[code] = text.strip()
    if "en" not in value:
        bad(f"{where}.en", "missing: English is the reference every translation follows")
    return texts


def _needs(value: Any, known: Collection[str], bad: Bad) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad("needs", "expected a list of needs")
        return ()
    for need in value:
        if need not in known:
            bad("needs", f"unknown value '{need}' (known: {', '.join(sorted(known))})")
    return tuple(value)


def _date(value: Any, where: str, bad: Bad) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        bad(where, f"'{value}' is not a date (YYYY-MM-DD)")
        return date.min


def _draft(value: Any, bad: Bad) -> bool:
    if not isinstance(value, bool):
        bad("draft", "expected true or false")
        return True
    return value


def _review(value: Any, bad: Bad) -> Review | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or set(value) != {"on", "by"}:
        bad("reviewed", "expected {on: YYYY-MM-DD, by: the reviewing lawyer and organisation}")
        return None
    by = _text(value["by"], "reviewed.by", bad)
    return Review(_date(value["on"], "reviewed.on", bad), by)


def _sources(value: Any, bad: Bad) -> dict[str, Source]:
    if not isinstance(value, list):
        bad("sources", "expected a list of sources")
        return {}
    sources: dict[str, Source] = {}
    for index, raw in enumerate(value, start=1):
        where = f"sources[{index}]"
        if not isinstance(raw, Mapping) or not {"id", "name", "link"} <= set(raw):
            bad(where, "expected id, name, link (and article where there is one)")
            continue
        unknown = sorted(set(raw) - SOURCE_KEYS)
        if unknown:
            bad(where, f"unknown fields: {', '.join(unknown)}")
        ident = str(raw["id"])
        if not SOURCE_ID.match(ident) or ident in sources:
            bad(f"{where}.id", "lower-case letters, digits and _, unique in the topic")
        link = raw["link"]
        if not isinstance(link, str) or not link.startswith(("https://", "http://")):
            bad(f"{where}.link", "expected a link (https://...) to the text it rests on")
        article = raw.get("article")
        if article is not None and not isinstance(article, str):
            bad(f"{where}.article", 'expected text (quote numbers: "13")')
        name = _local(raw["name"], f"{where}.name", bad, 200)
        sources[ident] = Source(ident, name, str(link), article)
    return sources


def _screens(value: Any, sources: Mapping[str, Source], bad: Bad) -> tuple[Screen, ...]:
    if not isinstance(value, list):
        bad("screens", "expected a list of screens")
        return ()
    screens = []
    for index, raw in enumerate(value, start=1):
        where = f"screens[{index}]"
        if not isinstance(raw, Mapping) or set(raw) != {"text", "sources"}:
            bad(where, "expected text (per language) and sources (ids from the topic's sources)")
            continue
        text = _local(raw["text"], f"{where}.text", bad, SCREEN_LIMIT)
        cited = raw["sources"]
        if not isinstance(cited, list) or not cited or not all(isinstance(c, str) for c in cited):
            bad(f"{where}.sources", "every screen names at least one source (by its id)")
            cited = []
        for ident in cited:
            if ident not in sources:
                bad(f"{where}.sources", f"unknown source '{ident}'")
        screens.append(Screen(text, tuple(str(c) for c in cited)))
    return tuple(screens)
