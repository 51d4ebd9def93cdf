"""The stores screening relies on, one contract for the in-memory twin, SQLite and PostgreSQL:
check-ins (sent once, erased with the person), feedback counts, evidence records, and the
directory written and read back whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.state import ConversationState
from bot.services.ports import FollowUp, UnitOfWork
from bot.storage.database import create_engine
from bot.storage.directory import is_empty, load_directory, save_directory
from referral_directory.files import load_directory as read_files
from referral_directory.generate import generate_directory
from tests.conftest import BACKENDS, EXAMPLE_DIRECTORY, prepared_database

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


async def test_a_due_check_in_is_marked_sent_by_one_caller_only(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.follow_ups.schedule(FollowUp("p1", NOW + timedelta(days=3), ("a", "b")))
        await tx.follow_ups.schedule(FollowUp("p2", NOW + timedelta(days=9), ("c",)))
        await tx.commit()
    async with uow() as tx:
        assert await tx.follow_ups.due(NOW, 10) == []
        (due,) = await tx.follow_ups.due(NOW + timedelta(days=4), 10)
        assert due.person_ref == "p1" and due.services == ("a", "b") and due.id is not None
        assert await tx.follow_ups.mark_sent(due.id, NOW + timedelta(days=4))
        assert not await tx.follow_ups.mark_sent(due.id, NOW + timedelta(days=4))
        await tx.commit()
    async with uow() as tx:
        assert await tx.follow_ups.due(NOW + timedelta(days=4), 10) == []
        sent = await tx.follow_ups.sent_for("p1")
        assert sent is not None and sent.sent_at == NOW + timedelta(days=4)
        assert await tx.follow_ups.sent_for("p2") is None


async def test_a_new_consent_replaces_the_old_one_and_cancel_removes_it(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.follow_ups.schedule(FollowUp("p1", NOW, ("a",)))
        await tx.follow_ups.schedule(FollowUp("p1", NOW, ("b",)))
        await tx.commit()
    async with uow() as tx:
        assert [f.services for f in await tx.follow_ups.due(NOW, 10)] == [("b",)]
        await tx.follow_ups.cancel_for("p1")
        await tx.commit()
    async with uow() as tx:
        assert await tx.follow_ups.due(NOW, 10) == []


async def test_unanswered_check_ins_are_purged_and_answered_ones_closed(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.follow_ups.schedule(FollowUp("p1", NOW, ("a",)))
        await tx.follow_ups.schedule(FollowUp("p2", NOW, ("a",)))
        await tx.commit()
    async with uow() as tx:
        first, second = await tx.follow_ups.due(NOW, 10)
        assert first.id is not None and second.id is not None
        await tx.follow_ups.mark_sent(first.id, NOW)
        await tx.follow_ups.mark_sent(second.id, NOW + timedelta(days=20))
        await tx.follow_ups.close(second.id)
        assert await tx.follow_ups.purge_sent(NOW + timedelta(days=14)) == 1
        await tx.commit()
    async with uow() as tx:
        assert await tx.follow_ups.sent_for("p1") is None
        assert await tx.follow_ups.sent_for("p2") is None


async def test_feedback_is_counted_per_service_and_reports_queued_without_a_person(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.feedback.record("s1", True)
        await tx.feedback.record("s1", False)
        await tx.feedback.record("s1", True)
        await tx.feedback.record("s2", False)
        await tx.feedback.report("s2", NOW)
        await tx.commit()
    async with uow() as tx:
        assert await tx.feedback.counts() == {"s1": (2, 1), "s2": (0, 1)}
        (report,) = await tx.feedback.reports()
        assert report[0] == "s2" and report[1].date() == NOW.date()


async def test_erasing_a_person_removes_their_check_in_screenings_and_location(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.persons.remember("p1", "telegram", "42", NOW)
        state = ConversationState(step="results", near=(42.27, 42.7), offered=("a", "b"))
        await tx.conversations.save("p1", state, NOW)
        await tx.follow_ups.schedule(FollowUp("p1", NOW, ("a",)))
        await tx.screenings.record("p1", {"city": "kutaisi", "needs": "legal"}, NOW)
        await tx.commit()
    async with uow() as tx:
        saved = await tx.conversations.get("p1")
        assert saved is not None and saved.near == (42.27, 42.7) and saved.offered == ("a", "b")
        assert await tx.screenings.of("p1") == [{"city": "kutaisi", "needs": "legal"}]
        await tx.persons.erase("p1")
        await tx.commit()
    async with uow() as tx:
        assert await tx.follow_ups.due(NOW, 10) == []
        assert await tx.screenings.of("p1") == []
        assert await tx.conversations.get("p1") is None


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_directory_is_written_and_read_back_whole(backend: str, tmp_path: Path) -> None:
    url = await prepared_database(backend, tmp_path)
    engine = create_engine(url)
    example = read_files(EXAMPLE_DIRECTORY)
    generated = generate_directory(300, seed=3)
    try:
        async with engine.begin() as conn:
            assert await is_empty(conn)
            await save_directory(conn, example)
        async with engine.connect() as conn:
            assert not await is_empty(conn)
            assert sorted_directory(await load_directory(conn)) == sorted_directory(example)
        async with engine.begin() as conn:  # replaced whole, not merged
            await save_directory(conn, generated)
        async with engine.connect() as conn:
            assert sorted_directory(await load_directory(conn)) == sorted_directory(generated)
    finally:
        await engine.dispose()


def sorted_directory(directory: object) -> object:
    """Organizations in id order (the order of files is not part of the directory)."""
    from referral_directory.model import Directory

    assert isinstance(directory, Directory)
    organizations = tuple(sorted(directory.organizations, key=lambda o: o.id))
    organizations = tuple(
        replace(o, locations=tuple(sorted(o.locations, key=lambda x: x.id))) for o in organizations
    )
    return replace(directory, organizations=organizations)
