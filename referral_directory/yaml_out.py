"""Our directory -> the readable YAML folder (``places.yaml`` and ``organizations/<id>.yaml``)
that ``files.load_directory`` reads: block style, keys in the order a curator reads them, terms
in taxonomy order, hours in the curators' notation (``mon-fri: "10:00-18:00"``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from referral_directory.files import ORGANIZATIONS_DIR, PLACES_FILE
from referral_directory.hours import WEEKDAYS, WeeklyHours
from referral_directory.model import Directory, Location, Organization, Phone, Service
from referral_directory.places import Places
from referral_directory.taxonomy import ACCESSIBILITY, GROUPS, LANGUAGES, NEEDS

EXAMPLE_HEADER = (
    "# EXAMPLE DATA: an invented organisation with a plausible structure, for trying Gza out.\n"
    "# Never deploy it as if it were real.\n"
)


def write_yaml_directory(directory: Directory, folder: Path) -> None:
    """One file per organization, named by its id (the loader reads them in file-name order)."""
    (folder / ORGANIZATIONS_DIR).mkdir(parents=True, exist_ok=True)
    (folder / PLACES_FILE).write_text(_dump(places_data(directory.places)), "utf-8")
    for org in directory.organizations:
        text = (EXAMPLE_HEADER if org.example else "") + _dump(organization_data(org))
        (folder / ORGANIZATIONS_DIR / f"{org.id}.yaml").write_text(text, "utf-8")


def places_data(places: Places) -> dict[str, Any]:
    everywhere = list(places.by_id.values())
    zone = _most_common(p.timezone for p in everywhere) or "Asia/Tbilisi"
    country = _most_common(p.country for p in everywhere) or "GE"
    data: dict[str, Any] = {"timezone": zone, "country": country, "places": {}}
    for place in everywhere:
        entry: dict[str, Any] = {"name": dict(place.name)}
        if place.kind != "city":
            entry["kind"] = place.kind
        if place.parent is not None:
            entry["parent"] = place.parent
        entry.update(latitude=place.centre.latitude, longitude=place.centre.longitude)
        if place.timezone != zone:
            entry["timezone"] = place.timezone
        if place.country != country:
            entry["country"] = place.country
        data["places"][place.id] = entry
    return data


def organization_data(org: Organization) -> dict[str, Any]:
    data: dict[str, Any] = {"id": org.id}
    if org.example:
        data["example"] = True
    data.update(name=dict(org.name), description=dict(org.description))
    _put(data, website=org.website, email=org.email)
    _put(data, locations=[location_data(loc) for loc in org.locations])
    data["services"] = [service_data(service) for service in org.services]
    return data


def location_data(location: Location) -> dict[str, Any]:
    data: dict[str, Any] = {"id": location.id}
    _put(data, name=dict(location.name), address=dict(location.address))
    data["city"] = location.city
    _put(data, latitude=location.latitude, longitude=location.longitude)
    _put(data, accessibility=_terms(location.accessibility, ACCESSIBILITY))
    return data


def service_data(service: Service) -> dict[str, Any]:
    data: dict[str, Any] = {"id": service.id, "name": dict(service.name)}
    data["description"] = dict(service.description)
    data["needs"] = _terms(service.needs, NEEDS)
    _put(data, friendly_to=_terms(service.friendly_to, GROUPS))
    data.update(languages=_terms(service.languages, LANGUAGES), free=service.free)
    _put(data, fees_description=dict(service.fees_description))
    data["anonymous"] = service.anonymous
    _put(data, accessibility=_terms(service.accessibility, ACCESSIBILITY))
    data.update(status=service.status, assured_date=service.assured_date)
    _put(data, phones=[_phone(phone) for phone in service.phones])
    if service.hours is not None:
        data["hours"] = hours_data(service.hours)
    _put(data, locations=_Flow(service.location_ids), url=service.url)
    return data


def hours_data(hours: WeeklyHours) -> dict[str, str]:
    """Runs of days with the same hours as one line (``mon-fri``, ``daily``); {} is by
    appointment only."""
    by_day = hours.as_mapping()
    lines: dict[str, str] = {}
    start = 0
    while start < len(WEEKDAYS):
        text = by_day.get(WEEKDAYS[start])
        end = start
        while end + 1 < len(WEEKDAYS) and text and by_day.get(WEEKDAYS[end + 1]) == text:
            end += 1
        if text:
            key = "daily" if end - start == 6 else _days(start, end)
            lines[key] = _Quoted("24h" if text == "00:00-24:00" else text)
        start = end + 1
    return lines


def _days(start: int, end: int) -> str:
    return WEEKDAYS[start] if start == end else f"{WEEKDAYS[start]}-{WEEKDAYS[end]}"


def _phone(phone: Phone) -> str | dict[str, Any]:
    if not phone.description:
        return _Quoted(phone.number)
    return {"number": _Quoted(phone.number), "description": dict(phone.description)}


def _terms(chosen: Iterable[str], order: tuple[str, ...]) -> list[str]:
    wanted = set(chosen)
    return _Flow(term for term in order if term in wanted)


def _put(data: dict[str, Any], **values: Any) -> None:
    """Only the values a curator would write: no empty texts, lists or missing fields."""
    data.update({key: value for key, value in values.items() if value not in (None, "", [], {})})


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values).most_common(1)
    return counts[0][0] if counts else None


class _Flow(list[str]):
    """A short list of terms, written on one line: ``needs: [legal, medical]``."""


class _Quoted(str):
    """Hours and phone numbers, quoted as curators write them: ``mon-fri: "10:00-18:00"``."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent list items under their key, as the example files do."""
        return super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _quoted(dumper: yaml.SafeDumper, text: _Quoted) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(text), style='"')


def _flow(dumper: yaml.SafeDumper, items: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=True)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(_Flow, _flow)
_Dumper.add_representer(_Quoted, _quoted)


def dump_yaml(data: dict[str, Any]) -> str:
    """``data`` as the curators' YAML: block style, keys in the given order, lists made with
    ``flow_list`` on one line (the rights library's export writes the same way)."""
    return _dump(data)


def flow_list(items: Iterable[str]) -> list[str]:
    """A short list of terms, written on one line: ``needs: [legal, medical]``."""
    return _Flow(items)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
