"""A curator's console form, read by the same checks as an import: what it saves, and every
problem it names (by field) instead of saving half of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.directory_forms import NEW, Form, added, edited, filled, hours_lines
from referral_directory.files import DirectoryError, load_directory
from referral_directory.model import Directory
from tests.conftest import EXAMPLE_DIRECTORY

DIRECTORY: Directory = load_directory(EXAMPLE_DIRECTORY)


def form_of_service(service_id: str) -> tuple[Form, str]:
    """The edit form as the page fills it for a service of the example directory."""
    found = DIRECTORY.service(service_id)
    assert found is not None
    return filled(found[1]), found[0].id


def first_service_id() -> str:
    return DIRECTORY.organizations[0].services[0].id


def test_an_untouched_form_saves_the_service_as_it_was() -> None:
    form, _ = form_of_service(first_service_id())
    org, service = DIRECTORY.service(first_service_id())  # type: ignore[misc]
    saved = edited(DIRECTORY, org, service, form)
    assert saved.after == service
    assert saved.directory is None


def test_an_edit_changes_only_what_the_form_changed() -> None:
    form, _ = form_of_service(first_service_id())
    org, service = DIRECTORY.service(first_service_id())  # type: ignore[misc]
    changed = {**form, "name.en": ["Renamed"], "phones": ["+995 32 200 00 00\n+995 555 12 34 56"]}
    changed["hours"] = ["mon-fri: 09:00-17:00\nsat: 10:00-13:00"]
    saved = edited(DIRECTORY, org, service, changed)
    assert saved.after.name["en"] == "Renamed"
    assert saved.after.name["ka"] == service.name["ka"]
    assert [p.number for p in saved.after.phones] == ["+995 32 200 00 00", "+995 555 12 34 56"]
    assert hours_lines(saved.after) == "mon-fri: 09:00-17:00\nsat: 10:00-13:00"
    assert replace(saved.after, name=service.name, phones=service.phones, hours=service.hours) == (
        service
    )


def test_every_problem_of_an_edit_is_named_by_its_field_and_nothing_is_returned() -> None:
    form, _ = form_of_service(first_service_id())
    org, service = DIRECTORY.service(first_service_id())  # type: ignore[misc]
    bad = {**form, "needs": [], "phones": ["call us"], "hours": ["mon-fri: late"]}
    bad["languages"] = ["xx"]
    with pytest.raises(DirectoryError) as raised:
        edited(DIRECTORY, org, service, bad)
    fields = {p.field for p in raised.value.problems}
    assert {"needs", "phones", "hours", "languages"} <= fields
    assert all(p.file == "form" for p in raised.value.problems)


def test_a_new_service_at_a_new_location_in_a_new_organization() -> None:
    form: Form = {
        "organization": [NEW],
        "org_id": ["kutaisi-new-org"],
        "org_name.en": ["New organisation"],
        "org_description.en": ["Helps."],
        "location_id": ["kutaisi-new-place"],
        "location_city": ["kutaisi"],
        "id": ["kutaisi-new-help"],
        "name.en": ["New help"],
        "name.ka": ["ახალი დახმარება"],
        "description.en": ["Legal help in Kutaisi."],
        "needs": ["legal"],
        "languages": ["ka", "en"],
        "assured_date": ["2026-12-01"],
        "free": ["1"],
    }
    saved = added(DIRECTORY, form)
    assert saved.before is None and saved.directory is not None
    assert saved.after.location_ids == ("kutaisi-new-place",)
    assert saved.after.free and not saved.after.anonymous
    assert saved.after.assured_date == date(2026, 12, 1)
    found = saved.directory.service("kutaisi-new-help")
    assert found is not None and found[0].id == "kutaisi-new-org"
    assert len(saved.directory.services()) == len(DIRECTORY.services()) + 1


def test_a_new_service_cannot_take_an_id_already_used() -> None:
    org = DIRECTORY.organizations[0]
    form: Form = {
        "organization": [org.id],
        "id": [DIRECTORY.organizations[1].services[0].id],
        "name.en": ["Twin"],
        "description.en": ["Twin."],
        "needs": ["legal"],
        "languages": ["en"],
        "assured_date": ["2026-12-01"],
    }
    with pytest.raises(DirectoryError) as raised:
        added(DIRECTORY, form)
    assert [p.field for p in raised.value.problems] == ["id"]


def test_a_new_location_must_be_in_a_known_city() -> None:
    form, _ = form_of_service(first_service_id())
    org, service = DIRECTORY.service(first_service_id())  # type: ignore[misc]
    with pytest.raises(DirectoryError) as raised:
        edited(
            DIRECTORY, org, service, {**form, "location_id": ["x-y"], "location_city": ["atlantis"]}
        )
    assert [p.field for p in raised.value.problems] == ["city"]


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["name.en", "phones", "hours", "url", "status", "assured_date", "id"]),
        st.lists(st.text(max_size=40), max_size=3),
    )
)
def test_any_form_is_saved_whole_or_refused_with_problems(junk: dict[str, list[str]]) -> None:
    """Untrusted input: either a service the import reader accepts, or DirectoryError."""
    form, _ = form_of_service(first_service_id())
    org, service = DIRECTORY.service(first_service_id())  # type: ignore[misc]
    try:
        saved = edited(DIRECTORY, org, service, {**form, **junk})
    except DirectoryError as exc:
        assert exc.problems
    else:
        assert saved.after.id == service.id and saved.after.needs
