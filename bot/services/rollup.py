"""The monthly roll-up: a month's searches become counts of people before retention may remove
them, so the evidence outlives every per-person trail.

A month is counted once, after it has ended, from the searches stored under the pseudonym: each
cell is the number of *different people* who gave that answer (or pair of answers) that month.
What is kept has no pseudonym, no day and no free text. Suppression happens when figures are
published (``bot.evidence.suppression``), never here, so no information is lost before then.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.services.ports import Cell, Clock, UnitOfWorkFactory

log = logging.getLogger(__name__)

FIGURES: tuple[tuple[str, ...], ...] = (
    ("city",),
    ("needs",),
    ("groups",),
    ("service_language",),
    ("prefs",),
    ("city", "needs"),
    ("city", "groups"),
    ("needs", "groups"),
)
"""The tables of a month: one or two dimensions crossed, never more."""
UNANSWERED = "unanswered"
MULTI_FIELDS = frozenset({"needs", "groups", "prefs"})


def month_of(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def month_start(month: str) -> datetime:
    year, number = (int(part) for part in month.split("-"))
    return datetime(year, number, 1, tzinfo=UTC)


def next_month(month: str) -> str:
    start = month_start(month)
    return month_of(start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1))


def _values(answers: dict[str, str], field: str) -> set[str]:
    value = answers.get(field, "")
    values = set(filter(None, value.split(","))) if field in MULTI_FIELDS else {value} - {""}
    return values or {UNANSWERED}


def count_people(searches: Iterable[tuple[str, dict[str, str]]]) -> dict[Cell, int]:
    """Different people per cell of every figure (a person searching twice counts once)."""
    people: dict[Cell, set[str]] = defaultdict(set)
    for person, answers in searches:
        for dimensions in FIGURES:
            name = "×".join(dimensions)
            firsts = _values(answers, dimensions[0])
            seconds = _values(answers, dimensions[1]) if len(dimensions) > 1 else {""}
            for a in firsts:
                for b in seconds:
                    people[(name, a, b)].add(person)
    return {cell: len(who) for cell, who in people.items()}


@dataclass(frozen=True)
class MonthlyRollup:
    uow: UnitOfWorkFactory
    clock: Clock

    async def run(self) -> list[str]:
        """Count every ended month not counted yet; returns the months counted now."""
        current = month_of(self.clock())
        counted: list[str] = []
        async with self.uow() as uow:
            first = await uow.screenings.first_day()
            done = await uow.evidence.counted_months()
            month = month_of(first) if first is not None else current
            while month < current:
                if month not in done:
                    start, end = month_start(month), month_start(next_month(month))
                    searches = await uow.screenings.between(start, end)
                    await uow.evidence.add_month(month, count_people(searches))
                    counted.append(month)
                month = next_month(month)
            await uow.commit()
        if counted:
            log.info("evidence.rolled_up months=%s", ",".join(counted))
        return counted
