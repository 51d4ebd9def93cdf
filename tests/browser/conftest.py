"""A real Chromium (Debian's package) driven by Playwright against a running Gza.

Gza and a stand-in neutral page run in a thread with their own event loop, so the tests use
Playwright's plain synchronous API. One browser serves all of them; each test gets a fresh
context (no shared storage or history). Without Chromium or Playwright these tests are skipped,
saying why; CI installs Chromium so they always run there.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.config import AbuseSettings, DisguiseSettings, Settings, WebSettings
from tests.browser.console import ConsoleServer
from tests.conftest import TOKEN, make_settings, prepared_database, running
from tests.e2e.test_handoff import ALWAYS, NINO, STAFF_CHAT, handoff_settings
from tests.fake_telegram import FakeTelegram

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
NEUTRAL_TITLE = "Weather in Tbilisi"

try:
    from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
except ImportError:  # pragma: no cover - the dev extras bring it
    sync_playwright = None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    reason = None
    if sync_playwright is None:
        reason = "Playwright is not installed (pip install -e '.[dev]')"
    elif shutil.which(CHROMIUM) is None:
        reason = f"no Chromium at {CHROMIUM}: apt-get install chromium (CI's .ci/run does)"
    if reason is None:
        return
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.skip(reason=reason))


async def _neutral(request: web.Request) -> web.Response:
    page = f"<!doctype html><html lang='en'><title>{NEUTRAL_TITLE}</title><h1>Sunny, 14°</h1>"
    return web.Response(text=page, content_type="text/html")


@dataclass
class Server:
    """Gza and the neutral page, in a thread with its own event loop; can be stopped and
    started again on the same port (a server that goes away mid-conversation)."""

    neutral_web: bool = False
    staffed: bool = False
    """With a staff group (in the fake Bot API, ``fake``) on shift around the clock."""
    fake: FakeTelegram | None = None
    updates_per_minute: int = AbuseSettings().max_updates_per_minute
    """The flood limit per person (a test that reads every screen taps faster than a person)."""
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    port: int = 0
    neutral_port: int = 0
    _thread: threading.Thread | None = None
    _stop: asyncio.Event | None = None
    _stopped: Future[None] | None = None
    _folder: str = field(default_factory=lambda: tempfile.mkdtemp(prefix="gza-browser-"))
    _database: str = ""
    _neutral_runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def exit_url(self) -> str:
        return f"http://127.0.0.1:{self.neutral_port}/weather"

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
            self._thread.start()
            self._call(self._start_neutral())
            if self.staffed:
                self.fake = FakeTelegram(TOKEN)
                self._call(self.fake.start())
            self._database = self._call(prepared_database("sqlite", Path(self._folder)))
        ready: Future[int] = Future()
        self._stopped = asyncio.run_coroutine_threadsafe(self._serve(ready), self.loop)
        self.port = ready.result(timeout=30)

    def stop(self) -> None:
        assert self._stop is not None and self._stopped is not None
        self.loop.call_soon_threadsafe(self._stop.set)
        self._stopped.result(timeout=30)

    def close(self) -> None:
        if self._stopped is not None and not self._stopped.done():
            self.stop()
        if self._neutral_runner is not None:
            self._call(self._neutral_runner.cleanup())
        if self.fake is not None:
            self._call(self.fake.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        shutil.rmtree(self._folder, ignore_errors=True)

    def _call(self, work: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout=60)

    async def _start_neutral(self) -> None:
        app = web.Application()
        app.router.add_get("/weather", _neutral)
        self._neutral_runner = web.AppRunner(app, access_log=None)
        await self._neutral_runner.setup()
        site = web.TCPSite(self._neutral_runner, "127.0.0.1", 0)
        await site.start()
        self.neutral_port = self._neutral_runner.addresses[0][1]

    async def _serve(self, ready: Future[int]) -> None:
        mine = {
            "web": WebSettings(enabled=True, port=self.port, exit_url=self.exit_url),
            "disguise": DisguiseSettings(neutral_web=self.neutral_web),
            "abuse": AbuseSettings(max_updates_per_minute=self.updates_per_minute),
        }

        def settings_for(**sections: Any) -> Settings:
            return make_settings(self._database, **{**sections, **mine})

        settings = settings_for()
        if self.fake is not None:
            settings = handoff_settings(self.fake, settings_for, ALWAYS)
        self._stop = asyncio.Event()
        async with running(settings) as gza:
            if self.fake is not None:
                await self._on_shift(self.fake)
            assert gza.web_port is not None
            ready.set_result(gza.web_port)
            await self._stop.wait()

    @staticmethod
    async def _on_shift(fake: FakeTelegram) -> None:
        already = len(fake.general_texts(STAFF_CHAT))
        await fake.staff_write(NINO, STAFF_CHAT, None, "/shift on")
        await fake.wait_for(lambda: len(fake.general_texts(STAFF_CHAT)) > already)

    def in_loop(self, work: Any) -> Any:
        """Run a coroutine in the server's loop (the fake Bot API lives there)."""
        return self._call(work)


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One browser for all the browser tests; closed after them, because Playwright's
    synchronous API keeps an event loop running that the asyncio tests cannot share."""
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def console() -> Iterator[ConsoleServer]:
    """Gza with the console and a fake Telegram, one per test module."""
    served = ConsoleServer()
    served.start()
    yield served
    served.close()


@pytest.fixture
def tabs(browser: Browser) -> Iterator[list[Page]]:
    """Three desktop tabs, each in a browser context of its own (no shared cookies): a staff
    member each, or a curator, or a supervisor beside staff."""
    contexts = [new_context(browser, DESKTOP) for _ in range(3)]
    yield [ctx.new_page() for ctx in contexts]
    for ctx in contexts:
        ctx.close()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running_server = Server()
    running_server.start()
    yield running_server
    running_server.close()


def new_context(
    browser: Browser, viewport: dict[str, int], locale: str = "en-US"
) -> BrowserContext:
    phone = viewport == PHONE
    return browser.new_context(
        viewport=viewport,  # type: ignore[arg-type]
        locale=locale,
        is_mobile=phone,
        has_touch=phone,
        device_scale_factor=2 if phone else 1,
    )


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def viewport(request: pytest.FixtureRequest) -> dict[str, int]:
    return dict(request.param)


@pytest.fixture
def context(browser: Browser, viewport: dict[str, int]) -> Iterator[BrowserContext]:
    ctx = new_context(browser, viewport)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    """A tab on the phone and, in a second run of the test, on the desktop."""
    return context.new_page()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A tab on the phone only, for what the screen size does not change."""
    ctx = new_context(browser, PHONE)
    yield ctx.new_page()
    ctx.close()
