"""The rights library: topic files are checked field by field, every screen renders in every
locale within the limits, and the flow walks from the menu to a lawyer."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.channels.web.protocol import CAPABILITIES
from bot.core.engine import BACK, EXIT, advance
from bot.core.events import ButtonPressed, MenuRequested
from bot.core.replies import Act, Say
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer
from bot.rights.files import missing_translations, read_library, rights_status
from bot.rights.model import SCREEN_LIMIT, Library, RightsError, parse_topic
from bot.rights.steps import COUNTRY
from bot.rights.texts import RightsTexts, screen_id, title_id
from referral_directory.taxonomy import NEEDS
from tests.conftest import EXAMPLE_PLACE_TREE, ROOT

RIGHTS = ROOT / "rights"
LIBRARY = read_library(RIGHTS)
TELEGRAM_LIMIT = 4096
WEB_LIMIT = CAPABILITIES.max_text
LOCALIZER = Localizer(ROOT / "locales", curated=RightsTexts(LIBRARY))

VALID: dict[str, Any] = {
    "id": "police-and-lawyer",
    "draft": True,
    "country": "GE",
    "jurisdiction": "Georgia",
    "written": "2026-12-06",
    "reviewed": None,
    "needs": ["legal"],
    "title": {"en": "Police", "ka": "პოლიცია"},
    "sources": [{"id": "law", "name": {"en": "A law"}, "link": "https://matsne.gov.ge/x"}],
    "screens": [{"text": {"en": "Short text."}, "sources": ["law"]}],
}


def problems_of(data: Any) -> list[str]:
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)
    return [str(p) for p in problems]


def test_a_valid_topic_parses_as_a_draft() -> None:
    topic, problems = parse_topic(VALID, "t.yaml", NEEDS)
    assert problems == [] and topic is not None
    assert topic.draft and topic.reviewed is None and topic.screens[0].sources == ("law",)


def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


BAD = [
    (("title",), KeyError, "title: missing"),
    (("colour",), "red", "colour: unknown field"),
    (("id",), "Police Stops!", "id: lower-case letters"),
    (("id",), "x" * 24, "id: lower-case letters"),
    (("needs",), ["legl"], "needs: unknown value 'legl'"),
    (("written",), "yesterday", "written: 'yesterday' is not a date"),
    (("title",), {"ka": "პოლიცია"}, "title.en: missing"),
    (("title", "xx"), "?", "title.xx: unknown language"),
    (("title", "en"), "T" * 41, "title.en: 41 characters, at most 40"),
    (("screens", 0, "text", "en"), "x" * (SCREEN_LIMIT + 1), "screens[1].text.en: 601 characters"),
    (("screens", 0, "sources"), ["nope"], "screens[1].sources: unknown source 'nope'"),
    (("screens", 0, "sources"), [], "screens[1].sources: every screen names at least one source"),
    (("screens", 0, "extra"), 1, "screens[1]: expected text"),
    (("sources", 0, "link"), "matsne", "sources[1].link: expected a link"),
    (("sources", 0, "name"), KeyError, "sources[1]: expected id, name, link"),
    (("sources", 0, "article"), 13, "sources[1].article: expected text"),
    (("reviewed",), {"on": "2026-12-01"}, "reviewed: expected {on: YYYY-MM-DD, by:"),
    (("reviewed",), {"on": "soon", "by": "A. Lawyer"}, "reviewed.on: 'soon' is not a date"),
    (("draft",), False, "draft: a topic no lawyer has reviewed must stay a draft"),
    (("draft",), "yes", "draft: expected true or false"),
    (("country",), "Georgia", "country: 'Georgia' is not a two-letter country code"),
]


@pytest.mark.parametrize(("path", "value", "expected"), BAD)
def test_each_bad_field_is_named_with_file_and_topic(
    path: tuple[Any, ...], value: Any, expected: str
) -> None:
    data = changed(path, value)
    problems = problems_of(data)
    named = f"t.yaml: topic '{data.get('id')}': "
    assert any(p.startswith(named) and expected in p for p in problems), problems


def test_a_reviewed_topic_may_leave_draft() -> None:
    data = changed(("reviewed",), {"on": "2026-12-10", "by": "A. Lawyer, partner bureau"})
    data["draft"] = False
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert problems == [] and topic is not None and topic.reviewed is not None


def test_a_folder_reports_yaml_errors_and_duplicate_ids_together(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(VALID, allow_unicode=True), "utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(VALID, allow_unicode=True), "utf-8")
    (tmp_path / "c.yaml").write_text("id: [unclosed", "utf-8")
    with pytest.raises(RightsError) as caught:
        read_library(tmp_path)
    text = str(caught.value)
    assert "b.yaml: topic 'police-and-lawyer': id: duplicate id, also used in a.yaml" in text
    assert "c.yaml: topic '?': line" in text and "YAML error" in text


def test_a_missing_translation_falls_back_and_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(VALID, allow_unicode=True), "utf-8")
    library = read_library(tmp_path)
    notes = missing_translations(library)
    assert any(
        "a.yaml: topic 'police-and-lawyer': title: no translation for ru" in n for n in notes
    )
    texts = RightsTexts(library)
    assert texts("ru", title_id("police-and-lawyer")) == "Police"  # ru falls back to en first
    assert texts("ru", "menu-title") is None


def test_the_georgian_topics_are_complete_drafts_in_every_language() -> None:
    assert set(LIBRARY.ids) >= {
        "protective-orders",
        "after-sexual-violence",
        "police-and-lawyer",
        "sex-work-police",
        "discrimination",
        "health-confidentiality",
        "free-legal-aid",
        "idp-rights",
        "gender-recognition",
    }
    assert missing_translations(LIBRARY) == []
    assert all(t.draft and t.reviewed is None and t.country == "GE" for t in LIBRARY.topics)
    assert "DRAFT, a partner lawyer must review" in rights_status(LIBRARY)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_screen_renders_within_the_limits_with_a_neutral_first_line(locale: str) -> None:
    for topic in LIBRARY.topics:
        pages = len(topic.screens)
        for number in range(1, pages + 1):
            body = topic.screens[number - 1].text[locale]
            assert len(body) <= SCREEN_LIMIT
            shown = LOCALIZER.render(locale, Text(screen_id(topic.id, number)))
            assert len(shown) <= min(TELEGRAM_LIMIT, WEB_LIMIT)
            assert shown.splitlines()[0] == f"{number}/{pages}"  # all a lock screen shows
            assert body in shown and "{" not in shown
            for ident in topic.screens[number - 1].sources:
                assert topic.sources[ident].link in shown
            draft = LOCALIZER.render(locale, Text("rights-note-draft"))
            assert shown.rstrip().endswith(draft)
        assert LOCALIZER.render(locale, Text(title_id(topic.id))) == topic.title[locale]


# --- the flow ----------------------------------------------------------------------------


def rights_flow(library: Library = LIBRARY) -> Any:
    return load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE, library)


def press(
    flow: Any, state: ConversationState, payload: str, country: str = "GE"
) -> tuple[ConversationState, list[Any]]:
    """A press by a person whose place is in ``country`` (or whose deployment's is)."""
    context = {"emergency_numbers": "112", COUNTRY: country}
    turn = advance(flow, state, ButtonPressed(payload), context)
    return turn.state, list(turn.replies)


def payloads(replies: list[Any]) -> list[str]:
    says = [r for r in replies if isinstance(r, Say)]
    return [b.payload for row in says[-1].buttons for b in row]


def test_menu_to_a_lawyer_one_screen_at_a_time_with_back_and_exit() -> None:
    flow = rights_flow().flow
    topic = LIBRARY.topic("police-and-lawyer")
    assert topic is not None
    menu = advance(flow, ConversationState(step="menu", locale="ru"), MenuRequested(), {})
    state, replies = press(flow, menu.state, "menu|rights")
    assert [p for p in payloads(replies) if p.endswith("|police-and-lawyer")]
    state, replies = press(flow, state, "know-rights|police-and-lawyer")
    assert Act("count_topic") in replies
    assert state.answers["rights_topic"] == "police-and-lawyer"
    for number in range(1, len(topic.screens)):
        assert state.step == screen_id(topic.id, number)
        assert EXIT in payloads(replies) and BACK in payloads(replies)
        state, replies = press(flow, state, f"{screen_id(topic.id, number)}|next")
    last = screen_id(topic.id, len(topic.screens))
    assert state.step == last
    assert payloads(replies)[:3] == [f"{last}|lawyer", f"{last}|near", f"{last}|menu"]
    back, _ = press(flow, state, BACK)
    assert back.step == screen_id(topic.id, len(topic.screens) - 1)
    talking, replies = press(flow, state, f"{last}|lawyer")
    assert Act("open_case") in replies and talking.step == "talking"
    assert talking.answers["needs"] == "legal"
    assert talking.answers["rights_topic"] == "police-and-lawyer"


def test_find_legal_help_starts_the_search_with_the_need_preset() -> None:
    flow = rights_flow().flow
    topic = LIBRARY.topics[0]
    last = screen_id(topic.id, len(topic.screens))
    state = ConversationState(
        step=last, locale="ka", answers={"city": "batumi", "needs": "shelter"}
    )
    searching, _ = press(flow, state, f"{last}|near")
    assert searching.step == "ask-city"
    assert searching.answers["needs"] == "legal" and "city" not in searching.answers


def with_a_bulgarian_topic() -> Library:
    """The shipped library and one topic for Bulgaria (a copy, moved there)."""
    police = LIBRARY.topics[0]
    bulgarian = replace(police, id="bg-police", country="BG", jurisdiction="Bulgaria")
    return replace(LIBRARY, topics=(*LIBRARY.topics, bulgarian))


@pytest.mark.parametrize(
    ("country", "offered"),
    [("GE", set(LIBRARY.ids)), ("BG", {"bg-police"})],
)
def test_the_topic_list_shows_the_topics_of_the_persons_country(
    country: str, offered: set[str]
) -> None:
    flow = rights_flow(with_a_bulgarian_topic()).flow
    _, replies = press(flow, ConversationState(step="menu"), "menu|rights", country)
    topics = {p.split("|")[1] for p in payloads(replies) if "|" in p} - {"menu"}
    assert topics == offered
    said = [r.text.id for r in replies if isinstance(r, Say)]
    assert said == ["rights-choose-topic"]


def test_a_country_without_topics_is_told_so_with_the_way_back() -> None:
    flow = rights_flow().flow
    _, replies = press(flow, ConversationState(step="menu"), "menu|rights", "AM")
    assert [r.text.id for r in replies if isinstance(r, Say)] == ["rights-no-topics"]
    assert payloads(replies) == ["know-rights|menu", BACK, EXIT]


def test_without_a_library_know_your_rights_offers_only_the_menu() -> None:
    flow = rights_flow(Library()).flow
    assert [c.id for c in flow.step("know-rights").choices] == ["menu"]


def test_the_topic_read_is_an_allowed_categorical_answer() -> None:
    fields = rights_flow().answer_fields
    assert sorted(fields["rights_topic"]) == sorted(LIBRARY.ids)


def test_a_topic_read_is_counted_in_its_own_table_not_as_an_empty_search() -> None:
    from bot.services.rollup import count_people

    counts = count_people(
        [
            ("p1", {"rights_topic": "police-and-lawyer"}),
            ("p2", {"rights_topic": "police-and-lawyer"}),
            ("p1", {"city": "batumi", "needs": "legal"}),
        ]
    )
    assert counts[("rights_topic", "police-and-lawyer", "")] == 2
    assert counts[("city", "batumi", "")] == 1
    assert ("city", "unanswered", "") not in counts
