"""A curator keeps the directory in a real Chromium: signs in with the link from their private
chat, adds a service in Kutaisi that the person's next search in Telegram finds, edits it and
sees the edit in its audit log, and checks an import that names its problem by file, record and
field; every page axe-core clean, the search usable with the keyboard."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.chat import axe_violations
from tests.browser.conftest import DESKTOP, new_context
from tests.browser.console import ConsoleServer, world_of
from tests.conftest import EXAMPLE_DIRECTORY
from tests.console.test_console_directory import link_in_private
from tests.console.world import LEVAN
from tests.e2e.test_screening import search, to_menu
from tests.fake_telegram import FakeUser

PERSON = FakeUser(7301, "Person Real-Name", language_code="en")
BROKEN = "example-kutaisi-clear-path.yaml"


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    context = new_context(browser, DESKTOP)
    yield context.new_page()
    context.close()


def sign_in(console: ConsoleServer, page: Page) -> None:
    page.goto(console.call(link_in_private(world_of(console), LEVAN)))
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Signed in as Levan")).to_be_visible()


def broken_zip() -> bytes:
    """The example directory as a zipped folder, one location in a city that is not listed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(EXAMPLE_DIRECTORY.rglob("*.yaml")):
            text = path.read_text("utf-8")
            if path.name == BROKEN:
                text = text.replace("city: kutaisi", "city: atlantis", 1)
            archive.writestr(f"directory/{path.relative_to(EXAMPLE_DIRECTORY)}", text)
    return buffer.getvalue()


def test_a_curator_adds_a_service_in_kutaisi_that_the_next_search_finds(
    console: ConsoleServer, tab: Page
) -> None:
    page = tab
    world = world_of(console)
    sign_in(console, page)
    expect(page).to_have_url(world.base + "/console/directory")
    assert axe_violations(page) == []

    search_box = page.get_by_label("Find a service")
    search_box.focus()
    page.keyboard.type("kutaisi legal")
    page.keyboard.press("Enter")
    expect(page.get_by_role("table")).to_contain_text("Found")

    page.get_by_role("link", name="New service").click()
    assert axe_violations(page) == []
    page.get_by_label("In the organisation").select_option("-new-")
    page.get_by_label("Id of the new organisation").fill("kutaisi-willow")
    page.locator("#org_name-en").fill("Willow House")
    page.locator("#org_description-en").fill("A house for women in Kutaisi.")
    page.locator("#location_id").fill("kutaisi-willow-room")
    page.get_by_label("City").select_option("kutaisi")
    page.locator("#id").fill("kutaisi-willow-legal")
    page.locator("#name-en").fill("Willow legal desk")
    page.locator("#description-en").fill("Legal advice for women, free.")
    page.locator("fieldset.service").get_by_role("checkbox", name="Legal help").check()
    page.locator("fieldset.service").get_by_role("checkbox", name="English", exact=True).check()
    page.locator("#assured_date").fill("2026-12-01")
    page.locator("#phones").fill("+995 431 22 33 44")
    page.get_by_role("button", name="Add the service").click()
    expect(page.get_by_role("status")).to_have_text("Added. The bot offers it from now on.")
    assert axe_violations(page) == []

    console.call(to_menu(world.fake, PERSON, "en"))
    said = console.call(search(world.fake, PERSON, "kutaisi", "legal"))
    assert any("Willow legal desk" in text for text in said), said

    page.locator("#phones").fill("+995 431 99 88 77")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Saved. The bot offers it from now on.")
    change = page.locator("table.history tr.change").filter(has_text="+995 431 99 88 77")
    expect(change).to_contain_text("Levan")
    expect(change).to_contain_text("Phone")


def test_a_dry_run_import_names_the_problem_by_file_record_and_field(
    console: ConsoleServer, tab: Page
) -> None:
    page = tab
    sign_in(console, page)
    page.get_by_role("link", name="Import and export").click()
    assert axe_violations(page) == []
    page.get_by_label("File").set_input_files(
        {"name": "directory.zip", "mimeType": "application/zip", "buffer": broken_zip()}
    )
    page.get_by_role("button", name="Check (dry run)").click()
    row = page.locator("table.problems tr.problem").first
    expect(row).to_contain_text(f"organizations/{BROKEN}")
    expect(row).to_contain_text("location")
    expect(row).to_contain_text("city")
    expect(row).to_contain_text("unknown city 'atlantis'")
    expect(page.get_by_role("button", name="Apply this import")).to_have_count(0)
    assert axe_violations(page) == []
