"""The people on the staff side as this process knows them: a copy of the database's list,
read again after every change made here and every few seconds (changes made elsewhere), so the
staff group, the curation desk and the console all see one list.

The config file seeds the database (``seed``): its bureaus whenever one is missing, its
``[[staff]]`` and ``console.admins`` on the first start (an empty list) or by
``gza staff import``; after that the database rules."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bot.services.curation import Curator
from bot.services.desk import StaffMember
from bot.services.people_records import (
    CURATOR_ROLE,
    SUPERVISOR_ROLE,
    BureauEntry,
    PersonEntry,
)
from bot.services.ports import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)
REFRESH_SECONDS = 3.0

Member = TypeVar("Member")


def member_of(person: PersonEntry) -> StaffMember | None:
    if person.role == CURATOR_ROLE or person.bureau is None:
        return None
    supervisor = person.role == SUPERVISOR_ROLE
    return StaffMember(person.user_id, person.alias, person.bureau, person.locale, supervisor)


def curator_of(person: PersonEntry) -> Curator | None:
    if person.role != CURATOR_ROLE:
        return None
    return Curator(person.user_id, person.alias, person.locale)


class _View(Mapping[int, Member], Generic[Member]):
    """A live, read-only view by account (what the desk and the curation desk expect)."""

    def __init__(self, table: dict[int, Member]) -> None:
        self._table = table

    def __getitem__(self, user_id: int) -> Member:
        return self._table[user_id]

    def __iter__(self) -> Iterator[int]:
        return iter(dict(self._table))

    def __len__(self) -> int:
        return len(self._table)


class _Admins(Set[str]):
    def __init__(self, keys: set[str]) -> None:
        self._keys = keys

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(set(self._keys))

    def __len__(self) -> int:
        return len(self._keys)


@dataclass
class LivePeople:
    """Staff, curators and admins; ``staff``, ``curators`` and ``admins`` are live views."""

    _staff: dict[int, StaffMember] = field(default_factory=dict)
    _curators: dict[int, Curator] = field(default_factory=dict)
    _admins: set[str] = field(default_factory=set)
    everyone: tuple[PersonEntry, ...] = ()

    def __post_init__(self) -> None:
        self.staff: Mapping[int, StaffMember] = _View(self._staff)
        self.curators: Mapping[int, Curator] = _View(self._curators)
        self.admins: Set[str] = _Admins(self._admins)

    def take(self, people: Sequence[PersonEntry]) -> None:
        """Replace the copy in place (the views stay the same objects)."""
        staff = {p.user_id: m for p in people if (m := member_of(p)) is not None}
        curators = {p.user_id: c for p in people if (c := curator_of(p)) is not None}
        self._staff.clear()
        self._staff.update(staff)
        self._curators.clear()
        self._curators.update(curators)
        self._admins.clear()
        self._admins.update(p.key for p in people if p.admin)
        self.everyone = tuple(people)

    async def refresh(self, uow: UnitOfWorkFactory) -> None:
        async with uow(read_only=True) as tx:
            people = await tx.people.all()
        if tuple(people) != self.everyone:
            self.take(people)
            log.info("people.refreshed members=%s", len(people))

    async def keep_fresh(self, uow: UnitOfWorkFactory, stopping: asyncio.Event) -> None:
        """Read the list again every few seconds until ``stopping`` (one task per process)."""
        while not stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), REFRESH_SECONDS)
            if stopping.is_set():
                return
            try:
                await self.refresh(uow)
            except Exception:  # a database away for a moment: keep the last good list
                log.exception("people.refresh_failed")


async def seed(
    uow: UnitOfWork, people: Sequence[PersonEntry], bureaus: Sequence[BureauEntry]
) -> int:
    """Add the config's missing bureaus always; its people only into an empty list."""
    known = {b.id for b in await uow.people.bureaus()}
    for bureau in bureaus:
        if bureau.id not in known:
            await uow.people.put_bureau(bureau)
    if await uow.people.all():
        return 0
    return await import_people(uow, people)


async def import_people(uow: UnitOfWork, people: Sequence[PersonEntry]) -> int:
    """Add each one not yet there (by alias or staff-channel account); returns how many."""
    added = 0
    for person in people:
        added += await uow.people.add(person)
    return added
