"""Opening hours, with the instant passed in: open now, and when next."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.services.hours import OpeningHours

TBILISI = ZoneInfo("Asia/Tbilisi")  # UTC+4, no daylight saving
WEEK = {"mon": ["10:00-14:00", "15:00-18:00"], "fri": ["10:00-17:00"], "sat": ["00:00-24:00"]}
HOURS = OpeningHours.parse("Asia/Tbilisi", WEEK, [date(2026, 11, 27)])  # a Friday holiday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in Tbilisi in the week of Monday 23 November 2026."""
    return datetime(2026, 11, 23 + day, hour, minute, tzinfo=TBILISI)


def test_open_inside_a_span_and_closed_at_lunch_and_at_closing_time() -> None:
    assert HOURS.is_open(at(0, 10, 0))
    assert not HOURS.is_open(at(0, 14, 30))
    assert HOURS.is_open(at(0, 17, 59))
    assert not HOURS.is_open(at(0, 18, 0))
    assert HOURS.is_open(at(5, 23, 59))  # 24:00 closes at midnight


def test_the_bureau_timezone_decides_not_the_servers() -> None:
    assert HOURS.is_open(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))  # 10:30 in Tbilisi
    assert not HOURS.is_open(datetime(2026, 11, 23, 5, 30, tzinfo=UTC))  # 09:30


def test_a_holiday_is_closed_and_the_next_opening_skips_it() -> None:
    assert not HOURS.is_open(at(4, 11))
    assert HOURS.next_opening(at(3, 12)) == at(5, 0)  # Thursday noon → Saturday, Friday is off


def test_next_opening_after_closing_is_the_next_span() -> None:
    assert HOURS.next_opening(at(0, 14, 10)) == at(0, 15)
    assert HOURS.next_opening(at(0, 18, 0)) == at(5, 0)  # Friday is a holiday: Saturday


def test_a_bureau_with_no_hours_never_opens() -> None:
    closed = OpeningHours.parse("Asia/Tbilisi", {}, [])
    assert not closed.is_open(at(0, 12)) and closed.next_opening(at(0, 12)) is None


@given(
    st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    )
)
def test_the_next_opening_is_later_and_open(moment: datetime) -> None:
    opening = HOURS.next_opening(moment)
    assert opening is not None and opening > moment
    assert HOURS.is_open(opening)
    # Every span of this week starts after a closed minute: it is a real opening.
    assert not HOURS.is_open(opening - timedelta(minutes=1))
