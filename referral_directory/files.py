"""The directory in its readable form: a folder with ``places.yaml`` and one YAML file per
organization under ``organizations/``. Every problem is reported together, each naming the file,
the record and the field, so a curator can fix them all in one pass."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

try:  # libyaml's parser: reading the seed directory is most of the rest of a start's CPU
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - a PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

from referral_directory.hours import HoursError, WeeklyHours, parse_hours
from referral_directory.model import Directory, Location, Organization, Phone, Service
from referral_directory.places import KINDS, MAX_PLACE_ID, Place, Places, Point
from referral_directory.taxonomy import ACCESSIBILITY, GROUPS, LANGUAGES, NEEDS, STATUSES

PLACES_FILE = "places.yaml"
ORGANIZATIONS_DIR = "organizations"
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,22}[0-9]$")


@dataclass(frozen=True)
class DirectoryProblem:
    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.record, self.field) if part)
        return f"{self.file}: {where}: {self.message}" if where else f"{self.file}: {self.message}"


class DirectoryError(Exception):
    def __init__(self, problems: Iterable[DirectoryProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def load_directory(folder: Path) -> Directory:
    """Read and validate a whole directory; raise DirectoryError listing every problem."""
    problems: list[DirectoryProblem] = []
    places = _read_places(folder / PLACES_FILE, problems)
    read: list[tuple[Organization, str]] = []
    org_folder = folder / ORGANIZATIONS_DIR
    files = sorted(org_folder.glob("*.yaml")) if org_folder.is_dir() else []
    if not files:
        problems.append(DirectoryProblem(str(org_folder), "", "", "no organization files (*.yaml)"))
    for path in files:
        org = _read_organization(path, places, problems)
        if org is not None:
            read.append((org, str(path)))
    problems += _duplicates(read)
    if problems:
        raise DirectoryError(problems)
    return Directory(tuple(org for org, _ in read), places)


class _Loader(_SafeLoader):
    """Safe YAML, except that a date that does not exist (2026-02-30) stays text, so that it is
    reported against its record and field instead of failing the whole file."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _load_yaml(path: Path, problems: list[DirectoryProblem]) -> Any:
    try:
        data = yaml.load(path.read_text("utf-8-sig"), Loader=_Loader)
    except FileNotFoundError:
        problems.append(DirectoryProblem(str(path), "", "", "file not found"))
    except UnicodeDecodeError:
        problems.append(DirectoryProblem(str(path), "", "", "not UTF-8 text"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or "not valid YAML"
        problems.append(DirectoryProblem(str(path), line, "", f"YAML error: {reason}"))
    else:
        if data is None:
            problems.append(DirectoryProblem(str(path), "", "", "empty file"))
        return data
    return None


class _Record:
    """Reads the fields of one record, noting each problem against the file and record."""

    def __init__(self, data: Any, file: str, record: str, problems: list[DirectoryProblem]):
        self.file, self.record, self.problems = file, record, problems
        self.data: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        if not isinstance(data, Mapping):
            self.bad("", "expected a mapping of fields")

    def bad(self, field: str, message: str) -> None:
        self.problems.append(DirectoryProblem(self.file, self.record, field, message))

    def only(self, allowed: set[str]) -> None:
        for key in sorted(set(map(str, self.data)) - allowed):
            self.bad(key, f"unknown field (known: {', '.join(sorted(allowed))})")

    def text(self, field: str, required: bool = False) -> str | None:
        value = self.data.get(field)
        if value is None:
            if required:
                self.bad(field, "required")
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool) or not str(value):
            self.bad(field, "expected text")
            return None
        return str(value).strip()

    def local(self, field: str, required: bool = False) -> Mapping[str, str]:
        value = self.data.get(field)
        if value is None:
            if required:
                self.bad(field, "required (texts by language, e.g. en: ..., ka: ...)")
            return MappingProxyType({})
        if isinstance(value, str):
            value = {"en": value}
        if not isinstance(value, Mapping) or not value:
            self.bad(field, "expected texts by language, e.g. en: ..., ka: ...")
            return MappingProxyType({})
        texts = {}
        for code, text in value.items():
            if code not in LANGUAGES:
                self.bad(field, f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
            elif not isinstance(text, str) or not text.strip():
                self.bad(field, f"the '{code}' text is empty")
            else:
                texts[str(code)] = text.strip()
        return MappingProxyType(texts)

    def flag(self, field: str) -> bool:
        value = self.data.get(field, False)
        if not isinstance(value, bool):
            self.bad(field, "expected true or false")
            return False
        return value

    def terms(self, field: str, known: Iterable[str], required: bool = False) -> frozenset[str]:
        value = self.data.get(field, [])
        if not isinstance(value, list):
            value = [value]
        if required and not value:
            self.bad(field, "list at least one")
        known = tuple(known)
        good = set()
        for term in value:
            if term not in known:
                self.bad(field, f"unknown value '{term}' (known: {', '.join(known)})")
            else:
                good.add(str(term))
        return frozenset(good)

    def number(self, field: str, low: float, high: float) -> float | None:
        value = self.data.get(field)
        if value is None:
            return None
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not low <= value <= high
        ):
            self.bad(field, f"expected a number between {low} and {high}")
            return None
        return float(value)

    def day(self, field: str) -> date | None:
        value = self.data.get(field)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.bad(field, "required: a date like 2026-10-31" if value is None else "expected a date")
        return None

    def records(self, field: str) -> list[Any]:
        value = self.data.get(field, [])
        if not isinstance(value, list):
            self.bad(field, "expected a list")
            return []
        return value


def _read_places(path: Path, problems: list[DirectoryProblem]) -> Places:
    data = _load_yaml(path, problems)
    if data is None:
        return Places({})
    top = _Record(data, str(path), "", problems)
    top.only({"timezone", "country", "countries", "places"})
    zone = top.text("timezone") or "Asia/Tbilisi"
    country = top.text("country") or "GE"
    zones = _country_zones(top, path, problems)
    raw = top.data.get("places")
    if not isinstance(raw, Mapping) or not raw:
        top.bad("places", "expected a mapping of place id -> name, latitude, longitude")
        return Places({})
    places = {}
    for place_id, fields in raw.items():
        rec = _Record(fields, str(path), f"place '{place_id}'", problems)
        rec.only({"name", "latitude", "longitude", "timezone", "country", "kind", "parent"})
        if not isinstance(place_id, str) or not ID.match(place_id) or len(place_id) > MAX_PLACE_ID:
            rec.bad("id", f"use lower-case letters, digits and dashes (at most {MAX_PLACE_ID})")
        lat, lon = rec.number("latitude", -90, 90), rec.number("longitude", -180, 180)
        if lat is None or lon is None:
            rec.bad("latitude/longitude", "both are required")
            continue
        where = rec.text("country") or country
        tz = rec.text("timezone") or zones.get(where) or zone
        if not _known_zone(tz):
            rec.bad("timezone", f"unknown timezone '{tz}'")
            continue
        kind = rec.text("kind") or "city"
        if kind not in KINDS:
            rec.bad("kind", f"unknown kind '{kind}' (known: {', '.join(KINDS)})")
        name = rec.local("name", required=True)
        places[str(place_id)] = Place(
            str(place_id),
            name,
            Point(lat, lon),
            tz,
            where,
            kind,
            rec.text("parent"),
        )
    found = Places(MappingProxyType(places))
    problems += _place_tree_problems(found, str(path))
    return found


def _country_zones(top: _Record, path: Path, problems: list[DirectoryProblem]) -> dict[str, str]:
    """``countries: {BG: {timezone: Europe/Sofia}}``: the time zone of a country's places when
    a place gives none (its opening hours and "open now" are on that clock)."""
    raw = top.data.get("countries") or {}
    if not isinstance(raw, Mapping):
        top.bad("countries", "expected a mapping of country code -> timezone")
        return {}
    zones = {}
    for code, fields in raw.items():
        rec = _Record(fields, str(path), f"country '{code}'", problems)
        rec.only({"timezone"})
        zone = rec.text("timezone")
        if zone is None or not _known_zone(zone):
            rec.bad("timezone", f"unknown timezone '{zone}'")
            continue
        zones[str(code)] = zone
    return zones


def _place_tree_problems(places: Places, file: str) -> list[DirectoryProblem]:
    """A parent must exist, be wider, be in the same country, and never lead back."""
    problems = []
    for place in places.by_id.values():
        if place.parent is None:
            continue
        where = f"place '{place.id}'"
        parent = places.by_id.get(place.parent)
        if parent is None:
            message = f"no place '{place.parent}' (add it to {PLACES_FILE} first)"
        elif any(p.id == place.id for p in _chain(places, place)):
            message = f"'{place.parent}' lies inside '{place.id}': a loop"
        elif parent.country != place.country:
            message = f"'{place.parent}' is in another country ({parent.country})"
        elif _rank(parent) >= _rank(place):
            message = f"a {place.kind} cannot lie inside a {parent.kind}"
        else:
            continue
        problems.append(DirectoryProblem(file, where, "parent", message))
    return problems


def _rank(place: Place) -> int:
    """How narrow a kind is (an unknown kind, already reported, ranks narrowest)."""
    return KINDS.index(place.kind) if place.kind in KINDS else len(KINDS)


def _chain(places: Places, place: Place) -> list[Place]:
    """The parents above ``place``, up to the top or until one repeats."""
    seen: list[Place] = []
    current = places.by_id.get(place.parent or "")
    while current is not None and current not in seen:
        seen.append(current)
        current = places.by_id.get(current.parent or "")
    return seen


def _read_organization(
    path: Path, places: Places, problems: list[DirectoryProblem]
) -> Organization | None:
    data = _load_yaml(path, problems)
    if data is None:
        return None
    return _organization(data, str(path), places, problems)


def read_organization(data: Any, file: str, places: Places) -> Organization:
    """One organization's record as a file holds it (a mapping, from YAML or a form), checked
    as an import checks it; raise DirectoryError listing every problem."""
    problems: list[DirectoryProblem] = []
    org = _organization(data, file, places, problems)
    problems += _duplicates([(org, file)])
    if problems:
        raise DirectoryError(problems)
    return org


def duplicate_ids(organizations: Iterable[Organization], file: str) -> list[DirectoryProblem]:
    """Ids used twice across ``organizations`` (of organizations, locations or services)."""
    return _duplicates([(org, file) for org in organizations])


def _organization(
    data: Any, file: str, places: Places, problems: list[DirectoryProblem]
) -> Organization:
    org = _Record(data, file, "organization", problems)
    org_id = _ident(org)
    org.record = f"organization '{org_id}'"
    org.only({"id", "example", "name", "description", "website", "email", "locations", "services"})
    locations = [_location(raw, org, i, places) for i, raw in enumerate(org.records("locations"))]
    known = {loc.id for loc in locations if loc is not None}
    services = [
        _service(raw, org, i, org_id, known) for i, raw in enumerate(org.records("services"))
    ]
    if not services:
        org.bad("services", "list at least one service")
    return Organization(
        id=org_id,
        name=org.local("name", required=True),
        description=org.local("description", required=True),
        services=tuple(s for s in services if s is not None),
        locations=tuple(loc for loc in locations if loc is not None),
        website=org.text("website"),
        email=org.text("email"),
        example=org.flag("example"),
    )


def _ident(rec: _Record) -> str:
    ident = rec.text("id", required=True) or ""
    if ident and not ID.match(ident):
        rec.bad("id", "use lower-case letters, digits and dashes (at most 63)")
    return ident


def _location(raw: Any, org: _Record, index: int, places: Places) -> Location | None:
    rec = _Record(raw, org.file, f"location {index + 1}", org.problems)
    ident = _ident(rec)
    rec.record = f"location '{ident}'" if ident else rec.record
    rec.only({"id", "name", "address", "city", "latitude", "longitude", "accessibility"})
    city = rec.text("city", required=True)
    if city is not None and city not in places:
        rec.bad("city", f"unknown city '{city}' (add it to {PLACES_FILE} first)")
    lat, lon = rec.number("latitude", -90, 90), rec.number("longitude", -180, 180)
    if (lat is None) != (lon is None):
        rec.bad("latitude/longitude", "give both or neither")
    location = Location(
        id=ident,
        city=city or "",
        name=rec.local("name"),
        address=rec.local("address"),
        latitude=lat if lon is not None else None,
        longitude=lon if lat is not None else None,
        accessibility=rec.terms("accessibility", ACCESSIBILITY),
    )
    return location if ident and city else None


SERVICE_FIELDS = {
    "id", "name", "description", "needs", "friendly_to", "languages", "free", "fees_description",
    "anonymous", "accessibility", "status", "assured_date", "phones", "hours", "locations", "url",
}  # fmt: skip


def _service(
    raw: Any, org: _Record, index: int, org_id: str, locations: set[str]
) -> Service | None:
    rec = _Record(raw, org.file, f"service {index + 1}", org.problems)
    ident = _ident(rec)
    rec.record = f"service '{ident}'" if ident else rec.record
    rec.only(SERVICE_FIELDS)
    status = rec.text("status") or "active"
    if status not in STATUSES:
        rec.bad("status", f"unknown status '{status}' (known: {', '.join(STATUSES)})")
    at = [str(x) for x in rec.records("locations")]
    for missing in sorted(set(at) - locations):
        rec.bad("locations", f"no location '{missing}' in this organization")
    service = Service(
        id=ident,
        organization_id=org_id,
        name=rec.local("name", required=True),
        description=rec.local("description", required=True),
        needs=rec.terms("needs", NEEDS, required=True),
        assured_date=rec.day("assured_date") or date.min,
        friendly_to=rec.terms("friendly_to", GROUPS),
        languages=rec.terms("languages", LANGUAGES, required=True),
        free=rec.flag("free"),
        fees_description=rec.local("fees_description"),
        anonymous=rec.flag("anonymous"),
        accessibility=rec.terms("accessibility", ACCESSIBILITY),
        status=status,
        phones=_phones(rec),
        hours=_hours(rec),
        location_ids=tuple(at),
        url=rec.text("url"),
    )
    return service if ident else None


def _phones(rec: _Record) -> tuple[Phone, ...]:
    phones = []
    for raw in rec.records("phones"):
        number = raw.get("number") if isinstance(raw, Mapping) else raw
        if not isinstance(number, str) or not PHONE.match(number.strip()):
            rec.bad("phones", f"'{number}' is not a phone number (digits, spaces, + ( ) -)")
            continue
        description = {}
        if isinstance(raw, Mapping):
            sub = _Record(raw, rec.file, rec.record, rec.problems)
            description = dict(sub.local("description"))
        phones.append(Phone(number.strip(), MappingProxyType(description)))
    return tuple(phones)


def _hours(rec: _Record) -> WeeklyHours | None:
    raw = rec.data.get("hours")
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        rec.bad("hours", 'expected lines like mon-fri: "10:00-18:00"')
        return None
    try:
        return parse_hours(raw)
    except HoursError as exc:
        rec.bad("hours", str(exc))
        return None


def _duplicates(organizations: list[tuple[Organization, str]]) -> list[DirectoryProblem]:
    problems = []
    seen: dict[tuple[str, str], str] = {}

    def check(kind: str, ident: str, file: str) -> None:
        if (kind, ident) in seen:
            message = f"duplicate id, also used in {seen[kind, ident]}"
            problems.append(DirectoryProblem(file, f"{kind} '{ident}'", "id", message))
        else:
            seen[kind, ident] = file

    for org, file in organizations:
        check("organization", org.id, file)
        for loc in org.locations:
            check("location", loc.id, file)
        for service in org.services:
            check("service", service.id, file)
    return problems


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder, like "Asia"
        return False
    return True
