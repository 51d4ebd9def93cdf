"""The admin's pages: people by bureau (alias and role; never a Telegram id), a role or bureau
changed, someone removed (their sessions end at once), bureaus added or renamed, and one-time
invitation codes. Aliases travel in form bodies, never in URLs; every change is audited by the
service (``services/people_admin.py``) and the process's list is read again at once."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.services.people import LivePeople
from bot.services.people_admin import Invited, PeopleAdmin
from bot.services.people_records import PERSON_ROLES, PersonEntry

PEOPLE = "/console/people"
RESULTS = frozenset(
    f"people-{kind}"
    for kind in (
        "done-changed",
        "done-removed",
        "done-bureau-added",
        "done-bureau-renamed",
        "refused-bureau",
        "refused-self",
        "refused-unknown",
        "refused-alias",
        "refused-alias-taken",
        "refused-bureau-name",
    )
)
"""What an action may report on the next page (a Fluent id, never free text)."""


class PeopleArea:
    def __init__(self, deps: Deps, people: LivePeople | None, admin: PeopleAdmin | None) -> None:
        self._deps, self._people, self._admin = deps, people, admin

    def __call__(self) -> list[Route]:
        admin = Rule.ADMIN
        return [
            Route("GET", PEOPLE, self.show, admin),
            Route("POST", PEOPLE + "/invite", self.invite, admin),
            Route("POST", PEOPLE + "/change", self.change, admin),
            Route("POST", PEOPLE + "/remove", self.remove, admin),
            Route("POST", "/console/bureaus", self.bureau, admin),
        ]

    def _parts(self) -> tuple[LivePeople, PeopleAdmin]:
        assert self._people is not None and self._admin is not None  # wired with the console
        return self._people, self._admin

    async def show(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        _, admin = self._parts()
        async with self._deps.uow(read_only=True) as uow:
            people = await uow.people.all()
            bureaus = await uow.people.bureaus()
        said = request.query.get("said")
        values: dict[str, Any] = {
            "groups": _by_bureau(people, [b.id for b in bureaus]),
            "bureaus": bureaus,
            "names": {b.id: b.name for b in bureaus},
            "served": sorted(admin.bureaus_served),
            "roles": PERSON_ROLES,
            "said": said if said in RESULTS else None,
        }
        return html(page(self._deps, visit, request, "people.html", **values))

    async def invite(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        _, admin = self._parts()
        form = await request.post()
        alias = " ".join(str(form.get("alias", "")).split()) or None
        async with self._deps.uow() as uow:
            role, bureau = _field(form, "role"), _field(form, "bureau") or None
            made = await admin.invite(uow, _actor(visit), role, bureau, alias, self._deps.clock())
            await uow.commit()
        if not isinstance(made, Invited):
            raise web.HTTPSeeOther(f"{PEOPLE}?said={made}")
        until = made.expires_at.strftime("%Y-%m-%d %H:%M UTC")
        body = page(
            self._deps, visit, request, "people_code.html", code=made.code, until=until, alias=alias
        )
        return html(body)

    async def change(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        people, admin = self._parts()
        form = await request.post()
        async with self._deps.uow() as uow:
            target = await _target(uow, _field(form, "alias"))
            said = "people-refused-unknown"
            if target is not None:
                role, bureau = _field(form, "role"), _field(form, "bureau") or None
                on = form.get("admin") == "on"
                said = await admin.change(
                    uow, _actor(visit), target, role, bureau, on, self._deps.clock()
                )
            await uow.commit()
        await people.refresh(self._deps.uow)
        raise web.HTTPSeeOther(f"{PEOPLE}?said={said}")

    async def remove(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        people, admin = self._parts()
        form = await request.post()
        async with self._deps.uow() as uow:
            target = await _target(uow, _field(form, "alias"))
            said = "people-refused-unknown"
            if target is not None:
                said = await admin.remove(uow, _actor(visit), target, self._deps.clock())
            await uow.commit()
        await people.refresh(self._deps.uow)
        raise web.HTTPSeeOther(f"{PEOPLE}?said={said}")

    async def bureau(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        _, admin = self._parts()
        form = await request.post()
        async with self._deps.uow() as uow:
            said = await admin.put_bureau(
                uow, _actor(visit), _field(form, "id"), _field(form, "name"), self._deps.clock()
            )
            await uow.commit()
        raise web.HTTPSeeOther(f"{PEOPLE}?said={said}")


def _field(form: Any, name: str) -> str:
    return str(form.get(name, "")).strip()[:64]


def _actor(visit: Visit) -> str:
    assert visit.who is not None  # the ADMIN rule let only a signed-in admin through
    return visit.who.alias


async def _target(uow: Any, alias: str) -> PersonEntry | None:
    key = alias.casefold()
    return next((p for p in await uow.people.all() if p.key == key), None) if key else None


def _by_bureau(
    people: list[PersonEntry], bureaus: list[str]
) -> list[tuple[str | None, list[PersonEntry]]]:
    """Each bureau with its people (staff and supervisors), then those of no bureau."""
    groups: list[tuple[str | None, list[PersonEntry]]] = [
        (b, [p for p in people if p.bureau == b]) for b in bureaus
    ]
    known = set(bureaus)
    others = [p for p in people if p.bureau is None or p.bureau not in known]
    return [*groups, (None, others)]
