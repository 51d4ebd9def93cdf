"""How the tables of one month hang together, for the joint audit (``bot.evidence.audit``).

Every table counts different people, so a reader who has them all knows more than each one
tells: the people who asked for legal help in Kutaisi are among those who searched in Kutaisi,
among those who asked for legal help, and among the Kutaisi bureau's; and a bureau's people by
hour of contact are usually the same people as by weekday. These are the links:

- a cell is at most the number of people who gave its row's (or column's) answer, which is at
  most the line's total (a person may give two needs); that number is a published cell of a
  one-dimension table, or, for a table published by bureau, a count never shown (``latent``);
- a bureau's cell is at least each of its places' cells and at most their sum;
- a bureau's cell is at most the number of everyone who gave that answer, at most the column's
  total;
- tables of the same event sharing their rows (by hour and by weekday, by bureau; a bureau's
  searches and its places' searches) have the same number of people per row whenever nobody
  came twice: linked when the counts are equal.

A part is never taken to be its whole; the others are audited as equalities whenever the true
counts are equal (a reader's best guess that nobody came twice, and right), as what is sure
otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise

from bot.evidence.audit import PART, SAME, Key, Link
from bot.evidence.suppression import Table, cell, column_total, row_total

Cell = tuple[str, str, str]
CROSS = "×"
BUREAU = "bureau"
PLACES = frozenset({"city", "disrespect_city"})
FAMILIES = frozenset({"contact", "close", "followup", "disrespect", "take", "violence", "rights"})
SEARCH = "search"
LATENT = "~"
_People = Callable[[str, str], Key | None]


def family(dimension: str) -> str:
    """The event a dimension is an answer of: a search, or a case's, check-in's... event."""
    prefix = dimension.split("_")[0]
    return prefix if prefix in FAMILIES else SEARCH


def month_links(
    tables: Mapping[str, Table],
    counts: Mapping[Cell, int],
    bureaus: Mapping[str, Mapping[Cell, int]],
) -> tuple[list[Link], dict[Key, int]]:
    """The links between the tables of a month, and the unpublished counts they name."""
    latent: dict[Key, int] = {}

    def people(dimension: str, answer: str) -> Key | None:
        """Who gave ``answer``: a shown one-dimension cell, or a latent count."""
        table = tables.get(dimension)
        if table is not None:
            return cell(dimension, answer, "") if answer in table.rows else None
        if (dimension, answer, "") not in counts:
            return None
        key = (LATENT + dimension, "cell", answer, "")
        latent[key] = counts[(dimension, answer, "")]
        return key

    links: list[Link] = []
    for name, table in sorted(tables.items()):
        dimensions = name.split(CROSS)
        if len(dimensions) == 2:
            links += _answer_links(name, table, dimensions, people)
            links += _place_links(name, table, dimensions[0], tables, bureaus)
    links += _row_links(tables, bureaus)
    return links, latent


def _answer_links(name: str, table: Table, dimensions: list[str], people: _People) -> list[Link]:
    first, second = dimensions
    links: list[Link] = []
    if first != BUREAU:
        for a in table.rows:
            whole = people(first, a)
            if whole is not None:
                links += [Link((cell(name, a, b),), (whole,), PART) for b in table.columns]
                links.append(Link((whole,), (line(name, table, a),)))
    for b in table.columns:
        whole = people(second, b)
        if whole is not None:
            links += [Link((cell(name, a, b),), (whole,), PART) for a in table.rows]
            links.append(Link((whole,), (column_total(name, b),)))
    return links


def _place_links(
    name: str,
    table: Table,
    first: str,
    tables: Mapping[str, Table],
    bureaus: Mapping[str, Mapping[Cell, int]],
) -> list[Link]:
    """A bureau's cell against its places' cells of the same answer."""
    second = name.split(CROSS)[1]
    crossed = tables.get(BUREAU + CROSS + second)
    if first not in PLACES or crossed is None:
        return []
    links: list[Link] = []
    for bureau in crossed.rows:
        places = _places(bureaus.get(bureau, {}), name, table)
        for b in set(table.columns) & set(crossed.columns):
            ours = cell(BUREAU + CROSS + second, bureau, b)
            parts = tuple(cell(name, place, b) for place in places)
            links += [Link((part,), (ours,), PART) for part in parts]
            if parts:
                links.append(Link((ours,), parts))
    return links


def _places(counts: Mapping[Cell, int], name: str, table: Table) -> list[str]:
    return sorted({a for figure, a, _ in counts if figure == name} & set(table.rows))


def _row_links(
    tables: Mapping[str, Table], bureaus: Mapping[str, Mapping[Cell, int]]
) -> list[Link]:
    """Same event, same rows: the people per row are the same when nobody came twice."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in sorted(tables):
        dimensions = name.split(CROSS)
        if len(dimensions) == 2:
            groups.setdefault((dimensions[0], family(dimensions[1])), []).append(name)
    links: list[Link] = []
    for names in groups.values():
        for one, other in pairwise(names):
            common = sorted(set(tables[one].rows) & set(tables[other].rows))
            links += [
                Link((line(one, tables[one], r),), (line(other, tables[other], r),), SAME)
                for r in common
            ]
    city = tables.get("city")
    for name in groups.get((BUREAU, SEARCH), []):
        for bureau in tables[name].rows:
            places = _places(bureaus.get(bureau, {}), "city", city) if city else []
            parts = tuple(cell("city", place, "") for place in places)
            if parts:
                links.append(Link((line(name, tables[name], bureau),), parts, SAME))
    return links


def line(name: str, table: Table, row: str) -> Key:
    """The number a row adds up to: its total, or its only cell."""
    return row_total(name, row) if len(table.columns) > 1 else cell(name, row, table.columns[0])
