"""Taking a case is atomic on every backend: of two staff pressing Take at once, one wins."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.services.cases import Case
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.storage.conftest import RING

NOW = datetime(2026, 11, 22, tzinfo=UTC)
RACES = 50


async def test_second_take_loses_the_race(database_url: str) -> None:
    engine = create_engine(database_url)
    try:

        async def take(case_id: int, alias: str) -> bool:
            async with SqlUnitOfWork(engine, RING) as uow:
                won = await uow.cases.take(case_id, alias)
                await asyncio.sleep(0)  # let the other transaction try in the meantime
                await uow.commit()
                return won

        for race in range(RACES):
            async with SqlUnitOfWork(engine, RING) as uow:
                case = await uow.cases.add(
                    Case(
                        code=f"C-R{race:03d}",
                        person_ref=f"person-{race}",
                        channel="telegram",
                        bureau="tbilisi",
                        city=None,
                        locale="ka",
                        needs=(),
                        urgent=False,
                        entry_code=None,
                        staff_chat_id=-100,
                        created_at=NOW,
                    )
                )
                await uow.commit()
            assert case.id is not None
            results = await asyncio.gather(take(case.id, "Nino"), take(case.id, "Giorgi"))
            assert sorted(results) == [False, True], f"race {race}: {results}"
            async with SqlUnitOfWork(engine, RING) as uow:
                stored = await uow.cases.get(case.id)
            assert stored is not None and stored.taken_by == ("Nino" if results[0] else "Giorgi")
    finally:
        await engine.dispose()


async def test_a_person_has_at_most_one_open_case(database_url: str) -> None:
    engine = create_engine(database_url)
    case = Case(
        code="C-ONE01",
        person_ref="p",
        channel="web",
        bureau="b",
        city=None,
        locale="en",
        needs=(),
        urgent=False,
        entry_code=None,
        staff_chat_id=-1,
        created_at=NOW,
    )
    try:
        async with SqlUnitOfWork(engine, RING) as uow:
            await uow.cases.add(case)
            await uow.commit()
        failed = False
        try:
            async with SqlUnitOfWork(engine, RING) as uow:
                await uow.cases.add(Case(**{**case.__dict__, "code": "C-ONE02"}))
                await uow.commit()
        except Exception:
            failed = True
        assert failed, "the database accepted a second open case for the same person"
    finally:
        await engine.dispose()
