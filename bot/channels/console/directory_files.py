"""The whole directory in and out of the browser, in the CLI's formats (``yaml`` folder,
``hsds-csv`` package, ``hsds-json``): an upload (a .zip of a folder, or one .json file) is read
and checked whole, every problem listed by file, record (row) and field (column); a clean dry
run is kept for an hour under a random token so that Apply writes exactly what was checked, as
``gza directory import`` writes it, audited under the curator's alias. Export is a .zip."""

from __future__ import annotations

import asyncio
import io
import re
import secrets
import shutil
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit
from bot.channels.console.app import Deps, html, page
from bot.services.curation import CuratorDesk
from bot.services.directory_import import take_in
from referral_directory.files import DirectoryError, DirectoryProblem
from referral_directory.formats import FORMATS, Reading, read_directory, write_directory
from referral_directory.places import Places

IMPORT = "/console/directory/import"
APPLY = "/console/directory/import/apply"
EXPORT = "/console/directory/export"
KEPT_SECONDS = 3600
MOST_BYTES = 50 * 1024 * 1024
"""Unpacked, at most: a zip that would grow beyond this is refused, not unpacked."""
MOST_FILES = 20000
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}\Z")
UPLOADS = "gza-console-import-"
ALIAS_FILE = ".curator"


class Refused(Exception):
    """An upload that cannot be read at all: the Fluent id of why."""


class DirectoryFilesArea:
    def __init__(self, deps: Deps, desk: CuratorDesk | None) -> None:
        self._deps, self._desk = deps, desk
        self._root = Path(tempfile.gettempdir())

    def __call__(self) -> list[Route]:
        return [
            Route("GET", IMPORT, self.ask, Rule.CURATOR),
            Route("POST", IMPORT, self.dry_run, Rule.CURATOR),
            Route("POST", APPLY, self.apply, Rule.CURATOR),
            Route("GET", EXPORT, self.export, Rule.CURATOR),
        ]

    @property
    def desk(self) -> CuratorDesk:
        assert self._desk is not None, "the console was mounted without the curation desk"
        return self._desk

    def _page(
        self, visit: Visit, request: web.Request, status: int = 200, **values: Any
    ) -> web.Response:
        values = {"formats": FORMATS, "problems": (), "diff": None, "token": "", "notes": (),
                  "refused": "", "said": "", **values}  # fmt: skip
        return html(page(self._deps, visit, request, "directory_import.html", **values), status)

    async def ask(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        return self._page(visit, request)

    async def dry_run(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        """Read and check the upload, compare it with the directory; nothing is written."""
        assert visit.who is not None
        posted = await request.post()
        upload, fmt = posted.get("file"), str(posted.get("format", ""))
        self._sweep()
        token = secrets.token_urlsafe(24)
        folder = self._root / (UPLOADS + token)
        try:
            path = await asyncio.to_thread(_unpack, upload, folder)
            (folder / ALIAS_FILE).write_text(visit.who.alias, "utf-8")
            reading = await self._read(path, fmt if fmt in FORMATS else None, folder)
            async with self._deps.uow(read_only=True) as uow:
                now = self._deps.clock()
                diff = await take_in(uow.directory, reading.directory, "", "", now, True)
        except Refused as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return self._page(visit, request, 400, refused=str(exc))
        except DirectoryError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return self._page(visit, request, 400, problems=exc.problems)
        (folder / ".format").write_text(fmt if fmt in FORMATS else "", "utf-8")
        empty = not reading.directory.services()
        return self._page(
            visit, request, diff=diff, notes=reading.notes, token="" if empty else token,
            refused="console-dir-import-empty" if empty else "",
        )  # fmt: skip

    async def apply(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        """Write what the dry run checked (read again: the same files, the same checks)."""
        assert visit.who is not None
        token = str((await request.post()).get("token", ""))
        folder = self._root / (UPLOADS + token)
        owner = folder / ALIAS_FILE
        if (
            not TOKEN.match(token)
            or not owner.is_file()
            or owner.read_text("utf-8") != visit.who.alias
        ):
            return self._page(visit, request, 400, refused="console-dir-import-expired")
        fmt = (folder / ".format").read_text("utf-8") or None
        try:
            reading = await self._read(_root_of(folder / "upload"), fmt, folder)
            async with self._deps.uow() as uow:
                now = self._deps.clock()
                diff = await take_in(
                    uow.directory, reading.directory, "", visit.who.alias, now, False
                )
                await uow.commit()
        except DirectoryError as exc:
            return self._page(visit, request, 400, problems=exc.problems)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return self._page(visit, request, diff=diff, said="console-dir-imported")

    async def _read(self, path: Path, fmt: str | None, folder: Path) -> Reading:
        """The CLI's reader, off the event loop; file names are shown from the upload's top."""
        places = await self._places()
        try:
            return await asyncio.to_thread(read_directory, path, places, fmt)
        except DirectoryError as exc:
            raise DirectoryError(_relative(p, folder / "upload") for p in exc.problems) from exc

    async def _places(self) -> Places:
        async with self._deps.uow(read_only=True) as uow:
            await self.desk.catalog.refresh(uow.directory)
        return self.desk.catalog.directory.places

    def _sweep(self) -> None:
        """Forget dry runs older than an hour."""
        cutoff = time.time() - KEPT_SECONDS
        for old in self._root.glob(UPLOADS + "*"):
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)

    async def export(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        fmt = request.query.get("format", "")
        if fmt not in FORMATS:
            return html(page(self._deps, visit, request, "directory_export.html", formats=FORMATS))
        async with self._deps.uow(read_only=True) as uow:
            directory = await uow.directory.load()
        if not directory.services():
            body = page(
                self._deps, visit, request, "refused.html", text_id="console-dir-export-empty"
            )
            return html(body, 404)
        data = await asyncio.to_thread(_zipped, directory, fmt)
        name = f"gza-directory-{fmt}.zip"
        return web.Response(
            body=data,
            content_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )


def _unpack(upload: Any, folder: Path) -> Path:
    """A .zip unpacked (no path outside it, bounded size), or a .json file as it is."""
    if not isinstance(upload, web.FileField):
        raise Refused("console-dir-import-no-file")
    target = folder / "upload"
    target.mkdir(parents=True)
    name = PurePosixPath(upload.filename or "").name.lower()
    data = upload.file.read(MOST_BYTES + 1)
    if name.endswith(".json"):
        (target / "directory.json").write_bytes(data[:MOST_BYTES])
        return target / "directory.json"
    if not name.endswith(".zip") or not zipfile.is_zipfile(io.BytesIO(data)):
        raise Refused("console-dir-import-not-zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MOST_FILES or sum(m.file_size for m in members) > MOST_BYTES:
            raise Refused("console-dir-import-too-big")
        for member in members:
            inner = PurePosixPath(member.filename)
            if inner.is_absolute() or ".." in inner.parts or inner.parts[0] == "__MACOSX":
                continue
            out = target.joinpath(*inner.parts)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.read(member))
    return _root_of(target)


def _root_of(target: Path) -> Path:
    """A zip of a folder holds the folder: read from inside it."""
    if (target / "directory.json").is_file():
        return target / "directory.json"
    inside = [p for p in target.iterdir() if not p.name.startswith(".")]
    return inside[0] if len(inside) == 1 and inside[0].is_dir() else target


def _relative(problem: DirectoryProblem, top: Path) -> DirectoryProblem:
    """A problem named by its file inside the upload, never by the server's folders."""
    file = problem.file
    for prefix in (str(top) + "/", str(top)):
        file = file.replace(prefix, "")
    return DirectoryProblem(file or ".", problem.record, problem.field, problem.message)


def _zipped(directory: Any, fmt: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / f"gza-directory-{fmt}"
        write_directory(directory, folder, fmt)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder.parent).as_posix())
        return buffer.getvalue()
