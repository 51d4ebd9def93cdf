"""The people of the partner projects: "work and money" asked in parts under one button (so the
first question stays short), and the group of people displaced or affected by conflict, with
the services known to be friendly to them. Answers stay categorical ids."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.dialogs import Dialogs
from bot.services.screening import query_from
from referral_directory.files import load_directory
from referral_directory.matching import DirectoryIndex, Query, match, search
from referral_directory.taxonomy import GROUPS, NEED_PARTS, NEEDS
from tests.conftest import EXAMPLE_DIRECTORY, city_path
from tests.unit.test_engine import Chat, payloads
from tests.unit.test_place_question import at_city_question

INDEX = DirectoryIndex(load_directory(EXAMPLE_DIRECTORY))
MONDAY_NOON = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
PARTS = sorted(NEED_PARTS["work_money"])


def at_needs(dialogs: Dialogs, city: str = "zugdidi") -> Chat:
    chat = at_city_question(dialogs.flow)
    for press in city_path(city):
        chat.press(press)
    assert chat.state.step == "ask-needs"
    return chat


def test_the_first_question_shows_work_and_money_once_and_its_parts_one_step_on(
    dialogs: Dialogs,
) -> None:
    first = dialogs.flow.steps["ask-needs"]
    ids = [c.id for c in first.choices]
    assert "work_money" in ids and not set(PARTS) & set(ids)
    chat = at_needs(dialogs)
    (work,) = chat.press("ask-needs|work_money")
    assert chat.state.step == "ask-work"
    assert {f"ask-work|{part}" for part in PARTS} <= set(payloads(work))


def test_a_part_chosen_keeps_the_needs_chosen_before_and_is_stored_as_ids(
    dialogs: Dialogs,
) -> None:
    chat = at_needs(dialogs)
    chat.press("ask-needs|legal")
    chat.press("ask-needs|work_money")
    chat.press("ask-work|work_childcare")
    chat.press("ask-work|work_jobs")
    assert chat.state.answers["needs"] == "legal,work_jobs,work_childcare"
    chat.press("ask-work|work_jobs")  # switched off again
    assert chat.state.answers["needs"] == "legal,work_childcare"
    stored = set(chat.state.answers["needs"].split(","))
    assert stored <= set(dialogs.answer_fields["needs"])


def test_the_whole_finds_any_part_and_a_part_finds_only_itself() -> None:
    whole = query_from({"needs": "work_money"}, None)
    assert whole.needs == {"work_money", *PARTS}
    assert query_from({"needs": "work_housing"}, None).needs == {"work_housing"}
    childcare = match(Query(needs=frozenset({"work_childcare"})), INDEX, MONDAY_NOON, None, 50)
    assert childcare and all("work_childcare" in m.service.needs for m in childcare)


def test_a_displaced_woman_in_zugdidi_finds_the_example_services_friendly_to_her() -> None:
    answers = {"city": "zugdidi", "needs": "work_money", "groups": "displaced"}
    found = search(query_from(answers, "ka"), INDEX, MONDAY_NOON)
    assert not found.widened.nearby and found.matches
    first = found.matches[0]
    assert first.service.id == "bridge-work-money" and first.organization.example
    assert ("friendly_to", "displaced") in [(r.kind, r.value) for r in first.reasons]


def test_the_new_ids_are_in_the_published_taxonomy() -> None:
    assert "displaced" in GROUPS and set(PARTS) <= set(NEEDS)
