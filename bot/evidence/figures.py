"""From a month's counts to the tables a report publishes: one or two dimensions each, every
one passed through suppression before anything is written.

One report is made for all bureaus together; a bureau's report is cut out of it, never
suppressed on its own. A one-dimension table (needs, outcome, time to a person...) is published
crossed with the bureau, so its rows are the bureaus and its totals are all bureaus together;
a bureau's report shows its own row of that same table. A table by place shows the bureau the
rows of its own places. Two-dimension tables without a place are in the report for all bureaus
only. So comparing a bureau's report with another's, or with the one for all bureaus, shows
nothing that the report for all bureaus does not show already.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from bot.evidence.links import BUREAU, CROSS, PLACES, Cell, month_links
from bot.evidence.suppression import Published, Table, suppress_jointly

__all__ = ["BUREAU", "CROSS", "PLACES", "Cell", "Figure", "publish", "report_figures"]


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


def by_bureau(name: str, counts: Mapping[str, Mapping[Cell, int]]) -> Table:
    """A one-dimension figure crossed with the bureau: a row per bureau that has counts."""
    cells = {
        (bureau, a): n
        for bureau, its in counts.items()
        for (figure, a, _), n in its.items()
        if figure == name
    }
    rows = tuple(sorted({bureau for bureau, _ in cells}))
    columns = tuple(sorted({a for _, a in cells}))
    values = tuple(tuple(cells.get((b, a), 0) for a in columns) for b in rows)
    return Table(rows, columns, values)


def publish(
    counts: Mapping[Cell, int],
    k: int,
    bureaus: Mapping[str, Mapping[Cell, int]] | None = None,
) -> list[Figure]:
    """The report for all bureaus, every table suppressed jointly with the others (links:
    ``bot.evidence.links``). Without ``bureaus`` (each bureau's own counts), the one-dimension
    tables are published alone, as counted for all bureaus together."""
    built: dict[str, tuple[tuple[str, ...], Table]] = {}
    for name, table in tables(counts):
        dimensions = tuple(name.split(CROSS))
        if bureaus and len(dimensions) == 1 and dimensions[0] not in PLACES:
            built[BUREAU + CROSS + name] = ((BUREAU, *dimensions), by_bureau(name, bureaus))
        else:
            built[name] = (dimensions, table)
    plain = {name: table for name, (_, table) in built.items()}
    links, latent = month_links(plain, counts, bureaus or {})
    published = suppress_jointly(plain, k, links, latent)
    return [Figure(name, dimensions, published[name]) for name, (dimensions, _) in built.items()]


def for_bureau(figures: list[Figure], bureau: str, places: Collection[str]) -> list[Figure]:
    """A bureau's report, cut from the report for all bureaus (``places``: its cities)."""
    cut = []
    for figure in figures:
        first = figure.dimensions[0]
        if first == BUREAU and bureau in figure.published.rows:
            cut.append(_row_of(figure, bureau))
        elif first in PLACES:
            rows = [r for r in figure.published.rows if r in places]
            if rows:
                cut.append(_rows_of(figure, rows))
    return cut


def report_figures(
    counts: Mapping[Cell, int],
    bureaus: Mapping[str, Mapping[Cell, int]],
    k: int,
    bureau: str | None = None,
    places: Collection[str] = (),
) -> list[Figure]:
    """The published tables of a month: for all bureaus, or for ``bureau`` (with its
    ``places``). Pure, so the report command and a supervisor's page show the same figures."""
    figures = publish(counts, k, bureaus)
    return figures if bureau is None else for_bureau(figures, bureau, places)


def _row_of(figure: Figure, bureau: str) -> Figure:
    """A bureau's row of a table crossed with the bureau, as a one-dimension table."""
    p = figure.published
    r = p.rows.index(bureau)
    total = p.row_totals[r] if p.row_totals is not None else p.cells[r][0]
    published = Published(
        rows=p.columns,
        columns=("",),
        cells=tuple((value,) for value in p.cells[r]),
        row_totals=None,
        column_totals=(total,),
        total=total,
        threshold=p.threshold,
    )
    name = figure.name.removeprefix(BUREAU + CROSS)
    return Figure(name, figure.dimensions[1:], published)


def _rows_of(figure: Figure, rows: list[str]) -> Figure:
    """Some rows of a table; their totals are shown only where every part is shown (a sum of
    shown figures tells nothing new)."""
    p = figure.published
    index = [p.rows.index(r) for r in rows]
    cells = tuple(p.cells[i] for i in index)
    row_totals = tuple(p.row_totals[i] for i in index) if p.row_totals is not None else None
    columns = tuple(_sum(row[c] for row in cells) for c in range(len(p.columns)))
    total = _sum(row_totals if row_totals is not None else columns)
    published = replace(
        p, rows=tuple(rows), cells=cells, row_totals=row_totals, column_totals=columns, total=total
    )
    return replace(figure, published=published)


def _sum(values: Iterable[int | None]) -> int | None:
    parts = list(values)
    return None if any(v is None for v in parts) else sum(v for v in parts if v is not None)


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
