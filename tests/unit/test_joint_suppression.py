"""Joint suppression: the tables of one month share their people, so a reader holding all of
them must still learn nothing about a hidden number.

The oracle here is independent of the audit in ``bot.evidence``: it does not use its links, it
knows *more*. People are generated one answer each (one search, one place, one need, one group),
so every published table is a sum of one hidden three-way table (people by place, need and
group), and the oracle bounds each hidden number over every non-negative three-way table that
agrees with every published number of the month. A hidden small number (under k, zero too) must
keep at least k of room: neither solved nor narrowed. (A large number hidden only to protect a
small one may be known: the same number can be shown in another table.)"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from bot.evidence.figures import Cell, Figure, publish
from bot.services.rollup import count_by_bureau, count_people

K = 10
QUICK = settings(max_examples=15, deadline=None, phases=[Phase.explicit, Phase.generate])
"""Each example solves a few hundred linear programmes; shrinking one would take minutes."""
BUREAUS = {"east": frozenset({"kutaisi"}), "west": frozenset({"batumi", "poti"})}
PLACES = ("batumi", "kutaisi", "poti", "sachkhere")  # sachkhere: no bureau
NEEDS = ("legal", "medical", "shelter")
GROUPS = ("lgbtqi", "sex_workers")
KNOWN = frozenset({"city", "needs", "groups"})
Joint = dict[tuple[str, str, str], int]
Where = Callable[[str, str, str], bool]


@st.composite
def months(draw: st.DrawFn) -> Joint:
    """People by place, need and group: many small numbers, some large."""
    count = st.one_of(st.integers(0, 6), st.integers(0, 30))
    return {key: draw(count) for key in product(PLACES, NEEDS, GROUPS)}


def rows(joint: Joint) -> list[tuple[str, dict[str, str]]]:
    return [
        (f"{place}-{need}-{group}-{i}", {"city": place, "needs": need, "groups": group})
        for (place, need, group), n in joint.items()
        for i in range(n)
    ]


def bureau_of(place: str) -> str:
    return next((b for b, places in BUREAUS.items() if place in places), "_none")


def selector(figure: Figure, row: str, column: str) -> Where:
    """Which people of the three-way table a published cell counts ("" for a whole line)."""
    dimensions = figure.dimensions

    def value(dimension: str, place: str, need: str, group: str) -> str:
        return {"bureau": bureau_of(place), "city": place, "needs": need, "groups": group}[
            dimension
        ]

    def where(place: str, need: str, group: str) -> bool:
        wanted = zip(dimensions, (row, column), strict=False)
        return all(v in ("", value(d, place, need, group)) for d, v in wanted)

    return where


def published(figures: list[Figure]) -> list[tuple[Where, int | None, int]]:
    """Every number of the month, shown or hidden (None), with what it counts and its truth."""
    numbers = []
    for figure in figures:
        p = figure.published
        columns = p.columns if len(figure.dimensions) == 2 else ("",)
        for r, row in enumerate(p.rows):
            for c, column in enumerate(columns):
                numbers.append((figure, row, column, p.cells[r][c]))
            if p.row_totals is not None:
                numbers.append((figure, row, "", p.row_totals[r]))
        for c, column in enumerate(columns):
            numbers.append((figure, "", column, p.column_totals[c]))
        numbers.append((figure, "", "", p.total))
    return [(selector(f, r, c), v, 0) for f, r, c, v in numbers]


def true_value(where: Where, joint: Joint) -> int:
    return sum(n for key, n in joint.items() if where(*key))


def ranges(figures: list[Figure], joint: Joint) -> list[tuple[int, float, float]]:
    """For each hidden number: its truth, and the least and most a reader can make it."""
    keys = sorted(joint)
    numbers = published(figures)
    shown = [(w, v) for w, v, _ in numbers if v is not None]
    agree = {
        "A_eq": [[1.0 if w(*key) else 0.0 for key in keys] for w, _ in shown],
        "b_eq": [float(v) for _, v in shown],
    }
    constraints = agree if shown else {}
    found = []
    for where, value, _ in numbers:
        if value is None:
            objective = [1.0 if where(*key) else 0.0 for key in keys]
            low = linprog(objective, bounds=(0, None), **constraints)
            high = linprog([-x for x in objective], bounds=(0, None), **constraints)
            assert low.status == 0, "the published numbers must agree with some table"
            top = float("inf") if high.status == 3 else -high.fun
            found.append((true_value(where, joint), low.fun, top))
    return found


def report(joint: Joint) -> list[Figure]:
    """The tables the oracle knows the make-up of (every search table but language and
    preferences, which nobody here answered)."""
    people = rows(joint)

    def ours(counts: dict[Cell, int]) -> dict[Cell, int]:
        return {cell: n for cell, n in counts.items() if KNOWN.issuperset(cell[0].split("×"))}

    mine = {b: ours(counts) for b, counts in count_by_bureau(people, BUREAUS).items()}
    return publish(ours(count_people(people)), K, mine)


@QUICK
@given(months())
def test_no_small_hidden_number_can_be_narrowed_below_k_from_every_table_of_the_month(
    joint: Joint,
) -> None:
    for truth, low, high in ranges(report(joint), joint):
        if truth < K:  # zero included: "nobody here" can reveal as much as "one person"
            assert high - low >= K - 1e-6, (truth, low, high)


@QUICK
@given(months())
def test_no_number_of_the_month_shown_counts_fewer_than_k_people(joint: Joint) -> None:
    figures = report(joint)
    for figure in figures:
        p = figure.published
        shown = [v for row in p.cells for v in row] + [*(p.row_totals or ()), *p.column_totals]
        assert all(v >= K for v in [*shown, p.total] if v is not None), figure.name
