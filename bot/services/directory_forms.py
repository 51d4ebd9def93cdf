"""A curator's form in the console, read as the directory's own records: the form becomes the
mapping an organization's YAML file holds and is checked by the same reader as an import
(``referral_directory.files``), so the browser can save nothing that a file could not hold.

Pure: the caller saves what comes back through the directory store and its audit log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from referral_directory.files import DirectoryError, duplicate_ids, read_organization
from referral_directory.model import Directory, Organization, Phone, Service
from referral_directory.taxonomy import LANGUAGES
from referral_directory.yaml_out import hours_data, organization_data

Form = Mapping[str, Sequence[str]]
"""A posted form: each field's values (checkboxes give several)."""
NEW = "-new-"
"""The organization choice that means "a new organization, described below"."""
FORM_FILE = "form"
"""What a form's problems name as their file."""


@dataclass(frozen=True)
class Saved:
    """What a form asks to write: the service before (None if new) and after, and the whole
    directory when something besides the service's own fields is new (an organization or a
    location), which is written as an import writes it."""

    before: Service | None
    after: Service
    directory: Directory | None


def one(form: Form, name: str) -> str:
    values = form.get(name, ())
    return values[0].strip() if values else ""


def texts(form: Form, name: str) -> dict[str, str]:
    """``name.ka``, ``name.en``, ...: the translations that were filled in."""
    found = {code: one(form, f"{name}.{code}") for code in LANGUAGES}
    return {code: text for code, text in found.items() if text}


def service_fields(form: Form, before: Service | None) -> dict[str, Any]:
    """The service's record as a file would hold it; empty optional fields are left out."""
    raw: dict[str, Any] = {"id": before.id if before else one(form, "id")}
    for name in ("name", "description", "fees_description"):
        if texts(form, name):
            raw[name] = texts(form, name)
    for name in ("needs", "friendly_to", "languages", "accessibility", "locations"):
        raw[name] = [v for v in form.get(name, ()) if v]
    raw["free"], raw["anonymous"] = bool(one(form, "free")), bool(one(form, "anonymous"))
    raw["status"] = one(form, "status") or "active"
    raw["assured_date"] = one(form, "assured_date") or None
    raw["phones"] = _phones(one(form, "phones"), before.phones if before else ())
    hours = _hours(one(form, "hours"), bool(one(form, "by_appointment")))
    if hours is not None:
        raw["hours"] = hours
    if one(form, "url"):
        raw["url"] = one(form, "url")
    return {k: v for k, v in raw.items() if v is not None}


def _phones(text: str, before: Sequence[Phone]) -> list[Any]:
    """One number a line; a number that stays keeps its descriptions."""
    kept = {p.number: p for p in before}
    phones: list[Any] = []
    for line in filter(None, (x.strip() for x in text.splitlines())):
        old = kept.get(line)
        if old is not None and old.description:
            phones.append({"number": line, "description": dict(old.description)})
        else:
            phones.append(line)
    return phones


def _hours(text: str, by_appointment: bool) -> Any:
    """``mon-fri: 10:00-18:00`` a line; nothing said is None, by appointment only is {}; a
    line without a colon is passed on whole, for the reader to say what is wrong."""
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    if not lines:
        return {} if by_appointment else None
    hours: dict[str, str] = {}
    for line in lines:
        days, colon, spans = line.partition(":")
        if not colon:
            return text
        hours[days.strip()] = spans.strip()
    return hours


def location_fields(form: Form) -> dict[str, Any] | None:
    """The new location of the form, if its id or city is filled in."""
    if not (one(form, "location_id") or one(form, "location_city")):
        return None
    raw: dict[str, Any] = {"id": one(form, "location_id"), "city": one(form, "location_city")}
    for name in ("location_name", "location_address"):
        if texts(form, name):
            raw[name.removeprefix("location_")] = texts(form, name)
    access = [v for v in form.get("location_accessibility", ()) if v]
    if access:
        raw["accessibility"] = access
    return raw


def organization_fields(form: Form) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": one(form, "org_id")}
    for name in ("name", "description"):
        if texts(form, f"org_{name}"):
            raw[name] = texts(form, f"org_{name}")
    for name in ("website", "email"):
        if one(form, f"org_{name}"):
            raw[name] = one(form, f"org_{name}")
    raw["locations"], raw["services"] = [], []
    return raw


def edited(directory: Directory, org: Organization, before: Service, form: Form) -> Saved:
    """An existing service with the form's values (and perhaps a new location of its
    organization). Raises DirectoryError with every problem."""
    return _checked(directory, organization_data(org), before, form)


def added(directory: Directory, form: Form) -> Saved:
    """A new service, in an existing organization or a new one, perhaps at a new location."""
    chosen = one(form, "organization")
    org = next((o for o in directory.organizations if o.id == chosen), None)
    if chosen == NEW or org is None:
        return _checked(directory, organization_fields(form), None, form)
    return _checked(directory, organization_data(org), None, form)


def _checked(
    directory: Directory, org_raw: dict[str, Any], before: Service | None, form: Form
) -> Saved:
    service = service_fields(form, before)
    location = location_fields(form)
    if location is not None:
        org_raw["locations"] = [*org_raw.get("locations", []), location]
        service["locations"] = [*service["locations"], location["id"]]
    services = list(org_raw.get("services", []))
    if before is None:
        services.append(service)
    else:
        services = [service if s["id"] == before.id else s for s in services]
    org_raw["services"] = services
    org = read_organization(org_raw, FORM_FILE, directory.places)
    after = next(s for s in org.services if s.id == service["id"])
    orgs = [o for o in directory.organizations if o.id != org.id]
    problems = duplicate_ids([*orgs, org], FORM_FILE)
    if problems:
        raise DirectoryError(problems)
    if before is not None and location is None:
        return Saved(before, after, None)
    ids = [o.id for o in directory.organizations]
    position = ids.index(org.id) if org.id in ids else len(orgs)
    whole = replace(directory, organizations=(*orgs[:position], org, *orgs[position:]))
    return Saved(before, after, whole)


def hours_lines(service: Service) -> str:
    """A service's hours as the form's lines (``mon-fri: 10:00-18:00``)."""
    if service.hours is None:
        return ""
    return "\n".join(f"{days}: {spans}" for days, spans in hours_data(service.hours).items())


def filled(service: Service) -> Form:
    """The edit form's values for a service as it is."""
    form: dict[str, list[str]] = {"id": [service.id]}
    for name in ("name", "description", "fees_description"):
        for code, text in getattr(service, name).items():
            form[f"{name}.{code}"] = [text]
    for name in ("needs", "friendly_to", "languages", "accessibility"):
        form[name] = sorted(getattr(service, name))
    form["locations"] = list(service.location_ids)
    form["free"] = ["1"] if service.free else []
    form["anonymous"] = ["1"] if service.anonymous else []
    form["status"] = [service.status]
    form["assured_date"] = [service.assured_date.isoformat()]
    form["phones"] = ["\n".join(p.number for p in service.phones)]
    form["hours"] = [hours_lines(service)]
    form["by_appointment"] = ["1"] if service.hours is not None and not hours_lines(service) else []
    form["url"] = [service.url or ""]
    return form
