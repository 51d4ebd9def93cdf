"""In-memory twin of storage/people.py, on the shared MemoryData."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot.services.people_records import BureauEntry, Invitation, PersonEntry

if TYPE_CHECKING:
    from bot.storage.memory_data import MemoryData


class MemoryPeople:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def all(self) -> list[PersonEntry]:
        return [self._data.people[k] for k in sorted(self._data.people)]

    async def add(self, person: PersonEntry) -> bool:
        people = self._data.people
        if person.key in people or any(p.user_id == person.user_id for p in people.values()):
            return False
        people[person.key] = person
        return True

    async def change(self, alias: str, role: str, bureau: str | None, admin: bool) -> bool:
        found = self._data.people.get(alias.casefold())
        if found is None:
            return False
        self._data.people[found.key] = replace(found, role=role, bureau=bureau, admin=admin)
        return True

    async def remove(self, alias: str) -> bool:
        return self._data.people.pop(alias.casefold(), None) is not None

    async def bureaus(self) -> list[BureauEntry]:
        return [BureauEntry(k, v) for k, v in sorted(self._data.bureau_names.items())]

    async def put_bureau(self, bureau: BureauEntry) -> None:
        self._data.bureau_names[bureau.id] = bureau.name

    async def invite(self, code_hash: str, invitation: Invitation) -> None:
        self._data.invitations[code_hash] = (invitation, False)

    async def redeem(self, code_hash: str, now: datetime) -> Invitation | None:
        found = self._data.invitations.get(code_hash)
        if found is None or found[1] or found[0].expires_at <= now:
            return None
        self._data.invitations[code_hash] = (found[0], True)
        return found[0]

    async def give_back(self, code_hash: str) -> None:
        found = self._data.invitations.get(code_hash)
        if found is not None:
            self._data.invitations[code_hash] = (found[0], False)
