"""HSDS tables -> our directory. Every problem is collected and raised together; the notes say
what was mapped, what was left out and why, so a dry run tells a curator what an import would
do with a partner's file before anything is stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from referral_directory.files import ID, PHONE, DirectoryError, DirectoryProblem
from referral_directory.hsds import (
    ACCESSIBILITY_TAXONOMY,
    BY_TAXONOMY,
    TRANSLATED,
    ScheduleError,
    Vocabulary,
    language_code,
    merge_texts,
    overlap,
    read_schedule,
)
from referral_directory.hsds_assemble import Draft, Loc, Org, Svc, assemble
from referral_directory.hsds_tables import (
    EXTENSIONS,
    USED,
    Package,
    Progress,
    Row,
    Table,
    counted,
)
from referral_directory.model import Directory, LocalText, Phone, pick
from referral_directory.places import Places
from referral_directory.taxonomy import LANGUAGES, STATUSES

QUOTES = " \t\"'“”„«»"
"""Stripped from phone numbers: spreadsheets (and the official HSDS example) quote them."""


def to_directory(
    package: Package, places: Places, progress: Progress
) -> tuple[Directory, tuple[str, ...]]:
    """Map the tables; raise DirectoryError with the readers' and the mapping's problems."""
    mapping = _Mapping(package, places, progress)
    draft = mapping.read()
    directory, notes = assemble(draft, places)
    problems = mapping.problems + draft.problems
    if problems:
        raise DirectoryError(problems)
    return directory, (*mapping.column_notes(), *mapping.left_notes(), *notes)


@dataclass
class _Index:
    ids: dict[str, set[str]] = field(default_factory=dict)
    texts: dict[tuple[str, str, str], list[tuple[str, str]]] = field(default_factory=dict)
    terms: dict[str, tuple[Vocabulary, str] | None] = field(default_factory=dict)


class _Mapping:
    def __init__(self, package: Package, places: Places, progress: Progress) -> None:
        self.package, self.places, self.progress = package, places, progress
        self.problems: list[DirectoryProblem] = list(package.problems)
        self.left: dict[tuple[str, str], int] = {}
        self.index = _Index()
        self.cities = _city_index(places)
        self.countries = sorted({p.country.upper() for p in places.by_id.values()})

    def table(self, name: str) -> Table:
        return self.package.table(name)

    def read(self) -> Draft:
        for name in USED:
            self._duplicates(self.table(name))
        self.index.terms = self._terms()
        self.index.texts = self._translations()
        draft = Draft(outside_countries=self.countries)
        draft.orgs = self._organizations()
        draft.locs = self._locations(draft)
        draft.svcs = self._services()
        self._service_locations(draft)
        self._phones(draft)
        self._schedules(draft)
        self._languages(draft)
        self._attributes(draft)
        return draft

    # helpers ---------------------------------------------------------------------------------

    def ids(self, name: str) -> set[str]:
        if name not in self.index.ids:
            self.index.ids[name] = {row.key("id") for row in self.table(name).rows}
        return self.index.ids[name]

    def bad(self, row: Row, column: str, message: str) -> None:
        self.problems.append(row.problem(column, message))

    def need(self, table: Table, row: Row, column: str, message: str = "required") -> str:
        value = row.get(column)
        if not value and column not in table.missing:
            self.bad(row, column, message)
        return value

    def refers(self, row: Row, column: str, target: str, kind: str) -> str:
        """The id in ``column``; a problem if no record of ``target`` has it."""
        value = row.key(column)
        if value and value not in self.ids(target):
            label = self.table(target).label
            where = f" in {label}" if self.package.unit == "row" else ""
            self.bad(row, column, f"no {kind} with id '{value}'{where}")
        return value

    def leave(self, table: Table, reason: str, count: int = 1) -> None:
        self.left[table.label, reason] = self.left.get((table.label, reason), 0) + count

    def our_id(self, row: Row) -> str:
        column = "x_gza_id" if row.get("x_gza_id") else "id"
        ident = row.get("x_gza_id") or row.key("id")
        if ident and not ID.match(ident):
            self.bad(row, column, "use lower-case letters, digits and dashes (at most 63)")
        return ident

    def text(self, entity: str, row: Row, column: str, required: bool = False) -> LocalText:
        texts = merge_texts(
            row.get(column), self.index.texts.get((entity, row.key("id"), column), ())
        )
        if required and not texts:
            self.need(self.table(_TABLE_OF[entity]), row, column)
        return texts

    def _duplicates(self, table: Table) -> None:
        if table.name == "translations":
            return
        seen: dict[str, Row] = {}
        for row in table.rows:
            ident = row.key("id")
            if ident and ident in seen:
                self.bad(row, "id", f"duplicate id, also used in {seen[ident].where(row)}")
            seen.setdefault(ident, row)

    # taxonomies and translations ---------------------------------------------------------

    def _terms(self) -> dict[str, tuple[Vocabulary, str] | None]:
        names = {row.key("id"): row.key("name") for row in self.table("taxonomies").rows}
        table = self.table("taxonomy_terms")
        terms: dict[str, tuple[Vocabulary, str] | None] = {}
        for row in table.rows:
            self.progress.step()
            taxonomy = names.get(row.key("taxonomy_id")) or row.key("taxonomy")
            vocabulary, code = BY_TAXONOMY.get(taxonomy), row.key("code")
            terms[row.key("id")] = None
            if vocabulary is None:
                self.leave(table, f"terms of other taxonomies ({taxonomy or 'none given'})")
            elif code not in vocabulary.codes:
                known = ", ".join(vocabulary.codes)
                self.bad(row, "code", f"unknown {taxonomy} term '{code}' (known: {known})")
            else:
                terms[row.key("id")] = (vocabulary, code)
        self.progress.step(len(self.table("taxonomies").rows))
        return terms

    def _translations(self) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
        table = self.table("translations")
        texts: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        seen: dict[tuple[str, str, str, str], Row] = {}
        for row in table.rows:
            self.progress.step()
            key = self._translation_key(table, row)
            if key is None:
                continue
            if key in seen:
                other = seen[key].where(row)
                self.bad(row, "language", f"a second {key[3]} text for this field (also {other})")
                continue
            seen[key] = row
            texts.setdefault(key[:3], []).append((key[3], row.get("text")))
        return texts

    def _translation_key(self, table: Table, row: Row) -> tuple[str, str, str, str] | None:
        entity, name, language = row.key("link_entity"), row.key("field"), row.key("language")
        if entity not in TRANSLATED:
            if self.need(table, row, "link_entity"):
                known = ", ".join(TRANSLATED)
                self.bad(row, "link_entity", f"unknown entity '{entity}' (known: {known})")
            return None
        if name not in TRANSLATED[entity]:
            known = ", ".join(TRANSLATED[entity])
            self.bad(row, "field", f"Gza translates the {known} of a {entity}, not '{name}'")
            return None
        if language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            self.bad(row, "language", f"unknown language '{language}' (known: {known})")
            return None
        link = self.refers(row, "link_id", _TABLE_OF[entity], entity)
        if not self.need(table, row, "link_id"):
            return None
        return entity, link, name, language

    # organizations and locations ---------------------------------------------------------

    def _organizations(self) -> dict[str, Org]:
        table, found = self.table("organizations"), dict[str, Org]()
        for row in table.rows:
            self.progress.step()
            hsds, ident = self.need(table, row, "id").lower(), self.our_id(row)
            org = Org(
                row=row,
                ident=ident,
                name=self.text("organization", row, "name", required=True),
                description=self.text("organization", row, "description", required=True),
                website=row.get("website") or None,
                email=row.get("email") or None,
                example=self._flag(row, "x_example"),
            )
            if hsds and ident:
                found[hsds] = org
        return found

    def _locations(self, draft: Draft) -> dict[str, Loc]:
        table, found = self.table("locations"), dict[str, Loc]()
        addresses = self._addresses()
        for row in table.rows:
            self.progress.step()
            hsds = self.need(table, row, "id").lower()
            kind = row.key("location_type") or "physical"
            if kind != "physical":
                draft.dropped.add(hsds)
                self.leave(table, f"{kind} locations (Gza lists only physical places)")
                continue
            address = self._address(row, addresses.get(hsds, []))
            if address is not None and self._outside(table, row, address):
                draft.outside.add(hsds)
                continue
            loc = self._location(row, address)
            if loc is not None and hsds:
                found[hsds] = loc
        return found

    def _addresses(self) -> dict[str, list[Row]]:
        table, found = self.table("addresses"), dict[str, list[Row]]()
        for row in table.rows:
            self.progress.step()
            location = self.refers(row, "location_id", "locations", "location")
            if self.need(table, row, "location_id"):
                found.setdefault(location, []).append(row)
        return found

    def _address(self, location: Row, rows: list[Row]) -> Row | None:
        if not rows:
            self.bad(location, "addresses", "required: an address with the city of this place")
            return None
        if len(rows) > 1:
            reason = "more addresses of one place (Gza keeps one, the physical one)"
            self.leave(self.table("addresses"), reason, len(rows) - 1)
        return next((r for r in rows if r.key("address_type") in ("physical", "")), rows[0])

    def _outside(self, table: Table, row: Row, address: Row) -> bool:
        country = address.get("country").upper()
        if not country or country in self.countries:
            return False
        here = ", ".join(self.countries)
        self.leave(table, f"places outside this directory's countries ({here}), e.g. {country}")
        return True

    def _location(self, row: Row, address: Row | None) -> Loc | None:
        ident, owner = (
            self.our_id(row),
            self.refers(row, "organization_id", "organizations", "organization"),
        )
        city = self._city(address) if address is not None else None
        latitude, longitude = self._coordinates(row)
        loc = Loc(
            row=row,
            ident=ident,
            org=owner,
            city=city or "",
            name=self.text("location", row, "name"),
            address=self.text("address", address, "address_1") if address else MappingProxyType({}),
            latitude=latitude,
            longitude=longitude,
        )
        return loc if ident and city else None

    def _city(self, address: Row) -> str | None:
        text = address.get("city")
        if not text:
            self.bad(address, "city", "required: the city, e.g. Tbilisi")
            return None
        place = self.cities.get(_fold(text))
        if place is None:
            known = ", ".join(
                sorted(pick(p.name, "en") or p.id for p in self.places.by_id.values())
            )
            self.bad(address, "city", f"unknown city '{text}' (known: {known})")
        return place

    def _coordinates(self, row: Row) -> tuple[float | None, float | None]:
        latitude = self._number(row, "latitude", 90)
        longitude = self._number(row, "longitude", 180)
        if (latitude is None) != (longitude is None):
            missing = "latitude" if latitude is None else "longitude"
            if row.get(missing) == "":
                self.bad(row, missing, "give both latitude and longitude, or neither")
            return None, None
        return latitude, longitude

    def _number(self, row: Row, column: str, limit: float) -> float | None:
        text = row.get(column)
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not -limit <= value <= limit:
            self.bad(row, column, f"expected a number between -{limit:g} and {limit:g}")
            return None
        return value

    def _flag(self, row: Row, column: str) -> bool:
        text = row.key(column)
        if text not in _FLAGS:
            self.bad(row, column, "expected true or false")
        return _FLAGS.get(text, False)

    # services and what hangs on them -----------------------------------------------------

    def _services(self) -> dict[str, Svc]:
        table, found = self.table("services"), dict[str, Svc]()
        for row in table.rows:
            self.progress.step()
            hsds, ident = self.need(table, row, "id").lower(), self.our_id(row)
            self.need(table, row, "organization_id")
            svc = Svc(
                row=row,
                ident=ident,
                org=self.refers(row, "organization_id", "organizations", "organization"),
                name=self.text("service", row, "name", required=True),
                description=self.text("service", row, "description", required=True),
                fees=self.text("service", row, "fees_description"),
                status=self._status(row),
                assured=self._date(table, row, "assured_date"),
                url=row.get("url") or None,
            )
            if hsds and ident:
                found[hsds] = svc
        return found

    def _status(self, row: Row) -> str:
        status = " ".join(row.key("status").split()) or "active"
        if status not in STATUSES:
            self.bad(row, "status", f"unknown status '{status}' (known: {', '.join(STATUSES)})")
        return status

    def _date(self, table: Table, row: Row, column: str) -> date | None:
        text = self.need(table, row, column, "required: a date like 2026-10-31")
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            self.bad(row, column, f"'{text}' is not a date: write it like 2026-10-31")
            return None

    def _service_rows(self, name: str, draft: Draft, what: str | None) -> Iterable[tuple[Row, Svc]]:
        """Rows of ``name`` that belong to a service we map. Rows of no service are noted as
        left out (phones of a place, say), or reported when ``what`` is None (links)."""
        table = self.table(name)
        for row in table.rows:
            self.progress.step()
            if not row.key("service_id"):
                if what is None:
                    self.need(table, row, "service_id")
                else:
                    self.leave(table, f"{what} not of a service (Gza keeps those of services)")
                continue
            svc = draft.svcs.get(self.refers(row, "service_id", "services", "service"))
            if svc is not None:
                yield row, svc

    def _service_locations(self, draft: Draft) -> None:
        table = self.table("service_at_location")
        for row, svc in self._service_rows("service_at_location", draft, None):
            location = self.refers(row, "location_id", "locations", "location")
            if self.need(table, row, "location_id") and location not in draft.dropped:
                svc.places.append((location, row))

    def _phones(self, draft: Draft) -> None:
        for row, svc in self._service_rows("phones", draft, "phones"):
            number = row.get("number").strip(QUOTES)
            if not self.need(self.table("phones"), row, "number"):
                continue
            if not PHONE.match(number):
                self.bad(row, "number", f"'{row.get('number')}' is not a phone number: "
                         "write digits, spaces, + ( ) -, e.g. +995 32 200 00 00")  # fmt: skip
                continue
            svc.phones.append(Phone(number, self.text("phone", row, "description")))

    def _schedules(self, draft: Draft) -> None:
        table = self.table("schedules")
        for row, svc in self._service_rows("schedules", draft, "schedules"):
            if row.get("freq").upper() not in ("", "WEEKLY"):
                self.leave(table, "schedules that are not weekly (Gza keeps weekly hours)")
                continue
            try:
                pairs = read_schedule(row.get("byday"), row.get("opens_at"), row.get("closes_at"))
            except ScheduleError as exc:
                self.bad(row, exc.column, str(exc))
                continue
            clash = overlap(svc.hours or [], pairs)
            if clash:
                self.bad(row, "opens_at", f"overlaps another row: {clash}")
            else:
                svc.hours = [*(svc.hours or []), *pairs]

    def _languages(self, draft: Draft) -> None:
        table = self.table("languages")
        for row, svc in self._service_rows("languages", draft, "languages"):
            text = self.need(table, row, "code", "required: a language code like ka")
            code = language_code(text)
            if code is not None:
                svc.languages.add(code)
            elif text:
                self.leave(table, f"languages Gza does not list, e.g. '{text}'")

    def _attributes(self, draft: Draft) -> None:
        table = self.table("attributes")
        for row in table.rows:
            self.progress.step()
            entity = row.key("link_entity")
            if entity not in ("service", "location"):
                self.leave(table, f"attributes of '{entity}' (Gza reads those of services, places)")
                continue
            self.need(table, row, "link_id")
            link = self.refers(row, "link_id", _TABLE_OF[entity], entity)
            term = self.refers(row, "taxonomy_term_id", "taxonomy_terms", "taxonomy term")
            found = (
                self.index.terms.get(term) if self.need(table, row, "taxonomy_term_id") else None
            )
            if found is not None:
                self._attribute(table, draft, entity, link, found)

    def _attribute(
        self, table: Table, draft: Draft, entity: str, link: str, term: tuple[Vocabulary, str]
    ) -> None:
        vocabulary, code = term
        if entity == "service":
            svc = draft.svcs.get(link)
            if svc is not None:
                svc.terms.setdefault(vocabulary.taxonomy, set()).add(code)
        elif vocabulary.taxonomy != ACCESSIBILITY_TAXONOMY:
            self.leave(table, f"{vocabulary.taxonomy} terms on places (Gza keeps them on services)")
        elif link in draft.locs:
            draft.locs[link].accessibility.add(code)

    # notes -------------------------------------------------------------------------------

    def column_notes(self) -> list[str]:
        notes = []
        for name, table in self.package.tables.items():
            if not table.rows or name not in USED:
                continue
            mapped = [c for c in table.columns if c in USED[name] or c in EXTENSIONS.get(name, ())]
            left = [
                c
                for c in table.columns
                if c not in mapped and any(r.cells.get(c) for r in table.rows)
            ]
            count = counted(len(table.rows), table.unit)
            note = f"{table.label}: {count}; mapped {', '.join(mapped) or 'nothing'}"
            notes.append(note + (f"; left out: {', '.join(left)}" if left else ""))
        return notes

    def left_notes(self) -> list[str]:
        notes = [
            f"{label}: {counted(count, self.package.unit)} left out: {why}"
            for label, (count, why) in self.package.skipped.items()
        ]
        for (label, reason), count in self.left.items():
            notes.append(f"{label}: {counted(count, self.package.unit)} left out: {reason}")
        return notes


_TABLE_OF = {
    "organization": "organizations",
    "service": "services",
    "location": "locations",
    "address": "addresses",
    "phone": "phones",
}
_FLAGS = {"": False, "false": False, "no": False, "0": False, "true": True, "yes": True, "1": True}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _city_index(places: Places) -> dict[str, str]:
    """Place id and every name in every language -> place id (case and spaces ignored)."""
    index: dict[str, str] = {}
    for place in places.by_id.values():
        for name in (place.id, *place.name.values()):
            index.setdefault(_fold(name), place.id)
    return index
