"""A browser-less visitor of the console over HTTP: a cookie jar, the CSRF token of the last
page, and the same-origin header a browser sends with a form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import aiohttp

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
LINK_IN_PAGE = re.compile(r'name="link" value="([^"]+)"')


@dataclass
class Visitor:
    base: str
    session: aiohttp.ClientSession = field(init=False)
    csrf: str = ""

    def __post_init__(self) -> None:
        jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1
        self.session = aiohttp.ClientSession(cookie_jar=jar)

    async def close(self) -> None:
        await self.session.close()

    async def get(self, path: str) -> tuple[int, str]:
        async with self.session.get(self.base + path, allow_redirects=True) as answer:
            text = await answer.text() if "event-stream" not in answer.content_type else ""
            found = CSRF.search(text)
            if found:
                self.csrf = found.group(1)
            return answer.status, text

    async def status_of(self, method: str, path: str, **form: str) -> int:
        """Just the status, without following redirects (an event stream is not read)."""
        data = {"csrf": self.csrf, **form} if method == "POST" else None
        headers = {"Origin": self.base} if method == "POST" else {}
        async with self.session.request(
            method, self.base + path, data=data, headers=headers, allow_redirects=False
        ) as answer:
            return answer.status

    async def post(
        self, path: str, headers: dict[str, str] | None = None, **form: Any
    ) -> tuple[int, str]:
        data = {"csrf": self.csrf, **form}
        sent = {"Origin": self.base, **(headers or {})}
        async with self.session.post(self.base + path, data=data, headers=sent) as answer:
            text = await answer.text()
            found = CSRF.search(text)
            if found:
                self.csrf = found.group(1)
            return answer.status, text

    async def sign_in(self, link: str) -> int:
        """Open the link (a page with a button), then press it, as a person would."""
        async with self.session.get(link) as answer:
            page = await answer.text()
        found = LINK_IN_PAGE.search(page)
        assert found is not None
        status, _ = await self.post("/console/signin", link=found.group(1))
        return status
