"""Published figures: nothing below the threshold, and nothing hidden that the rest gives away."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from bot.evidence.suppression import Published, Table, suppress

K = 10


@st.composite
def tables(draw: st.DrawFn) -> Table:
    n_rows = draw(st.integers(1, 5))
    n_cols = draw(st.integers(1, 4))
    small = st.integers(0, 14)
    mixed = st.one_of(small, st.integers(0, 60))
    counts = tuple(tuple(draw(mixed) for _ in range(n_cols)) for _ in range(n_rows))
    return Table(
        rows=tuple(f"r{i}" for i in range(n_rows)),
        columns=tuple(f"c{j}" for j in range(n_cols)),
        counts=counts,
    )


def shown_figures(published: Published) -> list[int]:
    figures = [v for row in published.cells for v in row if v is not None]
    figures += [v for v in published.row_totals or () if v is not None]
    figures += [v for v in published.column_totals if v is not None]
    return figures + ([published.total] if published.total is not None else [])


def feasible_range(published: Published, cell: tuple[int, int]) -> tuple[float, float]:
    """What a reader can learn about one hidden cell: its smallest and largest possible value,
    given every shown figure, the additive structure and that counts are never negative."""
    n_rows, n_cols = len(published.rows), len(published.columns)
    index = {(r, c): r * n_cols + c for r in range(n_rows) for c in range(n_cols)}
    equalities: list[list[float]] = []
    rhs: list[float] = []

    def equation(members: list[tuple[int, int]], value: int | None) -> None:
        if value is not None:
            row = [0.0] * len(index)
            for member in members:
                row[index[member]] = 1.0
            equalities.append(row)
            rhs.append(float(value))

    for r, c in index:
        equation([(r, c)], published.cells[r][c])
    for r in range(n_rows):
        if published.row_totals is not None:
            equation([(r, c) for c in range(n_cols)], published.row_totals[r])
    for c in range(n_cols):
        equation([(r, c) for r in range(n_rows)], published.column_totals[c])
    equation(list(index), published.total)
    objective = [0.0] * len(index)
    objective[index[cell]] = 1.0
    constraints = {"A_eq": equalities, "b_eq": rhs} if equalities else {}
    low = linprog(objective, bounds=(0, None), **constraints)
    high = linprog([-x for x in objective], bounds=(0, None), **constraints)
    assert low.status == 0 and high.status in (0, 3)  # 3: no upper bound at all
    return low.fun, (float("inf") if high.status == 3 else -high.fun)


@settings(max_examples=150, deadline=None)
@given(tables())
def test_no_published_figure_counts_fewer_than_k_people(table: Table) -> None:
    assert all(value >= K for value in shown_figures(suppress(table, K)))


@settings(max_examples=150, deadline=None)
@given(tables())
def test_shown_figures_are_the_true_counts(table: Table) -> None:
    published = suppress(table, K)
    for r, row in enumerate(published.cells):
        for c, value in enumerate(row):
            assert value is None or value == table.counts[r][c]
    assert published.total in (None, sum(map(sum, table.counts)))


@settings(max_examples=100, deadline=None)
@given(tables())
def test_no_small_hidden_cell_can_be_narrowed_below_k_from_the_shown_figures(
    table: Table,
) -> None:
    published = suppress(table, K)
    for r, row in enumerate(published.cells):
        for c, value in enumerate(row):
            if value is None and table.counts[r][c] < K:
                low, high = feasible_range(published, (r, c))
                assert high - low >= K - 1e-9, (table.counts, published, (r, c), low, high)


def test_a_lonely_small_cell_takes_its_row_and_column_neighbours_with_it() -> None:
    published = suppress(Table(("a", "b"), ("x", "y"), ((3, 40), (25, 30))), K)
    # Hiding only the 3 would let 43 - 40 give it back; hiding its row and column neighbours
    # would let the 30 give them back: in a 2x2 table the whole inside goes, the totals stay.
    assert published.cells == ((None, None), (None, None))
    assert published.row_totals == (43, 55)
    assert published.column_totals == (28, 70)
    assert published.total == 98


def test_a_zero_is_as_small_as_one() -> None:
    published = suppress(Table(("a", "b", "c"), ("n",), ((0,), (25,), (30,))), K)
    assert published.cells == ((None,), (None,), (30,))
    assert published.total == 55


def test_hidden_zeros_are_not_given_away_by_a_sum_that_leaves_no_room() -> None:
    # Found by the property test: with 10 shown in the middle, the rest of the table adds up to
    # nothing, so every hidden zero around it could be read off. The audit hides the 10 as well.
    table = Table(("a", "b", "c"), ("w", "x", "y", "z"), ((0, 10, 0, 0), (0, 10, 0, 10), (0,) * 4))
    published = suppress(table, K)
    for r, row in enumerate(published.cells):
        for c, value in enumerate(row):
            if value is None:
                low, high = feasible_range(published, (r, c))
                assert high - low >= K


def test_the_same_table_always_publishes_the_same_figures() -> None:
    table = Table(("a", "b", "c"), ("x", "y", "z"), ((1, 12, 40), (15, 2, 33), (20, 21, 0)))
    assert suppress(table, K) == suppress(table, K)


@pytest.mark.parametrize("k", [0, 1, 4])
def test_a_threshold_below_five_is_refused(k: int) -> None:
    with pytest.raises(ValueError, match="below 5"):
        suppress(Table(("a",), ("n",), ((20,),)), k)
