"""Curators keep the directory in the console, over HTTP against a running Gza with a fake
Telegram: the link from their private chat, a new service in Kutaisi that the very next search
in the bot finds, an edit and verify/close/reopen in the audit log under their alias, a bad edit
refused with every problem, the queue, and import (dry run naming file, row and column, then
apply) and export in the CLI's formats."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import aiohttp

from bot.config import Settings
from tests.console.client import Visitor
from tests.console.world import LEVAN, LINK, World, console_world
from tests.e2e.test_screening import name_of, search, to_menu
from tests.fake_telegram import FakeTelegram, FakeUser

PERSON = FakeUser(5550202, "Person Real-Name", language_code="en")
OPEN_DOOR = "open-door-legal-advice"  # Kutaisi, legal
STALE = "open-shore-legal"  # last verified 2024-05-20
PAGES = (
    "/console/directory?q=legal",
    "/console/directory/queue",
    f"/console/directory/service?id={OPEN_DOOR}",
    "/console/directory/new",
    "/console/directory/import",
    "/console/directory/export",
)
NEW_SERVICE = {
    "organization": "-new-",
    "org_id": "kutaisi-lantern",
    "org_name.en": "Lantern Collective",
    "org_description.en": "A small collective in Kutaisi.",
    "location_id": "kutaisi-lantern-room",
    "location_city": "kutaisi",
    "location_name.en": "The lantern room",
    "id": "kutaisi-lantern-legal",
    "name.en": "Lantern legal clinic",
    "name.ka": "ფარნის იურიდიული კლინიკა",
    "description.en": "Free legal advice, no names asked.",
    "needs": "legal",
    "languages": "en",
    "assured_date": "2026-12-01",
    "free": "1",
    "anonymous": "1",
    "phones": "+995 431 00 00 00",
    "hours": "mon-fri: 10:00-18:00",
}


async def link_in_private(world: World, user: FakeUser = LEVAN) -> str:
    """A curator writes /console in their private chat; the link comes back there, protected."""
    before = len(world.fake.texts_to(user.id))
    await world.fake.send_text(user, "/console")
    texts = await world.fake.wait_for_texts(user.id, before + 1)
    found = LINK.search(texts[-1])
    assert found is not None, texts[-1]
    assert world.fake.last_to(user.id).params.get("protect_content") == "true"
    return f"{world.base}/console/signin?link={found.group(1)}"


async def curator(world: World, user: FakeUser = LEVAN) -> Visitor:
    """A curator signs in with the link from their private chat."""
    visitor = Visitor(world.base)
    assert await visitor.sign_in(await link_in_private(world, user)) == 200
    return visitor


async def post_many(
    visitor: Visitor, path: str, form: dict[str, str] | dict[str, list[str]] | dict[str, object]
) -> tuple[int, str]:
    """A form post whose fields may repeat (checkboxes), with the session's token."""
    data = [("csrf", visitor.csrf)]
    for key, value in form.items():
        values = value if isinstance(value, list) else [value]
        data += [(key, str(v)) for v in values]
    headers = {"Origin": visitor.base}
    async with visitor.session.post(visitor.base + path, data=data, headers=headers) as answer:
        return answer.status, await answer.text()


async def upload(
    visitor: Visitor, path: str, name: str, data: bytes, **fields: str
) -> tuple[int, str]:
    form = aiohttp.FormData()
    form.add_field("csrf", visitor.csrf)
    for key, value in fields.items():
        form.add_field(key, value)
    form.add_field("file", data, filename=name, content_type="application/octet-stream")
    headers = {"Origin": visitor.base}
    async with visitor.session.post(visitor.base + path, data=form, headers=headers) as answer:
        return answer.status, await answer.text()


async def download(visitor: Visitor, fmt: str) -> zipfile.ZipFile:
    async with visitor.session.get(
        f"{visitor.base}/console/directory/export?format={fmt}"
    ) as answer:
        assert answer.status == 200
        assert answer.headers["Content-Disposition"].startswith("attachment")
        return zipfile.ZipFile(io.BytesIO(await answer.read()))


def rezip(archive: zipfile.ZipFile, edit: Callable[[str, bytes], bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in archive.namelist():
            out.writestr(name, edit(name, archive.read(name)))
    return buffer.getvalue()


def rows(page: str, kind: str) -> list[list[str]]:
    """The cells of each table row of a class, tags stripped."""
    found = re.findall(rf'<tr class="{kind}">(.*?)</tr>', page, re.S)
    return [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r, re.S)]
        for r in found
    ]


async def test_a_curator_gets_a_link_privately_and_every_directory_page_is_strict(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            status, page = await visitor.get("/console")
            assert status == 200 and "Find a service" in page
            status, page = await visitor.get("/console/directory?q=kutaisi")
            assert status == 200 and name_of(OPEN_DOOR, "en") in page
            for path in PAGES:
                async with visitor.session.get(world.base + path) as answer:
                    assert answer.status == 200, path
                    policy = answer.headers["Content-Security-Policy"]
                    page = await answer.text()
                assert "script-src 'self'" in policy and "unsafe-inline" not in policy
                assert re.findall(r"<script(?![^>]*\bsrc=)", page) == [], path
                assert re.findall(r"\son[a-z]+=|\sstyle=", page) == [], path
                assert "Levan" in page and "9006" not in page  # the alias, never the account
        finally:
            await visitor.close()


async def test_a_service_added_in_kutaisi_is_found_by_the_next_search_in_the_bot(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            await visitor.get("/console/directory/new")
            status, page = await post_many(visitor, "/console/directory/new", NEW_SERVICE)
            assert status == 200 and "Added. The bot offers it from now on." in page
            assert sorted({r[1] for r in rows(page, "change")}) == ["Levan"]
        finally:
            await visitor.close()
        await to_menu(fake_telegram, PERSON, "en")
        said = await search(fake_telegram, PERSON, "kutaisi", "legal")
        assert any("Lantern legal clinic" in text for text in said), said


async def test_an_edit_and_verify_close_reopen_are_in_the_audit_log_under_the_alias(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            status, page = await visitor.get(f"/console/directory/service?id={STALE}")
            assert status == 200 and 'data-field="assured-date">2024-05-20' in page
            found = re.findall(r'<textarea[^>]*\bname="([^"]+)"[^>]*>([^<]*)</textarea>', page)
            form = {name: html.unescape(text) for name, text in found}
            form |= {"id": STALE, "phones": "+995 422 11 22 33", "name.ru": "Новое имя"}
            status, page = await post_many(visitor, "/console/directory/service", form | kept(page))
            assert status == 200 and "Saved." in page
            changes = rows(page, "change")
            assert {(c[1], c[2]) for c in changes} == {("Levan", "Phone"), ("Levan", "Name")}
            assert any(c[4] == "+995 422 11 22 33" for c in changes)
            for action, shown in (("close", "temporarily closed"), ("reopen", "active")):
                status, page = await visitor.post(
                    "/console/directory/status", id=STALE, action=action
                )
                assert status == 200 and f'data-field="status">{shown}' in page
            status, page = await visitor.post(
                "/console/directory/status", id=STALE, action="verify"
            )
            assert 'data-field="assured-date">2024-05-20' not in page
            assert {c[2] for c in rows(page, "change")} == {"Phone", "Name", "Status", "Verified"}
            assert {c[1] for c in rows(page, "change")} == {"Levan"}
        finally:
            await visitor.close()


def kept(page: str) -> dict[str, list[str]]:
    """The checked boxes, the chosen options and the other inputs of the edit form, as sent."""
    form: dict[str, list[str]] = {}
    for name, value in re.findall(
        r'<input type="checkbox" name="([^"]+)" value="([^"]+)" checked>', page
    ):
        form.setdefault(name, []).append(value)
    status = re.search(r'<option value="([^"]+)" selected>', page)
    form["status"] = [status.group(1)] if status else []
    for name in ("assured_date", "url"):
        found = re.search(rf'name="{name}" value="([^"]*)"', page)
        form[name] = [html.unescape(found.group(1))] if found else []
    return form


async def test_a_bad_edit_lists_every_problem_and_saves_nothing(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            await visitor.get(f"/console/directory/service?id={OPEN_DOOR}")
            bad = {
                "id": OPEN_DOOR,
                "name.en": "Renamed",
                "phones": "call us",
                "hours": "mon-fri: late",
            }
            status, page = await post_many(visitor, "/console/directory/service", bad)
            assert status == 400 and "nothing was saved" in page
            fields = {r[2] for r in rows(page, "problem")}
            assert {"phones", "hours", "needs", "languages", "description"} <= fields
            status, page = await visitor.get(f"/console/directory/service?id={OPEN_DOOR}")
            assert "Renamed" not in page and rows(page, "change") == []
        finally:
            await visitor.close()


async def test_the_queue_shows_stale_listings(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            status, page = await visitor.get("/console/directory/queue")
            assert status == 200 and f"/console/directory/service?id={STALE}" in page
        finally:
            await visitor.close()


async def test_a_dry_run_names_each_problem_by_file_row_and_column_and_changes_nothing(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            archive = await download(visitor, "hsds-csv")
            await visitor.get("/console/directory/import")

            def break_a_phone(name: str, data: bytes) -> bytes:
                if not name.endswith("/phones.csv"):
                    return data
                lines = data.decode().splitlines()
                header = lines[0].split(",")
                cells = lines[1].split(",")
                cells[header.index("number")] = "call-us"
                return "\n".join([lines[0], ",".join(cells), *lines[2:]]).encode()

            status, page = await upload(
                visitor, "/console/directory/import", "d.zip", rezip(archive, break_a_phone)
            )
            assert status == 400
            problems = rows(page, "problem")
            assert problems and problems[0][0] == "phones.csv", problems
            assert problems[0][1] and problems[0][2], problems  # the row and the column
            assert 'name="token"' not in page
        finally:
            await visitor.close()


async def test_a_checked_import_is_applied_and_audited_under_the_alias(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        visitor = await curator(world)
        try:
            archive = await download(visitor, "yaml")
            old = name_of(OPEN_DOOR, "en")

            def rename(name: str, data: bytes) -> bytes:
                return (
                    data.replace(old.encode(), b"Open Door, renamed")
                    if "organizations/" in name
                    else data
                )

            await visitor.get("/console/directory/import")
            status, page = await upload(
                visitor, "/console/directory/import", "d.zip", rezip(archive, rename)
            )
            assert status == 200 and 'data-figure="changed">1<' in page
            assert 'data-figure="added">0<' in page and 'data-figure="retired">0<' in page
            status, page = await visitor.get(f"/console/directory/service?id={OPEN_DOOR}")
            assert "Open Door, renamed" not in page  # a dry run writes nothing
            await visitor.get("/console/directory/import")
            status, page = await upload(
                visitor, "/console/directory/import", "d.zip", rezip(archive, rename)
            )
            token = re.search(r'name="token" value="([^"]+)"', page)
            assert token is not None
            status, page = await visitor.post(
                "/console/directory/import/apply", token=token.group(1)
            )
            assert status == 200 and "The import is written" in page
            status, page = await visitor.get(f"/console/directory/service?id={OPEN_DOOR}")
            assert "Open Door, renamed" in page
            assert [c[1:3] for c in rows(page, "change")] == [["Levan", "Name"]]
            again = await visitor.post("/console/directory/import/apply", token=token.group(1))
            assert again[0] == 400 and "has expired or is not yours" in again[1]
        finally:
            await visitor.close()
