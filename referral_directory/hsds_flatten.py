"""HSDS JSON documents -> the tables of ``hsds_tables``: each embedded object becomes a row that
remembers its file, its service and its JSON path, with the foreign keys its nesting implies.
An object repeated across documents (an organization, its places) is kept once; if the copies
differ, that is a problem, since a curator who edits one file would otherwise be ignored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from referral_directory.files import DirectoryProblem
from referral_directory.hsds_tables import SKIPPED, Package, Row, Table

TABLE = {
    "organization": "organizations", "service": "services", "location": "locations",
    "address": "addresses", "service_at_location": "service_at_location", "phone": "phones",
    "schedule": "schedules", "language": "languages", "attribute": "attributes",
    "taxonomy_term": "taxonomy_terms", "taxonomy": "taxonomies", "translation": "translations",
}  # fmt: skip
"""JSON object kind -> table."""

NESTED = {
    "service": {"organization", "phones", "schedules", "languages", "attributes",
                "service_at_locations"},
    "organization": {"locations", "services"},
    "location": {"addresses", "attributes"},
    "service_at_location": {"location"},
    "attribute": {"taxonomy_term"},
    "taxonomy_term": {"taxonomy_detail"},
}  # fmt: skip
"""The embedded objects Gza reads, by the kind of object they are in."""


class _Where:
    def __init__(self, file: str, record: str, prefix: str) -> None:
        self.file, self.record, self.prefix = file, record, prefix

    def at(self, path: str) -> _Where:
        return _Where(self.file, self.record, f"{self.prefix}{path}.")

    def problem(self, path: str, message: str) -> DirectoryProblem:
        return DirectoryProblem(self.file, self.record, f"{self.prefix}{path}".rstrip("."), message)


class Flattener:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.seen: dict[tuple[str, tuple[str, ...]], Row] = {}
        self.objects: dict[tuple[str, ...], dict[str, Any]] = {}
        for kind, name in TABLE.items():
            package.tables[name] = Table(name, kind, "object")

    def document(self, data: Any, file: str) -> None:
        """A service, a list of services, or an organization with its ``services``."""
        for number, obj in enumerate(data if isinstance(data, list) else [data], start=1):
            ident = _text(obj.get("id")) if isinstance(obj, dict) else ""
            kind = "organization" if _is_organization(obj) else "service"
            where = _Where(file, f"{kind} '{ident}'" if ident else f"{kind} {number}", "")
            if not isinstance(obj, dict):
                self.package.problems.append(where.problem("", "expected a service object"))
            elif kind == "organization":
                org_id = self.organization(obj, where)
                for path, service in self.items(obj, "services", where):
                    self.service(service, path, org_id)
            else:
                self.service(obj, where)

    def service(self, obj: dict[str, Any], where: _Where, org_id: str = "") -> None:
        organization = obj.get("organization")
        if isinstance(organization, dict):
            org_id = _text(organization.get("id"))
        service_id = self.add("service", obj, where, organization_id=org_id)
        if isinstance(organization, dict):
            self.organization(organization, where.at("organization"))
        elif organization is not None:
            self.package.problems.append(where.problem("organization", "expected an object"))
        for path, link in self.items(obj, "service_at_locations", where):
            location = link.get("location")
            location_id = ""
            if isinstance(location, dict):
                location_id = self.location(location, path.at("location"), org_id)
            self.add("service_at_location", link, path, service_id=service_id,
                     location_id=location_id)  # fmt: skip
        for key, kind in (
            ("phones", "phone"),
            ("schedules", "schedule"),
            ("languages", "language"),
        ):
            for path, item in self.items(obj, key, where):
                self.add(kind, item, path, service_id=service_id)
        for path, attribute in self.items(obj, "attributes", where):
            self.attribute(attribute, path, "service", service_id)

    def organization(self, obj: dict[str, Any], where: _Where) -> str:
        if self.repeated("organization", obj):
            return _text(obj.get("id"))
        org_id = self.add("organization", obj, where)
        for path, location in self.items(obj, "locations", where):
            self.location(location, path, org_id)
        return org_id

    def location(self, obj: dict[str, Any], where: _Where, org_id: str) -> str:
        if self.repeated("location", obj, org_id):
            return _text(obj.get("id"))
        location_id = self.add("location", obj, where, organization_id=org_id)
        for path, address in self.items(obj, "addresses", where):
            self.add("address", address, path, location_id=location_id)
        for path, attribute in self.items(obj, "attributes", where):
            self.attribute(attribute, path, "location", location_id)
        return location_id

    def repeated(self, kind: str, obj: dict[str, Any], *context: str) -> bool:
        """The very same object (with all it embeds) was read before: every document repeats
        its organization and places, and reading them once keeps big imports fast."""
        key = (kind, _text(obj.get("id")).strip().lower(), *context)
        if not key[1]:
            return False
        first = self.objects.setdefault(key, obj)
        return first is not obj and first == obj

    def attribute(self, obj: dict[str, Any], where: _Where, entity: str, link_id: str) -> None:
        term = obj.get("taxonomy_term")
        term_id = self.term(term, where.at("taxonomy_term")) if isinstance(term, dict) else ""
        self.add("attribute", obj, where, link_entity=entity, link_id=link_id,
                 taxonomy_term_id=term_id)  # fmt: skip

    def term(self, obj: dict[str, Any], where: _Where) -> str:
        if self.repeated("taxonomy_term", obj):
            return _text(obj.get("id"))
        detail, taxonomy_id = obj.get("taxonomy_detail"), ""
        if isinstance(detail, dict):
            taxonomy_id = self.add("taxonomy", detail, where.at("taxonomy_detail"))
        return self.add("taxonomy_term", obj, where, taxonomy_id=taxonomy_id)

    def add(self, kind: str, obj: dict[str, Any], where: _Where, **implied: str) -> str:
        """Add the object's own fields as a row (``implied`` fills what its nesting says);
        return its id."""
        cells: dict[str, str] = {}
        for key, value in obj.items():
            if type(value) is str:
                cells[key] = value
            elif isinstance(value, dict | list):
                if key != "x_translations":
                    self.skip(kind, key, value)
            else:
                cells[key] = _text(value)
        for key, value in implied.items():
            if value and not cells.get(key, "").strip():
                cells[key] = value
        table = self.package.tables[TABLE[kind]]
        if not table.columns.keys() >= cells.keys():
            table.columns.update(dict.fromkeys(cells))
        ident = cells.get("id", "")
        self.keep(table, Row(cells, where.file, where.record, where.prefix), ident.strip().lower())
        if "x_translations" in obj:
            self.translations(kind, obj, where, ident)
        return ident

    def keep(self, table: Table, row: Row, *key: str) -> None:
        """Rows repeated across documents are kept once; copies must be the same."""
        if key[0]:
            first = self.seen.setdefault((table.name, key), row)
            if first is not row:
                if first.cells != row.cells:
                    message = f"differs from the same {table.label} in {first.where(row)}"
                    problem = DirectoryProblem(
                        row.file, row.record, row.prefix.rstrip("."), message
                    )
                    self.package.problems.append(problem)
                return
        table.rows.append(row)

    def translations(self, kind: str, obj: dict[str, Any], where: _Where, link_id: str) -> None:
        texts = obj.get("x_translations")
        if texts is None:
            return
        if not isinstance(texts, dict) or not all(isinstance(t, dict) for t in texts.values()):
            message = "expected texts by field and language, e.g. {name: {en: ..., ka: ...}}"
            self.package.problems.append(where.problem("x_translations", message))
            return
        table = self.package.tables["translations"]
        for field, by_language in texts.items():
            for language, text in by_language.items():
                at = f"{where.prefix}x_translations.{field}.{language}"
                row = Row({"link_entity": kind, "link_id": link_id, "field": field,
                           "language": language, "text": _text(text)},
                          where.file, where.record, at=at)  # fmt: skip
                if isinstance(text, dict | list):
                    self.package.problems.append(row.problem("text", "expected text"))
                    continue
                self.keep(table, row, kind, link_id.lower(), field, language)
        table.columns.update(dict.fromkeys(("link_entity", "link_id", "field", "language", "text")))

    def items(
        self, obj: dict[str, Any], key: str, where: _Where
    ) -> Iterable[tuple[_Where, dict[str, Any]]]:
        value = obj.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            self.package.problems.append(where.problem(key, "expected a list"))
            return
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield where.at(f"{key}[{index}]"), item
            else:
                self.package.problems.append(where.problem(f"{key}[{index}]", "expected an object"))

    def skip(self, kind: str, key: str, value: dict[str, Any] | list[Any]) -> None:
        """Count embedded objects Gza does not read (the notes say so)."""
        if key in NESTED.get(kind, ()):
            return
        label = f"{kind}.{key}"
        why = SKIPPED.get(key) or SKIPPED.get(f"{key}s") or _why(key)
        count = len(value) if isinstance(value, list) else 1
        before = self.package.skipped.get(label, (0, why))[0]
        self.package.skipped[label] = (before + count, why)


def _text(value: Any) -> str:
    """A JSON scalar as the text a CSV cell would hold."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _why(key: str) -> str:
    if key in ("phones", "schedules", "languages"):
        return f"Gza keeps only a service's own {key}"
    return f"Gza does not keep {key}"


def _is_organization(obj: Any) -> bool:
    """An organization document (like HSDS's organization_full.json) lists its services."""
    return isinstance(obj, dict) and isinstance(obj.get("services"), list)
