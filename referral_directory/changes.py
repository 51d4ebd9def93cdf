"""What changed between two versions of a service or of the whole directory, in words a
curator reads in the audit log (``gza directory history``) and in an import's summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from referral_directory.hours import WeeklyHours, format_hours
from referral_directory.model import Directory, Phone, Service

AUDITED = (
    "name",
    "description",
    "organization_id",
    "status",
    "assured_date",
    "needs",
    "friendly_to",
    "languages",
    "free",
    "anonymous",
    "fees_description",
    "accessibility",
    "phones",
    "hours",
    "location_ids",
    "url",
)
"""Every field of a service, in the order a curator thinks of them."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class DirectoryDiff:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]


def describe(value: object) -> str:
    """A field's value as one readable line (sets sorted, texts by language)."""
    if value is None:
        return "-"
    if isinstance(value, WeeklyHours):
        return format_hours(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date | str | int | float):
        return str(value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in sorted(value.items())) or "-"
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(map(str, value))) or "-"
    if isinstance(value, tuple):
        return "; ".join(p.number if isinstance(p, Phone) else str(p) for p in value) or "-"
    return repr(value)


def service_changes(before: Service | None, after: Service | None) -> list[FieldChange]:
    """Field by field; a service added or retired is one change of the field ``service``."""
    if before is None or after is None:
        old = None if before is None else describe(before.name)
        new = None if after is None else describe(after.name)
        return [] if old == new else [FieldChange("service", old, new)]
    changes = []
    for name in AUDITED:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append(FieldChange(name, describe(old), describe(new)))
    return changes


def compare(old: Directory, new: Directory) -> DirectoryDiff:
    before = {s.id: s for _, s in old.services()}
    after = {s.id: s for _, s in new.services()}
    return DirectoryDiff(
        added=tuple(sorted(after.keys() - before.keys())),
        changed=tuple(sorted(k for k in after.keys() & before.keys() if after[k] != before[k])),
        retired=tuple(sorted(before.keys() - after.keys())),
    )


def import_changes(
    old: Directory, new: Directory
) -> tuple[DirectoryDiff, dict[str, list[FieldChange]]]:
    """What an import does, and the audit lines of each service it adds, changes or retires
    (every store writes the same lines)."""
    diff = compare(old, new)
    before = {s.id: s for _, s in old.services()}
    after = {s.id: s for _, s in new.services()}
    return diff, {
        service_id: service_changes(before.get(service_id), after.get(service_id))
        for service_id in (*diff.added, *diff.changed, *diff.retired)
    }
