"""The console's own script and style sheet, served from the package (no CDN)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.channels.console.access import Route, Rule, Visit

STATIC = Path(__file__).parent / "static"
FILES = {"console.js": "text/javascript", "console.css": "text/css"}


class Assets:
    def __init__(self) -> None:
        self._files = {name: (STATIC / name).read_bytes() for name in FILES}

    def __call__(self) -> list[Route]:
        return [Route("GET", f"/console/static/{name}", self.serve, Rule.ANYONE) for name in FILES]

    async def serve(self, request: web.Request, visit: Visit) -> web.StreamResponse:
        name = request.path.rsplit("/", 1)[-1]
        return web.Response(body=self._files[name], content_type=FILES[name])
