"""The monthly roll-up keeps the evidence as counts and leaves nobody in it: a month of searches
is counted, retention then erases every person, and the figures stay as they were."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.services.ports import UnitOfWork
from bot.services.retention import RetentionPolicy, RetentionSweep
from bot.services.rollup import MonthlyRollup, count_people
from tests.fakes import ManualClock

NOVEMBER = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
CITIES = ("tbilisi", "kutaisi", "batumi")
NEEDS = ("legal", "medical", "shelter", "testing")
GROUPS = ("sex_workers", "violence_survivors", "prefer_not")


def synthetic_month(people: int, seed: int) -> list[tuple[str, datetime, dict[str, str]]]:
    """Searches over November: some people search twice, some skip questions."""
    rng = random.Random(seed)
    searches = []
    for n in range(people):
        answers = {"city": rng.choice(CITIES), "needs": ",".join(rng.sample(NEEDS, 2))}
        if rng.random() < 0.7:
            answers["groups"] = rng.choice(GROUPS)
        day = NOVEMBER + timedelta(days=rng.randrange(30), hours=rng.randrange(12))
        for _ in range(rng.choice((1, 1, 2))):
            searches.append((f"person-{n}", day, answers))
    return searches


async def test_a_counted_month_survives_retention_with_no_person_left(
    uow: Callable[[], UnitOfWork],
) -> None:
    searches = synthetic_month(60, seed=7)
    async with uow() as tx:
        for person, day, answers in searches:
            await tx.persons.remember(person, "chat", "address", day)
            await tx.screenings.record(person, answers, day)
        await tx.commit()
    clock = ManualClock(datetime(2026, 12, 1, 0, 30, tzinfo=UTC))
    rollup = MonthlyRollup(uow, clock)
    assert await rollup.run() == ["2026-11"]
    assert await rollup.run() == []  # counted once
    async with uow() as tx:
        figures = await tx.evidence.month("2026-11")
    expected = count_people((person, answers) for person, _, answers in searches)
    assert figures == expected
    assert figures[("city", "tbilisi", "")] == len(
        {p for p, _, a in searches if a["city"] == "tbilisi"}
    )
    assert sum(n for (f, _, _), n in figures.items() if f == "city") == 60  # people, not searches
    assert figures[("groups", "unanswered", "")] > 0  # a skipped question is counted as such

    clock.now = datetime(2027, 6, 1, tzinfo=UTC)  # everyone idle far past retention
    policy = RetentionPolicy(timedelta(hours=48), timedelta(hours=48), timedelta(days=90))
    await RetentionSweep(uow, clock, policy, rollup=rollup).run()
    async with uow() as tx:
        assert await tx.screenings.between(NOVEMBER, clock.now) == []
        assert await tx.screenings.first_day() is None
        assert await tx.evidence.month("2026-11") == expected
        assert await tx.evidence.counted_months() >= {"2026-11"}


async def test_a_month_is_counted_only_after_it_has_ended(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.screenings.record("p1", {"city": "batumi"}, NOVEMBER)
        await tx.commit()
    assert await MonthlyRollup(uow, ManualClock(NOVEMBER + timedelta(days=29))).run() == []
    async with uow() as tx:
        assert await tx.evidence.counted_months() == set()


def test_the_counts_hold_no_pseudonym_and_nothing_finer_than_a_month() -> None:
    from bot.storage import models as m

    for table in (m.evidence_counts, m.evidence_months):
        names = {column.name for column in table.columns}
        assert names <= {"month", "bureau", "figure", "a", "b", "people"}
        assert all(column.type.python_type is not datetime for column in table.columns)


async def test_two_reports_of_a_month_one_person_apart_are_the_same_report(
    uow: Callable[[], UnitOfWork],
) -> None:
    """Differencing: a month is frozen once counted, so a report run again after one person
    was erased (or one more search landed in the rows) publishes exactly the same figures, and
    comparing the two tells nothing about that person."""
    from bot.evidence.figures import report_figures

    searches = synthetic_month(40, seed=11)
    async with uow() as tx:
        for person, day, answers in searches:
            await tx.screenings.record(person, answers, day)
        await tx.commit()
    clock = ManualClock(datetime(2026, 12, 2, tzinfo=UTC))
    bureaus = {"kutaisi": frozenset({"kutaisi"}), "tbilisi": frozenset({"tbilisi", "batumi"})}

    async def reports(tx: UnitOfWork) -> list[object]:
        """Every report of the month published together: all bureaus (every table suppressed
        jointly) and each bureau's cut of it."""
        counts, mine = await tx.evidence.month("2026-11"), await tx.evidence.by_bureau("2026-11")
        return [report_figures(counts, mine, 10)] + [
            report_figures(counts, mine, 10, bureau, places) for bureau, places in bureaus.items()
        ]

    await MonthlyRollup(uow, clock, bureaus).run()
    async with uow() as tx:
        before = await reports(tx)
        await tx.persons.erase("person-3")
        await tx.screenings.record("late", {"city": "batumi", "needs": "legal"}, NOVEMBER)
        await tx.commit()
    await MonthlyRollup(uow, clock, bureaus).run()
    async with uow() as tx:
        assert await reports(tx) == before


def synthetic_events(people: int, seed: int) -> list[tuple[str, datetime, dict[str, str]]]:
    """A month of everything the journal keeps: searches, cases opened, taken and closed (with
    the kind of violence now and then), check-ins and reports of disrespect."""
    rng = random.Random(seed)
    rows = synthetic_month(people, seed)
    for person, day, answers in list(rows):
        bureau = "kutaisi" if answers["city"] == "kutaisi" else "tbilisi"
        if rng.random() < 0.5:
            hour = rng.choice(("09", "11", "14", "20", "23"))
            rows.append(
                (
                    person,
                    day,
                    {
                        "evidence": "contact",
                        "contact_bureau": bureau,
                        "contact_hour": hour,
                        "contact_weekday": rng.choice(("mon", "tue", "sat")),
                        "contact_hours": "open" if hour in ("11", "14") else "closed",
                    },
                )
            )
            band = rng.choice(("under_h1", "h1_to_4", "over_h24"))
            rows.append(
                (person, day, {"evidence": "taken", "take_bureau": bureau, "take_time": band})
            )
            outcome = rng.choice(("referred", "info", "no_response"))
            closed = {"evidence": "closed", "close_bureau": bureau, "close_outcome": outcome}
            rows.append((person, day, {**closed, "close_time": "over_h24"}))
            kind = rng.choice(("physical_assault", "psychological_abuse", "not_disclosed"))
            violence = {"evidence": "violence", "violence_bureau": bureau, "violence_type": kind}
            rows.append((person, day, violence))
        if rng.random() < 0.3:
            respected = rng.choice(("yes", "no"))
            check_in = {"evidence": "follow_up", "followup_type": "legal,medical"}
            rows.append(
                (
                    person,
                    day,
                    {**check_in, "followup_reached": "yes", "followup_respected": respected},
                )
            )
            if respected == "no":
                disrespect = {"evidence": "disrespect", "disrespect_type": "medical"}
                rows.append((person, day, {**disrespect, "disrespect_city": answers["city"]}))
    return rows


async def test_a_month_of_conversations_and_cases_survives_retention_unchanged(
    uow: Callable[[], UnitOfWork],
) -> None:
    """Roll-up, then retention: the figures (all bureaus and each bureau's) are what the
    journal said, and nothing about a person is left."""
    from bot.evidence.figures import report_figures
    from bot.services.cases import CLOSED, Case
    from bot.services.rollup import count_by_bureau

    rows = synthetic_events(80, seed=5)
    bureaus = {"kutaisi": frozenset({"kutaisi"}), "tbilisi": frozenset({"tbilisi", "batumi"})}
    async with uow() as tx:
        for n, (person, day, answers) in enumerate(rows):
            await tx.persons.remember(person, "chat", "address", day)
            await tx.screenings.record(person, answers, day)
            if answers.get("evidence") == "closed":
                case = Case(
                    f"C-{n}",
                    person,
                    "chat",
                    answers["close_bureau"],
                    None,
                    "ka",
                    (),
                    False,
                    None,
                    -1,
                    day,
                    status=CLOSED,
                    outcome="info",
                    closed_at=day,
                )
                await tx.cases.add(case)
        await tx.commit()
    clock = ManualClock(datetime(2026, 12, 1, 0, 30, tzinfo=UTC))
    rollup = MonthlyRollup(uow, clock, bureaus)
    async with uow() as tx:
        journal = await tx.screenings.between(datetime(2026, 11, 1, tzinfo=UTC), clock.now)
    expected = count_people(journal)
    expected_bureaus = count_by_bureau(journal, bureaus)
    assert {cell[0] for cell in expected} >= {
        "contact_hour",
        "take_time",
        "close_outcome",
        "violence_type",
        "followup_type×followup_respected",
        "disrespect_city×disrespect_type",
    }

    clock.now = datetime(2027, 6, 1, tzinfo=UTC)  # everyone idle, every case long closed
    policy = RetentionPolicy(timedelta(hours=48), timedelta(hours=48), timedelta(days=90))
    await RetentionSweep(uow, clock, policy, rollup=rollup).run()
    async with uow() as tx:
        assert await tx.evidence.month("2026-11") == expected
        assert await tx.evidence.by_bureau("2026-11") == expected_bureaus
        assert await tx.screenings.first_day() is None  # no journal row left
        assert await tx.persons.idle_since(clock.now, 1000) == []
        assert await tx.cases.open_cases() == []
        assert await tx.cases.last_for(rows[0][0]) is None
        kept = await tx.evidence.month("2026-11")
        report = report_figures(kept, await tx.evidence.by_bureau("2026-11"), 10)
    for figure in report:
        p = figure.published
        numbers = [v for row in p.cells for v in row] + [*(p.row_totals or ()), *p.column_totals]
        assert all(v is None or v >= 10 for v in [*numbers, p.total])
