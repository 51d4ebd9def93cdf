"""The people store, one contract for the twin, SQLite and PostgreSQL: an alias (in any case)
and a Telegram account are each someone's once; a change and a removal touch one person; a
bureau is added or renamed; an invitation is redeemed once, never after it expires, and can be
given back when joining could not finish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.services.people_records import BureauEntry, Invitation, PersonEntry
from bot.services.ports import UnitOfWork

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
NINO = PersonEntry("Nino", 9001, "staff", "tbilisi", "ka")
TAMAR = PersonEntry("Tamar", 9005, "curator", None, "en", admin=True)


async def test_an_alias_and_an_account_belong_to_one_person(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        assert await tx.people.add(NINO) and await tx.people.add(TAMAR)
        assert not await tx.people.add(PersonEntry("NINO", 1, "staff", "tbilisi", "en"))
        assert not await tx.people.add(PersonEntry("Other", NINO.user_id, "curator", None, "en"))
        await tx.commit()
    async with uow() as tx:
        assert await tx.people.all() == [NINO, TAMAR]


async def test_a_change_and_a_removal_touch_only_that_person(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.people.add(NINO)
        await tx.people.add(TAMAR)
        assert await tx.people.change("nino", "supervisor", "batumi", True)
        assert not await tx.people.change("Nobody", "staff", "tbilisi", False)
        await tx.commit()
    async with uow() as tx:
        nino = (await tx.people.all())[0]
        assert (nino.role, nino.bureau, nino.admin) == ("supervisor", "batumi", True)
        assert await tx.people.remove("TAMAR") and not await tx.people.remove("Tamar")
        await tx.commit()
    async with uow() as tx:
        assert [p.alias for p in await tx.people.all()] == ["Nino"]


async def test_a_bureau_is_added_then_renamed(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.people.put_bureau(BureauEntry("tbilisi", "tbilisi"))
        await tx.people.put_bureau(BureauEntry("batumi", "Batumi"))
        await tx.people.put_bureau(BureauEntry("tbilisi", "Tbilisi Social Bureau"))
        await tx.commit()
    async with uow() as tx:
        assert await tx.people.bureaus() == [
            BureauEntry("batumi", "Batumi"),
            BureauEntry("tbilisi", "Tbilisi Social Bureau"),
        ]


async def test_an_invitation_is_redeemed_once_and_not_after_it_expires(
    uow: Callable[[], UnitOfWork],
) -> None:
    until = NOW + timedelta(hours=1)
    invitation = Invitation("staff", "tbilisi", None, "Tamar", until)
    async with uow() as tx:
        await tx.people.invite("h1", invitation)
        await tx.people.invite("h2", invitation)
        await tx.commit()
    async with uow() as tx:
        assert await tx.people.redeem("h1", NOW) == invitation
        assert await tx.people.redeem("h1", NOW) is None
        assert await tx.people.redeem("h2", until) is None
        assert await tx.people.redeem("unknown", NOW) is None
        await tx.people.give_back("h1")
        await tx.commit()
    async with uow() as tx:
        assert await tx.people.redeem("h1", NOW) == invitation
