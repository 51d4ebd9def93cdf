"""Who may enter the staff console and as what: one-time links bound to one staff member,
sessions that expire, and the staff list as it is now (removing someone ends their sessions).

Only the hash of a link's or a session's secret is stored, so a database copy opens nothing."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.services.curation import Curator
from bot.services.desk import StaffMember
from bot.services.ports import UnitOfWork
from bot.services.records import AuditEntry, SessionRecord

STAFF, SUPERVISOR, CURATOR, ADMIN = "staff", "supervisor", "curator", "admin"
ROLES = (STAFF, SUPERVISOR, CURATOR, ADMIN)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Signed:
    """Someone signed in: their alias, roles, bureau (staff) and language."""

    alias: str
    roles: frozenset[str]
    locale: str
    bureau: str | None = None


@dataclass(frozen=True)
class Roster:
    """The staff list and the curators as they are now (both re-read when the file changes)."""

    staff: Mapping[int, StaffMember]
    curators: Mapping[int, Curator]
    admins: Collection[str] = frozenset()
    """Aliases, casefolded, who manage people and bureaus."""

    def who(self, alias: str) -> Signed | None:
        key = alias.casefold()
        member = next((m for m in self.staff.values() if m.alias.casefold() == key), None)
        curator = next((c for c in self.curators.values() if c.alias.casefold() == key), None)
        roles = set()
        if member is not None:
            roles.add(STAFF)
            if member.supervisor:
                roles.add(SUPERVISOR)
        if curator is not None:
            roles.add(CURATOR)
        if key in self.admins and (member or curator):
            roles.add(ADMIN)
        if not roles:
            return None
        locale = member.locale if member else curator.locale if curator else "en"
        bureau = member.bureau if member else None
        return Signed(member.alias if member else alias, frozenset(roles), locale, bureau)

    def member(self, alias: str) -> StaffMember | None:
        key = alias.casefold()
        return next((m for m in self.staff.values() if m.alias.casefold() == key), None)


@dataclass(frozen=True)
class Session:
    who: Signed
    csrf: str


@dataclass(frozen=True)
class SignIn:
    roster: Roster
    link_valid: timedelta
    session_valid: timedelta
    secret: Callable[[], str] = field(default=new_secret)

    async def issue_link(self, uow: UnitOfWork, alias: str, now: datetime) -> str:
        """A one-time secret for the sign-in link (shown once, in the member's own chat)."""
        secret = self.secret()
        await uow.sign_ins.add_link(digest(secret), alias, now + self.link_valid)
        await uow.audit.record(AuditEntry(alias, "link-issued", now))
        return secret

    async def redeem(self, uow: UnitOfWork, link: str, now: datetime) -> str | None:
        """The link, used once, becomes a session; returns the session's secret."""
        alias = await uow.sign_ins.use_link(digest(link), now)
        who = self.roster.who(alias) if alias is not None else None
        if alias is None or who is None:
            return None
        secret = self.secret()
        record = SessionRecord(who.alias, self.secret(), now + self.session_valid)
        await uow.sign_ins.add_session(digest(secret), record)
        await uow.audit.record(AuditEntry(who.alias, "signed-in", now))
        return secret

    async def current(self, uow: UnitOfWork, secret: str, now: datetime) -> Session | None:
        """The live session of this secret; someone no longer on the list is signed out of
        every session at once."""
        record = await uow.sign_ins.session(digest(secret), now)
        if record is None:
            return None
        who = self.roster.who(record.alias)
        if who is None:
            await self.remove(uow, record.alias, now)
            return None
        return Session(who, record.csrf)

    async def sign_out(self, uow: UnitOfWork, secret: str, alias: str, now: datetime) -> None:
        await uow.sign_ins.end_session(digest(secret))
        await uow.audit.record(AuditEntry(alias, "signed-out", now))

    async def remove(self, uow: UnitOfWork, alias: str, now: datetime) -> int:
        return await end_sessions(uow, alias, now)


async def end_sessions(uow: UnitOfWork, alias: str, now: datetime) -> int:
    """End every session and unused link of someone removed from the list."""
    ended = await uow.sign_ins.end_sessions_of(alias)
    await uow.audit.record(AuditEntry("system", "sessions-ended", now, detail=alias))
    return ended


@dataclass(frozen=True)
class ConsoleLinks:
    """A sign-in link to the console, whole: the address it is served at and a fresh secret."""

    sign_in: SignIn
    base_url: str

    async def link_for(self, uow: UnitOfWork, alias: str, now: datetime) -> str:
        secret = await self.sign_in.issue_link(uow, alias, now)
        return f"{self.base_url.rstrip('/')}/console/signin?link={secret}"
