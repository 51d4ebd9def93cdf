"""How quickly a person sees the first question and each next one, in the browser and in
Telegram: ``python -m benchmarks.bench_web_chat``.

Web: Debian's Chromium (Playwright) at 360 x 740 against a running Gza on loopback; from
``goto`` to the first question on screen (page, script, WebSocket, start, inbox, outbox), then
from each tap to the next question drawn. Telegram: the fake Bot API server, from an update
being offered to getUpdates to Gza's sendMessage (or the redrawn question) arriving. The walk is
the same: language, privacy note, not in danger, find services, a city, one need, done.
Not a test: figures depend on the machine; run it on a quiet one.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import tempfile
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from bot.config import WebSettings
from tests.browser.chat import press, say, wait_for_question
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, Server, new_context
from tests.conftest import make_settings, prepared_database, running, telegram_settings
from tests.fake_telegram import Call, FakeTelegram, FakeUser

WALK = (
    ("language-name-en", "choose-language|en"),
    ("start-privacy-ok", "privacy-note|ok"),
    ("start-danger-no", "ask-danger|no"),
    ("menu-find-services", "menu|find"),
    ("place-kutaisi", "ask-city|kutaisi"),
    ("need-legal", "ask-needs|legal"),
    ("common-done", "ask-needs|~done"),
)


IN_PAGE = """(() => {
  window.__gza = [];
  const Real = window.WebSocket;
  window.WebSocket = function (url) {
    const ws = new Real(url);
    const send = ws.send.bind(ws);
    ws.send = (data) => {
      if (data.includes('"button"')) window.__gza.push(-performance.now());
      send(data);
    };
    ws.addEventListener("message", (e) => {
      const last = window.__gza[window.__gza.length - 1];
      if (last < 0 && e.data.includes('"buttons": [[')) {
        window.__gza[window.__gza.length - 1] = performance.now() + last;
      }
    });
    return ws;
  };
})();"""
"""Inside the page, from a tap's WebSocket frame to the next question's frame: the server's
share of a tap, without the test driver's own round trips."""


def web_figures(rounds: int) -> tuple[list[float], list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    first, taps, wire = [], [], []
    server = Server()
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(rounds):
                context = new_context(browser, PHONE)
                page = context.new_page()
                page.add_init_script(IN_PAGE)
                began = time.perf_counter()
                page.goto(server.base + "/")
                wait_for_question(page)
                first.append(time.perf_counter() - began)
                for label, _payload in WALK:
                    began = time.perf_counter()
                    press(page, say("en", label))
                    taps.append(time.perf_counter() - began)
                wire += [ms / 1000 for ms in page.evaluate("window.__gza") if ms > 0]
                context.close()
            browser.close()
    finally:
        server.close()
    return first, taps, wire


async def telegram_figures(rounds: int, folder: str) -> tuple[list[float], list[float]]:
    fake = FakeTelegram("123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0")
    await fake.start()
    first, taps = [], []
    try:
        database = await prepared_database("sqlite", Path(folder))
        settings = make_settings(
            database,
            telegram=telegram_settings(fake, polling_timeout=1),
            web=WebSettings(enabled=False),
        )
        async with running(settings):
            for number in range(rounds):
                user = FakeUser(id=7000000 + number, language_code="en")
                began = time.perf_counter()
                await fake.send_text(user, "/start")
                await fake.wait_for(partial(_asked, fake, user, 0))
                first.append(time.perf_counter() - began)
                for _label, payload in WALK:
                    seen = len(_questions(fake, user))
                    began = time.perf_counter()
                    await fake.press(user, payload)
                    await fake.wait_for(partial(_asked, fake, user, seen))
                    taps.append(time.perf_counter() - began)
    finally:
        await fake.stop()
    return first, taps


def _questions(fake: FakeTelegram, user: FakeUser) -> list[Call]:
    """Messages and redraws with buttons that reached the person: each is a new question."""
    return [
        c
        for c in fake.calls
        if c.method in ("sendMessage", "editMessageText")
        and str(c.params.get("chat_id")) == str(user.id)
        and c.params.get("reply_markup")
    ]


def _asked(fake: FakeTelegram, user: FakeUser, seen: int) -> bool:
    return len(_questions(fake, user)) > seen


def _row(name: str, seconds: Sequence[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{name:<34} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=8, help="walks per channel (default 8)")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {args.rounds} walks")
    web_first, web_taps, web_wire = web_figures(args.rounds)
    with tempfile.TemporaryDirectory() as folder:
        tg_first, tg_taps = asyncio.run(telegram_figures(args.rounds, folder))
    print(_row("web: open page -> first question", web_first))
    print(_row("telegram: /start -> first question", tg_first))
    print(_row("web: tap -> next question", web_taps))
    print(_row("web: tap frame -> question frame", web_wire))
    print(_row("telegram: tap -> next question", tg_taps))


if __name__ == "__main__":
    main()
