"""A supervisor's figures for one bureau, today and this month, from case records alone.

Pure: the records and the clock come in, counts and durations go out. A record carries no
code, no person and no text, so nothing that leaves here can identify anyone."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from bot.services.cases import OUTCOMES, WAITING


@dataclass(frozen=True)
class CaseTimes:
    """What the figures need of one case."""

    created_at: datetime
    taken_at: datetime | None
    """When it was first taken; None while nobody has."""
    closed_at: datetime | None
    status: str
    outcome: str | None
    escalated_at: datetime | None
    """When it was first escalated (nobody took it in time); None if never."""


@dataclass(frozen=True)
class Period:
    """One stretch of time: cases opened, taken, escalated and closed within it."""

    opened: int
    taken: int
    take_p50: timedelta | None
    take_p90: timedelta | None
    """None when nothing was taken: no figure rather than a made-up zero."""
    escalations: int
    outcomes: tuple[tuple[str, int], ...]
    """Every outcome, in the order staff choose them, zero included."""


@dataclass(frozen=True)
class BureauFigures:
    waiting_now: int
    on_shift: int
    today: Period
    month: Period


def percentile(values: Sequence[timedelta], q: float) -> timedelta | None:
    """Nearest-rank percentile (a value that really occurred); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def period_starts(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The start of the bureau's local day and month, as aware instants."""
    local = now.astimezone(zone)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day.replace(day=1)


def period(cases: Iterable[CaseTimes], since: datetime, now: datetime) -> Period:
    """Figures for [since, now]: each event counted in the period it happened in."""
    rows = list(cases)

    def within(at: datetime | None) -> bool:
        return at is not None and since <= at <= now

    waits = [c.taken_at - c.created_at for c in rows if c.taken_at and within(c.taken_at)]
    closed = [c.outcome for c in rows if within(c.closed_at)]
    return Period(
        opened=sum(within(c.created_at) for c in rows),
        taken=len(waits),
        take_p50=percentile(waits, 50),
        take_p90=percentile(waits, 90),
        escalations=sum(within(c.escalated_at) for c in rows),
        outcomes=tuple((o, closed.count(o)) for o in OUTCOMES),
    )


def bureau_figures(
    cases: Sequence[CaseTimes], on_shift: int, now: datetime, zone: tzinfo
) -> BureauFigures:
    """The supervisor's page for one bureau's cases (the caller picks the bureau)."""
    day, month = period_starts(now, zone)
    return BureauFigures(
        waiting_now=sum(c.status == WAITING for c in cases),
        on_shift=on_shift,
        today=period(cases, day, now),
        month=period(cases, month, now),
    )
