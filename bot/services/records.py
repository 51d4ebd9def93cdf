"""The records the staff console needs, as ports: one-time sign-in links and sessions, the audit
log, and the thread of a case (what the person and staff said, sealed like any person data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

PERSON, STAFF, NOTE, EVENT = "person", "staff", "note", "event"
"""Who a thread line is from: the person, staff (relayed to the person), an internal note, or
an event of the case (taken, transferred...), never relayed."""


@dataclass(frozen=True)
class ThreadLine:
    case_id: int
    side: str
    author: str | None
    """A staff alias; None for the person (never who they are)."""
    text: str | None
    """None when it can no longer be read (the person's key was shredded)."""
    at: datetime
    id: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    actor: str
    """A staff alias, or ``system``."""
    action: str
    at: datetime
    case_id: int | None = None
    detail: str | None = None
    """What, without a person in it: an outcome, a bureau, a colleague's alias."""


@dataclass(frozen=True)
class SessionRecord:
    alias: str
    csrf: str
    expires_at: datetime


class SignIns(Protocol):
    """One-time links and the sessions they open, stored by the hash of their secret only."""

    async def add_link(self, secret_hash: str, alias: str, expires_at: datetime) -> None: ...

    async def use_link(self, secret_hash: str, now: datetime) -> str | None:
        """The link's alias, once: a used, expired or unknown link gives None (atomic)."""

    async def add_session(self, secret_hash: str, record: SessionRecord) -> None: ...

    async def session(self, secret_hash: str, now: datetime) -> SessionRecord | None:
        """A live session; None once it expired or was ended."""

    async def end_session(self, secret_hash: str) -> None: ...

    async def end_sessions_of(self, alias: str) -> int:
        """End every session of a staff member (and their unused links); how many ended."""


class AuditLog(Protocol):
    async def record(self, entry: AuditEntry) -> None: ...

    async def recent(self, limit: int, case_id: int | None = None) -> list[AuditEntry]:
        """Newest first; of one case when ``case_id`` is given."""


class CaseThreads(Protocol):
    """The conversation of each case, sealed under the person's data key: erasing the person
    (shredding the key, deleting their cases) takes their thread with it."""

    async def add(self, person_ref: str, line: ThreadLine) -> None: ...

    async def of(self, person_ref: str, case_id: int) -> list[ThreadLine]:
        """Oldest first."""

    async def last_ids(self, case_ids: list[int]) -> dict[int, int]:
        """The newest line's id per case that has one: what changed, for live views."""
