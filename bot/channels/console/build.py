"""The console, assembled from its areas (called by the composition root)."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from bot.channels.console.app import Console, Deps
from bot.channels.console.assets import Assets
from bot.channels.console.bureau import BureauArea
from bot.channels.console.pages import Pages
from bot.channels.console.report import ReportArea
from bot.channels.console.security import Attempts
from bot.channels.console.shift import ShiftArea
from bot.channels.console.signin import SignInArea
from bot.evidence import DEFAULT_THRESHOLD
from bot.services.casework import CaseWork
from bot.services.ports import Clock, Localizer, UnitOfWorkFactory
from bot.services.sign_in import SignIn


def mount_console(
    app: web.Application,
    *,
    uow: UnitOfWorkFactory,
    sign_in: SignIn,
    work: CaseWork,
    localizer: Localizer,
    locales: Sequence[str],
    default_locale: str,
    clock: Clock,
    sign_ins_per_minute: int,
    https: bool,
    evidence_threshold: int = DEFAULT_THRESHOLD,
) -> Console:
    """Serve the console on ``app``; returns it (its route table, for the role-matrix test)."""
    pages = Pages(localizer, locales, default_locale)
    deps = Deps(uow, sign_in, work, pages, clock, Attempts(sign_ins_per_minute, clock), https)
    shift = ShiftArea(deps)
    report = ReportArea(deps, localizer, evidence_threshold)
    console = Console(deps, [SignInArea(deps), shift, BureauArea(deps), report, Assets()])
    app.add_routes(console.routes())
    app.on_shutdown.append(shift.shutdown)
    return console
