"""Small-cell suppression for the published figures: nobody can be singled out.

The rule, in plain words (the report prints it): a number is shown only when it counts at least
``k`` people (zero counts as small, as the UK LLC rule has it, because "nobody here" can reveal as
much as "one person here"); and when a number is hidden, enough other numbers are hidden too that
it cannot be worked out, nor pinned to a range narrower than ``k``, from everything shown, totals
and the other tables of the month included.

A table crosses at most two dimensions. Its published form has the cells, the row totals (when it
has more than one column), the column totals and the grand total. Every one of them is an *entry*
of a set of linear equations (a line's cells add up to the line's total). The tables of a month
are also *linked* (``Link``): the people who asked for legal help in Kutaisi are among those who
asked for legal help, and among those who searched in Kutaisi. Suppression is joint, over every
table of a month at once:

1. primary: hide every entry below ``k``;
2. secondary, to a fixed point: in each equation, never leave exactly one hidden entry, and never
   leave hidden cells whose sum (known from a shown total) is below ``k``: hide the smallest shown
   cell of that line instead;
3. an audit (``bot.evidence.audit``): while a reader could still pin a hidden figure to a range
   narrower than ``k`` from all the shown figures, equations and links together, hide the
   smallest shown entry beside it and check again.

Step 3 is what makes the promise checkable; steps 1-2 are the usual heuristic that makes step 3
rarely needed. Everything is deterministic: the same tables always publish the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from bot.evidence import DEFAULT_THRESHOLD, MIN_THRESHOLD
from bot.evidence.audit import PART, Equation, Key, Link, narrow

ONE = ""
"""The name of the only table of ``suppress``."""


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


def cell(table: str, row: str, column: str) -> Key:
    return (table, "cell", row, column)


def row_total(table: str, row: str) -> Key:
    return (table, "row", row, "")


def column_total(table: str, column: str) -> Key:
    return (table, "column", "", column)


def grand_total(table: str) -> Key:
    return (table, "total", "", "")


def suppress(table: Table, k: int = DEFAULT_THRESHOLD) -> Published:
    """One table on its own: hide what could single someone out, or give a hidden figure away."""
    return suppress_jointly({ONE: table}, k)[ONE]


def suppress_jointly(
    tables: Mapping[str, Table],
    k: int = DEFAULT_THRESHOLD,
    links: Sequence[Link] = (),
    latent: Mapping[Key, int] | None = None,
) -> dict[str, Published]:
    """Every table of a month at once. ``latent``: counts never published that links speak of
    (everyone who asked for legal help, when only its split by bureau is published)."""
    if k < MIN_THRESHOLD:
        raise ValueError(f"the threshold can never be below {MIN_THRESHOLD}")
    values: dict[Key, int] = {}
    equations: list[Equation] = []
    for name, table in tables.items():
        values |= _entries(name, table)
        equations += _equations(name, table)
    unseen = dict(latent or {})
    audited = frozenset(values)
    values |= unseen
    kept = [link for link in links if all(key in values for key in link.smaller + link.larger)]
    hidden = {entry for entry, value in values.items() if value < k} | set(unseen)
    lines = [*equations, *_equal_lines(values, kept, unseen)]
    safe: set[Key] = set()
    while True:
        _secondary(values, lines, hidden, k)
        weak = narrow(values, equations, kept, hidden, k, (hidden & audited) - safe)
        safe |= (hidden & audited) - set(weak)  # hiding more never narrows a range again
        if not weak:
            break
        before = len(hidden)
        for entry, pinning in sorted(weak.items()):
            if not _hide_smallest(sorted(pinning & audited), values, hidden):
                _hide_neighbour(entry, values, equations, kept, hidden)
        if len(hidden) == before and not _hide_smallest(audited, values, hidden):
            break  # everything is hidden: nothing is left to give anything away
    return {name: _published(name, table, values, hidden, k) for name, table in tables.items()}


def _entries(name: str, table: Table) -> dict[Key, int]:
    values: dict[Key, int] = {}
    for a, row in zip(table.rows, table.counts, strict=True):
        for b, value in zip(table.columns, row, strict=True):
            values[cell(name, a, b)] = value
        if len(table.columns) > 1:
            values[row_total(name, a)] = sum(row)
    for c, b in enumerate(table.columns):
        values[column_total(name, b)] = sum(row[c] for row in table.counts)
    values[grand_total(name)] = sum(map(sum, table.counts))
    return values


def _equations(name: str, table: Table) -> list[Equation]:
    """Each equation: members that add up to a total."""
    equations: list[Equation] = []
    for b in table.columns:
        equations.append((tuple(cell(name, a, b) for a in table.rows), column_total(name, b)))
    if len(table.columns) > 1:
        for a in table.rows:
            equations.append((tuple(cell(name, a, b) for b in table.columns), row_total(name, a)))
        equations.append((tuple(row_total(name, a) for a in table.rows), grand_total(name)))
    equations.append((tuple(column_total(name, b) for b in table.columns), grand_total(name)))
    return equations


def _equal_lines(
    values: Mapping[Key, int], links: Sequence[Link], unseen: Mapping[Key, int]
) -> list[Equation]:
    """Links that hold as equalities, as equations for step 2; a count never published stands
    for the figures equal to it (everyone who asked for legal help: the column's total in one
    table and the row's total in another), so those become one equation each."""
    equal = [
        link
        for link in links
        if link.relation != PART
        and sum(values[key] for key in link.smaller) == sum(values[key] for key in link.larger)
    ]
    aliases: dict[Key, list[Key]] = {}
    lines: list[Equation] = []
    for link in equal:
        together = link.smaller + link.larger
        if len(together) == 2 and any(key in unseen for key in together):
            one, other = sorted(together, key=lambda key: key in unseen)
            aliases.setdefault(other, []).append(one)
        elif not any(key in unseen for key in together) and len(link.larger) == 1:
            lines.append((link.smaller, link.larger[0]))
    for same in aliases.values():
        lines += [((one,), other) for one, other in pairwise(sorted(set(same)))]
    return lines


def _secondary(
    values: Mapping[Key, int], equations: Sequence[Equation], hidden: set[Key], k: int
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


def _hide_smallest(members: Iterable[Key], values: Mapping[Key, int], hidden: set[Key]) -> bool:
    shown = [m for m in members if m not in hidden]
    if not shown:
        return False
    hidden.add(min(shown, key=lambda m: (values[m], m)))
    return True


def _hide_neighbour(
    entry: Key,
    values: Mapping[Key, int],
    equations: Sequence[Equation],
    links: Sequence[Link],
    hidden: set[Key],
) -> None:
    """Hide the smallest shown entry of any equation or link the narrow entry takes part in;
    when all of them are hidden, a total it adds up to."""
    near: set[Key] = set()
    for members, total in equations:
        if entry in members or entry == total:
            near.update(members)
    for link in links:
        if entry in link.smaller or entry in link.larger:
            near.update(link.smaller + link.larger)
    if _hide_smallest(sorted(near), values, hidden):
        return
    for members, total in equations:
        if entry in members and total not in hidden:
            hidden.add(total)
            return


def _published(
    name: str, table: Table, values: Mapping[Key, int], hidden: set[Key], k: int
) -> Published:
    def shown(entry: Key) -> int | None:
        return None if entry in hidden else values[entry]

    many = len(table.columns) > 1
    return Published(
        rows=table.rows,
        columns=table.columns,
        cells=tuple(tuple(shown(cell(name, a, b)) for b in table.columns) for a in table.rows),
        row_totals=tuple(shown(row_total(name, a)) for a in table.rows) if many else None,
        column_totals=tuple(shown(column_total(name, b)) for b in table.columns),
        total=shown(grand_total(name)),
        threshold=k,
    )
