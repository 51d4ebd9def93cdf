"""The console's reply box in a real Chromium: "/" and words find a saved reply, picked with
the keyboard or the mouse, put in the box for editing and never sent by itself; the
lock-screen warning appears and goes as staff type, and a revealing opening is held back until
staff send it as it is. axe-core clean with the list open and the warning shown, and on the
sign-in, refused and signed-out pages."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.chat import axe_violations
from tests.browser.console import ConsoleServer, world_of
from tests.browser.test_console_browser import new_case, open_case, sign_in
from tests.console.world import MARIAM, NINO


def taken_case(console: ConsoleServer, page: Page, user_id: int) -> None:
    new_case(console, user_id)
    sign_in(console, page, NINO)
    open_case(page)
    page.get_by_role("button", name="Take").click()
    expect(page.get_by_role("status")).to_contain_text("You have taken the case")
    page.wait_for_load_state()  # the page's script listens to the box before we type


def test_slash_finds_a_saved_reply_that_goes_into_the_box_and_is_not_sent(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    page, world = tabs[0], world_of(console)
    taken_case(console, page, 7101)
    sent_before = len(world.fake.texts_to(7101))
    box = page.get_by_label("Reply to the person", exact=False)
    box.press_sequentially("/keep who")
    options = page.get_by_role("listbox", name="Saved replies matching").get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text("What we keep and who can read it")
    assert axe_violations(page) == []
    box.press("Enter")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_value(re.compile(r"^What we keep and who can read it: the team never"))
    assert "30 days" in box.input_value() and "90 days" in box.input_value()

    box.press("End")
    box.press_sequentially("\n/hel")
    options.filter(has_text="Hello, I am here").click()  # the mouse
    hello = "Hello, I am here and have time for you. Is now a good moment to write?"
    assert box.input_value().endswith("\n" + hello)
    box.press_sequentially("\n/nothing like this")
    expect(page.get_by_text("No saved reply matches.")).to_be_visible()
    assert axe_violations(page) == []
    box.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    assert len(world.fake.texts_to(7101)) == sent_before  # nothing went out


def test_the_lock_screen_warning_follows_the_typing_and_a_revealing_reply_needs_a_confirm(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    page, world = tabs[0], world_of(console)
    taken_case(console, page, 7102)
    box = page.get_by_label("Reply to the person", exact=False)
    warning = page.locator("#lock-warning")
    expect(warning).to_be_hidden()
    box.press_sequentially("Shelter beds are free")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("“shelter”")
    assert axe_violations(page) == []
    box.fill("Hello, how are you today?")
    expect(warning).to_be_hidden()

    box.fill("Shelter beds are free")
    box.press("Control+Enter")
    expect(page.get_by_role("alert")).to_contain_text("Not sent yet")
    expect(box).to_have_value("Shelter beds are free")
    before = len(world.fake.texts_to(7102))
    page.get_by_role("button", name="Send as it is").click()
    expect(page.get_by_role("status")).to_have_text("Sent to the person.")
    texts = console.call(world.fake.wait_for_texts(7102, before + 1))
    assert texts[-1].strip() == "Nino: Shelter beds are free"


def test_the_sign_in_refused_and_signed_out_pages_pass_axe(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    page, world = tabs[1], world_of(console)
    link = console.call(world.link_by_bot(MARIAM))
    page.goto(link)
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign in").click()
    page.goto(world.base + "/console/case/1")
    expect(page.get_by_text("This case is not one of your bureau's")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign out").click()
    page.goto(world.base + "/console/queue")
    expect(page.get_by_text("write /console to the bot")).to_be_visible()
    assert axe_violations(page) == []
