"""The stores curation relies on, one contract for the in-memory twin, SQLite and PostgreSQL:
imports and edits with their audit log and the revision every process watches, reports of
disrespect through their states, the digest's clock, curators' drafts; and on the databases, a
failed import that leaves the directory as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from bot.services.ports import Draft, UnitOfWork
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from referral_directory.files import load_directory as read_files
from referral_directory.hours import parse_hours_text
from referral_directory.model import Directory, Phone, Service
from tests.conftest import BACKENDS, EXAMPLE_DIRECTORY, prepared_database
from tests.storage.conftest import RING
from tests.storage.test_screening_stores import sorted_directory

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
EXAMPLE = read_files(EXAMPLE_DIRECTORY)


def service(directory: Directory, service_id: str) -> Service:
    found = directory.service(service_id)
    assert found is not None
    return found[1]


def without(directory: Directory, service_id: str) -> Directory:
    orgs = tuple(
        replace(o, services=tuple(s for s in o.services if s.id != service_id))
        for o in directory.organizations
    )
    return replace(directory, organizations=orgs)


async def test_an_import_moves_the_revision_and_logs_added_changed_and_retired(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        assert await tx.directory.revision() == 0
        diff = await tx.directory.replace(EXAMPLE, "import", NOW)
        assert len(diff.added) == len(EXAMPLE.services()) and not diff.changed
        await tx.commit()
    old = service(EXAMPLE, "open-door-legal-advice")
    renamed = replace(old, name={**old.name, "en": "Legal advice, anonymous"})
    second = without(EXAMPLE, "rights-corner-consultation")
    second = replace(
        second,
        organizations=tuple(
            replace(o, services=tuple(renamed if s.id == old.id else s for s in o.services))
            for o in second.organizations
        ),
    )
    async with uow() as tx:
        first_revision = await tx.directory.revision()
        diff = await tx.directory.replace(second, "import", NOW + timedelta(hours=1))
        assert (diff.added, diff.changed) == ((), ("open-door-legal-advice",))
        assert diff.retired == ("rights-corner-consultation",)
        await tx.commit()
    async with uow() as tx:
        assert await tx.directory.revision() > first_revision
        loaded = await tx.directory.load()
        assert service(loaded, old.id).name["en"] == "Legal advice, anonymous"
        assert loaded.service("rights-corner-consultation") is None
        (added, change) = await tx.directory.history(old.id)
        assert (added.field, added.old, added.who) == ("service", None, "import")
        assert (change.field, change.who) == ("name", "import")
        assert change.new is not None and "en: Legal advice, anonymous" in change.new
        (_, retired) = await tx.directory.history("rights-corner-consultation")
        assert retired.field == "service" and retired.new is None


async def test_a_curators_edit_is_saved_audited_and_moves_the_revision(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.directory.replace(EXAMPLE, "import", NOW)
        await tx.commit()
    before = service(EXAMPLE, "open-door-legal-advice")
    after = replace(
        before,
        phones=(Phone("+995 431 24 00 00"),),
        hours=parse_hours_text("mon-fri 09:00-17:00"),
        languages=frozenset({"ka", "ru", "az"}),
        status="temporarily closed",
        assured_date=date(2026, 11, 22),
    )
    async with uow() as tx:
        revision = await tx.directory.revision()
        assert await tx.directory.save_service(before, before, "Tamar", NOW) == []
        assert await tx.directory.revision() == revision  # nothing changed, nothing moved
        changes = await tx.directory.save_service(before, after, "Tamar", NOW)
        assert [c.field for c in changes] == [
            "status", "assured_date", "languages", "phones", "hours",
        ]  # fmt: skip
        await tx.commit()
    async with uow() as tx:
        assert await tx.directory.revision() == revision + 1
        assert service(await tx.directory.load(), after.id) == after
        history = [(c.field, c.old, c.new, c.who) for c in await tx.directory.history(after.id)]
        assert ("phones", "+995 000 00 05 01", "+995 431 24 00 00", "Tamar") in history
        assert ("status", "active", "temporarily closed", "Tamar") in history


async def test_reports_go_from_new_to_sent_to_seen(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.feedback.report("a", NOW)
        await tx.feedback.report("a", NOW + timedelta(days=1))
        await tx.feedback.report("b", NOW)
        await tx.commit()
    async with uow() as tx:
        reports = await tx.directory.open_reports()
        assert [(r.service_id, r.status) for r in reports] == [("a", "new")] * 2 + [("b", "new")]
        await tx.directory.set_reports(None, "sent", [reports[0].id, reports[2].id])
        await tx.commit()
    async with uow() as tx:
        statuses = [(r.service_id, r.status) for r in await tx.directory.open_reports()]
        assert statuses == [("a", "sent"), ("a", "new"), ("b", "sent")]
        await tx.directory.set_reports("a", "seen", [])
        await tx.commit()
    async with uow() as tx:
        assert [r.service_id for r in await tx.directory.open_reports()] == ["b"]


async def test_the_digest_time_and_drafts_are_kept(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        assert await tx.directory.digest_sent_at() is None
        await tx.directory.set_digest_sent(NOW)
        await tx.curator_drafts.put(Draft("Tamar", "s1", "phone", (), NOW))
        await tx.curator_drafts.put(Draft("Tamar", "s2", "languages", ("ka", "ru"), NOW))
        await tx.commit()
    async with uow() as tx:
        assert await tx.directory.digest_sent_at() == NOW
        assert await tx.curator_drafts.get("Tamar") == Draft(
            "Tamar", "s2", "languages", ("ka", "ru"), NOW
        )
        await tx.curator_drafts.clear("Tamar")
        await tx.commit()
    async with uow() as tx:
        assert await tx.curator_drafts.get("Tamar") is None


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_failed_import_leaves_the_directory_as_it_was(backend: str, tmp_path: Path) -> None:
    engine = create_engine(await prepared_database(backend, tmp_path))
    broken = replace(
        EXAMPLE,
        organizations=(
            *EXAMPLE.organizations,
            replace(EXAMPLE.organizations[0], id="copy"),  # the same service ids again
        ),
    )
    try:
        async with SqlUnitOfWork(engine, RING) as tx:
            await tx.directory.replace(EXAMPLE, "import", NOW)
            await tx.commit()
        with pytest.raises(IntegrityError):
            async with SqlUnitOfWork(engine, RING) as tx:
                await tx.directory.replace(broken, "import", NOW)
                await tx.commit()
        async with SqlUnitOfWork(engine, RING) as tx:
            assert sorted_directory(await tx.directory.load()) == sorted_directory(EXAMPLE)
            assert await tx.directory.revision() == 1
    finally:
        await engine.dispose()
