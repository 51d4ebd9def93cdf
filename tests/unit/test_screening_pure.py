"""The pure parts of screening: answers to a query, a shared point made coarse, and a card's
hours text. Answers come from stored state that a forged button could have touched, so the
query is also checked against arbitrary input."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from bot.core.texts import Text
from bot.i18n import Localizer
from bot.services.cards import CardWriter, map_link
from bot.services.screening import coarse, pack, query_from
from referral_directory.files import load_directory
from referral_directory.hours import parse_hours
from referral_directory.matching import DirectoryIndex, Query, match
from tests.conftest import EXAMPLE_DIRECTORY, ROOT


def test_answers_become_a_query_with_the_chat_language_preferred() -> None:
    answers = {
        "city": "kutaisi",
        "needs": "legal,shelter",
        "groups": "sex_workers,prefer_not",
        "service_language": "chat",
        "prefs": "free",
    }
    query = query_from(answers, "ru")
    assert query.needs == {"legal", "shelter"} and query.city == "kutaisi"
    assert query.groups == {"sex_workers"}  # "prefer not to say" is no group
    assert query.language == "ru" and query.chat_language == "ru"
    assert query.free_only and not query.anonymous_only


def test_skipped_questions_filter_nothing() -> None:
    query = query_from({"service_language": "any"}, "ka")
    assert not query.needs and query.city is None and query.language is None
    assert not query.free_only and not query.anonymous_only


@given(st.dictionaries(st.text(max_size=20), st.text(max_size=60)), st.none() | st.text())
def test_any_stored_answers_give_a_query_without_error(
    answers: dict[str, str], chat: str | None
) -> None:
    query = query_from(answers, chat)
    assert "" not in query.needs and "prefer_not" not in query.groups


def test_a_shared_point_is_kept_to_about_a_kilometre() -> None:
    assert coarse(42.271234, 42.700399) == (42.27, 42.7)


def test_hours_are_grouped_by_days_with_the_same_spans_in_the_person_language() -> None:
    hours = parse_hours({"mon-fri": "10:00-19:00", "sat": "11:00-15:00"})
    writer = CardWriter(Localizer(ROOT / "locales"))
    assert writer.week("en", hours) == "Mon–Fri 10:00–19:00; Sat 11:00–15:00"
    assert writer.week("ru", hours).startswith("пн–пт 10:00–19:00")


def test_a_map_link_points_at_the_place_without_tracking() -> None:
    link = map_link(42.2679, 42.6946)
    assert (
        link
        == "https://www.openstreetmap.org/?mlat=42.26790&mlon=42.69460#map=17/42.26790/42.69460"
    )


def test_cards_share_a_message_while_they_fit_and_never_exceed_the_limit() -> None:
    assert pack(["intro", "card 1", "card 2"]) == ("intro\n\ncard 1\n\ncard 2",)
    assert pack(["a" * 6, "b" * 6], limit=12) == ("a" * 6, "b" * 6)
    (cut,) = pack(["x" * 20], limit=12)
    assert len(cut) == 12 and cut.endswith("…")


@given(st.lists(st.text(min_size=1, max_size=50), max_size=8), st.integers(10, 80))
def test_packed_messages_keep_every_short_block_in_order(blocks: list[str], limit: int) -> None:
    packed = pack(blocks, limit)
    assert all(len(message) <= limit for message in packed)
    if all(len(block) <= limit for block in blocks):
        assert "\n\n".join(packed) == "\n\n".join(blocks)


def test_a_listing_not_checked_for_a_year_warns_to_call_first() -> None:
    localizer = Localizer(ROOT / "locales")
    index = DirectoryIndex(load_directory(EXAMPLE_DIRECTORY))
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    found = match(Query(needs=frozenset({"legal"}), city="batumi"), index, now)
    writer = CardWriter(localizer)
    warning = localizer.render("en", Text("card-stale"))
    cards = {m.service.id: writer.card("en", 1, m, now.date()) for m in found}
    assert warning in cards["open-shore-legal"]  # last checked in 2024
    assert all(warning not in card for sid, card in cards.items() if sid != "open-shore-legal")
