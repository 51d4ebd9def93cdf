"""The supervisor's monthly evidence page: the same figures, tables and charts as ``gza report``
for a month the roll-up has counted, computed when asked (one month of counts: under a second
on the sample, see docs/evidence.md). A supervisor sees their own bureau's report; an admin the
report for all bureaus, or any bureau's. Never a person: only what suppression publishes."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web
from markupsafe import Markup

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.core.texts import Text
from bot.evidence import DEFAULT_THRESHOLD
from bot.services.ports import Localizer
from bot.services.sign_in import ADMIN

PATH = "/console/report"
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
EVERY = ""
"""The bureau asked for when an admin wants the report for all bureaus."""


class ReportArea:
    def __init__(self, deps: Deps, localizer: Localizer, k: int = DEFAULT_THRESHOLD) -> None:
        self._deps, self._localizer, self._k = deps, localizer, k

    def __call__(self) -> list[Route]:
        return [Route("GET", PATH, self.report, Rule.OVERSIGHT)]

    async def report(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        admin = visit.who is not None and ADMIN in visit.who.roles
        bureau = self._bureau(visit, admin, request.query.get("bureau", EVERY))
        async with self._deps.uow() as uow:
            months = sorted(await uow.evidence.counted_months(), reverse=True)
            asked = request.query.get("month", "")
            month = asked if asked in months else (months[0] if months else "")
            counts = await uow.evidence.month(month) if month else {}
            bureaus = await uow.evidence.by_bureau(month) if month else {}
        values: dict[str, Any] = {
            "months": months,
            "month": month,
            "bureau": bureau,
            "bureaus": sorted(self._deps.work.desk.bureaus) if admin else [],
            "unknown": bool(asked) and asked != month,
            "body": Markup(self._body(visit, month, bureau, counts, bureaus)) if counts else "",
        }
        return html(page(self._deps, visit, request, "report.html", **values))

    def _bureau(self, visit: Visit, admin: bool, asked: str) -> str:
        """An admin: the bureau asked for, or all bureaus; a supervisor: their own, always."""
        desk = self._deps.work.desk
        if admin:
            return asked if asked in desk.bureaus else EVERY
        own = visit.who.bureau if visit.who else None
        return own if own is not None and own in desk.bureaus else desk.default_bureau

    def _body(self, visit: Visit, month: str, bureau: str, counts: Any, bureaus: Any) -> str:
        from bot.evidence.charts import report_charts  # scipy: loaded on the first report
        from bot.evidence.figures import report_figures
        from bot.evidence.html import report_body

        desk = self._deps.work.desk
        places = desk.bureaus[bureau].cities if bureau else frozenset[str]()
        figures = report_figures(counts, bureaus, self._k, bureau or None, places)
        locale = visit.who.locale if visit.who else self._deps.pages.default_locale
        localizer = self._localizer

        def render(message: str, **args: str | int) -> str:
            return localizer.render(locale, Text(message, args))

        def known(message: str) -> bool:
            has = getattr(localizer, "has", None)
            return bool(has(locale, message)) if has is not None else False

        city = next((f for f in figures if f.name == "city"), None)
        charted = [(month, city.published.total if city else None)]
        opened = frozenset[int]()
        charts = report_charts(figures, render, known, charted, opened)
        return report_body(figures, month, self._k, render, known, bureau or None, charts)
