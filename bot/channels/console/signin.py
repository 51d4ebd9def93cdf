"""Sign-in and sign-out: a one-time link from the bot opens a session (a button press, so a
link preview that fetches the page uses nothing), and the home page."""

from __future__ import annotations

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.channels.console.security import end_session, set_session
from bot.services.sign_in import CURATOR, STAFF

SIGN_IN = "/console/signin"
SIGNED_OUT = "/console/signed-out"
HOME = "/console"
QUEUE = "/console/queue"
DIRECTORY = "/console/directory"


class SignInArea:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def __call__(self) -> list[Route]:
        return [
            Route("GET", SIGN_IN, self.ask, Rule.ANYONE),
            Route("POST", SIGN_IN, self.enter, Rule.ANYONE),
            Route("GET", SIGNED_OUT, self.signed_out, Rule.ANYONE),
            Route("POST", "/console/signout", self.leave, Rule.SIGNED_IN),
            Route("GET", HOME, self.home, Rule.SIGNED_IN),
        ]

    async def ask(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        link = request.query.get("link", "")[:100]
        return html(page(self._deps, visit, request, "signin.html", link=link))

    async def enter(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        deps = self._deps
        if not await deps.attempts.allow(request.remote or "-"):
            body = page(deps, visit, request, "refused.html", text_id="console-too-many")
            return html(body, 429)
        link = str((await request.post()).get("link", ""))[:100]
        async with deps.uow() as uow:
            secret = await deps.sign_in.redeem(uow, link, deps.clock()) if link else None
            await uow.commit()
        if secret is None:
            body = page(deps, visit, request, "refused.html", text_id="console-link-used")
            return html(body, 400)
        response = web.HTTPSeeOther(HOME)
        max_age = int(deps.sign_in.session_valid.total_seconds())
        set_session(response, secret, max_age, deps.https)
        raise response

    async def leave(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        assert visit.who is not None
        deps = self._deps
        async with deps.uow() as uow:
            await deps.sign_in.sign_out(uow, visit.session, visit.who.alias, deps.clock())
            await uow.commit()
        response = web.HTTPSeeOther(SIGNED_OUT)
        end_session(response)
        raise response

    async def signed_out(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        return html(page(self._deps, visit, request, "signed_out.html"))

    async def home(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        assert visit.who is not None
        if STAFF in visit.who.roles:
            raise web.HTTPSeeOther(QUEUE)
        if CURATOR in visit.who.roles:
            raise web.HTTPSeeOther(DIRECTORY)
        return html(page(self._deps, visit, request, "home.html"))
