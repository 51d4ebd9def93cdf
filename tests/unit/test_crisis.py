"""The nearest crisis help: open now, in or near the place, else reached from anywhere; never a
door that may be shut, never more than two."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from referral_directory.crisis import CRISIS_NEEDS, MOST, crisis_services
from referral_directory.files import load_directory
from referral_directory.matching import DirectoryIndex
from tests.conftest import EXAMPLE_DIRECTORY, EXAMPLE_PLACES

INDEX = DirectoryIndex(load_directory(EXAMPLE_DIRECTORY))
SUNDAY_NIGHT = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)  # 22:00 in Tbilisi
MONDAY_MORNING = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # 12:00 in Tbilisi


SAID = ("112", "116 006")
"""The emergency numbers the person has just read above the crisis help."""


def ids(place: str | None, now: datetime) -> list[str]:
    return [m.service.id for m in crisis_services(INDEX, place, now, said=SAID)]


def test_a_line_the_person_has_just_read_is_not_repeated() -> None:
    alone = [m.service.id for m in crisis_services(INDEX, None, SUNDAY_NIGHT)]
    assert "public-georgia-hotline-116006" in alone
    said = [m.service.id for m in crisis_services(INDEX, None, SUNDAY_NIGHT, said=["116006"])]
    assert "public-georgia-hotline-116006" not in said and said


def test_a_nearby_region_brings_only_what_is_at_its_centre_not_its_far_towns() -> None:
    assert "javakheti-crisis-room" not in ids("kutaisi", SUNDAY_NIGHT)


def test_a_place_open_now_in_the_city_comes_before_any_phone_line() -> None:
    assert ids("tbilisi", SUNDAY_NIGHT)[0] == "safe-home-shelter-stay"
    assert ids("akhalkalaki", SUNDAY_NIGHT) == ["javakheti-crisis-room", "line-of-trust-hotline"]


def test_a_city_without_one_gets_the_nearest_city_that_has_one() -> None:
    assert ids("marneuli", SUNDAY_NIGHT) == ["morning-light-crisis-beds", "safe-home-shelter-stay"]


def test_a_city_with_nothing_near_falls_back_to_the_line_open_day_and_night() -> None:
    assert ids("kutaisi", SUNDAY_NIGHT) == ["line-of-trust-hotline"]


def test_a_line_to_call_comes_before_a_chat_to_write_in() -> None:
    assert ids(None, MONDAY_MORNING) == ["line-of-trust-hotline", "line-of-trust-chat"]


def test_without_a_known_place_only_what_is_reached_from_anywhere() -> None:
    found = crisis_services(INDEX, None, SUNDAY_NIGHT)
    assert found and all(not m.service.location_ids for m in found)


def test_an_unknown_place_is_no_place() -> None:
    assert ids("atlantis", SUNDAY_NIGHT) == ids(None, SUNDAY_NIGHT)


@settings(deadline=None)  # timing belongs to benchmarks/; a busy test machine is slow
@given(
    st.sampled_from([None, *sorted(EXAMPLE_PLACES)]),
    st.integers(min_value=0, max_value=7 * 24 * 4 - 1),
)
def test_every_answer_is_open_now_fits_a_crisis_and_is_short(place: str | None, slot: int) -> None:
    now = MONDAY_MORNING + timedelta(minutes=15 * slot)
    found = crisis_services(INDEX, place, now)
    assert len(found) <= MOST
    assert len({m.service.id for m in found}) == len(found)
    assert all(m.open_now is True and m.service.needs & CRISIS_NEEDS for m in found)
