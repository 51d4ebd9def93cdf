"""The config file's staff list and bureaus as seeds for the database (``[[staff]]``,
``console.admins``, ``[[bureaus]]``): read on the first start and by ``gza staff import``."""

from __future__ import annotations

from bot.config import Settings
from bot.services.people_records import (
    CURATOR_ROLE,
    STAFF_ROLE,
    SUPERVISOR_ROLE,
    BureauEntry,
    PersonEntry,
)


def seed_people(settings: Settings) -> list[PersonEntry]:
    locales = set(settings.i18n.locales)
    admins = {a.casefold() for a in settings.console.admins}
    people = []
    for m in settings.staff:
        role = CURATOR_ROLE if m.role == "curator" else STAFF_ROLE
        if role == STAFF_ROLE and m.supervisor:
            role = SUPERVISOR_ROLE
        locale = next((x for x in m.languages if x in locales), settings.i18n.default_locale)
        bureau = m.bureau if role != CURATOR_ROLE else None
        admin = m.alias.casefold() in admins
        people.append(PersonEntry(m.alias, m.telegram_id, role, bureau, locale, admin))
    return people


def seed_bureaus(settings: Settings) -> list[BureauEntry]:
    return [BureauEntry(b.id, b.id) for b in settings.bureaus]
