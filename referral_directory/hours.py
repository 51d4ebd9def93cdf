"""Weekly opening hours as curators write them (``mon-fri: "10:00-18:00"``) and whether a
service is open at an instant. Pure: the instant is passed in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class HoursError(ValueError):
    """Opening hours that cannot be read. ``code`` names the mistake and ``values`` the part at
    fault, so a chat can say it in the reader's language (Fluent ``curator-hours-<code>``);
    the message is the English line for the command line and import reports."""

    def __init__(self, code: str, **values: str) -> None:
        self.code = code
        self.values = values
        super().__init__(MISTAKES[code].format(**values))


MISTAKES = {
    "not-text": 'write each line as day: "10:00-18:00" (in quotes)',
    "overlap": "overlapping hours {first} and {second}",
    "unknown-day": "unknown day '{value}': use mon..sun, a range like mon-fri, or daily",
    "unreadable": "cannot read '{value}': write it like 10:00-18:00",
    "not-a-time": "'{value}' is not a time of day",
    "closes-before-opens": "'{value}' closes before it opens (past midnight: split it)",
    "no-hours": "'{value}': write the days, then the hours, like mon-fri 10:00-18:00",
    "twice": "'{value}' is written twice",
    "empty": "write the hours like mon-fri 10:00-18:00; sat 10:00-14:00",
}
"""Every mistake ``HoursError`` names, in the English of the command line."""


@dataclass(frozen=True)
class Span:
    """Minutes from midnight; ``closes`` may be 1440 (24:00)."""

    opens: int
    closes: int

    def text(self) -> str:
        return f"{_clock(self.opens)}-{_clock(self.closes)}"


ALL_DAY = (Span(0, DAY_MINUTES),)
"""A day open round the clock."""


@dataclass(frozen=True)
class WeeklyHours:
    days: tuple[tuple[Span, ...], ...]
    """Seven entries, Monday first."""

    def is_open(self, local: datetime) -> bool:
        """``local`` is wall-clock time where the service is."""
        minute = local.hour * 60 + local.minute
        return any(s.opens <= minute < s.closes for s in self.days[local.weekday()])

    def spans(self, weekday: int) -> tuple[Span, ...]:
        return self.days[weekday]

    @property
    def by_appointment(self) -> bool:
        """No day has hours: the service sees people when they call to agree a time."""
        return not any(self.days)

    @property
    def always_open(self) -> bool:
        """Open round the clock every day (24/7)."""
        return all(spans == ALL_DAY for spans in self.days)

    def as_mapping(self) -> dict[str, str]:
        """Back to the curators' form, one key per day that has hours."""
        return {
            WEEKDAYS[i]: ", ".join(s.text() for s in spans)
            for i, spans in enumerate(self.days)
            if spans
        }


def parse_hours(raw: Mapping[str, str]) -> WeeklyHours:
    """``{"mon-fri": "10:00-13:00, 14:00-18:00", "sat": "closed", "daily": "24h"}``."""
    days: list[list[Span]] = [[] for _ in WEEKDAYS]
    for key, value in raw.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise HoursError("not-text")
        for day in _days(key.strip().lower()):
            days[day].extend(_spans(value))
    for spans in days:
        spans.sort(key=lambda s: s.opens)
        for before, after in pairwise(spans):
            if after.opens < before.closes:
                raise HoursError("overlap", first=before.text(), second=after.text())
    return WeeklyHours(tuple(tuple(spans) for spans in days))


def _days(key: str) -> list[int]:
    if key in ("daily", "every day", "mon-sun"):
        return list(range(7))
    if key in WEEKDAYS:
        return [WEEKDAYS.index(key)]
    first, dash, last = key.partition("-")
    if dash and first in WEEKDAYS and last in WEEKDAYS:
        start, end = WEEKDAYS.index(first), WEEKDAYS.index(last)
        if start <= end:
            return list(range(start, end + 1))
    raise HoursError("unknown-day", value=key)


def _spans(value: str) -> list[Span]:
    text = value.strip().lower()
    if text == "closed":
        return []
    if text in ("24h", "00:00-24:00"):
        return [Span(0, DAY_MINUTES)]
    spans = []
    for part in text.split(","):
        found = _SPAN.match(part)
        if found is None:
            raise HoursError("unreadable", value=part.strip())
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        opens, closes = h1 * 60 + m1, h2 * 60 + m2
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or closes > DAY_MINUTES:
            raise HoursError("not-a-time", value=part.strip())
        if closes <= opens:
            raise HoursError("closes-before-opens", value=part.strip())
        spans.append(Span(opens, closes))
    return spans


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


APPOINTMENT = "by appointment"
QUOTES = "«»“”„\"'"
"""Quotes a curator may copy with a word from the example they were shown."""
_WORDS = {"24/7": "daily 24h", "24h": "daily 24h"}


def format_hours(hours: WeeklyHours | None) -> str:
    """One line a curator can read on a phone and send back edited: ``mon-fri 10:00-18:00;
    sat 10:00-14:00``. Days with the same hours are grouped into ranges."""
    if hours is None:
        return "-"
    groups: list[tuple[int, int, str]] = []
    for day, spans in enumerate(hours.days):
        text = ", ".join(s.text() for s in spans)
        if text and groups and groups[-1][2] == text and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, text)
        elif text:
            groups.append((day, day, text))
    if not groups:
        return APPOINTMENT
    parts = []
    for first, last, text in groups:
        days = WEEKDAYS[first] if first == last else f"{WEEKDAYS[first]}-{WEEKDAYS[last]}"
        parts.append(f"{'daily' if (first, last) == (0, 6) else days} {text}")
    return "; ".join(parts)


def parse_hours_text(text: str, words: Mapping[str, str] | None = None) -> WeeklyHours:
    """The inverse of ``format_hours``: lines or ``;``-separated parts of ``days hours``, or
    "24/7", or "by appointment" (an empty week). ``words`` maps a curator's own words for the
    days, "daily" and "by appointment" (casefolded) to these, so nobody must write English."""
    text = _own_words(text, words) if words else text
    cleaned = " ".join(text.lower().split()).strip(QUOTES)
    if cleaned in (APPOINTMENT, "appointment"):
        return WeeklyHours(tuple(() for _ in WEEKDAYS))
    raw: dict[str, str] = {}
    for line in re.split(r"[;\n]", _WORDS.get(cleaned, text.lower())):
        part = " ".join(line.split())
        if not part:
            continue
        days, _, spans = part.partition(" ")
        if not spans.strip():
            raise HoursError("no-hours", value=part)
        if days in raw:
            raise HoursError("twice", value=days)
        raw[days] = spans.strip()
    if not raw:
        raise HoursError("empty")
    return parse_hours(raw)


def _own_words(text: str, words: Mapping[str, str]) -> str:
    longest_first = sorted(words, key=len, reverse=True)
    pattern = "|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in longest_first)
    return re.sub(pattern, lambda found: words[found[0]], text.casefold())
