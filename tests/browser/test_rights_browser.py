"""Know your rights in the web chat, in a real Chromium: from the menu through a topic's screens
(Next and Back) to "Talk to a lawyer", with the topic on the staff card in the staff group (the
fake Bot API); every screen within the web's limits and neutral in its first line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Locator, Page, expect

from bot.rights.files import read_library
from tests.browser.chat import (
    overflow,
    press,
    press_through,
    question,
    say,
    too_small,
    wait_for_question,
)
from tests.browser.conftest import Server
from tests.conftest import ROOT
from tests.e2e.test_handoff import STAFF_CHAT
from tests.fake_telegram import FakeTelegram

LIBRARY = read_library(ROOT / "rights")
TOPIC = LIBRARY.topic("police-and-lawyer")
assert TOPIC is not None
PAGES = len(TOPIC.screens)
LOCALE = "ru"  # a person in Batumi who is afraid of the police, reading in Russian


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """Gza with a staff group on shift (in the fake Bot API) beside the web chat."""
    running_server = Server(staffed=True, updates_per_minute=200)
    running_server.start()
    yield running_server
    running_server.close()


def to_topic_list(page: Page, server: Server) -> Locator:
    page.goto(server.base + "/")
    wait_for_question(page)
    press(page, say(LOCALE, f"language-name-{LOCALE}"))
    return press_through(page, LOCALE, "start-privacy-ok", "start-danger-no", "menu-know-rights")


def shown(turn: Locator) -> str:
    return turn.locator(".msg").inner_text()


def test_a_topic_read_screen_by_screen_leads_to_a_lawyer_who_sees_the_topic(
    page: Page, server: Server
) -> None:
    topics = to_topic_list(page, server)
    for topic in LIBRARY.topics:  # every topic is one button, named by its title
        expect(topics.get_by_role("button", name=topic.title[LOCALE], exact=True)).to_be_visible()
    turn = press(page, TOPIC.title[LOCALE])
    seen = [shown(turn)]
    for _ in range(1, PAGES):
        turn = press(page, say(LOCALE, "rights-next"))
        seen.append(shown(turn))
    back = press(page, say(LOCALE, "common-back"))
    assert shown(back) == seen[-2]
    turn = press(page, say(LOCALE, "rights-next"))
    for number, text in enumerate(seen, start=1):
        assert text.splitlines()[0] == f"{number}/{PAGES}"  # all a lock screen would show
        assert TOPIC.screens[number - 1].text[LOCALE] in text
    for label in ("rights-talk-to-lawyer", "rights-find-legal-help", "common-to-menu"):
        expect(turn.get_by_role("button", name=say(LOCALE, label), exact=True)).to_be_visible()
    expect(page.locator("#exit")).to_be_visible()  # Exit on every screen (the page's own)
    assert overflow(page) == 0 and too_small(page) == []

    fake = server.fake
    assert fake is not None
    before = set(fake.topics)
    press(page, say(LOCALE, "rights-talk-to-lawyer"))
    card = staff_card(server, fake, before)
    assert "Rights topic read: Police and your lawyer" in card
    assert "legal" in card.lower()
    expect(page.locator("#log")).to_contain_text(say(LOCALE, "handoff-waiting"))
    expect(question(page)).to_contain_text(say(LOCALE, "channels-handoff-already-open"))


def staff_card(server: Server, fake: FakeTelegram, before: set[int]) -> str:
    async def card() -> str:
        await fake.wait_for(lambda: set(fake.topics) - before != set())
        thread = max(set(fake.topics) - before)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) >= 1)
        return str(fake.sent_in_topic(STAFF_CHAT, thread)[0].params["text"])

    return str(server.in_loop(card()))


def test_every_screen_of_every_topic_is_shown_whole_and_fits_the_phone(
    phone: Page, server: Server
) -> None:
    """Every topic, every screen, in Russian: the page shows the text Gza rendered (nothing cut
    at the web's longest message), sources as links named for them, nothing wider than the
    screen, and a neutral first line."""
    to_topic_list(phone, server)
    for topic in LIBRARY.topics:
        turn = press(phone, topic.title[LOCALE])
        for number in range(1, len(topic.screens) + 1):
            if number > 1:
                turn = press(phone, say(LOCALE, "rights-next"))
            text = shown(turn)
            assert text.splitlines()[0] == f"{number}/{len(topic.screens)}"
            assert topic.screens[number - 1].text[LOCALE] in text
            for ident in topic.screens[number - 1].sources:
                link = turn.locator(f"a[href='{topic.sources[ident].link}']").first
                expect(link).to_contain_text(topic.sources[ident].name.get(LOCALE, "")[:20])
            assert not turn.get_by_role("link", name=say(LOCALE, "web-map")).count()
            assert overflow(phone) == 0
        press_through(phone, LOCALE, "common-to-menu", "menu-know-rights")
