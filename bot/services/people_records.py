"""People and bureaus as the database keeps them, and the store that keeps them.

The database rules who is staff, supervisor, curator or admin; the config file's ``[[staff]]``
and ``[[bureaus]]`` only seed it (first start, or ``gza staff import``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

STAFF_ROLE, SUPERVISOR_ROLE, CURATOR_ROLE = "staff", "supervisor", "curator"
PERSON_ROLES = (STAFF_ROLE, SUPERVISOR_ROLE, CURATOR_ROLE)
"""What someone does; being an admin is a flag on top of one of these."""


@dataclass(frozen=True)
class PersonEntry:
    """Someone on the staff side. ``user_id`` (their account on the staff channel) is how the
    bot knows them and writes to them privately; it is never shown in the console, nor put in
    a URL: the alias is."""

    alias: str
    user_id: int
    role: str
    bureau: str | None
    locale: str
    admin: bool = False

    @property
    def key(self) -> str:
        return self.alias.casefold()


@dataclass(frozen=True)
class BureauEntry:
    id: str
    name: str


@dataclass(frozen=True)
class Invitation:
    """What a one-time code makes of whoever sends it to the bot; only the code's hash is kept.
    No ``alias``: the invitee chooses one (``/join CODE Alias``)."""

    role: str
    bureau: str | None
    alias: str | None
    invited_by: str
    expires_at: datetime


class PeopleStore(Protocol):
    async def all(self) -> list[PersonEntry]: ...

    async def add(self, person: PersonEntry) -> bool:
        """False when the alias (casefolded) or the staff-channel account is already there."""

    async def change(self, alias: str, role: str, bureau: str | None, admin: bool) -> bool: ...

    async def remove(self, alias: str) -> bool: ...

    async def bureaus(self) -> list[BureauEntry]: ...

    async def put_bureau(self, bureau: BureauEntry) -> None:
        """Add the bureau, or give it its new name."""

    async def invite(self, code_hash: str, invitation: Invitation) -> None: ...

    async def redeem(self, code_hash: str, now: datetime) -> Invitation | None:
        """The invitation, marked used: None when unknown, used or expired."""

    async def give_back(self, code_hash: str) -> None:
        """Unmark a code whose redemption could not be completed (e.g. the alias was taken)."""
