"""The console, assembled from its areas (called by the composition root)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aiohttp import web

from bot.channels.console.access import Route
from bot.channels.console.app import Console, Deps
from bot.channels.console.assets import Assets
from bot.channels.console.bureau import BureauArea
from bot.channels.console.directory import DirectoryArea
from bot.channels.console.directory_files import DirectoryFilesArea
from bot.channels.console.pages import Pages
from bot.channels.console.people import PeopleArea
from bot.channels.console.report import ReportArea
from bot.channels.console.security import Attempts
from bot.channels.console.shift import ShiftArea
from bot.channels.console.signin import SignInArea
from bot.evidence import DEFAULT_THRESHOLD
from bot.services.casework import CaseWork
from bot.services.curation import CuratorDesk
from bot.services.pacing import RateLimiter, WindowLimiter
from bot.services.people import LivePeople
from bot.services.people_admin import PeopleAdmin
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
    people: LivePeople | None = None,
    people_admin: PeopleAdmin | None = None,
    curation: CuratorDesk | None = None,
    limiter: RateLimiter | None = None,
    evidence_threshold: int = DEFAULT_THRESHOLD,
) -> Console:
    """Serve the console on ``app``; returns it (its route table, for the role-matrix test).
    ``limiter`` counts sign-in attempts (shared by every process when given); by default this
    process counts its own."""
    pages = Pages(localizer, locales, default_locale)
    attempts = Attempts(sign_ins_per_minute, clock, limiter or WindowLimiter())
    deps = Deps(uow, sign_in, work, pages, clock, attempts, https)
    shift = ShiftArea(deps)
    areas: list[Callable[[], list[Route]]] = [
        SignInArea(deps),
        shift,
        BureauArea(deps),
        PeopleArea(deps, people, people_admin),
        DirectoryArea(deps, curation),
        DirectoryFilesArea(deps, curation),
        ReportArea(deps, localizer, evidence_threshold),
    ]
    console = Console(deps, [*areas, Assets()])
    app.add_routes(console.routes())
    app.on_shutdown.append(shift.shutdown)
    return console
