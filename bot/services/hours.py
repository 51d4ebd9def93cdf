"""Opening hours: is a bureau open at an instant, and when does it open next. Pure: the instant
is passed in, so tests never wait for a Monday."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOKAHEAD_DAYS = 366


@dataclass(frozen=True)
class Span:
    start: time
    end: time  # 24:00 is written as time.max

    @classmethod
    def parse(cls, text: str) -> Span:
        start, end = text.split("-")
        return cls(_clock(start), _clock(end))


@dataclass(frozen=True)
class OpeningHours:
    timezone: ZoneInfo
    week: Mapping[str, Sequence[Span]]
    holidays: frozenset[date] = frozenset()

    @classmethod
    def parse(
        cls, timezone: str, week: Mapping[str, Sequence[str]], holidays: Sequence[date]
    ) -> OpeningHours:
        spans = {day: tuple(Span.parse(s) for s in week.get(day, ())) for day in WEEKDAYS}
        return cls(ZoneInfo(timezone), spans, frozenset(holidays))

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(self.timezone)
        return any(s.start <= local.time() < s.end for s in self._spans(local.date()))

    def next_opening(self, at: datetime) -> datetime | None:
        """The next instant (aware, local timezone) the bureau opens; None if never."""
        local = at.astimezone(self.timezone)
        for offset in range(LOOKAHEAD_DAYS):
            day = local.date() + timedelta(days=offset)
            for span in self._spans(day):
                opening = datetime.combine(day, span.start, self.timezone)
                if opening > local:
                    return opening
        return None

    def _spans(self, day: date) -> Sequence[Span]:
        if day in self.holidays:
            return ()
        return sorted(self.week.get(WEEKDAYS[day.weekday()], ()), key=lambda s: s.start)


def _clock(text: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    return time.max if (hours, minutes) == (24, 0) else time(hours, minutes)
