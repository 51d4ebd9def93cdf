"""The staff console in a real Chromium: sign in by the bot's one-time link, two staff racing
to take, a conversation between a person in Telegram and staff in the console (live, both
ways), transfer, close with an outcome, another bureau refused, an admin removing a member whose
open page is signed out at once; axe-core clean and usable with the keyboard alone."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.chat import axe_violations
from tests.browser.console import ConsoleServer, world_of
from tests.console.world import EKA, GIORGI, MARIAM, NINO, STAFF_CHAT, ask_for_a_person
from tests.fake_telegram import FakeUser

LIVE = 15_000
"""Milliseconds to wait for a live change (the stream checks every second)."""


def sign_in(console: ConsoleServer, page: Page, user: FakeUser) -> None:
    """Ask the bot for a link in the staff group, open it, press the button."""
    link = console.call(world_of(console).link_by_bot(user))
    page.goto(link)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Signed in as")).to_be_visible()


def new_case(console: ConsoleServer, user_id: int) -> tuple[FakeUser, int]:
    """A person asks for a person in Telegram (Kutaisi: Tbilisi's bureau)."""
    person = FakeUser(user_id, "Person Real-Name", username=f"handle{user_id}")
    thread = console.call(ask_for_a_person(world_of(console).fake, person, "/start kutaisi"))
    return person, thread


def open_case(page: Page, code_row: int = 0) -> None:
    page.goto(page.url.split("/console")[0] + "/console/queue")
    page.locator("table.queue tbody tr").nth(code_row).get_by_role("link").click()


def test_sign_in_take_and_talk_both_ways_with_the_keyboard(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    world, page = world_of(console), tabs[0]
    person, thread = new_case(console, 7001)
    sign_in(console, page, NINO)
    expect(page).to_have_url(world.base + "/console/queue")
    assert axe_violations(page) == []

    page.keyboard.press("Tab")  # the skip link first
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    case_link = page.locator("table.queue tbody tr").first.get_by_role("link")
    case_link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Case C-")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Take").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text(
        "You have taken the case. What you write now reaches the person."
    )

    in_topic = len(world.fake.sent_in_topic(STAFF_CHAT, thread))
    console.call(world.fake.send_text(person, "Is anyone there?"))
    # Through the bot first (as slow as the machine is), then into the open page, unreloaded.
    arrived = lambda: len(world.fake.sent_in_topic(STAFF_CHAT, thread)) > in_topic  # noqa: E731
    console.call(world.fake.wait_for(arrived, timeout=30))
    expect(page.locator("#thread")).to_contain_text("Is anyone there?", timeout=LIVE)

    reply = page.get_by_label("Reply to the person", exact=False)
    reply.fill("Yes, I am Nino. How are you?")
    reply.press("Control+Enter")
    expect(page.get_by_role("status")).to_have_text("Sent to the person.")
    # "Sent" means queued with the case's change; Telegram gets it a moment later.
    said = "Nino: Yes, I am Nino. How are you?"
    console.call(
        world.fake.wait_for(lambda: said in map(str.strip, world.fake.texts_to(person.id)))
    )
    texts = world.fake.texts_to(person.id)
    assert texts[-1].strip() == said

    console.call(world.fake.staff_write(NINO, STAFF_CHAT, thread, "From my phone too."))
    texts = console.call(world.fake.wait_for_texts(person.id, len(texts) + 1))
    assert texts[-1].strip() == "Nino: From my phone too."
    expect(page.locator("#thread")).to_contain_text("From my phone too.", timeout=LIVE)
    assert "Person Real-Name" not in page.content() and "handle7001" not in page.content()

    page.get_by_label("Outcome").select_option("referred")
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("status")).to_have_text("Case closed.")


def test_two_staff_race_to_take_and_one_wins(console: ConsoleServer, tabs: list[Page]) -> None:
    nino, giorgi = tabs[0], tabs[1]
    new_case(console, 7002)
    sign_in(console, nino, NINO)
    sign_in(console, giorgi, GIORGI)
    for page in (nino, giorgi):
        open_case(page)
        expect(page.get_by_role("button", name="Take")).to_be_visible()
    nino.get_by_role("button", name="Take").click()
    giorgi.get_by_role("button", name="Take").click()
    expect(nino.get_by_role("status")).to_contain_text("You have taken the case")
    expect(giorgi.get_by_role("status")).to_have_text("Someone else took this case first.")
    expect(giorgi.locator("#status")).to_have_text("taken by Nino")


def test_a_case_is_transferred_to_a_colleague_who_sees_it_live(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    nino, giorgi = tabs[0], tabs[1]
    new_case(console, 7003)
    sign_in(console, nino, NINO)
    sign_in(console, giorgi, GIORGI)
    open_case(nino)
    nino.get_by_role("button", name="Take").click()
    code = nino.get_by_role("heading", level=1).inner_text().split()[-1]
    row = giorgi.locator("table.queue tbody tr", has_text=code)
    expect(row).to_contain_text("taken by Nino", timeout=LIVE)  # the queue follows live

    nino.get_by_label("Transfer to").select_option("Giorgi")
    nino.get_by_role("button", name="Transfer").click()
    expect(nino.get_by_role("status")).to_have_text("Case transferred.")
    expect(row).to_contain_text("taken by Giorgi", timeout=LIVE)


def test_staff_of_another_bureau_are_refused(console: ConsoleServer, tabs: list[Page]) -> None:
    nino, mariam = tabs[0], tabs[1]
    new_case(console, 7004)
    sign_in(console, nino, NINO)
    open_case(nino)
    case_url = nino.url
    sign_in(console, mariam, MARIAM)
    mariam.goto(case_url)
    expect(mariam.get_by_text("This case is not one of your bureau's")).to_be_visible()
    assert "Person Real-Name" not in mariam.content()


def test_an_admin_removes_a_signed_in_member_whose_open_page_is_signed_out(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    world, giorgi, tamar = world_of(console), tabs[2], tabs[1]
    sign_in(console, giorgi, GIORGI)
    tamar.goto(console.call(world.link("Tamar")))  # a curator and admin: no staff group
    tamar.get_by_role("button", name="Sign in").click()
    tamar.get_by_role("link", name="People").click()
    expect(tamar.get_by_role("heading", level=1)).to_have_text("People and bureaus")
    assert axe_violations(tamar) == []
    content = tamar.content()
    assert str(GIORGI.id) not in content and "Real-Name" not in content
    tamar.get_by_role("button", name="Remove Giorgi").focus()
    tamar.keyboard.press("Enter")
    expect(tamar.get_by_role("status")).to_have_text("Removed. Their console sessions have ended.")
    expect(tamar.locator('tr[data-alias="Giorgi"]')).to_have_count(0)
    expect(giorgi).to_have_url(world.base + "/console/signed-out", timeout=LIVE)
    giorgi.goto(world.base + "/console/queue")
    expect(giorgi.get_by_text("write /console to the bot")).to_be_visible()


def test_an_admins_invitation_code_page_is_accessible(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    world, tamar = world_of(console), tabs[0]
    tamar.goto(console.call(world.link("Tamar")))
    tamar.get_by_role("button", name="Sign in").click()
    tamar.goto(world.base + "/console/people")
    tamar.get_by_label("Alias (leave empty to let them choose)").fill("Ana")
    tamar.get_by_role("button", name="Create a code").click()
    expect(tamar.get_by_role("heading", level=1)).to_have_text("Invitation code")
    code = tamar.locator("[data-code]").get_attribute("data-code") or ""
    assert len(code) == 11 and code not in tamar.url
    assert axe_violations(tamar) == []


def test_the_supervisor_reads_the_bureaus_figures_and_staff_are_refused(
    console: ConsoleServer, tabs: list[Page]
) -> None:
    eka, nino = tabs[0], tabs[1]
    new_case(console, 7010)
    sign_in(console, eka, EKA)
    eka.get_by_role("link", name="Bureau figures").focus()
    eka.keyboard.press("Enter")
    expect(eka.get_by_role("heading", level=1)).to_have_text("Bureau tbilisi: figures")
    waiting = eka.locator('[data-figure="waiting-now"]')
    assert int(waiting.inner_text()) >= 1  # the case just asked for, at least
    expect(eka.get_by_role("row", name="Closed: Referred", exact=False)).to_have_count(1)
    assert axe_violations(eka) == []
    content = eka.content()
    assert "C-" not in content and "Person Real-Name" not in content and "handle7010" not in content

    sign_in(console, nino, NINO)
    expect(nino.get_by_role("link", name="Bureau figures")).to_have_count(0)
    nino.goto(world_of(console).base + "/console/bureau")
    expect(nino.get_by_role("heading", level=1)).not_to_have_text("Bureau tbilisi: figures")
    assert "data-figure" not in nino.content()
