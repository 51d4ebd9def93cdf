"""The console over HTTP, against a running Gza with a fake Telegram: who may use which route
(every route, every role, and nobody), sign-in by one-time link, the cookie, CSRF, the
Content-Security-Policy, the sign-in limit, a removed member, and a conversation that goes
both ways between the person in Telegram and staff in the console."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from bot.channels.console.access import Route, Rule
from bot.channels.console.build import mount_console
from bot.config import Settings
from bot.services.sign_in import ADMIN, CURATOR, STAFF, SUPERVISOR
from tests.console.client import Visitor
from tests.console.world import (
    EKA,
    GIORGI,
    LEVAN,
    MARIAM,
    NINO,
    STAFF_CHAT,
    TAMAR,
    World,
    ask_for_a_person,
    console_world,
)
from tests.fake_telegram import FakeTelegram, FakeUser

PERSON = FakeUser(5550101, "Person Real-Name", username="person_handle")
IDENTITIES: dict[str, tuple[FakeUser | None, frozenset[str]]] = {
    "nobody": (None, frozenset()),
    "staff": (NINO, frozenset({STAFF})),
    "supervisor": (EKA, frozenset({STAFF, SUPERVISOR})),
    "curator": (LEVAN, frozenset({CURATOR})),
    "admin": (TAMAR, frozenset({CURATOR, ADMIN})),
}
"""Each role as someone on the staff list (the supervisor and the admin hold two roles)."""
RULE_ROLE = {Rule.STAFF: STAFF, Rule.SUPERVISOR: SUPERVISOR, Rule.CURATOR: CURATOR}
RULE_ROLE[Rule.ADMIN] = ADMIN
ALIAS = {NINO.id: "Nino", EKA.id: "Eka", LEVAN.id: "Levan", TAMAR.id: "Tamar"}
ALIAS |= {GIORGI.id: "Giorgi", MARIAM.id: "Mariam"}


def console_table() -> list[Route]:
    """The route table, from the same function that mounts the console."""
    console = mount_console(
        web.Application(),
        uow=None,  # type: ignore[arg-type]
        sign_in=None,  # type: ignore[arg-type]
        work=None,  # type: ignore[arg-type]
        localizer=None,  # type: ignore[arg-type]
        locales=("en",),
        default_locale="en",
        clock=None,  # type: ignore[arg-type]
        sign_ins_per_minute=1,
        https=False,
    )
    return console.table()


def admitted(rule: Rule, roles: frozenset[str]) -> bool:
    """The expectation, written out apart from ``Rule.admits``."""
    if rule is Rule.ANYONE:
        return True
    if rule is Rule.SIGNED_IN:
        return bool(roles)
    if rule is Rule.OVERSIGHT:
        return SUPERVISOR in roles or ADMIN in roles
    return RULE_ROLE[rule] in roles


def concrete(path: str, case_id: int) -> str:
    return re.sub(r"\{case:[^}]+\}\}?", str(case_id), path)


async def signed_in(world: World, user: FakeUser | None) -> Visitor:
    visitor = Visitor(world.base)
    if user is not None:
        assert await visitor.sign_in(await world.link(ALIAS[user.id])) == 200
    return visitor


def test_every_route_declares_one_of_the_rules() -> None:
    table = console_table()
    assert len(table) > 10
    for route in table:
        assert isinstance(route.rule, Rule), route.path
        assert route.path.startswith("/console"), route.path
    assert {r.path for r in table if r.rule is Rule.ANYONE} == {
        "/console/signin",
        "/console/signed-out",
        "/console/static/console.js",
        "/console/static/console.css",
    }


async def test_the_running_app_serves_no_console_route_outside_the_table(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    declared = {(r.method, concrete(r.path, 1)) for r in console_table()}
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        assert world.gza.web_app is not None
        served = set()
        for route in world.gza.web_app.router.routes():
            canonical = route.resource.canonical if route.resource else ""
            if canonical.startswith("/console") and route.method != "HEAD":
                served.add((route.method, concrete(canonical.replace("{case}", "{case:x}}"), 1)))
    assert served == declared


async def test_every_route_as_every_role_and_as_nobody(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    """A route admits exactly the roles its rule names; nobody gets 401, a wrong role 403."""
    table = sorted(console_table(), key=lambda r: r.path == "/console/signout")
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        await ask_for_a_person(fake_telegram, PERSON, "/start kutaisi")  # a Tbilisi case: id 1
        seen = []
        for name, (user, roles) in IDENTITIES.items():
            visitor = await signed_in(world, user)
            await visitor.get("/console")
            try:
                for route in table:
                    status = await visitor.status_of(route.method, concrete(route.path, 1))
                    seen.append((name, route.method, route.path, status))
                    if admitted(route.rule, roles):
                        assert status not in (401, 403) and status < 500, seen[-1]
                    else:
                        assert status == (401 if user is None else 403), seen[-1]
            finally:
                await visitor.close()
    assert len(seen) == len(table) * len(IDENTITIES)


async def test_a_link_from_the_bot_signs_in_once_with_a_strict_cookie(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        link = await world.link_by_bot(NINO)
        assert not any("link=" in t for t in fake_telegram.general_texts(STAFF_CHAT))
        visitor = Visitor(world.base)
        try:
            async with visitor.session.get(link) as preview:  # a link preview uses nothing
                assert preview.status == 200
            data = {"link": link.split("link=")[1]}
            headers = {"Origin": world.base}
            async with visitor.session.post(
                world.base + "/console/signin", data=data, headers=headers, allow_redirects=False
            ) as answer:
                assert answer.status == 303
                cookie = answer.headers["Set-Cookie"]
            assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
            assert "Path=/console" in cookie and "Max-Age=43200" in cookie
            status, page = await visitor.get("/console")
            assert status == 200 and "Nino" in page

            again = Visitor(world.base)
            try:
                status, page = await again.post("/console/signin", **data)
                assert status == 400 and "has been used or has expired" in page
            finally:
                await again.close()

            assert (await visitor.post("/console/signout"))[0] == 200
            assert (await visitor.get("/console/queue"))[0] == 401
        finally:
            await visitor.close()


async def test_pages_carry_a_strict_policy_and_no_inline_script_or_style(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        await ask_for_a_person(fake_telegram, PERSON, "/start kutaisi")
        visitor = await signed_in(world, NINO)
        try:
            for path in ("/console/queue", "/console/case/1", "/console/signed-out"):
                async with visitor.session.get(world.base + path) as answer:
                    policy = answer.headers["Content-Security-Policy"]
                    page = await answer.text()
                    assert answer.headers["Cache-Control"] == "no-store"
                    assert answer.headers["X-Frame-Options"] == "DENY"
                assert "script-src 'self'" in policy and "unsafe-inline" not in policy
                assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
                assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []
                assert re.findall(r"\son[a-z]+=|\sstyle=", page) == []
        finally:
            await visitor.close()


async def test_a_change_without_the_forms_token_or_from_elsewhere_is_refused(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        await ask_for_a_person(fake_telegram, PERSON, "/start kutaisi")
        visitor = await signed_in(world, NINO)
        try:
            await visitor.get("/console/case/1")
            token = visitor.csrf
            visitor.csrf = "forged"
            assert (await visitor.post("/console/case/1/take"))[0] == 403
            visitor.csrf = token
            foreign = {"Origin": "https://evil.example"}
            assert (await visitor.post("/console/case/1/take", headers=foreign))[0] == 403
            status, page = await visitor.post("/console/case/1/take")
            assert status == 200 and "You have taken the case" in page
        finally:
            await visitor.close()


async def test_sign_in_attempts_are_limited_per_address(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path, sign_ins=3) as world:
        visitor = Visitor(world.base)
        try:
            statuses = [(await visitor.post("/console/signin", link=f"x{i}"))[0] for i in range(4)]
            assert statuses == [400, 400, 400, 429]
        finally:
            await visitor.close()


async def test_a_removed_member_is_signed_out_at_once(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await signed_in(world, GIORGI)
        try:
            assert (await visitor.get("/console/queue"))[0] == 200
            await world.remove("Giorgi")
            status, page = await visitor.get("/console/queue")
            assert status == 401 and "write /console to the bot" in page
        finally:
            await visitor.close()


async def test_staff_of_another_bureau_cannot_open_the_case(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        await ask_for_a_person(fake_telegram, PERSON, "/start kutaisi")
        visitor = await signed_in(world, MARIAM)
        try:
            status, queue = await visitor.get("/console/queue")
            assert status == 200 and "/console/case/1" not in queue
            assert (await visitor.get("/console/case/1"))[0] == 404
            assert (await visitor.get("/console/case/1/live"))[0] == 404
            assert (await visitor.post("/console/case/1/take"))[0] == 404
        finally:
            await visitor.close()


async def test_the_person_in_telegram_and_staff_in_the_console_talk_both_ways(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    fake = fake_telegram
    async with console_world(fake, settings_for, tmp_path) as world:
        thread = await ask_for_a_person(fake, PERSON, "/start kutaisi")
        await fake.send_text(PERSON, "I need a lawyer <b>now</b>")
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 2)
        visitor = await signed_in(world, NINO)
        try:
            status, queue = await visitor.get("/console/queue")
            assert "/console/case/1" in queue and ">Kutaisi</td>" in queue, queue[-900:]
            _, case = await visitor.get("/console/case/1")
            assert "I need a lawyer &lt;b&gt;now&lt;/b&gt;" in case  # escaped, never markup
            assert (await visitor.post("/console/case/1/take"))[0] == 200
            before = len(fake.texts_to(PERSON.id))
            status, page = await visitor.post("/console/case/1/reply", text="We are here.")
            assert status == 200 and "Sent to the person." in page
            texts = await fake.wait_for_texts(PERSON.id, before + 1)
            assert texts[-1].strip() == "Nino: We are here."
            await fake.wait_for(
                lambda: any(
                    "Nino wrote to the person in the console: We are here." in str(c.params)
                    for c in fake.sent_in_topic(STAFF_CHAT, thread)
                )
            )

            await fake.staff_write(NINO, STAFF_CHAT, thread, "And from the topic.")
            await fake.wait_for_texts(PERSON.id, before + 2)  # relayed and kept together
            _, live = await visitor.get("/console/case/1/live")
            assert "And from the topic." in live
            assert live.index("I need a lawyer") < live.index("We are here.")
            assert live.index("We are here.") < live.index("And from the topic.")
            for secret in ("Person Real-Name", "person_handle", str(PERSON.id), "Nino Real"):
                assert secret not in queue + case + live

            status, page = await visitor.post("/console/case/1/close", outcome="referred")
            assert "Case closed." in page
        finally:
            await visitor.close()


def figure(page: str, name: str) -> str:
    found = re.search(rf'data-figure="{name}">([^<]*)<', page)
    assert found, name
    return found.group(1)


async def test_the_supervisor_sees_the_bureaus_figures_and_nothing_of_the_person(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        await ask_for_a_person(fake_telegram, PERSON, "/start kutaisi")  # a Tbilisi case
        supervisor = await signed_in(world, EKA)
        staff = await signed_in(world, NINO)
        admin = await signed_in(world, TAMAR)
        try:
            status, before = await supervisor.get("/console/bureau")
            assert status == 200 and "Bureau tbilisi: figures" in before
            assert figure(before, "waiting-now") == "1" and figure(before, "today-opened") == "1"
            assert figure(before, "today-p50") == "none yet"
            assert (await staff.post("/console/case/1/take"))[0] == 200
            await staff.post("/console/case/1/close", outcome="referred")
            _, after = await supervisor.get("/console/bureau")
            assert figure(after, "waiting-now") == "0" and figure(after, "today-taken") == "1"
            # The world runs on the real clock: the take came within a second or so.
            assert figure(after, "today-p50") in ("0 minutes", "1 minute")
            assert figure(after, "today-p90") == figure(after, "today-p50")
            assert figure(after, "month-referred") == "1" and figure(after, "today-info") == "0"
            _, chosen = await admin.get("/console/bureau?bureau=tbilisi")
            assert figure(chosen, "month-referred") == "1" and 'name="bureau"' in chosen
            assert 'name="bureau"' not in after  # a supervisor cannot pick another bureau
            for secret in ("C-", "Person Real-Name", "person_handle", str(PERSON.id)):
                assert secret not in before + after + chosen
        finally:
            for visitor in (supervisor, staff, admin):
                await visitor.close()
