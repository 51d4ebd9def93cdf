"""What every console response and change must carry: strict headers, a CSRF check, the
session cookie's attributes, and a limit on sign-in attempts."""

from __future__ import annotations

import hmac
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aiohttp import web

COOKIE = "gza_console"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # a browser then still names our origin on a form post
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def secure(response: web.StreamResponse) -> web.StreamResponse:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def same_origin(request: web.Request) -> bool:
    """A change must come from a console page: a foreign Origin is refused outright."""
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return origin is None
    return origin == f"{request.scheme}://{request.host}"


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and given is not None and hmac.compare_digest(expected, given)


def set_session(response: web.StreamResponse, secret: str, max_age: int, https: bool) -> None:
    response.set_cookie(
        COOKIE,
        secret,
        max_age=max_age,
        path="/console",
        httponly=True,
        samesite="Strict",
        secure=https,
    )


def end_session(response: web.StreamResponse) -> None:
    response.del_cookie(COOKIE, path="/console")


@dataclass
class Attempts:
    """Sign-in attempts per address in the last minute (this process's)."""

    per_minute: int
    clock: Callable[[], datetime]
    _seen: dict[str, deque[datetime]] = field(default_factory=dict)

    def allow(self, address: str) -> bool:
        now = self.clock()
        recent = self._seen.setdefault(address, deque())
        while recent and now - recent[0] >= timedelta(minutes=1):
            recent.popleft()
        if len(recent) >= self.per_minute:
            return False
        recent.append(now)
        if len(self._seen) > 10_000:  # forget the quiet ones, so memory stays bounded
            self._seen = {a: q for a, q in self._seen.items() if q}
        return True
