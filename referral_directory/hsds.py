"""What HSDS 3.0 and our model share, both ways: ids, our published taxonomies, translated texts
and opening hours. The CSV and JSON formats both go through these, so that the two formats map
the same directory the same way and a round trip through either is exact.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from referral_directory.hours import DAY_MINUTES, Span, WeeklyHours
from referral_directory.model import LocalText
from referral_directory.taxonomy import (
    ACCESSIBILITY,
    GROUPS,
    GROUPS_TAXONOMY,
    LANGUAGES,
    NEEDS,
    NEEDS_TAXONOMY,
)

NAMESPACE = uuid.UUID("5f0e8d0e-6a47-4c1b-9d55-0b6a2f3c9a71")
"""Fixed forever: HSDS ids of exported records are uuid5(NAMESPACE, "kind:our-id"), so the same
record gets the same id in every export and a partner's system can follow it."""

_NAMESPACE = NAMESPACE.bytes
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def hsds_id(kind: str, ident: str) -> str:
    """Our id if it already is a lower-case UUID, else a name-based UUID of kind and id
    (``uuid.uuid5``, computed directly: an export of 10,000 services makes 200,000 of them)."""
    if _UUID.match(ident):
        return ident
    digest = bytearray(hashlib.sha1(_NAMESPACE + f"{kind}:{ident}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Taxonomies ---------------------------------------------------------------------------------

ACCESS_TAXONOMY = "gza-access"
ACCESSIBILITY_TAXONOMY = "gza-accessibility"
ACCESS = ("free", "anonymous")


@dataclass(frozen=True)
class Vocabulary:
    """One of our published taxonomies, and the attribute ``link_type`` it travels with."""

    taxonomy: str
    link_type: str
    codes: tuple[str, ...]
    description: str

    @property
    def id(self) -> str:
        return hsds_id("taxonomy", self.taxonomy)

    def term_id(self, code: str) -> str:
        return hsds_id("taxonomy_term", f"{self.taxonomy}:{code}")


NEEDS_VOCABULARY = Vocabulary(
    NEEDS_TAXONOMY, "need", NEEDS, "What a person needs help with (Gza's needs)."
)
GROUPS_VOCABULARY = Vocabulary(
    GROUPS_TAXONOMY, "audience", GROUPS, "Groups a service is known to be friendly to (Gza)."
)
ACCESS_VOCABULARY = Vocabulary(
    ACCESS_TAXONOMY, "access", ACCESS, "Free of charge; anonymous, no name needed (Gza)."
)
ACCESSIBILITY_VOCABULARY = Vocabulary(
    ACCESSIBILITY_TAXONOMY, "accessibility", ACCESSIBILITY, "Accessibility of a place (Gza)."
)
VOCABULARIES = (NEEDS_VOCABULARY, GROUPS_VOCABULARY, ACCESS_VOCABULARY, ACCESSIBILITY_VOCABULARY)
BY_TAXONOMY: Mapping[str, Vocabulary] = MappingProxyType({v.taxonomy: v for v in VOCABULARIES})


def term_name(code: str) -> str:
    """A readable term name; the words people see live in the bot's locales."""
    return code.replace("_", " ").capitalize()


# Translated texts ---------------------------------------------------------------------------

PLAIN_LANGUAGES = ("en", "ka")
"""The language of a plain HSDS text field: English if there is English, else Georgian, else
the first language given."""

TRANSLATED: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "organization": ("name", "description"),
        "service": ("name", "description", "fees_description"),
        "location": ("name",),
        "address": ("address_1",),
        "phone": ("description",),
    }
)
"""The HSDS fields we keep in every language, by entity."""


def plain_language(text: LocalText) -> str:
    for code in PLAIN_LANGUAGES:
        if code in text:
            return code
    return next(iter(text), "en")


def plain_text(text: LocalText) -> str:
    """What goes into the plain HSDS field."""
    return text.get(plain_language(text), "")


def merge_texts(plain: str, translations: Iterable[tuple[str, str]]) -> LocalText:
    """Translations (language, text) in their order, then the plain field in the plain language
    of the result (English for a file without translations), so that editing the plain column
    of a spreadsheet takes effect and export -> import is exact."""
    texts = {code: text for code, text in translations if text}
    if plain:
        texts[plain_language(texts)] = plain
    return MappingProxyType(texts)


# Languages ----------------------------------------------------------------------------------

LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "ka": "Georgian",
        "ru": "Russian",
        "en": "English",
        "az": "Azerbaijani",
        "hy": "Armenian",
        "uk": "Ukrainian",
        "bg": "Bulgarian",
        "tr": "Turkish",
        "os": "Ossetian",
        "ab": "Abkhaz",
        "ar": "Arabic",
        "fa": "Persian",
    }
)
_ISO639_3 = {
    "kat": "ka", "geo": "ka", "rus": "ru", "eng": "en", "aze": "az", "hye": "hy", "arm": "hy",
    "ukr": "uk", "bul": "bg", "tur": "tr", "oss": "os", "abk": "ab",
    "ara": "ar", "fas": "fa", "per": "fa",
}  # fmt: skip


def language_code(code: str) -> str | None:
    """Our code for an ISO 639-1 or 639-3 code (HSDS allows both), or None."""
    code = code.strip().lower()
    code = _ISO639_3.get(code, code)
    return code if code in LANGUAGES else None


# Opening hours ------------------------------------------------------------------------------

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
APPOINTMENT = "By appointment only"
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


class ScheduleError(ValueError):
    """A schedule cell that cannot be read; ``column`` names it."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class ScheduleRow:
    """One weekly schedule row: the same span on each of ``byday``. ``closes_at`` "00:00" is
    midnight at the end of the day. A row with no days and no times says: the listing gives no
    weekly hours, by appointment only."""

    byday: str
    opens_at: str
    closes_at: str
    description: str = ""


def schedule_rows(hours: WeeklyHours | None) -> list[ScheduleRow]:
    """One row per distinct span, listing the days that have it. None gives no rows."""
    if hours is None:
        return []
    days: dict[Span, list[str]] = {}
    for day, spans in zip(BYDAY, hours.days, strict=True):
        for span in spans:
            days.setdefault(span, []).append(day)
    if not days:
        return [ScheduleRow("", "", "", APPOINTMENT)]
    return [
        ScheduleRow(",".join(on), _clock(span.opens), _clock(span.closes % DAY_MINUTES))
        for span, on in days.items()
    ]


def read_schedule(byday: str, opens_at: str, closes_at: str) -> list[tuple[int, Span]]:
    """(weekday, span) pairs of one row; [] for the by-appointment row. Raises ScheduleError."""
    days = [d.strip().upper() for d in byday.split(",") if d.strip()]
    if not days and not opens_at and not closes_at:
        return []
    if not days:
        raise ScheduleError("byday", "list the days, e.g. MO,TU,WE,TH,FR")
    for day in days:
        if day not in BYDAY:
            raise ScheduleError("byday", f"unknown day '{day}': use {','.join(BYDAY)}")
    opens = _minutes("opens_at", opens_at)
    closes = _minutes("closes_at", closes_at) or DAY_MINUTES
    if opens >= DAY_MINUTES:
        raise ScheduleError("opens_at", f"'{opens_at}' is not a time of day")
    if closes <= opens:
        raise ScheduleError(
            "closes_at", f"'{closes_at}' closes before it opens (past midnight: split the row)"
        )
    span = Span(opens, closes)
    return [(BYDAY.index(day), span) for day in days]


def overlap(earlier: Iterable[tuple[int, Span]], added: Iterable[tuple[int, Span]]) -> str | None:
    """How an added span overlaps an earlier one (or another added one) on its day, or None."""
    seen = list(earlier)
    for day, span in added:
        for other_day, other in seen:
            if day == other_day and span.opens < other.closes and other.opens < span.closes:
                return f"{other.text()} and {span.text()} overlap on {BYDAY[day]}"
        seen.append((day, span))
    return None


def week(pairs: Iterable[tuple[int, Span]]) -> WeeklyHours:
    """The week of (weekday, span) pairs (checked with ``overlap``), spans in time order."""
    return _week(tuple(sorted(pairs, key=lambda pair: (pair[0], pair[1].opens))))


@functools.lru_cache(maxsize=1024)
def _week(pairs: tuple[tuple[int, Span], ...]) -> WeeklyHours:
    """Services share a few common weeks: one object each, as the YAML generator makes."""
    days: list[list[Span]] = [[] for _ in BYDAY]
    for day, span in pairs:
        days[day].append(span)
    return WeeklyHours(tuple(tuple(spans) for spans in days))


def _minutes(column: str, text: str) -> int:
    found = _TIME.match(text)
    if not text:
        raise ScheduleError(column, "required: a time like 10:00")
    if found is None:
        raise ScheduleError(column, f"cannot read '{text}': write a time like 10:00")
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if minute > 59 or second > 59 or hour > 24 or (hour == 24 and minute + second):
        raise ScheduleError(column, f"'{text}' is not a time of day")
    return hour * 60 + minute


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
