"""The last step of an HSDS import: records read from the tables (drafts) become organizations
with their places and services. Here the directory's own rules apply: a service lives at its
organization's places, needs at least one need and one language, and what lies outside this
directory's countries is left out with a note instead of being reported as a mistake."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from referral_directory.files import DirectoryProblem
from referral_directory.hours import Span
from referral_directory.hsds import (
    ACCESS_TAXONOMY,
    ACCESSIBILITY_TAXONOMY,
    week,
)
from referral_directory.hsds_tables import Row, counted
from referral_directory.model import Directory, LocalText, Location, Organization, Phone, Service
from referral_directory.places import Places
from referral_directory.taxonomy import GROUPS_TAXONOMY, LANGUAGES, NEEDS_TAXONOMY


@dataclass
class Org:
    row: Row
    ident: str
    name: LocalText
    description: LocalText
    website: str | None
    email: str | None
    example: bool


@dataclass
class Loc:
    row: Row
    ident: str
    org: str
    """The owner's HSDS id; "" until the services using the place tell."""
    city: str
    name: LocalText
    address: LocalText
    latitude: float | None
    longitude: float | None
    accessibility: set[str] = field(default_factory=set)

    def location(self) -> Location:
        return Location(
            id=self.ident,
            city=self.city,
            name=self.name,
            address=self.address,
            latitude=self.latitude,
            longitude=self.longitude,
            accessibility=frozenset(self.accessibility),
        )


@dataclass
class Svc:
    row: Row
    ident: str
    org: str
    name: LocalText
    description: LocalText
    fees: LocalText
    status: str
    assured: date | None
    url: str | None
    places: list[tuple[str, Row]] = field(default_factory=list)
    """(HSDS location id, the row linking it), in order."""
    phones: list[Phone] = field(default_factory=list)
    hours: list[tuple[int, Span]] | None = None
    """None: no schedule given; []: by appointment only."""
    languages: set[str] = field(default_factory=set)
    terms: dict[str, set[str]] = field(default_factory=dict)

    def service(self, org_id: str, location_ids: tuple[str, ...]) -> Service:
        terms, access = self.terms.get, self.terms.get(ACCESS_TAXONOMY, set())
        return Service(
            id=self.ident,
            organization_id=org_id,
            name=self.name,
            description=self.description,
            needs=frozenset(terms(NEEDS_TAXONOMY, ())),
            assured_date=self.assured or date.min,
            friendly_to=frozenset(terms(GROUPS_TAXONOMY, ())),
            languages=frozenset(self.languages),
            free="free" in access,
            fees_description=self.fees,
            anonymous="anonymous" in access,
            accessibility=frozenset(terms(ACCESSIBILITY_TAXONOMY, ())),
            status=self.status,
            phones=tuple(self.phones),
            hours=None if self.hours is None else week(self.hours),
            location_ids=location_ids,
            url=self.url,
        )


@dataclass
class Draft:
    outside_countries: list[str]
    orgs: dict[str, Org] = field(default_factory=dict)
    locs: dict[str, Loc] = field(default_factory=dict)
    svcs: dict[str, Svc] = field(default_factory=dict)
    outside: set[str] = field(default_factory=set)
    """Places in other countries: left out, and so are services found only there."""
    dropped: set[str] = field(default_factory=set)
    """Places that are not physical (virtual, postal): left out, services keep going."""
    problems: list[DirectoryProblem] = field(default_factory=list)


def assemble(draft: Draft, places: Places) -> tuple[Directory, list[str]]:
    notes: list[str] = []
    _owners(draft, notes)
    services: dict[str, list[Service]] = {}
    for svc in draft.svcs.values():
        service = _service(draft, svc, notes)
        if service is not None:
            services.setdefault(svc.org, []).append(service)
    places_of: dict[str, list[Location]] = {}
    for loc in draft.locs.values():
        places_of.setdefault(loc.org, []).append(loc.location())
    organizations = []
    for hsds, org in draft.orgs.items():
        if hsds not in services:
            notes.append(f"{_named(org.row, 'organization', org.ident)} left out: no services")
            continue
        organizations.append(_organization(org, services[hsds], places_of.get(hsds, [])))
    directory = Directory(tuple(organizations), places)
    draft.problems += _duplicates(draft)
    notes.insert(0, _summary(directory))
    return directory, notes


def _owners(draft: Draft, notes: list[str]) -> None:
    """A place with no organization belongs to the one whose services are there."""
    users: dict[str, set[str]] = {}
    for svc in draft.svcs.values():
        for hsds, _ in svc.places:
            users.setdefault(hsds, set()).add(svc.org)
    for hsds, loc in list(draft.locs.items()):
        owners = users.get(hsds, set())
        if loc.org:
            continue
        if len(owners) == 1:
            loc.org = next(iter(owners))
        elif not owners:
            notes.append(f"{_named(loc.row, 'place', loc.ident)} left out: no organization")
            del draft.locs[hsds]
        else:
            message = "used by several organizations' services: give it one organization_id"
            draft.problems.append(loc.row.problem("organization_id", message))


def _service(draft: Draft, svc: Svc, notes: list[str]) -> Service | None:
    at = [hsds for hsds, _ in svc.places]
    if at and all(hsds in draft.outside for hsds in at):
        notes.append(
            f"{_named(svc.row, 'service', svc.ident)} left out: all its places are outside "
            f"this directory's countries ({', '.join(draft.outside_countries)})"
        )
        return None
    for hsds, row in svc.places:
        loc = draft.locs.get(hsds)
        if loc is not None and loc.org != svc.org:
            message = (
                f"location '{hsds}' belongs to organization '{loc.org}', not to this service's "
                f"'{svc.org}': Gza lists a service only at its own organization's places"
            )
            draft.problems.append(row.problem("location_id", message))
    if not svc.terms.get(NEEDS_TAXONOMY):
        message = "required: at least one need (an attribute with a gza-needs term)"
        draft.problems.append(svc.row.problem("needs", message))
    if not svc.languages:
        message = f"required: at least one language Gza knows ({', '.join(LANGUAGES)})"
        draft.problems.append(svc.row.problem("languages", message))
    location_ids = tuple(draft.locs[h].ident for h in at if h in draft.locs)
    org = draft.orgs.get(svc.org)
    return svc.service(org.ident if org else "", location_ids)


def _organization(org: Org, services: list[Service], locations: list[Location]) -> Organization:
    return Organization(
        id=org.ident,
        name=org.name,
        description=org.description,
        services=tuple(services),
        locations=tuple(locations),
        website=org.website,
        email=org.email,
        example=org.example,
    )


def _duplicates(draft: Draft) -> list[DirectoryProblem]:
    """Our ids are unique per kind, whatever the HSDS ids were."""
    problems = []
    for kind, records in (
        ("organization", list(draft.orgs.values())),
        ("place", list(draft.locs.values())),
        ("service", list(draft.svcs.values())),
    ):
        seen: dict[str, Row] = {}
        for record in records:
            row = record.row
            first = seen.setdefault(record.ident, row)
            if first is not row:
                column = "x_gza_id" if row.get("x_gza_id") else "id"
                message = f"duplicate {kind} id '{record.ident}', also used in {first.where(row)}"
                problems.append(row.problem(column, message))
    return problems


def _summary(directory: Directory) -> str:
    services = len(directory.services())
    locations = sum(len(org.locations) for org in directory.organizations)
    organizations = counted(len(directory.organizations), "organization")
    return (
        f"mapped {organizations}, {counted(services, 'service')} and {counted(locations, 'place')}"
    )


def _named(row: Row, kind: str, ident: str) -> str:
    """Where the record is, and its id unless the record already says it."""
    where = f"{row.file}: {row.record}"
    if row.prefix or f"'{ident}'" not in row.record:
        where += f": {kind} '{ident}'"
    return where
