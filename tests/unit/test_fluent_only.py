"""Everything staff and curators read comes from Fluent: rendered in a locale written in another
script, a word in Latin letters can only be a literal or a raw code that slipped past the
translations. And no prose is written into a reply in Python."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.texts import Text
from bot.i18n import LOCALES, Localizer
from bot.services.case_mail import LOCK_SCREEN_NOTE, CaseMail
from bot.services.cases import Case
from bot.services.curator_texts import CuratorTexts
from bot.services.mailbox import Mailbox
from bot.services.messages import SendText
from referral_directory.changes import service_changes
from referral_directory.files import load_directory
from referral_directory.hours import MISTAKES, HoursError, WeeklyHours, parse_hours_text
from referral_directory.model import Organization, Service
from tests.conftest import EXAMPLE_DIRECTORY, EXAMPLE_NAMES
from tests.unit.test_curation_pure import weeks

ROOT = Path(__file__).resolve().parents[2]
OTHER_SCRIPTS = ("ka", "ru", "hy", "uk", "bg")
"""Locales not written in Latin letters."""
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
COMMAND = re.compile(r"/[a-z_]+")
"""Commands (/cancel, /close referred) are typed as they are in every locale."""
ALLOWED = frozenset({"Gza", "Telegram", "id"})
"""Latin words every locale keeps (names, and ``id`` on the curator card)."""
TBILISI = ZoneInfo("Asia/Tbilisi")
NOW = datetime(2026, 12, 7, 6, 5, tzinfo=UTC)  # 10:05 in Tbilisi
SINKS = frozenset({"SendText", "AnswerButton", "CopyMessage", "Text", "text", "line", "say"})
"""Calls whose arguments become what someone reads."""
PROSE = re.compile(r"[^\W\d_]{2,}[ ,.:;!?]+[^\W\d_]{2,}|^[^\W\d_]*[A-Z][^\W\d_]*$")
"""Two words in a row, or a capitalised word: a sentence or a label, not an id or a payload."""


@cache
def localizer() -> Localizer:
    return Localizer(ROOT / "locales", names=EXAMPLE_NAMES)


def latin_words(text: str, *values: str) -> set[str]:
    """Latin words of ``text`` that are not one of the ``values`` the directory supplied."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, " ")
    text = COMMAND.sub(" ", text)
    return set(LATIN_WORD.findall(text)) - ALLOWED


def case(**changes: object) -> Case:
    made = Case(
        code="C-7F3K",
        person_ref="p",
        channel="telegram",
        bureau="kutaisi",
        city="kutaisi",
        locale="ru",
        needs=("legal", "shelter"),
        urgent=True,
        entry_code=None,
        staff_chat_id=-100,
        created_at=NOW,
        id=1,
    )
    return replace(made, **changes)


def card_of(locale: str, of: Case) -> str:
    mail = CaseMail(localizer(), locale, Mailbox({}, "staff"), frozenset({"kutaisi"}))
    (_, card) = mail.topic_and_card(of, NOW, TBILISI)
    assert isinstance(card, SendText)
    return card.text


@pytest.mark.parametrize("locale", OTHER_SCRIPTS)
def test_the_case_card_is_in_words_of_the_staff_language(locale: str) -> None:
    card = card_of(locale, case())
    assert latin_words(card, "C-7F3K") == set(), card


@pytest.mark.parametrize("locale", ["en", *OTHER_SCRIPTS, "az"])
def test_the_case_card_shows_the_bureau_clock_the_language_and_the_lock_screen_note(
    locale: str,
) -> None:
    card = card_of(locale, case(locale="hy"))
    assert "10:05" in card and "06:05" not in card and "UTC" not in card
    assert localizer().render(locale, Text("common-language", {"code": "hy"})) in card
    assert localizer().render(locale, Text(LOCK_SCREEN_NOTE)) in card


@pytest.mark.parametrize("locale", OTHER_SCRIPTS)
@pytest.mark.parametrize(("status", "outcome"), [("waiting", "referred"), ("taken", "no_response")])
def test_staff_read_statuses_and_outcomes_in_words(locale: str, status: str, outcome: str) -> None:
    line = localizer().render(
        locale,
        Text(
            "staff-cases-line",
            {
                "code": "C-7F3K",
                "status": Text("staff-status", {"status": status}),
                "minutes": 12,
                "urgent": "no",
            },
        ),
    )
    closed = localizer().render(
        locale,
        Text(
            "staff-closed",
            {"outcome": Text("staff-outcome", {"outcome": outcome}), "alias": "Nino"},
        ),
    )
    assert latin_words(line + closed, "C-7F3K", "Nino") == set()


@cache
def example_service() -> tuple[Organization, Service]:
    directory = load_directory(EXAMPLE_DIRECTORY)
    org, service = next(
        (o, s) for o, s in directory.services() if len(s.languages) > 1 and s.hours is not None
    )
    return org, service


def curator_screens(locale: str) -> tuple[str, list[str]]:
    """What a curator reads about one service: the card, a save of each field a curator can
    change from the chat, the language toggles; and the directory's own values in them."""
    org, service = example_service()
    texts = CuratorTexts(localizer())
    card = texts.card(locale, org, service, 2, date(2026, 12, 6))
    after = replace(
        service,
        status="temporarily closed",
        hours=parse_hours_text("daily 10:00-12:00"),
        languages=frozenset({"ka", "tr"}),
        free=not service.free,
        anonymous=not service.anonymous,
    )
    screens = [card.text]
    for change in service_changes(service, after):
        screens.append(texts.saved(locale, change, service, after).text)
    toggles = texts.languages(locale, service, ["ka"], None)
    screens += [label for row in toggles.buttons for label, _ in row]
    values = [
        *service.name.values(),
        *org.name.values(),
        service.id,
        *(p.number for p in service.phones),
    ]
    return "\n".join(screens), values


@pytest.mark.parametrize("locale", OTHER_SCRIPTS)
def test_curators_read_yes_no_statuses_days_and_languages_in_words(locale: str) -> None:
    screens, values = curator_screens(locale)
    assert latin_words(screens, *values) == set(), screens


@pytest.mark.parametrize("locale", OTHER_SCRIPTS)
@pytest.mark.parametrize("code", sorted(MISTAKES))
def test_every_hours_mistake_is_explained_in_the_curators_language(locale: str, code: str) -> None:
    values = {"value": "someday", "first": "10:00-12:00", "second": "11:00-13:00"}
    needed = set(re.findall(r"{(\w+)}", MISTAKES[code]))
    error = HoursError(code, **{k: v for k, v in values.items() if k in needed})
    said = CuratorTexts(localizer()).bad_hours(locale, error).text
    assert "curator-hours-" not in said
    assert latin_words(said, "someday") == set(), said


def test_a_curators_typing_mistake_names_its_part() -> None:
    with pytest.raises(HoursError) as caught:
        parse_hours_text("someday 10:00-11:00")
    assert (caught.value.code, caught.value.values) == ("unknown-day", {"value": "someday"})


def prose_in_replies(path: Path) -> list[str]:
    """String literals with prose passed straight into something someone reads."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        name = node.func.id if isinstance(node.func, ast.Name) else name
        if name not in SINKS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for inner in ast.walk(arg):
                literal = isinstance(inner, ast.Constant) and isinstance(inner.value, str)
                if literal and PROSE.search(inner.value):
                    found.append(f"{path.name}:{inner.lineno}: {inner.value!r}")
    return found


def test_no_prose_is_written_into_a_reply_in_python() -> None:
    files = [*(ROOT / "bot" / "services").glob("*.py"), *(ROOT / "bot" / "core").glob("*.py")]
    assert [hit for path in sorted(files) for hit in prose_in_replies(path)] == []


def test_the_prose_scan_notices_a_literal_reply(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text(
        'SendText("Sorry, try again")\nmail.text(locale, "staff-closed", outcome="Closed")\n'
        'Text("staff-status", {"status": "waiting"})\n'
    )
    assert len(prose_in_replies(source)) == 2


@settings(max_examples=60, deadline=None)
@given(weeks(), st.sampled_from(LOCALES))
def test_hours_shown_to_a_curator_in_her_language_read_back_the_same(
    hours: WeeklyHours, locale: str
) -> None:
    texts = CuratorTexts(localizer())
    assert parse_hours_text(texts.hours(locale, hours), texts.own_words(locale)) == hours


def test_a_curator_types_hours_with_her_own_day_names() -> None:
    texts = CuratorTexts(localizer())
    typed = parse_hours_text("ორშ-პარ 10:00-18:00; შაბ 10:00-14:00", texts.own_words("ka"))
    assert typed == parse_hours_text("mon-fri 10:00-18:00; sat 10:00-14:00")
    az = parse_hours_text("bazar ertəsi-cümə axşamı 09:00-13:00", texts.own_words("az"))
    assert az == parse_hours_text("mon-thu 09:00-13:00")
    by_appointment = parse_hours_text("«По записи»", texts.own_words("ru"))
    assert by_appointment == parse_hours_text("by appointment")
