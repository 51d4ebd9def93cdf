"""The supervisor's page: their bureau's figures today and this month (an admin may pick any
bureau). Counts and durations only, from ``bureau_figures``: no case code, no person, no text.

The monthly evidence figures of ``gza report`` are on a page of their own beside this one
(``bot/channels/console/report.py``, same rule)."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.services.bureau_figures import bureau_figures
from bot.services.sign_in import ADMIN

PATH = "/console/bureau"


class BureauArea:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def __call__(self) -> list[Route]:
        return [Route("GET", PATH, self.figures, Rule.OVERSIGHT)]

    async def figures(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        deps, desk = self._deps, self._deps.work.desk
        bureau = self._bureau(visit, request.query.get("bureau", ""))
        now = deps.clock()
        zone = desk.bureaus[bureau].hours.timezone
        since = now - timedelta(days=32)  # covers the local month, whatever the zone
        async with deps.uow() as uow:
            cases = await uow.cases.times_since(bureau, since)
            on_shift = await uow.shifts.on_shift()
        staffed = sum(m.alias in on_shift for m in desk.staff.values() if m.bureau == bureau)
        figures = bureau_figures(cases, staffed, now, zone)
        month = dict(figures.month.outcomes)
        values = {
            "bureau": bureau,
            "bureaus": sorted(desk.bureaus) if _is_admin(visit) else [],
            "figures": figures,
            "outcomes": [(o, n, month[o]) for o, n in figures.today.outcomes],
            "minutes": _minutes,
        }
        return html(page(deps, visit, request, "bureau.html", **values))

    def _bureau(self, visit: Visit, asked: str) -> str:
        """A supervisor sees their own bureau; an admin the one asked for, else the default."""
        desk = self._deps.work.desk
        if _is_admin(visit) and asked in desk.bureaus:
            return asked
        own = visit.who.bureau if visit.who else None
        return own if own is not None and own in desk.bureaus else desk.default_bureau


def _is_admin(visit: Visit) -> bool:
    return visit.who is not None and ADMIN in visit.who.roles


def _minutes(duration: timedelta) -> int:
    """Whole minutes, rounded up from whole seconds: a wait of 20 seconds reads as 1 minute."""
    return -(-int(duration.total_seconds()) // 60)
