"""The pure parts of curation: hours as a curator types them on a phone, what changed between
two versions of a service, and finding a service by a few words of its name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.services.catalog import Catalog, service_key
from bot.services.curator_texts import search_services
from referral_directory.changes import compare, describe, service_changes
from referral_directory.files import load_directory
from referral_directory.hours import (
    DAY_MINUTES,
    HoursError,
    Span,
    WeeklyHours,
    format_hours,
    parse_hours_text,
)
from referral_directory.model import Phone
from tests.conftest import EXAMPLE_DIRECTORY

EXAMPLE = load_directory(EXAMPLE_DIRECTORY)


@st.composite
def weeks(draw: st.DrawFn) -> WeeklyHours:
    days = []
    for _ in range(7):
        cuts = sorted(set(draw(st.lists(st.integers(0, DAY_MINUTES), max_size=4))))
        spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
        days.append(tuple(spans))
    return WeeklyHours(tuple(days))


@given(weeks())
def test_hours_written_for_a_curator_read_back_the_same(hours: WeeklyHours) -> None:
    assert parse_hours_text(format_hours(hours)) == hours


@given(st.text(max_size=80))
def test_any_text_is_either_hours_or_a_clear_hours_error(text: str) -> None:
    try:
        parse_hours_text(text)
    except HoursError as exc:
        assert str(exc)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (
            "Mon-Fri 10:00-13:00, 14:00-18:00;  sat 10:00-14:00",
            "mon-fri 10:00-13:00, 14:00-18:00; sat 10:00-14:00",
        ),
        ("24/7", "daily 00:00-24:00"),
        ("By appointment", "by appointment"),
        ("mon 10:00-12:00\nwed 10:00-12:00", "mon 10:00-12:00; wed 10:00-12:00"),
    ],
)  # fmt: skip
def test_a_curator_can_type_hours_the_way_they_say_them(typed: str, shown: str) -> None:
    assert format_hours(parse_hours_text(typed)) == shown


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("mon-fri", "write the days, then the hours"),
        ("someday 10:00-11:00", "unknown day"),
        ("mon 10:00-12:00; mon 14:00-15:00", "written twice"),
        ("mon 18:00-10:00", "closes before it opens"),
        ("", "write the hours like"),
    ],
)
def test_hours_a_curator_mistyped_are_explained(typed: str, says: str) -> None:
    with pytest.raises(HoursError, match=says):
        parse_hours_text(typed)


def test_only_the_fields_that_changed_are_logged_in_readable_words() -> None:
    _, before = EXAMPLE.services()[0]
    after = replace(before, phones=(Phone("+995 32 200 00 00"),), languages=frozenset({"ka"}))
    changes = service_changes(before, after)
    assert [(c.field, c.new) for c in changes] == [
        ("languages", "ka"),
        ("phones", "+995 32 200 00 00"),
    ]
    assert changes[0].old == describe(before.languages) == ", ".join(sorted(before.languages))
    assert service_changes(before, before) == []
    (added,) = service_changes(None, before)
    assert (added.field, added.old) == ("service", None)


def test_comparing_directories_names_what_was_added_changed_and_retired() -> None:
    org = EXAMPLE.organizations[0]
    first, *rest = org.services
    renamed = replace(rest[0], name={"en": "Renamed"}) if rest else None
    services = tuple(s for s in ([renamed] if renamed else []) + rest[1:])
    smaller = replace(
        EXAMPLE, organizations=(replace(org, services=services), *EXAMPLE.organizations[1:])
    )
    diff = compare(EXAMPLE, smaller)
    assert diff.retired == (first.id,)
    assert diff.changed == ((rest[0].id,) if rest else ())
    assert compare(smaller, EXAMPLE).added == (first.id,)


def test_a_service_is_found_by_words_of_its_name_in_any_language_or_by_id() -> None:
    catalog = Catalog(EXAMPLE)
    by_id = search_services(catalog, "open-door-legal-advice")
    assert by_id[0][1].id == "open-door-legal-advice"
    russian = [s.id for _, s in search_services(catalog, "юридическ")]
    assert "open-door-legal-advice" in russian
    assert search_services(catalog, "   ") == []
    assert search_services(catalog, "no such words anywhere") == []


def test_a_button_key_finds_its_service_and_nothing_else() -> None:
    catalog = Catalog(EXAMPLE)
    for _, service in EXAMPLE.services():
        found = catalog.service_by_key(service_key(service.id))
        assert found is not None and found[1].id == service.id
    assert catalog.service_by_key("000000000000") is None
