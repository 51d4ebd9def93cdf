"""The supervisor's monthly report in a real Chromium: reached from the bureau page with the
keyboard, charts drawn, axe-core clean, refused to staff."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.chat import axe_violations
from tests.browser.console import ConsoleServer, world_of
from tests.console.test_console_report import MONTH, count


def sign_in(console: ConsoleServer, page: Page, alias: str) -> None:
    page.goto(console.call(world_of(console).link(alias)))
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Signed in as")).to_be_visible()


def test_the_supervisor_reads_the_monthly_report_and_staff_are_refused(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    eka, nino = tabs[0], tabs[1]
    console.call(count(world_of(console), MONTH))
    sign_in(console, eka, "Eka")
    eka.goto(world_of(console).base + "/console/bureau")
    eka.get_by_role("link", name="Monthly report with charts").focus()
    eka.keyboard.press("Enter")
    heading = eka.get_by_role("heading", level=1)
    expect(heading).to_have_text(f"Gza: monthly figures of tbilisi, {MONTH}")
    expect(eka.locator("svg[role=img]").first).to_be_visible()
    assert axe_violations(eka) == []

    sign_in(console, nino, "Nino")
    nino.goto(world_of(console).base + "/console/report")
    expect(nino.get_by_role("heading", level=1)).not_to_have_text(
        f"Gza: monthly figures of tbilisi, {MONTH}"
    )
    expect(nino.locator("svg")).to_have_count(0)
