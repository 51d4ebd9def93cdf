"""The web chat in a real Chromium, on a 360 px phone and a 1280 px desktop: the conversation,
quick exit, reloads, forget, result cards, the layout and axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bot.i18n import LOCALES
from tests.browser.chat import (
    axe_violations,
    faint_controls,
    overflow,
    place_path,
    press,
    press_through,
    question,
    say,
    to_results,
    too_small,
    wait_for_question,
)
from tests.browser.conftest import NEUTRAL_TITLE, PHONE, Server, new_context

LAST_QUESTION_HAS_FOCUS = (
    "document.activeElement.closest('.turn')"
    " === [...document.querySelectorAll('#log > .turn')].pop()"
)


def open_chat(page: Page, server: Server, query: str = "") -> None:
    page.goto(server.base + "/" + query)
    wait_for_question(page)


def test_the_whole_conversation_in_two_languages(page: Page, server: Server) -> None:
    open_chat(page, server, "?start=kutaisi")
    assert page.url == server.base + "/"  # the entry code is not left in the address or history
    assert "help" not in page.title().lower()

    cards = to_results(page, "ru")
    assert page.evaluate("document.documentElement.lang") == "ru"
    expect(page.locator("#exit")).to_have_text(say("ru", "common-exit"))
    assert page.get_by_role("button", name=say("ru", "common-exit"), exact=True).count() == 1
    first = page.locator(".card").first
    assert first.locator("h2").inner_text().startswith("1. ")  # the name comes first
    calls = first.locator("a[href^='tel:']")
    assert calls.count() >= 1 and re.fullmatch(
        r"tel:\+?\d{6,}", calls.first.get_attribute("href") or ""
    )
    # a phone line may come first (no place, so no map); a card with a place has a map link
    expect(page.locator(".card a", has_text=say("ru", "web-map")).first).to_be_visible()
    assert cards.locator("button:not([disabled])").count() > 0
    assert page.locator("#log > .turn").first.locator("button:not([disabled])").count() == 0
    assert page.evaluate(LAST_QUESTION_HAS_FOCUS)  # focus went to the new question
    assert overflow(page) == 0

    press_through(page, "ru", "common-to-menu", "menu-language")
    press(page, say("hy", "language-name-hy"))
    assert page.evaluate("document.documentElement.lang") == "hy"
    expect(page.locator("#exit")).to_have_text(say("hy", "common-exit"))
    expect(page.locator("#input")).to_have_attribute(
        "placeholder", say("hy", "web-input-placeholder")
    )
    press_through(page, "hy", "start-privacy-ok", "start-danger-no", "menu-find-services")
    press_through(page, "hy", "place-akhalkalaki", "need-medical", "common-done")
    expect(page.locator(".card").last).to_be_visible()
    assert overflow(page) == 0


def test_emergency_numbers_can_be_called_with_one_tap(phone: Page, server: Server) -> None:
    open_chat(phone, server)
    press_through(phone, "en", "language-name-en", "start-privacy-ok", "start-danger-yes")
    calls = phone.locator("#log a[href^='tel:']")
    assert {calls.nth(i).get_attribute("href") for i in range(calls.count())} >= {
        "tel:112",
        "tel:116006",
    }


def test_quick_exit_by_button_leaves_no_trace(page: Page, server: Server) -> None:
    page.goto(server.exit_url)  # where the person was before
    page.goto(server.base + "/?start=batumi")
    wait_for_question(page)
    press_through(page, "en", "language-name-en", "start-privacy-ok")
    session = page.evaluate("sessionStorage.getItem('gza-session')")
    with page.expect_request(lambda r: r.url == server.base + "/leave") as beacon:
        page.locator("#exit").click()
    assert beacon.value.method == "POST" and beacon.value.post_data == session  # server told
    assert_left_without_trace(page, server)


def test_quick_exit_by_escape_twice(page: Page, server: Server) -> None:
    page.goto(server.exit_url)
    open_chat(page, server)
    press(page, say("en", "language-name-en"))
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert_left_without_trace(page, server)


def test_typed_exit_leaves_like_the_button(phone: Page, server: Server) -> None:
    phone.goto(server.exit_url)
    open_chat(phone, server)
    phone.locator("#input").fill("/exit")
    phone.locator("#input").press("Enter")
    assert_left_without_trace(phone, server)


def assert_left_without_trace(page: Page, server: Server) -> None:
    page.wait_for_url(server.exit_url)
    assert page.title() == NEUTRAL_TITLE
    history = page.context.new_cdp_session(page).send("Page.getNavigationHistory")
    urls = [entry["url"] for entry in history["entries"]]
    assert not [u for u in urls if u.startswith(server.base)], urls  # Back cannot return
    page.go_back()
    assert page.url == server.exit_url  # the page the person came from
    page.goto(server.base + "/favicon.svg")  # the chat's origin, in the same tab
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    assert page.context.cookies() == []
    page.goto(server.base + "/")  # coming back starts afresh, never a blank page
    first = wait_for_question(page)
    expect(first).to_contain_text(say("en", "start-choose-language"))
    assert page.locator("#log > *").count() == 1


def test_quick_exit_works_with_the_server_stopped(
    browser: Browser, viewport: dict[str, int]
) -> None:
    server = Server(neutral_web=True)
    server.start()
    try:
        ctx = new_context(browser, viewport)
        page = ctx.new_page()
        open_chat(page, server)
        assert page.title() == say("en", "web-title-neutral")
        expect(page.locator("h1")).to_have_text(say("en", "web-title-neutral"))
        press_through(page, "en", "language-name-en", "start-privacy-ok")
        server.stop()
        expect(page.locator("#status")).to_have_text(say("en", "web-offline"))
        page.locator("#exit").click()
        page.wait_for_url(server.exit_url)
        assert page.title() == NEUTRAL_TITLE
        page.goto(server.exit_url.rsplit("/", 1)[0] + "/weather")
        ctx.close()
    finally:
        server.close()


def test_quick_exit_works_offline(context: BrowserContext, server: Server) -> None:
    page = context.new_page()
    open_chat(page, server)
    press(page, say("en", "language-name-en"))
    context.set_offline(True)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    # The neutral site cannot load offline, but the chat is gone from the screen at once.
    page.wait_for_function("() => document.getElementById('log') === null")
    assert 'id="log"' not in page.content()
    context.set_offline(False)
    history = page.context.new_cdp_session(page).send("Page.getNavigationHistory")
    assert [e["url"] for e in history["entries"]][-1] == server.exit_url


def test_reload_shows_the_current_question_not_a_blank_page(page: Page, server: Server) -> None:
    open_chat(page, server)
    press_through(page, "en", "language-name-en", "start-privacy-ok")
    page.reload()
    again = wait_for_question(page)  # a new document: any question on it is the new one
    expect(again).to_contain_text(say("en", "start-ask-danger"))
    assert page.locator("#log > *").count() == 1  # the question, not the past conversation
    press(page, say("en", "start-danger-no"))
    expect(question(page)).to_contain_text(say("en", "menu-title"))


def test_forget_from_the_page_menu_erases_and_starts_afresh(page: Page, server: Server) -> None:
    open_chat(page, server)
    press_through(page, "en", "language-name-en", "start-privacy-ok")
    old = question(page).element_handle()
    page.locator("#menu summary").click()
    page.get_by_role("button", name=say("en", "web-forget")).click()
    confirm = wait_for_question(page, old)
    expect(confirm).to_contain_text(say("en", "forget-ask-confirm"))
    before = page.evaluate("sessionStorage.getItem('gza-session')")
    confirm.get_by_role("button", name=say("en", "forget-yes")).click()
    restart = page.get_by_role("button", name=say("en", "web-start-again"))
    restart.wait_for()
    expect(page.locator("#log")).to_contain_text(say("en", "forget-done"))
    assert page.locator("#log .turn").count() == 0  # the conversation is gone from the page
    restart.click()
    expect(wait_for_question(page)).to_contain_text(say("en", "start-choose-language"))
    assert page.evaluate("sessionStorage.getItem('gza-session')") != before


def test_typed_commands_work_as_in_telegram(phone: Page, server: Server) -> None:
    open_chat(phone, server)
    press_through(phone, "en", "language-name-en", "start-privacy-ok")
    for command, text_id in [
        ("/menu", "menu-title"),
        ("/forget", "forget-ask-confirm"),
        ("/start", "start-choose-language"),
    ]:
        old = question(phone).element_handle()
        phone.locator("#input").fill(command)
        phone.locator("#input").press("Enter")
        expect(wait_for_question(phone, old)).to_contain_text(say("en", text_id))


def test_location_is_coarsened_in_the_browser(browser: Browser, server: Server) -> None:
    ctx = new_context(browser, PHONE)
    ctx.grant_permissions(["geolocation"])
    ctx.set_geolocation({"latitude": 42.271234, "longitude": 42.705678})
    page = ctx.new_page()
    sent: list[str] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda frame: sent.append(str(frame))))
    open_chat(page, server)
    press_through(page, "en", "language-name-en", "start-privacy-ok", "start-danger-no")
    press(page, say("en", "menu-find-services"))
    needs = press(page, say("en", "web-location"))
    expect(needs).to_contain_text(say("en", "screen-ask-needs"))
    located = [f for f in sent if '"location"' in f]
    assert located and '"latitude":42.27' in located[0] and '"longitude":42.71' in located[0]
    assert "42.2712" not in "".join(sent)
    ctx.close()


def test_a_refused_location_says_so_and_keeps_the_city_question(
    phone: Page, server: Server
) -> None:
    open_chat(phone, server)
    press_through(phone, "en", "language-name-en", "start-privacy-ok", "start-danger-no")
    press(phone, say("en", "menu-find-services"))
    question(phone).get_by_role("button", name=say("en", "web-location")).click()
    expect(phone.locator("#log")).to_contain_text(say("en", "web-location-failed"))
    last = phone.locator("#log > *").last
    region = place_path("place-kutaisi")[0]  # the question starts with the regions
    expect(last.get_by_role("button", name=say("en", region))).to_be_enabled()


def test_flood_control_never_leaves_the_screen_without_a_question(
    browser: Browser, server: Server
) -> None:
    page = new_context(browser, PHONE).new_page()
    open_chat(page, server)
    press_through(page, "en", "language-name-en", "start-privacy-ok", "start-danger-no")
    press_through(page, "en", "menu-find-services", "place-tbilisi")
    label, slow_down = say("en", "need-legal"), say("en", "error-slow-down")
    for _ in range(30):  # more than the 20 a minute that flood control lets through
        button = question(page).get_by_role("button", name=re.compile(re.escape(label)))
        expect(button).to_be_enabled(timeout=15000)
        button.click()
        if page.locator(".msg", has_text=slow_down).count():
            break
    expect(page.locator("#log")).to_contain_text(slow_down)
    last = page.locator("#log > *").last
    expect(last.locator("button:not([disabled])").first).to_be_visible(timeout=15000)
    expect(last).to_contain_text(say("en", "screen-ask-needs"))
    page.context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_nothing_is_wider_than_a_small_phone_in_any_locale(
    browser: Browser, server: Server, locale: str
) -> None:
    ctx = new_context(browser, {"width": 320, "height": 640}, locale=locale)
    page = ctx.new_page()
    open_chat(page, server)
    assert overflow(page) == 0
    to_results(page, locale, "common-skip")
    assert overflow(page) == 0, locale
    assert too_small(page) == []
    ctx.close()


def test_axe_core_finds_no_violation(page: Page, server: Server) -> None:
    open_chat(page, server)
    assert axe_violations(page) == []
    assert too_small(page) == []
    to_results(page, "en")
    page.locator("#menu summary").click()
    assert axe_violations(page) == []
    assert too_small(page) == []
    assert faint_controls(page) == []


def test_readable_at_200_percent_zoom(browser: Browser, server: Server) -> None:
    ctx = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    page = ctx.new_page()
    open_chat(page, server)
    to_results(page, "ka")
    assert overflow(page) == 0
    expect(page.locator("#exit")).to_be_in_viewport()
    expect(page.locator("#input")).to_be_in_viewport()
    ctx.close()


def test_the_axe_check_itself_notices_a_violation(phone: Page) -> None:
    phone.set_content("<!doctype html><html><body><input id='x'></body></html>")
    found = {v["id"] for v in axe_violations(phone)}
    assert {"html-has-lang", "label"} <= found


def test_the_contrast_check_itself_notices_a_faint_button(phone: Page) -> None:
    phone.set_content(
        "<body style='background:#f4f4f6'><button style='border:1px solid #99a;"
        "background:#fff'>Faint</button></body>"
    )
    assert [line.split(":")[0] for line in faint_controls(phone)] == ["Faint"]
