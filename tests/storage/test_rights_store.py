"""The stored rights library on SQLite and PostgreSQL: the first start fills it from the folder
(once), it reads back as the same topics, and a replacement logs each field it changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.rights.files import read_library
from bot.rights.model import RightsError
from bot.storage import models as m
from bot.storage.database import create_engine
from bot.storage.rights import SqlRights
from bot.wiring import prepare_rights
from tests.conftest import ROOT, make_settings

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


async def test_the_first_start_fills_the_library_from_the_folder_once(
    database_url: str, tmp_path: Path
) -> None:
    shipped = read_library(ROOT / "rights")
    engine = create_engine(database_url)
    try:
        first = await prepare_rights(engine, make_settings(database_url), NOW)
        assert first == shipped
        async with engine.connect() as conn:
            seeded = await SqlRights(conn).history("police-and-lawyer")
        assert [(c.who, c.field, c.at) for c in seeded] == [("seed", "topic", NOW)]
        elsewhere = make_settings(database_url)
        elsewhere.paths.rights = tmp_path  # an empty folder: not read, the database has topics
        assert await prepare_rights(engine, elsewhere, NOW) == shipped
    finally:
        await engine.dispose()


async def test_a_replacement_reads_back_and_logs_each_changed_field(database_url: str) -> None:
    shipped = read_library(ROOT / "rights")
    police = shipped.topics[0]
    screen = replace(police.screens[1], text={**police.screens[1].text, "ru": "Новый текст."})
    changed = replace(police, screens=(police.screens[0], screen, *police.screens[2:]))
    new = replace(shipped, topics=(changed, *shipped.topics[1:]))
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            await SqlRights(conn).replace(shipped, "seed", NOW)
            diff = await SqlRights(conn).replace(new, "N. Lawyer", NOW)
        assert (diff.added, diff.changed, diff.retired) == ((), (police.id,), ())
        async with engine.connect() as conn:
            assert await SqlRights(conn).load() == new
            last = (await SqlRights(conn).history(police.id))[-1]
        assert (last.who, last.field) == ("N. Lawyer", "screens[2]")
        assert last.new is not None and "ru: Новый текст." in last.new
        assert last.old is not None and "ru: Защищать свои права" in last.old
    finally:
        await engine.dispose()


async def test_a_stored_topic_that_no_longer_passes_is_named_like_a_bad_file(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            await SqlRights(conn).replace(read_library(ROOT / "rights"), "seed", NOW)
            t = m.rights_topics
            row = (await conn.execute(t.select().where(t.c.id == "idp-rights"))).one()
            document = {**row.document, "needs": ["legal", "retired_need"]}
            await conn.execute(t.update().where(t.c.id == "idp-rights").values(document=document))
        async with engine.connect() as conn:
            with pytest.raises(RightsError) as caught:
                await SqlRights(conn).load()
        assert "08-idp-rights.yaml: topic 'idp-rights': needs: unknown value 'retired_need'" in str(
            caught.value
        )
    finally:
        await engine.dispose()
