"""What every console response and change must carry: strict headers, a CSRF check, the
session cookie's attributes, and a limit on sign-in attempts."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from aiohttp import web

from bot.services.pacing import Limit, RateLimiter, WindowLimiter

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
    """Sign-in attempts per address in any one-minute window, counted by a rate limiter: this
    process's own, or (with Redis configured) one every process of the bot shares, so that
    several processes behind one address do not multiply the limit."""

    per_minute: int
    clock: Callable[[], datetime]
    limiter: RateLimiter = field(default_factory=WindowLimiter)

    async def allow(self, address: str) -> bool:
        limits = [Limit(f"console-sign-in:{address}", self.per_minute, 60.0)]
        now = self.clock().timestamp()
        if await self.limiter.acquire(limits, now) > 0:
            return False
        await self.limiter.release(limits, now)  # counted for the minute from now
        return True
