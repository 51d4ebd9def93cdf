"""The monthly roll-up: a month's searches become counts of people before retention may remove
them, so the evidence outlives every per-person trail.

A month is counted once, after it has ended, from the evidence journal kept under the pseudonym
(searches, rights topics, cases opened, taken and closed, check-ins answered): each cell is the
number of *different people* who gave that answer (or pair of answers) that month, for all
bureaus together and for each bureau alone.
What is kept has no pseudonym, no day and no free text. Suppression happens when figures are
published (``bot.evidence.suppression``), never here, so no information is lost before then.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.services.counting import CLOSED, CONTACT, DISRESPECT, FOLLOW_UP, KIND, TAKEN, VIOLENCE
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
"""The tables of a month's searches: one or two dimensions crossed, never more."""
TOPIC_FIELD = "rights_topic"
TOPIC_FIGURES: tuple[tuple[str, ...], ...] = ((TOPIC_FIELD,),)
"""A rights topic opened is stored like a search (its id only) and counted in its own table,
never as a search with every answer missing."""
EVENT_FIGURES: Mapping[str, tuple[tuple[str, ...], ...]] = {
    CONTACT: (("contact_hour",), ("contact_weekday",), ("contact_hours",)),
    TAKEN: (("take_time",),),
    CLOSED: (("close_outcome",), ("close_time",)),
    VIOLENCE: (("violence_type",),),
    FOLLOW_UP: (
        ("followup_type", "followup_reached"),
        ("followup_type", "followup_respected"),
    ),
    DISRESPECT: (("disrespect_type",), ("disrespect_city", "disrespect_type")),
}
"""The tables of the other events journalled (``bot.services.counting``): cases opened by hour,
weekday and whether the bureau was open, time to a person and to closing as bands, outcomes
and the kind of violence disclosed, check-in answers and reports of disrespect by type of
service and city. The bureau is not a dimension here: every event is also counted in its
bureau's own counts, and a report crosses each one-dimension table with the bureau."""
BUREAU_FIELDS = ("contact_bureau", "take_bureau", "close_bureau", "violence_bureau")
PLACE_FIELDS = ("city", "disrespect_city")
NO_BUREAU = "_none"
"""Events no bureau can be named for (a search without a place of a bureau)."""
UNANSWERED = "unanswered"
MULTI_FIELDS = frozenset({"needs", "groups", "prefs", "followup_type", "disrespect_type"})
Bureaus = Mapping[str, frozenset[str]]
"""bureau id -> the cities it serves: a search is a bureau's when its city is one of them."""


def figures_of(answers: Mapping[str, str]) -> tuple[tuple[str, ...], ...]:
    if KIND in answers:
        return EVENT_FIGURES.get(answers[KIND], ())
    return TOPIC_FIGURES if TOPIC_FIELD in answers else FIGURES


def bureau_of(answers: Mapping[str, str], bureaus: Bureaus) -> str:
    """The bureau an event is about: named by a case, or by the place of a search or of a
    service; ``NO_BUREAU`` when there is none."""
    for name in BUREAU_FIELDS:
        if answers.get(name):
            return answers[name]
    place = next((answers[p] for p in PLACE_FIELDS if answers.get(p)), None)
    return next((b for b, cities in bureaus.items() if place in cities), NO_BUREAU)


def month_of(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def month_start(month: str) -> datetime:
    year, number = (int(part) for part in month.split("-"))
    return datetime(year, number, 1, tzinfo=UTC)


def next_month(month: str) -> str:
    start = month_start(month)
    return month_of(start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1))


def _values(answers: Mapping[str, str], field: str) -> set[str]:
    value = answers.get(field, "")
    values = set(filter(None, value.split(","))) if field in MULTI_FIELDS else {value} - {""}
    return values or {UNANSWERED}


def count_people(searches: Iterable[tuple[str, Mapping[str, str]]]) -> dict[Cell, int]:
    """Different people per cell of every figure (a person searching twice counts once)."""
    people: dict[Cell, set[str]] = defaultdict(set)
    for person, answers in searches:
        for dimensions in figures_of(answers):
            name = "×".join(dimensions)
            firsts = _values(answers, dimensions[0])
            seconds = _values(answers, dimensions[1]) if len(dimensions) > 1 else {""}
            for a in firsts:
                for b in seconds:
                    people[(name, a, b)].add(person)
    return {cell: len(who) for cell, who in people.items()}


def count_by_bureau(
    rows: Iterable[tuple[str, Mapping[str, str]]], bureaus: Bureaus
) -> dict[str, dict[Cell, int]]:
    """Each bureau's own counts, from the events that are about it."""
    mine: dict[str, list[tuple[str, Mapping[str, str]]]] = defaultdict(list)
    for person, answers in rows:
        mine[bureau_of(answers, bureaus)].append((person, answers))
    return {bureau: count_people(its) for bureau, its in mine.items()}


@dataclass(frozen=True)
class MonthlyRollup:
    uow: UnitOfWorkFactory
    clock: Clock
    bureaus: Bureaus = field(default_factory=dict)

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
                    rows = await uow.screenings.between(start, end)
                    mine = count_by_bureau(rows, self.bureaus)
                    await uow.evidence.add_month(month, count_people(rows), mine)
                    counted.append(month)
                month = next_month(month)
            await uow.commit()
        if counted:
            log.info("evidence.rolled_up months=%s", ",".join(counted))
        return counted
