"""In-memory twins of the console's stores (storage/console.py), on the shared MemoryData."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot.services.records import AuditEntry, SessionRecord, ThreadLine

if TYPE_CHECKING:
    from bot.storage.memory_data import MemoryData


class MemorySignIns:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def add_link(self, secret_hash: str, alias: str, expires_at: datetime) -> None:
        self._data.links[secret_hash] = (alias, expires_at, False)

    async def use_link(self, secret_hash: str, now: datetime) -> str | None:
        found = self._data.links.get(secret_hash)
        if found is None or found[2] or found[1] <= now:
            return None
        self._data.links[secret_hash] = (found[0], found[1], True)
        return found[0]

    async def add_session(self, secret_hash: str, record: SessionRecord) -> None:
        self._data.sessions[secret_hash] = record

    async def session(self, secret_hash: str, now: datetime) -> SessionRecord | None:
        found = self._data.sessions.get(secret_hash)
        return found if found is not None and found.expires_at > now else None

    async def end_session(self, secret_hash: str) -> None:
        self._data.sessions.pop(secret_hash, None)

    async def end_sessions_of(self, alias: str) -> int:
        data = self._data
        data.links = {k: v for k, v in data.links.items() if v[0] != alias}
        ended = [k for k, s in data.sessions.items() if s.alias == alias]
        for key in ended:
            del data.sessions[key]
        return len(ended)


class MemoryAuditLog:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def record(self, entry: AuditEntry) -> None:
        self._data.audit.append(entry)

    async def recent(self, limit: int, case_id: int | None = None) -> list[AuditEntry]:
        found = [e for e in self._data.audit if case_id is None or e.case_id == case_id]
        return found[::-1][:limit]


class MemoryCaseThreads:
    def __init__(self, data: MemoryData) -> None:
        self._data = data

    async def add(self, person_ref: str, line: ThreadLine) -> None:
        self._data.lines.append((person_ref, replace(line, id=self._data.new_id())))

    async def of(self, person_ref: str, case_id: int) -> list[ThreadLine]:
        return [x for p, x in self._data.lines if p == person_ref and x.case_id == case_id]

    async def last_ids(self, case_ids: list[int]) -> dict[int, int]:
        last: dict[int, int] = {}
        for _, line in self._data.lines:
            if line.case_id in case_ids and line.id is not None:
                last[line.case_id] = max(last.get(line.case_id, 0), line.id)
        return last
