"""What an import changes in the rights library, field by field, in words a curator (and the
reviewing lawyer) reads in the audit log (``gza rights history``) and in an import's summary."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.rights.model import Library, Topic
from bot.rights.yaml_out import file_name, topic_data
from referral_directory.changes import FieldChange, describe

IMPORTER, SEEDER = "import", "seed"
"""Who the audit log names for an import (unless told a name) and for the first start."""
TOPIC = "topic"
"""The field of the one change a topic added or retired is recorded as."""
FILE = "file"
"""The file a topic is kept in: its place in the list."""


@dataclass(frozen=True)
class RightsDiff:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]


def topic_changes(
    before: Topic | None, after: Topic | None, files: tuple[str, str] = ("", "")
) -> list[FieldChange]:
    """Field by field (each screen, title and source on its own); ``files`` are the topic's
    file before and after."""
    if before is None or after is None:
        old = None if before is None else describe(dict(before.title).get("en", before.id))
        new = None if after is None else describe(dict(after.title).get("en", after.id))
        return [FieldChange(TOPIC, old, new)]
    changes = [FieldChange(FILE, *files)] if files[0] != files[1] else []
    old_fields, new_fields = dict(_fields(before)), dict(_fields(after))
    for name in (*old_fields, *(k for k in new_fields if k not in old_fields)):
        old, new = old_fields.get(name), new_fields.get(name)
        if old != new:
            changes.append(FieldChange(name, old, new))
    return changes


def _fields(topic: Topic) -> Iterator[tuple[str, str]]:
    """Every field as one line; screens and sources one entry each, so a change names it."""
    for name, value in topic_data(topic).items():
        if name in ("screens", "sources"):
            for index, item in enumerate(value, start=1):
                yield f"{name}[{index}]", _line(item)
        else:
            yield name, _line(value)


def _line(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_line(v)}" for k, v in value.items()) or "-"
    if isinstance(value, list):
        return "[" + ", ".join(_line(v) for v in value) + "]"
    return describe(value)


def import_changes(old: Library, new: Library) -> tuple[RightsDiff, dict[str, list[FieldChange]]]:
    """What an import does, and the audit lines of each topic it adds, changes or retires."""
    before, after = {t.id: t for t in old.topics}, {t.id: t for t in new.topics}
    audit: dict[str, list[FieldChange]] = {}
    for topic_id in (*after, *(k for k in before if k not in after)):
        files = (_file(old, before.get(topic_id)), _file(new, after.get(topic_id)))
        changes = topic_changes(before.get(topic_id), after.get(topic_id), files)
        if changes:
            audit[topic_id] = changes
    diff = RightsDiff(
        added=tuple(k for k in after if k not in before),
        changed=tuple(k for k in after if k in before and k in audit),
        retired=tuple(k for k in before if k not in after),
    )
    return diff, audit


def _file(library: Library, topic: Topic | None) -> str:
    return "" if topic is None else file_name(library, topic)
