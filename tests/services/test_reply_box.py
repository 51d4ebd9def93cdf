"""What helps staff write to a person: saved replies (the NGO's own per language, and the
required "what we keep" filled with the real retention periods), and the lock-screen check that
holds back a reply whose opening could give Gza away until staff confirm it. Also: the one
staff service counts a console take and close for the evidence, as the topic does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.telegram.channel import CAPABILITIES as TELEGRAM_CAN
from bot.channels.web.protocol import CAPABILITIES as WEB_CAN
from bot.i18n import LOCALES
from bot.services.canned import WHAT_WE_KEEP, CannedReply, canned_from, search
from bot.services.case_mail import CaseMail
from bot.services.casework import ASK_LOCK_SCREEN, CaseWork
from bot.services.counting import KIND, Counting
from bot.services.lock_screen import LockScreen, Word
from bot.services.mailbox import Mailbox
from bot.staff_texts import StaffTextsError, load_canned, load_reply_box, reply_box_notes
from bot.wiring import desk
from tests.fakes import fakes
from tests.services.test_console_services import Console, console_settings
from tests.services.test_handoff_services import NINO, TEXTS, ask_for_a_person
from tests.services.test_handoff_services import PERSON as PERSON_ID

ROOT = Path(__file__).resolve().parents[2]
BOX = load_reply_box(ROOT / "dialogs", LOCALES, idle_days=45, closed_days=7)


@pytest.fixture
async def console() -> AsyncIterator[Console]:
    """The console's service as wired: counting, the lock-screen words and the saved replies."""
    settings = console_settings()
    staff_desk = desk(settings)
    assert staff_desk is not None
    mailbox = Mailbox({"telegram": TELEGRAM_CAN, "web": WEB_CAN}, "telegram")
    work = CaseWork(staff_desk, CaseMail(TEXTS, "en", mailbox), Counting(True), BOX)
    async with fakes(settings, telegram=TELEGRAM_CAN, web=WEB_CAN) as f:
        yield Console(f, work, staff_desk)


async def test_a_reply_that_opens_with_a_revealing_word_waits_for_a_confirm(
    console: Console,
) -> None:
    await ask_for_a_person(console.f)
    await console.act("take", NINO)
    before = list(console.f.channels["telegram"].texts(PERSON_ID))
    revealing = "Shelter places are free tonight."
    assert console.work.revealing(await console.case(), revealing) == ["shelter"]
    assert await console.act("reply", NINO, revealing) == ASK_LOCK_SCREEN
    assert console.f.channels["telegram"].texts(PERSON_ID) == before
    assert await console.thread() == []

    case, member = await console.case(), console.member(NINO)
    async with console.f.db.uow() as uow:
        said = await console.work.reply(uow, member, case, revealing, console.f.clock(), True)
        await uow.commit()
    await console.f.settle()
    assert said == "console-done-reply"
    assert "Nino: Shelter places are free tonight." in console.f.channels["telegram"].texts(
        PERSON_ID
    )
    greeting = "Hello, it is Nino. Places are free tonight."
    assert await console.act("reply", NINO, greeting) == "console-done-reply"


async def test_a_take_and_a_close_in_the_console_are_counted_like_the_topics(
    console: Console,
) -> None:
    await ask_for_a_person(console.f)
    await console.act("take", NINO)
    await console.act("close", NINO, "referred")
    async with console.f.db.uow() as uow:
        now = console.f.clock()
        rows = await uow.screenings.between(now - timedelta(days=1), now + timedelta(days=1))
        audit = await uow.audit.recent(10)
    kinds = {answers.get(KIND) for _, answers in rows}
    assert {"taken", "closed"} <= kinds
    assert [(a.actor, a.action) for a in reversed(audit)] == [("Nino", "take"), ("Nino", "close")]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_required_saved_reply_comes_first_with_the_real_retention_periods(
    locale: str,
) -> None:
    replies = BOX.canned.for_locale(TEXTS, locale)
    assert replies[0].key == WHAT_WE_KEEP
    assert "45" in replies[0].text and "7" in replies[0].text and "/forget" in replies[0].text
    assert replies[0].text != "canned-what-we-keep"  # the message exists
    assert BOX.lock_screen.found(replies[0].text, locale) == []
    assert [r.key for r in replies[1:]] == ["hello", "safe-to-write", "back-soon"]


def test_no_saved_reply_of_the_example_opens_with_a_revealing_word() -> None:
    assert reply_box_notes(ROOT / "dialogs", LOCALES, problems := []) == []
    assert problems == []


def test_gza_check_names_a_wrong_file_and_a_revealing_opening(tmp_path: Path) -> None:
    (tmp_path / "lock_screen.yaml").write_text((ROOT / "dialogs/lock_screen.yaml").read_text())
    (tmp_path / "canned").mkdir()
    (tmp_path / "canned/en.yaml").write_text(
        "- key: beds\n  title: Beds\n  text: Shelter beds are free tonight.\n"
    )
    problems: list[str] = []
    assert reply_box_notes(tmp_path, LOCALES, problems) == [
        "canned/en.yaml beds: opens with shelter"
    ]
    (tmp_path / "canned/xx.yaml").write_text("[]\n")
    assert reply_box_notes(tmp_path, LOCALES, problems) == []
    assert "xx.yaml" in problems[0] and "not one of the languages" in problems[0]
    with pytest.raises(StaffTextsError):
        load_canned(tmp_path, LOCALES)


@pytest.mark.parametrize(
    ("data", "wrong"),
    [
        ([{"key": "a"}], "exactly key, title and text"),
        ({"key": "a"}, "a list of replies"),
        ([{"key": "A b", "title": "t", "text": "x"}], "lower-case"),
        ([{"key": WHAT_WE_KEEP, "title": "t", "text": "x"}], "lower-case"),
        ([{"key": "a", "title": "t", "text": "x"}] * 2, "used twice"),
        ([{"key": "a", "title": "t", "text": " "}], "a title, and a text"),
    ],
)
def test_a_wrong_saved_reply_is_refused_by_name(data: object, wrong: str) -> None:
    with pytest.raises(ValueError, match=wrong):
        canned_from(data, "en")


WORD = st.text(st.characters(categories=["Ll"]), min_size=1, max_size=8)


@given(st.lists(st.tuples(WORD, WORD), min_size=1, max_size=5), st.data())
def test_a_saved_reply_is_found_by_the_starts_of_its_words(
    pairs: list[tuple[str, str]], data: st.DataObject
) -> None:
    replies = [CannedReply(f"r{i}", title, text) for i, (title, text) in enumerate(pairs)]
    chosen = data.draw(st.sampled_from(replies))
    word = data.draw(st.sampled_from([chosen.title, chosen.text]))
    query = "  " + word[: data.draw(st.integers(1, len(word)))].upper()
    assert chosen in search(replies, query)
    assert search(replies, "") == replies


def test_a_saved_reply_is_found_without_its_accents_or_its_capitals() -> None:
    hours = CannedReply("hours", "Qısa cavab", "Çərşənbə günü açıqdır")
    address = CannedReply("address", "Адрес", "Ёлочная улица")
    replies = [hours, address]
    assert search(replies, "QISA") == [hours]  # a dotless ı typed as a capital I
    assert search(replies, "CƏRSƏNBƏ") == [hours]  # capitals, and ş without its cedilla
    assert search(replies, "елоч") == [address]  # ё typed as е
    assert search(replies, "адрес ул") == [address]
    assert search(replies, "адрес cavab") == []  # every word must be found


@given(st.text(max_size=200), st.sampled_from(["shelter", "sti"]))
def test_a_revealing_word_counts_only_in_the_opening(before: str, word: str) -> None:
    lock = LockScreen({"c": {"en": (Word("shelter"), Word("sti", whole=True))}}, opening=40)
    text = f"{before} {word} "
    if len(before) + 1 + len(word) <= 40:
        assert word in lock.found(text, "en")
    assert word not in lock.found("x" * 40 + text, "en")
    assert lock.found("Sticky notes", "en") == []
    assert lock.found("Sheltered", "en") == ["shelter"]
