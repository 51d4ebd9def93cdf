"""Who may use a console route: every route declares its rule, and nothing else lets a
request through (the role-matrix test calls every route as every role and as nobody)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

from aiohttp import web

from bot.services.desk import StaffMember
from bot.services.sign_in import ADMIN, CURATOR, STAFF, SUPERVISOR, Signed


class Rule(Enum):
    """Who may use a route."""

    ANYONE = "anyone"
    """Signed in or not: the sign-in pages and the console's own files."""
    SIGNED_IN = "signed-in"
    """Anyone with a role."""
    STAFF = "staff"
    """Staff of a bureau (supervisors are staff too); their bureau's cases only."""
    SUPERVISOR = "supervisor"
    CURATOR = "curator"
    ADMIN = "admin"
    OVERSIGHT = "oversight"
    """A supervisor (their own bureau) or an admin (any bureau): figures, never a person."""

    def admits(self, who: Signed | None) -> bool:
        if self is Rule.ANYONE:
            return True
        if who is None:
            return False
        if self is Rule.SIGNED_IN:
            return bool(who.roles)
        if self is Rule.OVERSIGHT:
            return bool({SUPERVISOR, ADMIN} & who.roles)
        return self.value in who.roles


ROLE_OF_RULE = {Rule.STAFF: STAFF, Rule.SUPERVISOR: SUPERVISOR, Rule.CURATOR: CURATOR}
ROLE_OF_RULE[Rule.ADMIN] = ADMIN


@dataclass(frozen=True)
class Visit:
    """One request's signed-in person (None on ANYONE routes without a session), their
    session's CSRF token, and their staff record when they are staff."""

    who: Signed | None
    csrf: str = ""
    session: str = ""
    member: StaffMember | None = None


Handler = Callable[[web.Request, Visit], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    handler: Handler
    rule: Rule
    """Required, with no default: a route cannot be added without saying who may use it."""
