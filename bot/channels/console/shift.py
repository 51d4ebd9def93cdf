"""A staff shift: the bureau's queue, a case with its conversation, and every action on it.
Live: the page listens to /console/events (server-sent events) and redraws its live part
when what it shows changed, in any process (the stream compares what the database says)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, Guard, html, page
from bot.channels.console.security import secure
from bot.services.cases import OUTCOMES, Case
from bot.services.casework import ASK_LOCK_SCREEN
from bot.services.desk import StaffMember
from bot.services.lock_screen import LockScreen

POLL_SECONDS = 1.0
KEEP_ALIVE = 15
RESULTS = frozenset(
    f"console-{kind}"
    for kind in (
        "done-take",
        "done-reply",
        "done-note",
        "done-close",
        "done-transfer",
        "done-block",
        "done-unblock",
        "done-shift-on",
        "done-shift-off",
        "refused-taken",
        "refused-empty",
        "refused-take-first",
        "refused-close",
        "refused-transfer",
    )
)
"""What an action may report back on the next page (a Fluent id, never free text)."""
CASE = "/console/case/{case:[0-9]{1,12}}"


class ShiftArea:
    def __init__(self, deps: Deps) -> None:
        self._deps, self._guard = deps, Guard(deps)
        self._viewers: dict[int, Counter[str]] = {}
        self._closing = asyncio.Event()

    def __call__(self) -> list[Route]:
        staff = Rule.STAFF
        routes = [
            Route("GET", "/console/queue", self.queue, staff),
            Route("GET", "/console/queue/live", self.queue_live, staff),
            Route("POST", "/console/shift", self.shift, staff),
            Route("GET", "/console/events", self.events, staff),
            Route("GET", CASE, self.case, staff),
            Route("GET", CASE + "/live", self.case_live, staff),
        ]
        for action in ("take", "reply", "note", "close", "transfer", "block", "unblock"):
            routes.append(Route("POST", f"{CASE}/{action}", self.act, staff))
        return routes

    async def shutdown(self, app: web.Application) -> None:
        self._closing.set()

    # --- the queue ------------------------------------------------------------------------

    async def queue(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        async with self._deps.uow() as uow:
            cases = await self._deps.work.queue(uow, member)
            on_shift = member.alias in await uow.shifts.on_shift()
        values = self._queue_values(member, cases) | {"on_shift": on_shift}
        return html(page(self._deps, visit, request, "queue.html", said=_said(request), **values))

    async def queue_live(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        async with self._deps.uow() as uow:
            cases = await self._deps.work.queue(uow, member)
        values = self._queue_values(member, cases)
        return html(page(self._deps, visit, request, "queue_live.html", **values))

    def _queue_values(self, member: StaffMember, cases: list[Case]) -> dict[str, Any]:
        now = self._deps.clock()
        return {
            "cases": cases,
            "minutes": lambda c: _minutes(c, now),
            "member": member,
            "places": self._deps.work.mail.places,
        }

    async def shift(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        on = (await request.post()).get("on") == "on"
        async with self._deps.uow() as uow:
            said = await self._deps.work.shift(uow, member, on, self._deps.clock())
            await uow.commit()
        raise web.HTTPSeeOther(f"/console/queue?said={said}")

    # --- a case ---------------------------------------------------------------------------

    async def case(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        async with self._deps.uow() as uow:
            case = await self._deps.work.case_of(uow, member, int(request.match_info["case"]))
            if case is None:
                return _not_yours(self._deps, visit, request)
            picked = request.query.get("canned")  # a saved reply put in the box, without JS
            draft = next((r.text for r in self._deps.work.canned(case) if r.key == picked), "")
            return await self._case_page(request, visit, uow, case, draft=draft)

    async def _case_page(
        self,
        request: web.Request,
        visit: Visit,
        uow: Any,
        case: Case,
        draft: str = "",
        ask: list[str] | None = None,
    ) -> web.Response:
        """The case page; ``draft`` in the reply box, ``ask``: the revealing words of a reply
        that waits for staff to confirm it."""
        member, work = _member(visit), self._deps.work
        values = await self._case_values(uow, case, member)
        values |= {
            "outcomes": OUTCOMES,
            "targets": work.transfer_targets(member),
            "canned": work.canned(case),
            "lock_words": _lock_words(work.box.lock_screen, case.locale),
            "draft": draft,
            "ask": ", ".join(ask or []),
            "said": None if ask else _said(request),
        }
        return html(page(self._deps, visit, request, "case.html", **values))

    async def case_live(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        async with self._deps.uow() as uow:
            case = await self._deps.work.case_of(uow, member, int(request.match_info["case"]))
            if case is None:
                return _not_yours(self._deps, visit, request)
            values = await self._case_values(uow, case, member)
        return html(page(self._deps, visit, request, "case_live.html", **values))

    async def _case_values(self, uow: Any, case: Case, member: StaffMember) -> dict[str, Any]:
        assert case.id is not None
        lines = await self._deps.work.thread(uow, case)
        others = sorted(a for a in self._viewers.get(case.id, Counter()) if a != member.alias)
        now = self._deps.clock()
        return {
            "case": case,
            "lines": lines,
            "member": member,
            "viewers": others,
            "waited": _minutes(case, now),
            "places": self._deps.work.mail.places,
        }

    async def act(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        member = _member(visit)
        deps = self._deps
        action = request.path.rsplit("/", 1)[-1]
        form = await request.post()
        async with deps.uow() as uow:
            case = await deps.work.case_of(uow, member, int(request.match_info["case"]))
            if case is None:
                return _not_yours(deps, visit, request)
            said = await self._do(uow, member, case, action, form)
            if said == ASK_LOCK_SCREEN:  # nothing sent: the text stays in the box
                text = str(form.get("text", ""))
                ask = deps.work.revealing(case, text)
                return await self._case_page(request, visit, uow, case, text, ask)
            await uow.commit()
        raise web.HTTPSeeOther(f"/console/case/{case.id}?said={said}")

    async def _do(self, uow: Any, member: StaffMember, case: Case, action: str, form: Any) -> str:
        work, now = self._deps.work, self._deps.clock()
        text = str(form.get("text", ""))
        if action == "take":
            return await work.take(uow, member, case, now)
        if action == "reply":
            confirmed = form.get("confirm") == "yes"
            return await work.reply(uow, member, case, text, now, confirmed)
        if action == "note":
            return await work.note(uow, member, case, text, now)
        if action == "close":
            return await work.close(uow, member, case, str(form.get("outcome", "")), now)
        if action == "transfer":
            return await work.transfer(uow, member, case, str(form.get("target", "")), now)
        return await work.block(uow, member, case, action == "block", now)

    # --- live -----------------------------------------------------------------------------

    async def events(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        """``change`` when what the page shows changed; ``signed-out`` when the session ended."""
        member = _member(visit)
        watched = request.query.get("case", "")
        case_id = int(watched) if watched.isdigit() else None
        stream = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        secure(stream)
        await stream.prepare(request)
        if case_id is not None:
            self._viewers.setdefault(case_id, Counter())[member.alias] += 1
        try:
            await self._stream(request, stream, member, case_id)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            if case_id is not None:
                self._viewers[case_id][member.alias] -= 1
                self._viewers[case_id] = +self._viewers[case_id]
        return stream

    async def _stream(
        self,
        request: web.Request,
        stream: web.StreamResponse,
        member: StaffMember,
        case_id: int | None,
    ) -> None:
        last: object = None
        quiet = 0
        # A change may land between drawing the page and opening this stream: redraw once.
        await stream.write(b"event: change\ndata: 1\n\n")
        while not self._closing.is_set():
            if (await self._deps_visit(request)) is None:
                await stream.write(b"event: signed-out\ndata: 1\n\n")
                return
            now = await self._fingerprint(member, case_id)
            if last is not None and now != last:
                await stream.write(b"event: change\ndata: 1\n\n")
                quiet = 0
            elif quiet >= KEEP_ALIVE:
                await stream.write(b": still here\n\n")
                quiet = 0
            last, quiet = now, quiet + 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), POLL_SECONDS)

    async def _deps_visit(self, request: web.Request) -> object | None:
        """The same session check as every request: a removed member's stream ends."""
        return (await self._guard.visit(request)).who

    async def _fingerprint(self, member: StaffMember, case_id: int | None) -> object:
        async with self._deps.uow() as uow:
            cases = await self._deps.work.queue(uow, member)
            ids = [c.id for c in cases if c.id is not None]
            if case_id is not None and case_id not in ids:
                ids.append(case_id)
                found = await uow.cases.get(case_id)
                cases = [*cases, found] if found else cases
            last = await uow.threads.last_ids(ids)
        viewers = sorted(self._viewers.get(case_id or -1, Counter()))
        return cases, last, viewers


def _member(visit: Visit) -> StaffMember:
    assert visit.member is not None  # the STAFF rule let only staff through
    return visit.member


def _minutes(case: Case, now: datetime) -> int:
    return max(0, int((now - case.created_at).total_seconds() // 60))


def _lock_words(lock: LockScreen, locale: str) -> str:
    """The words for the live warning as the page's script reads them (same rules)."""
    words = [{"w": w.text, "whole": w.whole} for w in lock.of(locale)]
    return json.dumps({"opening": lock.opening, "words": words}, ensure_ascii=False)


def _said(request: web.Request) -> str | None:
    said = request.query.get("said")
    return said if said in RESULTS else None


def _not_yours(deps: Deps, visit: Visit, request: web.Request) -> web.Response:
    body = page(deps, visit, request, "refused.html", text_id="console-not-your-case")
    return html(body, 404)
