"""The console's stores, one contract for the twin, SQLite and PostgreSQL: a link is used once
and expires, sessions end, the audit log reads newest first, and a case's thread is kept in
order, sealed, and erased with the person (and with an old closed case)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.services.cases import CLOSED, Case
from bot.services.ports import UnitOfWork
from bot.services.records import NOTE, PERSON, STAFF, AuditEntry, SessionRecord, ThreadLine
from bot.storage import models as m
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from bot.storage.vault import Vault
from tests.conftest import prepared_database
from tests.storage.conftest import RING

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def case(person: str, code: str) -> Case:
    return Case(code, person, "web", "tbilisi", None, "en", (), False, None, -100, NOW)


async def test_a_link_is_used_once_and_not_after_it_expires(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.sign_ins.add_link("h1", "Nino", NOW + timedelta(minutes=10))
        await tx.sign_ins.add_link("h2", "Nino", NOW + timedelta(minutes=10))
        await tx.commit()
    async with uow() as tx:
        assert await tx.sign_ins.use_link("h1", NOW) == "Nino"
        assert await tx.sign_ins.use_link("h1", NOW) is None
        assert await tx.sign_ins.use_link("h2", NOW + timedelta(minutes=10)) is None
        assert await tx.sign_ins.use_link("unknown", NOW) is None


async def test_sessions_expire_and_end_for_one_or_for_a_member(
    uow: Callable[[], UnitOfWork],
) -> None:
    until = NOW + timedelta(hours=1)
    async with uow() as tx:
        for key, alias in (("s1", "Nino"), ("s2", "Nino"), ("s3", "Giorgi")):
            await tx.sign_ins.add_session(key, SessionRecord(alias, f"csrf-{key}", until))
        await tx.commit()
    async with uow() as tx:
        found = await tx.sign_ins.session("s1", NOW)
        assert found is not None and (found.alias, found.csrf) == ("Nino", "csrf-s1")
        assert await tx.sign_ins.session("s1", until) is None
        await tx.sign_ins.end_session("s3")
        assert await tx.sign_ins.end_sessions_of("Nino") == 2
        await tx.commit()
    async with uow() as tx:
        assert [await tx.sign_ins.session(k, NOW) for k in ("s1", "s2", "s3")] == [None] * 3


async def test_the_audit_log_reads_newest_first_and_by_case(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.audit.record(AuditEntry("Nino", "signed-in", NOW))
        await tx.audit.record(AuditEntry("Nino", "take", NOW, 7))
        await tx.audit.record(AuditEntry("Nino", "close", NOW, 7, "referred"))
        await tx.commit()
    async with uow() as tx:
        assert [e.action for e in await tx.audit.recent(10)] == ["close", "take", "signed-in"]
        assert [e.detail for e in await tx.audit.recent(1, case_id=7)] == ["referred"]


async def test_a_thread_is_kept_in_order_and_erased_with_the_person(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        mine, other = (
            await tx.cases.add(case("p1", "C-AAAAA")),
            await tx.cases.add(case("p2", "C-BBBBB")),
        )
        assert mine.id is not None and other.id is not None
        for side, author, text in (
            (PERSON, None, "help"),
            (STAFF, "Nino", "hi"),
            (NOTE, "Nino", "n"),
        ):
            await tx.threads.add("p1", ThreadLine(mine.id, side, author, text, NOW))
        await tx.threads.add("p2", ThreadLine(other.id, PERSON, None, "other", NOW))
        await tx.commit()
    async with uow() as tx:
        lines = await tx.threads.of("p1", mine.id)
        assert [(x.side, x.author, x.text) for x in lines] == [
            (PERSON, None, "help"),
            (STAFF, "Nino", "hi"),
            (NOTE, "Nino", "n"),
        ]
        last = await tx.threads.last_ids([mine.id, other.id])
        assert last[mine.id] == lines[-1].id and other.id in last
        await tx.persons.erase("p1")
        await tx.commit()
    async with uow() as tx:
        assert await tx.threads.of("p1", mine.id) == []
        assert [x.text for x in await tx.threads.of("p2", other.id)] == ["other"]


async def test_an_old_closed_case_takes_its_thread_with_it(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        added = await tx.cases.add(replace(case("p1", "C-CCCCC"), status=CLOSED, closed_at=NOW))
        assert added.id is not None
        await tx.threads.add("p1", ThreadLine(added.id, PERSON, None, "bye", NOW))
        await tx.commit()
    async with uow() as tx:
        assert await tx.cases.purge_closed(NOW + timedelta(days=1)) == 1
        await tx.commit()
    async with uow() as tx:
        assert await tx.threads.of("p1", added.id) == []


async def test_thread_text_is_sealed_in_the_database(tmp_path: Path) -> None:
    """What the person wrote never reaches the table in the clear, and reads as gone once the
    person's key is shredded."""
    url = await prepared_database("sqlite", tmp_path)
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(engine, RING) as tx:
            added = await tx.cases.add(case("p1", "C-DDDDD"))
            assert added.id is not None
            await tx.threads.add("p1", ThreadLine(added.id, PERSON, None, "my secret words", NOW))
            await tx.commit()
        async with engine.connect() as conn:
            sealed = (await conn.execute(select(m.case_lines.c.sealed))).scalar_one()
            assert b"secret" not in sealed
            await Vault(conn, RING).shred("p1")
            await conn.commit()
        async with SqlUnitOfWork(engine, RING) as tx:
            (line,) = await tx.threads.of("p1", added.id)
            assert line.text is None
    finally:
        await engine.dispose()


async def test_case_times_carry_the_first_take_and_escalation_and_only_the_bureaus_active_cases(
    uow: Callable[[], UnitOfWork],
) -> None:
    day = timedelta(days=1)
    async with uow() as tx:
        taken = await tx.cases.add(case("p1", "C-T1"))
        assert taken.id is not None
        await tx.cases.record(taken.id, "escalated", "system", NOW + timedelta(minutes=5))
        await tx.cases.record(taken.id, "taken", "Nino", NOW + timedelta(minutes=7))
        await tx.cases.record(taken.id, "taken", "Eka", NOW + timedelta(minutes=30))
        await tx.cases.update(taken.id, status=CLOSED, outcome="info", closed_at=NOW + day)
        old = await tx.cases.add(replace(case("p2", "C-OLD"), created_at=NOW - 40 * day))
        assert old.id is not None
        await tx.cases.update(old.id, status=CLOSED, outcome="other", closed_at=NOW - 39 * day)
        await tx.cases.add(replace(case("p3", "C-OTHER"), bureau="batumi"))
        await tx.cases.add(replace(case("p4", "C-WAIT"), created_at=NOW - 60 * day))
        await tx.commit()
    async with uow() as tx:
        rows = await tx.cases.times_since("tbilisi", NOW - day)
    assert len(rows) == 2  # the closed old case and the other bureau's are not read
    first, waiting = rows
    assert first.taken_at == NOW + timedelta(minutes=7)
    assert first.escalated_at == NOW + timedelta(minutes=5)
    assert (first.status, first.outcome, first.closed_at) == (CLOSED, "info", NOW + day)
    assert waiting.created_at == NOW - 60 * day and waiting.taken_at is None
    assert waiting.escalated_at is None and waiting.status == "waiting"
