"""The supervisor's figures: percentiles that really occurred, periods in the bureau's local
time, each event counted in the period it happened in, and empty days without made-up zeros."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.services.bureau_figures import CaseTimes, bureau_figures, percentile, period_starts
from bot.services.cases import CLOSED, OUTCOMES, TAKEN, WAITING

TBILISI = ZoneInfo("Asia/Tbilisi")  # UTC+4
NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)  # 14:00 in Tbilisi


def times(
    created: datetime,
    taken: datetime | None = None,
    closed: datetime | None = None,
    outcome: str | None = None,
    escalated: datetime | None = None,
) -> CaseTimes:
    status = CLOSED if closed else TAKEN if taken else WAITING
    return CaseTimes(created, taken, closed, status, outcome, escalated)


durations = st.lists(st.integers(min_value=0, max_value=10**6).map(lambda s: timedelta(seconds=s)))


@given(durations, st.floats(min_value=0, max_value=100))
def test_a_percentile_is_one_of_the_values_and_splits_them(
    values: list[timedelta], q: float
) -> None:
    result = percentile(values, q)
    if not values:
        assert result is None
        return
    assert result in values
    assert sum(v <= result for v in values) >= q / 100 * len(values)
    assert sum(v < result for v in values) < max(1, q / 100 * len(values)) or q == 0


@given(durations.filter(bool))
def test_p50_never_exceeds_p90_and_p100_is_the_longest(values: list[timedelta]) -> None:
    p50, p90 = percentile(values, 50), percentile(values, 90)
    assert p50 is not None and p90 is not None and p50 <= p90
    assert percentile(values, 100) == max(values)


def test_percentiles_of_ten_waits_are_the_fifth_and_the_ninth() -> None:
    waits = [timedelta(minutes=m) for m in (9, 1, 8, 2, 7, 3, 6, 4, 5, 10)]
    assert percentile(waits, 50) == timedelta(minutes=5)
    assert percentile(waits, 90) == timedelta(minutes=9)


def test_an_empty_day_has_zero_counts_and_no_wait_figure() -> None:
    figures = bureau_figures([], 0, NOW, TBILISI)
    for period in (figures.today, figures.month):
        assert (period.opened, period.taken, period.escalations) == (0, 0, 0)
        assert period.take_p50 is None and period.take_p90 is None
        assert period.outcomes == tuple((o, 0) for o in OUTCOMES)
    assert (figures.waiting_now, figures.on_shift) == (0, 0)


def test_the_day_starts_at_local_midnight_and_the_month_on_the_first() -> None:
    day, month = period_starts(NOW, TBILISI)
    assert day == datetime(2026, 12, 5, 20, 0, tzinfo=UTC)
    assert month == datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


def test_each_event_counts_in_the_period_it_happened_in() -> None:
    yesterday = NOW - timedelta(days=1)
    late_last_night = datetime(2026, 12, 5, 19, 30, tzinfo=UTC)  # 23:30 in Tbilisi
    cases = [
        times(NOW - timedelta(minutes=30)),  # waiting, opened today
        times(yesterday, yesterday + timedelta(minutes=4), NOW, "referred"),
        times(
            NOW - timedelta(hours=2),
            NOW - timedelta(hours=1),
            escalated=NOW - timedelta(hours=1, minutes=30),
        ),
        times(late_last_night, late_last_night + timedelta(minutes=10)),
        times(datetime(2026, 11, 30, 12, 0, tzinfo=UTC)),  # last month, still waiting
    ]
    figures = bureau_figures(cases, 2, NOW, TBILISI)
    assert figures.waiting_now == 2 and figures.on_shift == 2
    assert (figures.today.opened, figures.month.opened) == (2, 4)
    assert (figures.today.taken, figures.month.taken) == (1, 3)
    assert figures.today.take_p50 == figures.today.take_p90 == timedelta(hours=1)
    assert figures.month.take_p50 == timedelta(minutes=10)
    assert figures.month.take_p90 == timedelta(hours=1)
    assert (figures.today.escalations, figures.month.escalations) == (1, 1)
    assert dict(figures.today.outcomes)["referred"] == 1
    assert sum(n for _, n in figures.month.outcomes) == 1


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60 * 24 * 60),
            st.one_of(st.none(), st.integers(min_value=0, max_value=600)),
            st.sampled_from(OUTCOMES),
        ),
        max_size=30,
    )
)
def test_today_never_exceeds_the_month(rows: list[tuple[int, int | None, str]]) -> None:
    cases = []
    for ago, wait, outcome in rows:
        created = NOW - timedelta(minutes=ago)
        taken = created + timedelta(minutes=wait) if wait is not None else None
        taken = taken if taken is None or taken <= NOW else None
        cases.append(times(created, taken, taken, outcome if taken else None))
    figures = bureau_figures(cases, 0, NOW, TBILISI)
    today, month = figures.today, figures.month
    assert today.opened <= month.opened <= len(cases)
    assert today.taken <= month.taken
    for (o, n_today), (_, n_month) in zip(today.outcomes, month.outcomes, strict=True):
        assert n_today <= n_month, o
    assert figures.waiting_now == sum(c.taken_at is None for c in cases)
