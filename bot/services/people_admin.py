"""What an admin does with people and bureaus: change a role or bureau, remove someone (their
console sessions end at once), add or rename a bureau, and invite by a one-time code. Every
action is in the audit log, by alias; no account id is ever shown or logged.

Each action answers a result id (a Fluent message id, never free text)."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.services.people_records import (
    CURATOR_ROLE,
    PERSON_ROLES,
    BureauEntry,
    Invitation,
    PersonEntry,
)
from bot.services.ports import UnitOfWork
from bot.services.records import AuditEntry
from bot.services.sign_in import end_sessions

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O, 1/I: read aloud or copied by hand without mistakes."""
CODE_LENGTH = 10
ALIAS = re.compile(r"^[^\W_](?:[\w .'-]{0,30}[^\W_])?\Z")
"""A name to sign with: letters and digits of any script, inner spaces, dots, dashes."""
BUREAU_ID = re.compile(r"^[a-z0-9_-]{1,32}\Z")


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(typed: str) -> str:
    """As the invitee may type it: any case, with or without the dash and spaces."""
    return re.sub(r"[\s-]", "", typed).upper()


def shown_code(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def code_hash(code: str) -> str:
    return hashlib.sha256(f"gza-invitation|{normal_code(code)}".encode()).hexdigest()


def alias_ok(alias: str) -> bool:
    return bool(ALIAS.match(alias))


@dataclass(frozen=True)
class Invited:
    """A fresh invitation: the code, shown once, and until when it works."""

    code: str
    expires_at: datetime


@dataclass(frozen=True)
class PeopleAdmin:
    bureaus_served: Collection[str]
    """Bureaus with cities, hours and a staff group in the config: only these take staff."""
    invite_valid: timedelta
    code: Callable[[], str] = field(default=new_code)

    def placement(self, role: str, bureau: str | None) -> str | None:
        """The bureau someone of this role belongs to, or None; '' when the pair is wrong."""
        if role not in PERSON_ROLES:
            return ""
        if role == CURATOR_ROLE:
            return None
        return bureau if bureau in self.bureaus_served else ""

    async def change(
        self,
        uow: UnitOfWork,
        actor: str,
        target: PersonEntry,
        role: str,
        bureau: str | None,
        admin: bool,
        now: datetime,
    ) -> str:
        placed = self.placement(role, bureau)
        if placed == "":
            return "people-refused-bureau"
        if target.key == actor.casefold() and target.admin and not admin:
            return "people-refused-self"
        await uow.people.change(target.alias, role, placed, admin)
        detail = f"{target.alias} {role}{' admin' if admin else ''} {placed or ''}".strip()
        await uow.audit.record(AuditEntry(actor, "person-changed", now, detail=detail[:64]))
        return "people-done-changed"

    async def remove(self, uow: UnitOfWork, actor: str, target: PersonEntry, now: datetime) -> str:
        """Off the list, and every console session and unused link of theirs ends now."""
        if target.key == actor.casefold():
            return "people-refused-self"
        await uow.people.remove(target.alias)
        await end_sessions(uow, target.alias, now)
        await uow.audit.record(AuditEntry(actor, "person-removed", now, detail=target.alias))
        return "people-done-removed"

    async def put_bureau(
        self, uow: UnitOfWork, actor: str, bureau_id: str, name: str, now: datetime
    ) -> str:
        name = " ".join(name.split())
        if not BUREAU_ID.match(bureau_id) or not 1 <= len(name) <= 64:
            return "people-refused-bureau-name"
        known = {b.id for b in await uow.people.bureaus()}
        await uow.people.put_bureau(BureauEntry(bureau_id, name))
        renamed = bureau_id in known
        action = "bureau-renamed" if renamed else "bureau-added"
        await uow.audit.record(AuditEntry(actor, action, now, detail=bureau_id))
        return "people-done-bureau-renamed" if renamed else "people-done-bureau-added"

    async def invite(
        self,
        uow: UnitOfWork,
        actor: str,
        role: str,
        bureau: str | None,
        alias: str | None,
        now: datetime,
    ) -> Invited | str:
        """A one-time code, or the result id of why not."""
        placed = self.placement(role, bureau)
        if placed == "":
            return "people-refused-bureau"
        if alias is not None:
            if not alias_ok(alias):
                return "people-refused-alias"
            if any(p.key == alias.casefold() for p in await uow.people.all()):
                return "people-refused-alias-taken"
        code = self.code()
        until = now + self.invite_valid
        await uow.people.invite(code_hash(code), Invitation(role, placed, alias, actor, until))
        await uow.audit.record(
            AuditEntry(actor, "invited", now, detail=f"{role} {placed or ''}".strip())
        )
        return Invited(shown_code(code), until)
