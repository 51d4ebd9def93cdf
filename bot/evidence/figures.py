"""From a month's counts to the tables a report publishes: one or two dimensions each, every
one passed through suppression before anything is written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.evidence.suppression import Published, Table, suppress

Cell = tuple[str, str, str]
"""(figure, first answer, second answer or "")."""
CROSS = "×"


@dataclass(frozen=True)
class Figure:
    name: str
    dimensions: tuple[str, ...]
    published: Published


def tables(counts: Mapping[Cell, int]) -> list[tuple[str, Table]]:
    """Every figure in the counts as a table; a pair of answers nobody gave counts as zero."""
    names = sorted({figure for figure, _, _ in counts})
    built = []
    for name in names:
        cells = {(a, b): n for (figure, a, b), n in counts.items() if figure == name}
        rows = tuple(sorted({a for a, _ in cells}))
        columns = tuple(sorted({b for _, b in cells}))
        values = tuple(tuple(cells.get((a, b), 0) for b in columns) for a in rows)
        built.append((name, Table(rows, columns, values)))
    return built


def publish(counts: Mapping[Cell, int], k: int) -> list[Figure]:
    return [
        Figure(name, tuple(name.split(CROSS)), suppress(table, k)) for name, table in tables(counts)
    ]


def csv_rows(figure: Figure, hidden: str) -> list[list[str]]:
    """A flat table a spreadsheet opens: one line per cell, then the totals; ``hidden`` stands
    where a figure is suppressed."""
    published = figure.published

    def shown(value: int | None) -> str:
        return hidden if value is None else str(value)

    two = len(figure.dimensions) == 2
    lines = [[*figure.dimensions, "people"]]
    for r, row in enumerate(published.cells):
        for c, value in enumerate(row):
            keys = [published.rows[r], published.columns[c]] if two else [published.rows[r]]
            lines.append([*keys, shown(value)])
    if two and published.row_totals is not None:
        row_totals = zip(published.rows, published.row_totals, strict=True)
        column_totals = zip(published.columns, published.column_totals, strict=True)
        lines += [[a, "total", shown(v)] for a, v in row_totals]
        lines += [["total", b, shown(v)] for b, v in column_totals]
    lines.append(["total", *([""] if two else []), shown(published.total)])
    return lines
