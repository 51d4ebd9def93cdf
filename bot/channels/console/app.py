"""The console's routes, each behind its declared rule: the session is read from its cookie,
the rule checked, a change checked for CSRF and origin, and strict headers put on the answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.pages import Pages
from bot.channels.console.security import COOKIE, Attempts, csrf_ok, same_origin, secure
from bot.services.casework import CaseWork
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.sign_in import STAFF, SignIn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Deps:
    """What every console area is built from."""

    uow: UnitOfWorkFactory
    sign_in: SignIn
    work: CaseWork
    pages: Pages
    clock: Clock
    attempts: Attempts
    https: bool


def page(deps: Deps, visit: Visit, request: web.Request, template: str, **values: object) -> str:
    """A whole page or a fragment, in the visitor's language (or the browser's)."""
    locale = (
        visit.who.locale
        if visit.who
        else deps.pages.pick_locale(request.headers.get("Accept-Language", ""))
    )
    return deps.pages.render(template, locale, visit=visit, **values)


def html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


class Guard:
    """Wraps a route's handler in its rule; the only way a console route is served."""

    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def wrap(self, route: Route) -> web.RouteDef:
        async def handle(request: web.Request) -> web.StreamResponse:
            try:
                return secure(await self._serve(route, request))
            except web.HTTPException as exc:
                secure(exc)
                raise
            except Exception:
                log.exception("console.failed path=%s", request.match_info.route.resource)
                visit = Visit(None)
                return secure(html(page(self._deps, visit, request, "problem.html"), 500))

        return web.route(route.method, route.path, handle)

    async def _serve(self, route: Route, request: web.Request) -> web.StreamResponse:
        visit = await self.visit(request)
        if not route.rule.admits(visit.who):
            status = 401 if visit.who is None else 403
            text_id = "console-sign-in-needed" if status == 401 else "console-not-allowed"
            body = page(self._deps, visit, request, "refused.html", text_id=text_id)
            return html(body, status)
        if request.method == "POST":
            if not same_origin(request):
                return html(
                    page(self._deps, visit, request, "refused.html", text_id="console-not-allowed"),
                    403,
                )
            form = await request.post()
            token = form.get("csrf")
            if route.rule is not Rule.ANYONE and not csrf_ok(visit.csrf, str(token or "")):
                body = page(
                    self._deps, visit, request, "refused.html", text_id="console-stale-form"
                )
                return html(body, 403)
        return await route.handler(request, visit)

    async def visit(self, request: web.Request) -> Visit:
        secret = request.cookies.get(COOKIE)
        if not secret:
            return Visit(None)
        deps = self._deps
        async with deps.uow() as uow:
            session = await deps.sign_in.current(uow, secret, deps.clock())
            await uow.commit()  # someone removed from the list: their sessions end now
        if session is None:
            return Visit(None)
        who = session.who
        member = deps.sign_in.roster.member(who.alias) if STAFF in who.roles else None
        return Visit(who, session.csrf, secret, member)


class Console:
    """Every area's routes, guarded."""

    def __init__(self, deps: Deps, areas: list[Callable[[], list[Route]]]) -> None:
        self._deps, self._areas = deps, areas
        self.guard = Guard(deps)

    def table(self) -> list[Route]:
        return [route for area in self._areas for route in area()]

    def routes(self) -> list[web.RouteDef]:
        return [self.guard.wrap(route) for route in self.table()]
