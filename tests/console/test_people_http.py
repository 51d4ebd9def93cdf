"""The admin's people pages over HTTP against a running Gza and a fake Telegram: an admin
invites, the newcomer sends ``/join CODE`` to the bot and can then ask ``/console`` for a
link; an admin changes a role (the console follows at once) and removes someone (signed out at
once); pages show aliases only; every action is in the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from bot.services.records import AuditEntry
from bot.staff_cli import in_database
from tests.console.client import Visitor
from tests.console.world import GIORGI, NINO, STAFF, STAFF_CHAT, World, console_world
from tests.fake_telegram import FakeTelegram, FakeUser

ANA = FakeUser(9010, "Ana Real-Name", username="ana_private")
CODE = re.compile(r'data-code="([A-Z0-9-]+)"')


async def signed_in(world: World, alias: str) -> Visitor:
    visitor = Visitor(world.base)
    assert await visitor.sign_in(await world.link(alias)) == 200
    return visitor


async def audit(world: World) -> list[AuditEntry]:
    async def read(uow: object) -> list[AuditEntry]:
        return await uow.audit.recent(100)  # type: ignore[attr-defined,no-any-return]

    return await in_database(world.settings, read)


async def test_an_invited_newcomer_joins_in_telegram_and_asks_for_a_console_link(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    fake = fake_telegram
    async with console_world(fake, settings_for, tmp_path) as world:
        admin = await signed_in(world, "Tamar")
        try:
            status, people = await admin.get("/console/people")
            assert status == 200 and 'data-alias="Nino"' in people
            for secret in [str(s.telegram_id) for s in STAFF] + ["Real-Name", "nino_private"]:
                assert secret not in people
            status, shown = await admin.post(
                "/console/people/invite", role="staff", bureau="tbilisi", alias="Ana"
            )
            found = CODE.search(shown)
            assert status == 200 and found, shown[-600:]
            code = found.group(1)
        finally:
            await admin.close()

        await fake.send_text(ANA, "/join WRONG-CODE9")
        (sorry,) = await fake.wait_for_texts(ANA.id, 1)
        assert "This code does not work" in sorry
        await fake.send_text(ANA, f"/join {code.lower()}")
        texts = await fake.wait_for_texts(ANA.id, 2)
        assert texts[-1].startswith("Welcome, Ana!") and "/console" in texts[-1]

        link = await world.link_by_bot(ANA)  # /console in the staff group: the link comes
        assert not any("link=" in t for t in fake.general_texts(STAFF_CHAT))
        ana = Visitor(world.base)
        try:
            assert await ana.sign_in(link) == 200
            status, queue = await ana.get("/console/queue")
            assert status == 200 and "Signed in as Ana" in queue
        finally:
            await ana.close()
        done = {(e.actor, e.action) for e in await audit(world)}
        assert {("Tamar", "invited"), ("Ana", "joined"), ("Ana", "signed-in")} <= done


async def test_a_changed_role_and_a_removal_take_effect_at_the_next_request(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        admin = await signed_in(world, "Tamar")
        nino = await signed_in(world, "Nino")
        giorgi = await signed_in(world, "Giorgi")
        try:
            await admin.get("/console/people")
            status, page = await admin.post(
                "/console/people/change", alias="Giorgi", role="curator", bureau=""
            )
            assert status == 200 and "Saved." in page
            assert (await giorgi.get("/console/queue"))[0] == 403  # a curator now
            status, page = await admin.post("/console/people/remove", alias="Nino")
            assert status == 200 and "Their console sessions have ended." in page
            assert 'data-alias="Nino"' not in page
            status, page = await nino.get("/console/queue")
            assert status == 401 and "write /console to the bot" in page
            status, page = await admin.post("/console/people/remove", alias="Tamar")
            assert "You cannot remove yourself" in page
            status, page = await admin.post("/console/bureaus", id="rustavi", name="Rustavi")
            assert "Bureau added." in page and "Receives no cases yet" in page
        finally:
            for visitor in (admin, nino, giorgi):
                await visitor.close()
        done = [(e.actor, e.action, e.detail) for e in await audit(world)]
        assert ("Tamar", "person-changed", "Giorgi curator") in done
        assert ("Tamar", "person-removed", "Nino") in done
        assert ("Tamar", "bureau-added", "rustavi") in done
        assert str(NINO.id) not in repr(done) and str(GIORGI.id) not in repr(done)


async def test_someone_made_an_admin_in_the_console_may_open_the_people_pages(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        admin = await signed_in(world, "Tamar")
        eka = await signed_in(world, "Eka")
        try:
            assert (await eka.get("/console/people"))[0] == 403
            await admin.get("/console/people")
            await admin.post(
                "/console/people/change",
                alias="Eka",
                role="supervisor",
                bureau="tbilisi",
                admin="on",
            )
            status, page = await eka.get("/console/people")
            assert status == 200 and "People and bureaus" in page
        finally:
            await admin.close()
            await eka.close()
