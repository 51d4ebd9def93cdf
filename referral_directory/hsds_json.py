"""HSDS 3.0 JSON, one document per service (``services/<hsds-id>.json``): the service with its
organization (and all the organization's places), its places, phones, schedules, languages and
attributes embedded, as HSDS's compiled ``service.json`` schema describes. Reading flattens the
documents into the same tables the CSV reader produces (see ``hsds_tables``), so both formats
share one mapping; a record repeated across documents (an organization, a place) must be the
same everywhere."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from referral_directory.files import DirectoryProblem
from referral_directory.hsds_export import Record, by_column, export_tables
from referral_directory.hsds_flatten import Flattener
from referral_directory.hsds_import import to_directory
from referral_directory.hsds_tables import Package, Progress
from referral_directory.model import Directory
from referral_directory.places import Places

SERVICES_DIR = "services"


def read_json_documents(
    path: Path, places: Places, progress: Callable[[int, int], None] | None = None
) -> tuple[Directory, tuple[str, ...]]:
    """``path``: a .json file (one service or a list), or a folder of them (``services/``).

    Organizations come out in id order, and services in id order within each: documents have
    no order of their own (their files are named by HSDS id)."""
    package = Package({}, "object")
    flattener = Flattener(package)
    files = json_files(path)
    if not files:
        package.problems.append(DirectoryProblem(str(path), "", "", "no .json files"))
    ticker = Progress(len(files), progress)
    for file, label in files:
        data = _load(file, label, package.problems)
        try:
            if data is not None:
                flattener.document(data, label)
        except RecursionError:
            package.problems.append(DirectoryProblem(label, "", "", "nested too deeply"))
        ticker.step()
    directory, notes = to_directory(package, places, Progress(0, None))
    ticker.finish()
    return in_id_order(directory), notes


def json_files(path: Path) -> list[tuple[Path, str]]:
    """(file, the name problems give it): ``services/*.json`` if there are any, else ``*.json``."""
    if path.is_file():
        return [(path, path.name)]
    found = sorted((path / SERVICES_DIR).glob("*.json"))
    if found:
        return [(file, f"{SERVICES_DIR}/{file.name}") for file in found]
    return [(file, file.name) for file in sorted(path.glob("*.json"))]


def in_id_order(directory: Directory) -> Directory:
    organizations = sorted(
        (replace(org, services=tuple(sorted(org.services, key=lambda s: s.id)))
         for org in directory.organizations),
        key=lambda org: org.id,
    )  # fmt: skip
    return replace(directory, organizations=tuple(organizations))


def _load(file: Path, label: str, problems: list[DirectoryProblem]) -> Any:
    try:
        return json.loads(file.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        problems.append(DirectoryProblem(label, "", "", "not UTF-8 text"))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        problems.append(DirectoryProblem(label, where, "", f"not valid JSON: {exc.msg}"))
    except RecursionError:
        problems.append(DirectoryProblem(label, "", "", "not valid JSON: nested too deeply"))
    return None


# Writing ------------------------------------------------------------------------------------


def write_json_documents(directory: Directory, folder: Path) -> None:
    (folder / SERVICES_DIR).mkdir(parents=True, exist_ok=True)
    for service_id, document in documents(export_tables(directory)):
        text = json.dumps(document, ensure_ascii=False) + "\n"
        (folder / SERVICES_DIR / f"{service_id}.json").write_bytes(text.encode())


def documents(tables: dict[str, list[Record]]) -> list[tuple[str, dict[str, Any]]]:
    """(HSDS service id, its document) for every service, nesting the flat tables."""
    nest = _Nest(tables)
    return [(str(service["id"]), nest.service(service)) for service in tables["services"]]


class _Nest:
    def __init__(self, tables: dict[str, list[Record]]) -> None:
        self.organizations = {str(r["id"]): r for r in tables["organizations"]}
        self.locations = {str(r["id"]): r for r in tables["locations"]}
        self.terms = {str(r["id"]): r for r in tables["taxonomy_terms"]}
        self.places = by_column(tables["locations"], "organization_id")
        self.addresses = by_column(tables["addresses"], "location_id")
        self.attributes = by_column(tables["attributes"], "link_id")
        self.of_service = {
            name: by_column(tables[name], "service_id")
            for name in ("service_at_location", "phones", "schedules", "languages")
        }
        self.texts: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
        self.built: dict[str, dict[str, Any]] = {}
        for row in tables["translations"]:
            fields = self.texts.setdefault((str(row["link_entity"]), str(row["link_id"])), {})
            fields.setdefault(str(row["field"]), {})[str(row["language"])] = str(row["text"])

    def object(self, record: Record, entity: str, *drop: str) -> dict[str, Any]:
        obj: dict[str, Any] = {k: v for k, v in record.items() if k not in drop}
        texts = self.texts.get((entity, str(record["id"])))
        if texts:
            obj["x_translations"] = texts
        return obj

    def service(self, record: Record) -> dict[str, Any]:
        key = str(record["id"])
        doc = self.object(record, "service")
        doc["organization"] = self.organization_of(str(record["organization_id"]))
        doc["service_at_locations"] = [
            self.object(link, "service_at_location", "service_id")
            | {"location": self.location_of(str(link["location_id"]))}
            for link in self.of_service["service_at_location"].get(key, [])
        ]
        doc["phones"] = [
            self.object(phone, "phone", "service_id")
            for phone in self.of_service["phones"].get(key, [])
        ]
        for name in ("schedules", "languages"):
            doc[name] = [
                self.object(item, name, "service_id") for item in self.of_service[name].get(key, [])
            ]
        doc["attributes"] = self.attributes_of(key)
        return doc

    def organization_of(self, org_id: str) -> dict[str, Any]:
        """Built once: every document of the organization's services repeats it."""
        key = f"organization:{org_id}"
        if key not in self.built:
            self.built[key] = self.organization(self.organizations[org_id])
        return self.built[key]

    def location_of(self, location_id: str) -> dict[str, Any]:
        key = f"location:{location_id}"
        if key not in self.built:
            self.built[key] = self.location(self.locations[location_id])
        return self.built[key]

    def organization(self, record: Record) -> dict[str, Any]:
        obj = self.object(record, "organization")
        places = self.places.get(str(record["id"]), [])
        obj["locations"] = [self.location_of(str(place["id"])) for place in places]
        return obj

    def location(self, record: Record) -> dict[str, Any]:
        obj = self.object(record, "location")
        addresses = self.addresses.get(str(record["id"]), [])
        obj["addresses"] = [self.object(a, "address", "location_id") for a in addresses]
        attributes = self.attributes_of(str(record["id"]))
        if attributes:
            obj["attributes"] = attributes
        return obj

    def attributes_of(self, link_id: str) -> list[dict[str, Any]]:
        found = []
        for attribute in self.attributes.get(link_id, []):
            term = self.terms[str(attribute["taxonomy_term_id"])]
            found.append(dict(attribute) | {"taxonomy_term": term})
        return found
