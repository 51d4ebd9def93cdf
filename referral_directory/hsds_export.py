"""Our directory -> HSDS tables (records with HSDS ids and foreign keys). The CSV writer writes
them as they are; the JSON writer nests them into one document per service. Ids are
deterministic (``hsds.hsds_id``), so exporting the same directory twice gives the same files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from referral_directory.hsds import (
    ACCESS_VOCABULARY,
    ACCESSIBILITY_VOCABULARY,
    GROUPS_VOCABULARY,
    LANGUAGE_NAMES,
    NEEDS_VOCABULARY,
    VOCABULARIES,
    Vocabulary,
    hsds_id,
    plain_text,
    schedule_rows,
    term_name,
)
from referral_directory.model import Directory, LocalText, Location, Service, pick
from referral_directory.places import Places
from referral_directory.taxonomy import LANGUAGES

Cell = str | float | bool
Record = dict[str, Cell]
TABLES = (
    "organizations", "services", "locations", "addresses", "service_at_location", "phones",
    "schedules", "languages", "attributes", "taxonomies", "taxonomy_terms", "translations",
)  # fmt: skip


def export_tables(directory: Directory) -> dict[str, list[Record]]:
    out = _Out(directory.places)
    for vocabulary in VOCABULARIES:
        out.vocabulary(vocabulary)
    for org in directory.organizations:
        org_id = hsds_id("organization", org.id)
        record: Record = {"id": org_id, "name": plain_text(org.name)}
        record["description"] = plain_text(org.description)
        out.add("organizations", record, email=org.email, website=org.website)
        out.tables["organizations"][-1].update(x_gza_id=org.id, x_example=org.example)
        out.texts("organization", org_id, name=org.name, description=org.description)
        for location in org.locations:
            out.location(org_id, location)
        for service in org.services:
            out.service(org_id, service)
    return out.tables


class _Out:
    def __init__(self, places: Places) -> None:
        self.places = places
        self.tables: dict[str, list[Record]] = {name: [] for name in TABLES}

    def add(self, table: str, record: Record, **optional: Cell | None) -> None:
        """``record`` as is, plus the optional cells that have a value."""
        record.update({key: value for key, value in optional.items() if value not in (None, "")})
        self.tables[table].append(record)

    def texts(self, entity: str, link_id: str, **fields: LocalText) -> None:
        for name, texts in fields.items():
            for language, text in texts.items():
                self.add(
                    "translations",
                    {"link_entity": entity, "link_id": link_id, "field": name},
                    language=language,
                    text=text,
                )

    def vocabulary(self, vocabulary: Vocabulary) -> None:
        name = vocabulary.taxonomy
        taxonomy: Record = {
            "id": vocabulary.id,
            "name": name,
            "description": vocabulary.description,
        }
        self.add("taxonomies", taxonomy)
        for code in vocabulary.codes:
            term: Record = {"id": vocabulary.term_id(code), "code": code, "name": term_name(code)}
            term["description"] = f"{term_name(code)} ({name})"
            self.add("taxonomy_terms", term, taxonomy=name, taxonomy_id=vocabulary.id)

    def location(self, org_id: str, location: Location) -> None:
        loc_id = hsds_id("location", location.id)
        record: Record = {"id": loc_id, "location_type": "physical", "organization_id": org_id}
        self.add(
            "locations",
            record,
            name=plain_text(location.name),
            latitude=location.latitude,
            longitude=location.longitude,
            x_gza_id=location.id,
        )
        self.texts("location", loc_id, name=location.name)
        self.address(loc_id, location)
        self.attributes(
            "location", loc_id, location.id, ACCESSIBILITY_VOCABULARY, location.accessibility
        )

    def address(self, loc_id: str, location: Location) -> None:
        """Always one, even for a confidential place (no street): it carries the city."""
        address_id = hsds_id("address", location.id)
        place = self.places.by_id.get(location.city)
        record: Record = {
            "id": address_id,
            "location_id": loc_id,
            "address_1": plain_text(location.address),
            "city": (pick(place.name, "en") if place else "") or location.city,
            "state_province": "",
            "postal_code": "",
            "country": place.country if place else "",
            "address_type": "physical",
        }
        self.add("addresses", record)
        self.texts("address", address_id, address_1=location.address)

    def service(self, org_id: str, service: Service) -> None:
        svc_id = hsds_id("service", service.id)
        record: Record = {"id": svc_id, "organization_id": org_id}
        record.update(name=plain_text(service.name), description=plain_text(service.description))
        self.add(
            "services",
            record,
            url=service.url,
            status=service.status,
            fees_description=plain_text(service.fees_description),
            assured_date=service.assured_date.isoformat(),
            x_gza_id=service.id,
        )
        self.texts(
            "service",
            svc_id,
            name=service.name,
            description=service.description,
            fees_description=service.fees_description,
        )
        self.links(svc_id, service)
        self.phones(svc_id, service)
        self.schedules(svc_id, service)
        self.languages(svc_id, service)
        for vocabulary, codes in _terms(service):
            self.attributes("service", svc_id, service.id, vocabulary, codes)

    def links(self, svc_id: str, service: Service) -> None:
        seen: set[str] = set()
        for index, location in enumerate(service.location_ids):
            name = f"{service.id}:{location}" + (f":{index}" if location in seen else "")
            seen.add(location)
            record: Record = {"id": hsds_id("service_at_location", name), "service_id": svc_id}
            self.add("service_at_location", record, location_id=hsds_id("location", location))

    def phones(self, svc_id: str, service: Service) -> None:
        for index, phone in enumerate(service.phones, start=1):
            phone_id = hsds_id("phone", f"{service.id}:{index}")
            record: Record = {"id": phone_id, "service_id": svc_id, "number": phone.number}
            self.add("phones", record, type="voice", description=plain_text(phone.description))
            self.texts("phone", phone_id, description=phone.description)

    def schedules(self, svc_id: str, service: Service) -> None:
        for index, row in enumerate(schedule_rows(service.hours), start=1):
            record: Record = {"id": hsds_id("schedule", f"{service.id}:{index}")}
            record.update(service_id=svc_id, freq="WEEKLY")
            self.add(
                "schedules",
                record,
                byday=row.byday,
                opens_at=row.opens_at,
                closes_at=row.closes_at,
                description=row.description,
            )

    def languages(self, svc_id: str, service: Service) -> None:
        for code in (code for code in LANGUAGES if code in service.languages):
            record: Record = {"id": hsds_id("language", f"{service.id}:{code}")}
            record.update(service_id=svc_id, name=LANGUAGE_NAMES[code], code=code)
            self.add("languages", record)

    def attributes(
        self, entity: str, link_id: str, ident: str, vocabulary: Vocabulary, codes: Iterable[str]
    ) -> None:
        chosen = set(codes)
        for code in (code for code in vocabulary.codes if code in chosen):
            name = f"{entity}:{ident}:{vocabulary.taxonomy}:{code}"
            record: Record = {"id": hsds_id("attribute", name), "link_id": link_id}
            record.update(link_entity=entity, link_type=vocabulary.link_type)
            self.add("attributes", record, taxonomy_term_id=vocabulary.term_id(code))


def _terms(service: Service) -> Iterable[tuple[Vocabulary, Iterable[str]]]:
    access = {"free": service.free, "anonymous": service.anonymous}
    yield NEEDS_VOCABULARY, service.needs
    yield GROUPS_VOCABULARY, service.friendly_to
    yield ACCESS_VOCABULARY, (code for code, on in access.items() if on)
    yield ACCESSIBILITY_VOCABULARY, service.accessibility


def by_column(records: Iterable[Record], column: str) -> Mapping[str, list[Record]]:
    """Records grouped by the value of a column (a foreign key), in order."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(str(record.get(column, "")), []).append(record)
    return groups
