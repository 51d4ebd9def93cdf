"""The directory in the database: written whole in one transaction, read whole at start.

Matching runs on an in-memory index, so the database is the durable copy that every process
loads, and the one place a curator's change lands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage import models as m
from referral_directory.hours import parse_hours
from referral_directory.model import Directory, Feedback, Location, Organization, Phone, Service
from referral_directory.places import Place, Places, Point

TABLES = (
    m.directory_phones,
    m.directory_service_at_location,
    m.directory_services,
    m.directory_locations,
    m.directory_organizations,
    m.directory_places,
)
"""Children first, so that deleting never trips a foreign key."""


async def is_empty(conn: AsyncConnection) -> bool:
    count = await conn.scalar(select(func.count()).select_from(m.directory_services))
    return not count


Progress = Callable[[int, int], None]
BATCH = 500


async def save_directory(
    conn: AsyncConnection, directory: Directory, progress: Progress | None = None
) -> None:
    """Replace the stored directory with ``directory`` (the caller commits) and move the
    revision, so every process reloads it. Rows go in batches; ``progress(done, total)``
    counts services."""
    for table in TABLES:
        await conn.execute(delete(table))
    places = [_place_row(p, i) for i, p in enumerate(directory.places.by_id.values())]
    if places:
        await conn.execute(insert(m.directory_places), places)
    orgs = directory.organizations
    await _insert(conn, m.directory_organizations, [_organization_row(o) for o in orgs])
    await _insert(
        conn, m.directory_locations, [_location_row(o, x) for o in orgs for x in o.locations]
    )
    services = [(s, i) for o in orgs for i, s in enumerate(o.services)]
    for start in range(0, len(services), BATCH):
        await _save_services(conn, services[start : start + BATCH])
        if progress is not None:
            progress(min(start + BATCH, len(services)), len(services))
    await bump_revision(conn)


async def bump_revision(conn: AsyncConnection) -> None:
    t = m.directory_revision
    moved = await conn.execute(update(t).where(t.c.id == 1).values(revision=t.c.revision + 1))
    if not moved.rowcount:
        await conn.execute(insert(t).values(id=1, revision=1))


REVISION = select(m.directory_revision.c.revision).where(m.directory_revision.c.id == 1)
"""Read before every search: built once."""


async def _save_services(conn: AsyncConnection, services: Sequence[tuple[Service, int]]) -> None:
    """Services with their position in their organization, then their links and phones."""
    await _insert(conn, m.directory_services, [service_row(s, i) for s, i in services])
    links = [_link_row(s, i, loc) for s, _ in services for i, loc in enumerate(s.location_ids)]
    await _insert(conn, m.directory_service_at_location, links)
    await _insert(
        conn, m.directory_phones, [_phone_row(s, p) for s, _ in services for p in s.phones]
    )


async def _insert(conn: AsyncConnection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        await conn.execute(insert(table), rows[start : start + BATCH])


def _organization_row(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": dict(org.name),
        "description": dict(org.description),
        "website": org.website,
        "email": org.email,
        "example": org.example,
    }


def _link_row(service: Service, position: int, location_id: str) -> dict[str, Any]:
    return {"service_id": service.id, "location_id": location_id, "position": position}


def _phone_row(service: Service, phone: Phone) -> dict[str, Any]:
    return {
        "service_id": service.id,
        "number": phone.number,
        "description": dict(phone.description),
    }


def _place_row(place: Place, position: int) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": dict(place.name),
        "latitude": place.centre.latitude,
        "longitude": place.centre.longitude,
        "timezone": place.timezone,
        "country": place.country,
        "kind": place.kind,
        "parent": place.parent,
        "position": position,
    }


def _location_row(org: Organization, loc: Location) -> dict[str, Any]:
    return {
        "id": loc.id,
        "organization_id": org.id,
        "city": loc.city,
        "name": dict(loc.name),
        "address": dict(loc.address),
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "accessibility": sorted(loc.accessibility),
    }


def service_row(service: Service, position: int) -> dict[str, Any]:
    return {
        "id": service.id,
        "organization_id": service.organization_id,
        "name": dict(service.name),
        "description": dict(service.description),
        "needs": sorted(service.needs),
        "friendly_to": sorted(service.friendly_to),
        "languages": sorted(service.languages),
        "free": service.free,
        "fees_description": dict(service.fees_description),
        "anonymous": service.anonymous,
        "accessibility": sorted(service.accessibility),
        "status": service.status,
        "assured_date": service.assured_date,
        "hours": service.hours.as_mapping() if service.hours is not None else None,
        "url": service.url,
        "position": position,
    }


async def load_places(conn: AsyncConnection) -> Places:
    t = m.directory_places
    places = {
        r.id: Place(
            r.id,
            MappingProxyType(r.name),
            Point(r.latitude, r.longitude),
            r.timezone,
            r.country,
            r.kind,
            r.parent,
        )
        for r in await conn.execute(select(t).order_by(t.c.position, t.c.id))
    }
    return Places(MappingProxyType(places))


async def load_directory(conn: AsyncConnection) -> Directory:
    places = await load_places(conn)
    locations: dict[str, list[Location]] = {}
    for r in await conn.execute(select(m.directory_locations).order_by(m.directory_locations.c.id)):
        locations.setdefault(r.organization_id, []).append(_location(r))
    at: dict[str, list[str]] = {}
    t = m.directory_service_at_location
    for r in await conn.execute(select(t).order_by(t.c.service_id, t.c.position)):
        at.setdefault(r.service_id, []).append(r.location_id)
    phones: dict[str, list[Phone]] = {}
    p = m.directory_phones
    for r in await conn.execute(select(p).order_by(p.c.id)):
        phones.setdefault(r.service_id, []).append(Phone(r.number, MappingProxyType(r.description)))
    services: dict[str, list[Service]] = {}
    s = m.directory_services
    for r in await conn.execute(select(s).order_by(s.c.organization_id, s.c.position)):
        service = _service(r, tuple(at.get(r.id, ())), tuple(phones.get(r.id, ())))
        services.setdefault(r.organization_id, []).append(service)
    organizations = tuple(
        Organization(
            id=r.id,
            name=MappingProxyType(r.name),
            description=MappingProxyType(r.description),
            services=tuple(services.get(r.id, ())),
            locations=tuple(locations.get(r.id, ())),
            website=r.website,
            email=r.email,
            example=r.example,
        )
        for r in await conn.execute(
            select(m.directory_organizations).order_by(m.directory_organizations.c.id)
        )
    )
    return Directory(organizations, places)


async def load_feedback(conn: AsyncConnection) -> dict[str, Feedback]:
    rows = await conn.execute(select(m.service_feedback))
    return {r.service_id: Feedback(r.respected, r.disrespected) for r in rows}


def _location(r: Any) -> Location:
    return Location(
        id=r.id,
        city=r.city,
        name=MappingProxyType(r.name),
        address=MappingProxyType(r.address),
        latitude=r.latitude,
        longitude=r.longitude,
        accessibility=frozenset(r.accessibility),
    )


def _service(r: Any, location_ids: tuple[str, ...], phones: tuple[Phone, ...]) -> Service:
    assured: date = r.assured_date
    return Service(
        id=r.id,
        organization_id=r.organization_id,
        name=MappingProxyType(r.name),
        description=MappingProxyType(r.description),
        needs=frozenset(r.needs),
        assured_date=assured,
        friendly_to=frozenset(r.friendly_to),
        languages=frozenset(r.languages),
        free=r.free,
        fees_description=MappingProxyType(r.fees_description),
        anonymous=r.anonymous,
        accessibility=frozenset(r.accessibility),
        status=r.status,
        phones=phones,
        hours=parse_hours(r.hours) if r.hours is not None else None,
        location_ids=location_ids,
        url=r.url,
    )
