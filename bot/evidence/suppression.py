"""Small-cell suppression for the published figures: nobody can be singled out.

The rule, in plain words (the report prints it): a number is shown only when it counts at least
``k`` people (zero counts as small, as the UK LLC rule has it, because "nobody here" can reveal as
much as "one person here"); and when a number is hidden, enough other numbers in its row and
column are hidden too that it cannot be worked out from what is shown, totals included.

A table crosses at most two dimensions. Its published form has the cells, the row totals (when it
has more than one column), the column totals and the grand total. Every one of them is an *entry*
of a set of linear equations (a line's cells add up to the line's total). Suppression is:

1. primary: hide every entry below ``k``;
2. secondary, to a fixed point: in each equation, never leave exactly one hidden entry, and never
   leave hidden cells whose sum (known from a shown total) is below ``k``: hide the smallest shown
   cell of that line instead;
3. an audit: while a reader could still pin a hidden figure down to less than one person of room
   from the shown ones (a "bridge" between two blocks of hidden cells can be solved, and a hidden
   sum forced to zero reveals zeros), hide the smallest shown cell beside it and check again.

Step 3 is what makes the promise checkable; steps 1-2 are the usual heuristic that makes step 3
rarely needed. Everything is deterministic: the same table always publishes the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scipy.optimize import linprog

from bot.evidence import DEFAULT_THRESHOLD, MIN_THRESHOLD

UNBOUNDED = 3
"""scipy's status when nothing bounds a hidden figure from above."""
TOLERANCE = 1e-6

Entry = tuple[str, int, int]
"""("cell", row, column), ("row", row, 0), ("column", 0, column) or ("total", 0, 0)."""


@dataclass(frozen=True)
class Table:
    """Counts of people by one or two dimensions (one column for a single dimension)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.rows) or any(
            len(row) != len(self.columns) for row in self.counts
        ):
            raise ValueError("counts must have one row per row label and one value per column")
        if any(value < 0 for row in self.counts for value in row):
            raise ValueError("counts cannot be negative")


@dataclass(frozen=True)
class Published:
    """What may leave the building: ``None`` where a figure is hidden."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...] | None
    """None for a one-column table, whose row totals would repeat its cells."""
    column_totals: tuple[int | None, ...]
    total: int | None
    threshold: int


def suppress(table: Table, k: int = DEFAULT_THRESHOLD) -> Published:
    """Hide what could single someone out, and what would give a hidden figure away."""
    if k < MIN_THRESHOLD:
        raise ValueError(f"the threshold can never be below {MIN_THRESHOLD}")
    values = _entries(table)
    equations = _equations(table)
    hidden = {entry for entry, value in values.items() if value < k}
    while True:
        _secondary(values, equations, hidden, k)
        determined = _determined(values, equations, hidden)
        if not determined:
            break
        before = len(hidden)
        for entry in sorted(determined):
            _hide_neighbour(entry, values, equations, hidden)
        if len(hidden) == before and not _hide_smallest(values, values, hidden):
            break  # everything is hidden: nothing is left to give anything away
    return _published(table, values, hidden, k)


def _entries(table: Table) -> dict[Entry, int]:
    values: dict[Entry, int] = {}
    for r, row in enumerate(table.counts):
        for c, value in enumerate(row):
            values[("cell", r, c)] = value
        if len(table.columns) > 1:
            values[("row", r, 0)] = sum(row)
    for c in range(len(table.columns)):
        values[("column", 0, c)] = sum(row[c] for row in table.counts)
    values[("total", 0, 0)] = sum(map(sum, table.counts))
    return values


def _equations(table: Table) -> list[tuple[tuple[Entry, ...], Entry]]:
    """Each equation: members that add up to a total."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    equations: list[tuple[tuple[Entry, ...], Entry]] = []
    for c in range(n_cols):
        equations.append((tuple(("cell", r, c) for r in range(n_rows)), ("column", 0, c)))
    if n_cols > 1:
        for r in range(n_rows):
            equations.append((tuple(("cell", r, c) for c in range(n_cols)), ("row", r, 0)))
        equations.append((tuple(("row", r, 0) for r in range(n_rows)), ("total", 0, 0)))
    equations.append((tuple(("column", 0, c) for c in range(n_cols)), ("total", 0, 0)))
    return equations


def _secondary(
    values: dict[Entry, int],
    equations: Sequence[tuple[tuple[Entry, ...], Entry]],
    hidden: set[Entry],
    k: int,
) -> None:
    changed = True
    while changed:
        changed = False
        for members, total in equations:
            unknown = [m for m in members if m in hidden]
            total_hidden = total in hidden
            lonely = len(unknown) + total_hidden == 1
            small_rest = not total_hidden and unknown and sum(values[m] for m in unknown) < k
            if (lonely or small_rest) and _hide_smallest(members, values, hidden):
                changed = True


def _hide_smallest(members: Iterable[Entry], values: dict[Entry, int], hidden: set[Entry]) -> bool:
    shown = [m for m in members if m not in hidden]
    if not shown:
        return False
    hidden.add(min(shown, key=lambda m: (values[m], m)))
    return True


def _hide_neighbour(
    entry: Entry,
    values: dict[Entry, int],
    equations: Sequence[tuple[tuple[Entry, ...], Entry]],
    hidden: set[Entry],
) -> None:
    """Hide the smallest shown member of an equation the determined entry takes part in."""
    for members, total in equations:
        if (entry in members or entry == total) and _hide_smallest(members, values, hidden):
            return
    for members, total in equations:  # every member hidden already: hide a total
        if entry in members and total not in hidden:
            hidden.add(total)
            return


def _determined(
    values: dict[Entry, int],
    equations: Sequence[tuple[tuple[Entry, ...], Entry]],
    hidden: set[Entry],
) -> set[Entry]:
    """Hidden entries a reader can pin down: the shown figures, the sums and the fact that no
    count is negative leave them less than one person of room (a linear programme each way)."""
    unknowns = sorted(hidden)
    index = {entry: i for i, entry in enumerate(unknowns)}
    rows: list[list[float]] = []
    rhs: list[float] = []
    for members, total in equations:
        row = [0.0] * len(unknowns)
        known = 0
        for member in members:
            if member in index:
                row[index[member]] += 1.0
            else:
                known += values[member]
        if total in index:
            row[index[total]] -= 1.0
            rhs.append(float(-known))
        else:
            rhs.append(float(values[total] - known))
        rows.append(row)
    kept = [(row, value) for row, value in zip(rows, rhs, strict=True) if any(row)]
    constraints: dict[str, object] = (
        {"A_eq": [row for row, _ in kept], "b_eq": [value for _, value in kept]} if kept else {}
    )
    pinned = set()
    for entry, i in index.items():
        objective = [0.0] * len(unknowns)
        objective[i] = 1.0
        low = linprog(objective, bounds=(0, None), **constraints)
        objective[i] = -1.0
        high = linprog(objective, bounds=(0, None), **constraints)
        if high.status != UNBOUNDED and -high.fun - low.fun < 1 - TOLERANCE:
            pinned.add(entry)
    return pinned


def _published(table: Table, values: dict[Entry, int], hidden: set[Entry], k: int) -> Published:
    def shown(entry: Entry) -> int | None:
        return None if entry in hidden else values[entry]

    n_rows, n_cols = len(table.rows), len(table.columns)
    return Published(
        rows=table.rows,
        columns=table.columns,
        cells=tuple(tuple(shown(("cell", r, c)) for c in range(n_cols)) for r in range(n_rows)),
        row_totals=(tuple(shown(("row", r, 0)) for r in range(n_rows)) if n_cols > 1 else None),
        column_totals=tuple(shown(("column", 0, c)) for c in range(n_cols)),
        total=shown(("total", 0, 0)),
        threshold=k,
    )
