"""HSDS 3.0 as a Tabular Data Package: a folder of CSV files (one per table) and a
``datapackage.json`` describing them. Read as spreadsheet programs write it (UTF-8 with or
without BOM, CRLF, quoted cells over several lines); rows are numbered as the spreadsheet numbers
them (the header is row 1), so a curator finds each problem where it is."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from referral_directory.files import DirectoryProblem
from referral_directory.hsds_export import TABLES, Record, export_tables
from referral_directory.hsds_import import to_directory
from referral_directory.hsds_tables import (
    EXTENSIONS,
    REQUIRED,
    SKIPPED,
    USED,
    Package,
    Progress,
    Row,
    Table,
)
from referral_directory.model import Directory
from referral_directory.places import Places

DATAPACKAGE = "datapackage.json"
NEEDED = ("organizations", "services")

STANDARD: Mapping[str, str] = MappingProxyType(
    {
        "organizations": "id,name,alternate_name,description,email,website,tax_status,tax_id,"
        "year_incorporated,legal_status,logo,uri,parent_organization_id",
        "services": "id,organization_id,program_id,name,alternate_name,description,url,email,"
        "status,interpretation_services,application_process,fees_description,wait_time,fees,"
        "accreditations,eligibility_description,minimum_age,maximum_age,assured_date,"
        "assurer_email,licenses,alert,last_modified",
        "locations": "id,location_type,url,organization_id,name,alternate_name,description,"
        "transportation,latitude,longitude,external_identifier,external_identifier_type",
        "addresses": "id,location_id,attention,address_1,address_2,city,region,state_province,"
        "postal_code,country,address_type",
        "service_at_location": "id,service_id,location_id,description",
        "phones": "id,location_id,service_id,organization_id,contact_id,service_at_location_id,"
        "number,extension,type,description",
        "schedules": "id,service_id,location_id,service_at_location_id,valid_from,valid_to,"
        "dtstart,timezone,until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,"
        "description,opens_at,closes_at,schedule_link,attending_type,notes",
        "languages": "id,service_id,location_id,phone_id,name,code,note",
        "attributes": "id,link_id,taxonomy_term_id,link_type,link_entity,value",
        "taxonomies": "id,name,description,uri,version",
        "taxonomy_terms": "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,"
        "term_uri",
        "translations": "link_entity,link_id,field,language,text",
    }
)
"""The HSDS 3.0 columns of each table, in the order of the official example (``translations``
is ours)."""


def columns(table: str) -> tuple[str, ...]:
    return (*STANDARD[table].split(","), *EXTENSIONS.get(table, ()))


# Reading ------------------------------------------------------------------------------------


def read_csv_package(
    folder: Path, places: Places, progress: Callable[[int, int], None] | None = None
) -> tuple[Directory, tuple[str, ...]]:
    """The CSV files are read by name; ``datapackage.json`` is not needed (nor trusted)."""
    package = Package({}, "row")
    for name in NEEDED:
        if not (folder / f"{name}.csv").is_file():
            package.problems.append(DirectoryProblem(f"{name}.csv", "", "", "file not found"))
    for path in sorted(folder.glob("*.csv")):
        _read_file(path, package)
    total = sum(len(table.rows) for table in package.tables.values())
    ticker = Progress(total, progress)
    directory, notes = to_directory(package, places, ticker)
    ticker.finish()
    return directory, notes


def _read_file(path: Path, package: Package) -> None:
    name, label = path.stem, path.name
    records = _records(path, package.problems)
    if name not in USED:
        why = SKIPPED.get(name, "not an HSDS table Gza reads")
        package.skipped[label] = (max(0, len(records) - 1), why)
        return
    table = Table(name, label, "row")
    package.tables[name] = table
    if records:
        header = _header(records[0], table, package.problems)
        table.rows = [
            row
            for number, cells in enumerate(records[1:], start=2)
            if (row := _row(header, cells, label, number, package.problems)) is not None
        ]


def _records(path: Path, problems: list[DirectoryProblem]) -> list[list[str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"not UTF-8 text (byte {exc.start + 1}): save it as 'CSV UTF-8'"
        problems.append(DirectoryProblem(path.name, "", "", message))
        return []
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        record = f"row {len(records) + 1}"
        problems.append(DirectoryProblem(path.name, record, "", f"cannot read the CSV: {exc}"))
    return records


def _header(cells: list[str], table: Table, problems: list[DirectoryProblem]) -> list[str]:
    header = [cell.strip().lower() for cell in cells]
    for index, column in enumerate(header):
        if column and column in header[:index]:
            problems.append(DirectoryProblem(table.label, "row 1", column, "duplicate column"))
    table.columns = dict.fromkeys(column for column in header if column)
    missing = [column for column in REQUIRED.get(table.name, ()) if column not in table.columns]
    for column in missing:
        message = "missing column: add it to the header row (row 1)"
        problems.append(DirectoryProblem(table.label, "row 1", column, message))
    table.missing = frozenset(missing)
    return header


def _row(
    header: list[str], cells: list[str], label: str, number: int, problems: list[DirectoryProblem]
) -> Row | None:
    """The row's cells by column; None for an empty row (spreadsheets leave them)."""
    if not any(cell.strip() for cell in cells):
        return None
    record = f"row {number}"
    for index, cell in enumerate(cells):
        if cell.strip() and (index >= len(header) or not header[index]):
            message = "a value in a column with no name in the header (a stray comma or quote?)"
            problems.append(DirectoryProblem(label, record, f"column {index + 1}", message))
    named = {column: cell for column, cell in zip(header, cells, strict=False) if column}
    return Row(named, label, record)


# Writing ------------------------------------------------------------------------------------


def write_csv_package(directory: Directory, folder: Path) -> None:
    tables = export_tables(directory)
    for name in TABLES:
        _write_table(folder / f"{name}.csv", columns(name), tables[name])
    text = json.dumps(datapackage(), indent=2, ensure_ascii=False)
    (folder / DATAPACKAGE).write_text(text + "\n", "utf-8")


def _write_table(path: Path, header: tuple[str, ...], records: list[Record]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([_cell(record.get(column, "")) for column in header] for record in records)


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


# datapackage.json ---------------------------------------------------------------------------

_NUMBERS = {"latitude", "longitude", "year_incorporated", "minimum_age", "maximum_age",
            "extension", "timezone", "count", "interval"}  # fmt: skip
_DATES = {"assured_date", "valid_from", "valid_to", "dtstart", "until"}
_FORMATS = {"email": "email", "assurer_email": "email", "website": "uri", "url": "uri",
            "uri": "uri", "schedule_link": "uri", "term_uri": "uri"}  # fmt: skip
_REQUIRED = {"organizations": {"id", "name", "description"}, "services": {"id", "name", "status"},
             "locations": {"id", "location_type"}, "phones": {"id", "number"}}  # fmt: skip
_KEYS = {
    "services": {"organization_id": "organizations"},
    "locations": {"organization_id": "organizations"},
    "addresses": {"location_id": "locations"},
    "service_at_location": {"service_id": "services", "location_id": "locations"},
    "phones": {"service_id": "services"},
    "schedules": {"service_id": "services"},
    "languages": {"service_id": "services"},
    "attributes": {"taxonomy_term_id": "taxonomy_terms"},
    "taxonomy_terms": {"taxonomy_id": "taxonomies"},
}


def datapackage() -> dict[str, Any]:
    """The Tabular Data Package descriptor of what ``write_csv_package`` writes."""
    return {
        "name": "gza-directory",
        "title": "Gza directory of services (Open Referral HSDS 3.0)",
        "profile": "tabular-data-package",
        "description": "HSDS 3.0 tables plus Gza's extensions: x_gza_id (our id), x_example "
        "(invented data) and translations.csv (every text in every language).",
        "resources": [_resource(name) for name in TABLES],
    }


def _resource(table: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [_field(table, name) for name in columns(table)]}
    if table == "translations":
        schema["primaryKey"] = ["link_entity", "link_id", "field", "language"]
    else:
        schema["primaryKey"] = "id"
    schema["foreignKeys"] = [
        {"fields": column, "reference": {"resource": target, "fields": "id"}}
        for column, target in _KEYS.get(table, {}).items()
    ]
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _field(table: str, name: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": "string"}
    if name in _NUMBERS:
        field["type"] = "number"
    elif name in _DATES:
        field["type"] = "date"
    elif name in ("opens_at", "closes_at"):
        field.update(type="time", format="%H:%M")
    elif name == "last_modified":
        field["type"] = "datetime"
    elif name == "x_example":
        field.update(type="boolean", trueValues=["true"], falseValues=["false"])
    elif name in _FORMATS:
        field["format"] = _FORMATS[name]
    elif (name == "id" or name.endswith("_id")) and name not in ("tax_id", "x_gza_id"):
        field["format"] = "uuid"
    if name in _REQUIRED.get(table, ()) or (name == "id" and table != "translations"):
        field["constraints"] = {"required": True}
    return field
