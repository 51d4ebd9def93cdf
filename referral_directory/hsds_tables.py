"""HSDS as tables of text cells that remember where each came from: what the CSV and the JSON
readers both produce, so that one mapping (``hsds_import``) serves both formats and still
reports every problem in the reader's own terms (spreadsheet row and column, or JSON file and
path)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from referral_directory.files import DirectoryProblem

USED: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "organizations": ("id", "name", "description", "email", "website"),
        "services": (
            "id", "organization_id", "name", "description", "url", "status",
            "fees_description", "assured_date",
        ),
        "locations": ("id", "organization_id", "location_type", "name", "latitude", "longitude"),
        "addresses": ("id", "location_id", "address_1", "city", "country", "address_type"),
        "service_at_location": ("id", "service_id", "location_id"),
        "phones": ("id", "service_id", "number", "type", "description"),
        "schedules": ("id", "service_id", "freq", "byday", "opens_at", "closes_at"),
        "languages": ("id", "service_id", "code", "name"),
        "attributes": ("id", "link_id", "link_entity", "link_type", "taxonomy_term_id"),
        "taxonomies": ("id", "name", "description"),
        "taxonomy_terms": ("id", "code", "name", "description", "taxonomy", "taxonomy_id"),
        "translations": ("link_entity", "link_id", "field", "language", "text"),
    }
)  # fmt: skip
"""The tables Gza reads and, for each, the columns it maps or checks (plus our ``x_``
extensions). Labels Gza derives itself (a language's or a term's name) count as mapped."""

EXTENSIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "organizations": ("x_gza_id", "x_example"),
        "services": ("x_gza_id",),
        "locations": ("x_gza_id",),
    }
)

REQUIRED: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "organizations": ("id", "name", "description"),
        "services": ("id", "organization_id", "name", "description", "assured_date"),
        "locations": ("id",),
        "addresses": ("location_id", "city"),
        "service_at_location": ("service_id", "location_id"),
        "phones": ("number",),
        "languages": ("code",),
        "attributes": ("link_id", "link_entity", "taxonomy_term_id"),
        "taxonomies": ("id", "name"),
        "taxonomy_terms": ("id", "code"),
        "translations": ("link_entity", "link_id", "field", "language", "text"),
    }
)
"""Columns a CSV table must have in its header row (a missing one is reported once)."""

SKIPPED: Mapping[str, str] = MappingProxyType(
    {
        "accessibility": "Gza keeps accessibility as gza-accessibility attributes",
        "contacts": "Gza does not keep contact people",
        "cost_options": "Gza keeps only fees_description",
        "funding": "Gza does not keep funding",
        "metadata": "Gza does not keep change history",
        "meta_table_descriptions": "Gza does not keep table descriptions",
        "organization_identifiers": "Gza does not keep registration numbers",
        "programs": "Gza does not keep programs",
        "required_documents": "Gza does not keep required documents",
        "service_areas": "Gza keeps the city of each place instead",
    }
)
"""HSDS tables Gza leaves out, and why (for the notes of a dry run)."""


@dataclass(frozen=True)
class Row:
    """One record. ``prefix`` turns a column into a JSON path; ``at`` overrides it entirely."""

    cells: Mapping[str, str]
    file: str
    record: str
    prefix: str = ""
    at: str | None = None

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()

    def key(self, column: str) -> str:
        """An id or a reference to one: ids compare without case or surrounding spaces."""
        return self.cells.get(column, "").strip().lower()

    def field(self, column: str) -> str:
        return self.at if self.at is not None else self.prefix + column

    def problem(self, column: str, message: str) -> DirectoryProblem:
        return DirectoryProblem(self.file, self.record, self.field(column), message)

    def where(self, other: Row) -> str:
        """How to name this record in a problem about ``other``."""
        return self.record if self.file == other.file else f"{self.file}: {self.record}"


@dataclass
class Table:
    name: str
    label: str
    """``services.csv``, or ``service`` for JSON objects."""
    unit: str
    """``row`` or ``object``."""
    rows: list[Row] = field(default_factory=list)
    columns: dict[str, None] = field(default_factory=dict)
    """The columns seen, in order (an ordered set)."""
    missing: frozenset[str] = frozenset()
    """Required columns absent from a CSV header: already reported, so not again per row."""


@dataclass
class Package:
    """What a reader found: the tables Gza reads, and counts of what it leaves out."""

    tables: dict[str, Table]
    unit: str
    problems: list[DirectoryProblem] = field(default_factory=list)
    skipped: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Label -> (rows or objects, why they are left out)."""

    def table(self, name: str) -> Table:
        if name not in self.tables:
            self.tables[name] = Table(name, name, self.unit)
        return self.tables[name]


class Progress:
    """Calls ``report(done, total)`` about a hundred times over ``total`` steps, and at the end."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None) -> None:
        self.total, self.report, self.done, self.last = total, report, 0, 0
        self.every = max(1, total // 100)

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.report is not None and (
            self.done - self.last >= self.every or self.done >= self.total
        ):
            self.last = self.done
            self.report(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.report is not None and self.last < self.total:
            self.last = self.done = self.total
            self.report(self.total, self.total)


def counted(count: int, unit: str) -> str:
    """``1 row``, ``2 rows``."""
    return f"{count} {unit}" + ("" if count == 1 else "s")
