"""The directory in the browser, for curators: find a service, see and edit every field (every
translation side by side), verify, close and reopen, deal with reports, the queue of reports and
stale listings, a new service (in a new organization, at a new location), and each service's
audit log.

Every change goes through the same directory store as the Telegram curation desk and the CLI
(``save_service``, or ``replace`` when an organization or a location is new), so it lands in
the same audit log under the curator's alias and moves the revision every process watches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.services.curation import ACTIVE, CLOSED, CuratorDesk
from bot.services.curator_texts import search_services, waiting
from bot.services.directory_forms import NEW, Form, Saved, added, edited, filled
from bot.services.ports import UnitOfWork
from referral_directory.files import DirectoryError, DirectoryProblem
from referral_directory.model import Organization, Service, pick
from referral_directory.taxonomy import ACCESSIBILITY, GROUPS, LANGUAGES, NEEDS, STATUSES

HOME = "/console/directory"
QUEUE = "/console/directory/queue"
SERVICE = "/console/directory/service"
STATUS = "/console/directory/status"
NEW_SERVICE = "/console/directory/new"
MOST_FOUND = 50
ACTIONS = ("verify", "close", "reopen", "seen")
ACCESS_TEXTS = {
    "wheelchair": "console-dir-access-wheelchair",
    "sign_language": "console-dir-access-sign-language",
    "women_only": "console-dir-access-women-only",
    "childcare": "console-dir-access-childcare",
    "outreach": "console-dir-access-outreach",
}
"""The name of each accessibility term (``taxonomy.ACCESSIBILITY``)."""


def form_of(posted: Any) -> Form:
    """A posted multidict as each field's text values (files are not form values)."""
    values: dict[str, list[str]] = {}
    for key, value in posted.items():
        if isinstance(value, str):
            values.setdefault(key, []).append(value[:5000])
    return values


class DirectoryArea:
    def __init__(self, deps: Deps, desk: CuratorDesk | None) -> None:
        self._deps, self._desk = deps, desk

    def __call__(self) -> list[Route]:
        return [
            Route("GET", HOME, self.find, Rule.CURATOR),
            Route("GET", QUEUE, self.queue, Rule.CURATOR),
            Route("GET", SERVICE, self.service, Rule.CURATOR),
            Route("POST", SERVICE, self.save, Rule.CURATOR),
            Route("POST", STATUS, self.status, Rule.CURATOR),
            Route("GET", NEW_SERVICE, self.new, Rule.CURATOR),
            Route("POST", NEW_SERVICE, self.create, Rule.CURATOR),
        ]

    @property
    def desk(self) -> CuratorDesk:
        assert self._desk is not None, "the console was mounted without the curation desk"
        return self._desk

    def _page(self, visit: Visit, request: web.Request, template: str, **values: Any) -> str:
        return page(self._deps, visit, request, template, **self._common(), **values)

    def _common(self) -> dict[str, Any]:
        places = self.desk.catalog.directory.places.by_id
        return {
            "places": list(places.values()),
            "city": lambda c, lang: pick(places[c].name, lang) if c in places else c,
            "needs": NEEDS,
            "groups": GROUPS,
            "languages": LANGUAGES,
            "access": ACCESSIBILITY,
            "access_text": ACCESS_TEXTS,
            "statuses": STATUSES,
            "pick": pick,
            "term": lambda prefix, value: prefix + value.replace("_", "-").replace(" ", "-"),
        }

    async def find(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        query = request.query.get("q", "")[:100].strip()
        async with self._deps.uow(read_only=True) as uow:
            await self.desk.catalog.refresh(uow.directory)
        hits = _search(self.desk, query) if query else []
        body = self._page(
            visit, request, "directory_find.html", query=query, hits=hits[:MOST_FOUND]
        )
        return html(body)

    async def queue(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        desk = self.desk
        today = self._today()
        async with self._deps.uow(read_only=True) as uow:
            await desk.catalog.refresh(uow.directory)
            found = await waiting(uow, desk.catalog, today, desk.stale_days)
        body = self._page(visit, request, "directory_queue.html", found=found, today=today)
        return html(body)

    async def service(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        return await self._show(request, visit, request.query.get("id", "")[:100])

    async def _show(
        self,
        request: web.Request,
        visit: Visit,
        service_id: str,
        said: str = "",
        problems: tuple[DirectoryProblem, ...] = (),
        form: Form | None = None,
        status: int = 200,
    ) -> web.StreamResponse:
        async with self._deps.uow(read_only=True) as uow:
            await self.desk.catalog.refresh(uow.directory)
            found = self.desk.catalog.service(service_id)
            history = await uow.directory.history(service_id) if found else []
            reports = await _reports_of(uow, service_id) if found else 0
        if found is None:
            body = self._page(visit, request, "refused.html", text_id="console-dir-no-service")
            return html(body, 404)
        org, service = found
        values = {
            "org": org,
            "service": service,
            "history": list(reversed(history)),
            "reports": reports,
            "said": said,
            "problems": problems,
            "form": form or filled(service),
            "text_languages": _text_languages(self._deps.pages.locales, service),
        }
        return html(self._page(visit, request, "directory_service.html", **values), status)

    async def save(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        assert visit.who is not None
        form = form_of(await request.post())
        service_id = (form.get("id") or [""])[0][:100]
        said = ""
        problems: tuple[DirectoryProblem, ...] = ()
        async with self._deps.uow() as uow:  # the page is drawn after, in a uow of its own
            await self.desk.catalog.refresh(uow.directory)
            found = self.desk.catalog.service(service_id)
            if found is not None:
                try:
                    saved = edited(self.desk.catalog.directory, *found, form)
                except DirectoryError as exc:
                    problems = exc.problems
                else:
                    changed = await self._write(uow, saved, visit.who.alias)
                    await uow.commit()
                    said = "console-dir-saved" if changed else "curator-nothing-changed"
        if problems:
            return await self._show(request, visit, service_id, "", problems, form, 400)
        return await self._show(request, visit, service_id, said=said)

    async def status(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        """Verified today, temporarily closed, reopened, reports dealt with: as on Telegram."""
        assert visit.who is not None
        form = form_of(await request.post())
        service_id, action = (form.get("id") or [""])[0][:100], (form.get("action") or [""])[0]
        said = ""
        async with self._deps.uow() as uow:
            await self.desk.catalog.refresh(uow.directory)
            found = self.desk.catalog.service(service_id)
            if found is not None and action in ACTIONS:
                said = await self._set_status(uow, found[1], action, visit.who.alias)
                await uow.commit()
        return await self._show(request, visit, service_id, said=said)

    async def _set_status(self, uow: UnitOfWork, before: Service, action: str, alias: str) -> str:
        if action == "seen":
            await uow.directory.set_reports(before.id, "seen", [])
            return "curator-reports-seen"
        after = _with_status(before, action, self._today())
        changes = await uow.directory.save_service(before, after, alias, self._deps.clock())
        return "console-dir-saved" if changes else "curator-nothing-changed"

    async def new(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        return await self._new_page(request, visit, {})

    async def _new_page(
        self,
        request: web.Request,
        visit: Visit,
        form: Form,
        problems: tuple[DirectoryProblem, ...] = (),
        status: int = 200,
    ) -> web.StreamResponse:
        async with self._deps.uow(read_only=True) as uow:
            await self.desk.catalog.refresh(uow.directory)
        directory = self.desk.catalog.directory
        values = {
            "organizations": sorted(directory.organizations, key=lambda o: o.id),
            "form": form,
            "problems": problems,
            "new": NEW,
            "text_languages": list(self._deps.pages.locales),
        }
        return html(self._page(visit, request, "directory_new.html", **values), status)

    async def create(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        assert visit.who is not None
        form = form_of(await request.post())
        async with self._deps.uow() as uow:
            await self.desk.catalog.refresh(uow.directory)
            try:
                saved = added(self.desk.catalog.directory, form)
            except DirectoryError as exc:
                problems = exc.problems
            else:
                await self._write(uow, saved, visit.who.alias)
                await uow.commit()
                problems = ()
        if problems:
            return await self._new_page(request, visit, form, problems, 400)
        return await self._show(request, visit, saved.after.id, said="console-dir-added")

    async def _write(self, uow: UnitOfWork, saved: Saved, alias: str) -> bool:
        """The service's own fields through ``save_service``; with a new organization or
        location, the whole directory as an import writes it. Both audit under ``alias``."""
        now = self._deps.clock()
        if saved.directory is not None:
            diff = await uow.directory.replace(saved.directory, alias, now)
            return bool(diff.added or diff.changed or diff.retired)
        assert saved.before is not None
        return bool(await uow.directory.save_service(saved.before, saved.after, alias, now))

    def _today(self) -> date:
        return self._deps.clock().astimezone(self.desk.timezone).date()


def _search(desk: CuratorDesk, query: str) -> list[tuple[Organization, Service]]:
    """By name, organization or id (as on Telegram), and by a city's or a need's name or id."""
    hits = search_services(desk.catalog, query)
    seen = {s.id for _, s in hits}
    words = query.casefold().split()
    places = desk.catalog.directory.places.by_id
    for org, service in desk.catalog.directory.services():
        if service.id in seen:
            continue
        cities = {loc.city for loc in org.locations if loc.id in service.location_ids}
        known = [*service.needs, *cities]
        known += [name for c in cities if c in places for name in places[c].name.values()]
        text = " ".join(known).casefold().replace("_", " ")
        if words and all(w in text for w in words):
            hits.append((org, service))
    return hits


def _with_status(service: Service, action: str, today: date) -> Service:
    if action == "verify":
        return replace(service, assured_date=today)
    return replace(service, status=CLOSED if action == "close" else ACTIVE)


async def _reports_of(uow: UnitOfWork, service_id: str) -> int:
    return sum(1 for r in await uow.directory.open_reports() if r.service_id == service_id)


def _text_languages(locales: tuple[str, ...], service: Service) -> list[str]:
    """The console's languages, then any other a text of the service is written in."""
    written = {*service.name, *service.description, *service.fees_description}
    return [*locales, *(code for code in LANGUAGES if code in written and code not in locales)]
