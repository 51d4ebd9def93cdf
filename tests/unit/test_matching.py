"""Matching on small hand-built directories: the hard filters, the ranking, the reasons and the
widening of a search that finds nothing. The clock is always passed in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from referral_directory.generate import georgian_places
from referral_directory.hours import parse_hours
from referral_directory.matching import (
    DirectoryIndex,
    Match,
    Query,
    Reason,
    Widening,
    match,
    search,
)
from referral_directory.model import Directory, Feedback, Location, Organization, Service
from referral_directory.places import Point

PLACES = georgian_places()
TBILISI_TIME = ZoneInfo("Asia/Tbilisi")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=TBILISI_TIME)
"""A Monday at noon in Tbilisi."""
FRESH = date(2026, 11, 1)
"""Verified three weeks before NOW."""
SETTLED = date(2026, 5, 1)
"""Verified half a year before NOW: neither fresh ("verified") nor stale."""


def located(city: str, name: str = "", east_km: float = 0.0) -> Location:
    """A location ``east_km`` east of the centre of ``city``."""
    centre = PLACES.by_id[city].centre
    return Location(
        id=name or f"loc-{city}",
        city=city,
        latitude=centre.latitude,
        longitude=centre.longitude + east_km / 83.0,  # about 83 km per degree at 42° north
    )


def service(ident: str, *, needs: Iterable[str] = ("legal",), **fields: Any) -> Service:
    """A legal service in Tbilisi speaking Georgian, neither fresh nor stale, unless told."""
    plain = Service(
        id=ident,
        organization_id=f"org-{ident}",
        name=MappingProxyType({"en": ident}),
        description=MappingProxyType({"en": "a service"}),
        needs=frozenset(needs),
        assured_date=SETTLED,
        languages=frozenset({"ka"}),
        location_ids=("loc-tbilisi",),
    )
    return replace(plain, **fields)


def directory(
    *services: Service,
    locations: Iterable[Location] = (),
    feedback: Mapping[str, Feedback] | None = None,
) -> Directory:
    """One organization per service, each with the locations it refers to."""
    known = {loc.id: loc for loc in (located("tbilisi"), *locations)}
    organizations = tuple(
        Organization(
            id=s.organization_id,
            name=MappingProxyType({"en": s.organization_id}),
            description=MappingProxyType({"en": "an organization"}),
            services=(s,),
            locations=tuple(known[i] for i in s.location_ids),
        )
        for s in services
    )
    return Directory(organizations, PLACES, MappingProxyType(dict(feedback or {})))


def ids(found: Iterable[Match]) -> list[str]:
    return [m.service.id for m in found]


def run(
    query: Query,
    *services: Service,
    now: datetime = NOW,
    near: Point | None = None,
    limit: int = 12,
    within_km: float = 30.0,
    locations: Iterable[Location] = (),
    feedback: Mapping[str, Feedback] | None = None,
) -> tuple[Match, ...]:
    index = DirectoryIndex(directory(*services, locations=locations, feedback=feedback))
    return match(query, index, now, near, limit, within_km)


def centre(city: str) -> Point:
    return PLACES.by_id[city].centre


# Hard filters


def test_only_services_meeting_one_of_the_asked_needs_are_offered() -> None:
    found = run(
        Query(needs=frozenset({"legal", "shelter"})),
        service("a-legal", needs={"legal"}),
        service("b-medical", needs={"medical"}),
        service("c-shelter", needs={"shelter", "medical"}),
    )
    assert sorted(ids(found)) == ["a-legal", "c-shelter"]


def test_skipping_the_needs_question_offers_every_service() -> None:
    found = run(Query(), service("a", needs={"legal"}), service("b", needs={"medical"}))
    assert sorted(ids(found)) == ["a", "b"]


def test_a_city_search_offers_local_and_remote_services_but_never_other_cities() -> None:
    found = run(
        Query(city="kutaisi"),
        service("a-tbilisi"),
        service("b-kutaisi", location_ids=("loc-kutaisi",)),
        service("c-remote", location_ids=()),
        locations=[located("kutaisi")],
    )
    assert sorted(ids(found)) == ["b-kutaisi", "c-remote"]


def test_a_remote_service_is_offered_in_every_city_marked_remote_and_without_a_place() -> None:
    for city in PLACES.by_id:
        (found,) = run(Query(city=city), service("hotline", location_ids=()))
        assert found.location is None and found.distance_km is None
        assert Reason("remote") in found.reasons


def test_a_service_in_several_cities_is_offered_at_its_location_in_the_asked_city() -> None:
    batumi, kutaisi = located("batumi"), located("kutaisi")
    (found,) = run(
        Query(city="kutaisi"),
        service("two-cities", location_ids=(batumi.id, kutaisi.id)),
        locations=[batumi, kutaisi],
    )
    assert found.location == kutaisi
    assert Reason("city", "kutaisi") in found.reasons


def test_a_service_not_speaking_the_asked_language_is_never_offered() -> None:
    found = run(
        Query(language="hy"),
        service("a-georgian", languages=frozenset({"ka", "ru"})),
        service("b-armenian", languages=frozenset({"hy", "ka"})),
    )
    assert ids(found) == ["b-armenian"]


def test_the_chat_language_is_preferred_but_never_required() -> None:
    found = run(
        Query(chat_language="ru"),
        service("a-georgian", languages=frozenset({"ka"})),
        service("b-russian", languages=frozenset({"ru"})),
    )
    assert ids(found) == ["b-russian", "a-georgian"]
    assert Reason("language", "ru") in found[0].reasons
    assert not any(r.kind == "language" for r in found[1].reasons)


def test_free_only_never_offers_a_paid_service() -> None:
    found = run(Query(free_only=True), service("a-paid"), service("b-free", free=True))
    assert ids(found) == ["b-free"]
    assert Reason("free") in found[0].reasons


def test_anonymous_only_never_offers_a_service_that_asks_for_a_name() -> None:
    found = run(Query(anonymous_only=True), service("a-named"), service("b-anon", anonymous=True))
    assert ids(found) == ["b-anon"]
    assert Reason("anonymous") in found[0].reasons


@pytest.mark.parametrize("status", ["inactive", "defunct", "temporarily closed"])
def test_a_service_that_is_not_active_is_never_offered_not_even_when_widening(
    status: str,
) -> None:
    closed = service("a-closed", status=status, location_ids=("loc-rustavi",))
    index = DirectoryIndex(directory(closed, locations=[located("rustavi")]))
    assert match(Query(), index, NOW) == ()
    assert match(Query(city="rustavi"), index, NOW) == ()
    assert search(Query(city="tbilisi", language="ka"), index, NOW).matches == ()


def test_a_shared_location_without_a_city_offers_only_services_within_reach() -> None:
    shelter = Location(id="loc-secret", city="tbilisi")  # confidential: no coordinates
    found = run(
        Query(),
        service("a-close", location_ids=("loc-close",)),
        service("b-far", location_ids=("loc-far",)),
        service("c-remote", location_ids=()),
        service("d-secret", location_ids=("loc-secret",)),
        service("e-rustavi", location_ids=("loc-rustavi",)),
        near=centre("tbilisi"),
        within_km=10.0,
        locations=[
            located("tbilisi", "loc-close", east_km=4),
            located("tbilisi", "loc-far", east_km=15),
            located("rustavi"),
            shelter,
        ],
    )
    assert sorted(ids(found)) == ["a-close", "c-remote"]
    close = next(m for m in found if m.service.id == "a-close")
    assert close.distance_km == pytest.approx(4, abs=0.2)
    assert Reason("near", "4") in close.reasons


def test_a_shared_location_picks_the_nearest_of_a_services_locations() -> None:
    tbilisi, rustavi = located("tbilisi"), located("rustavi", east_km=2)
    (found,) = run(
        Query(),
        service("both", location_ids=(tbilisi.id, rustavi.id)),
        near=centre("rustavi"),
        locations=[rustavi],
    )
    assert found.location == rustavi
    assert Reason("near", "2") in found.reasons


def test_a_location_on_the_near_side_of_a_far_city_is_within_reach() -> None:
    # The shared location is 40 km east of Kutaisi's centre, the office 12 km east of it.
    here = Point(centre("kutaisi").latitude, centre("kutaisi").longitude + 40 / 83.0)
    (found,) = run(
        Query(),
        service("edge", location_ids=("loc-kutaisi",)),
        near=here,
        within_km=30.0,
        locations=[located("kutaisi", east_km=12)],
    )
    assert Reason("near", "28") in found.reasons


def test_a_wider_reach_offers_more() -> None:
    services = (service("a-tbilisi"), service("b-rustavi", location_ids=("loc-rustavi",)))
    here, there = centre("tbilisi"), [located("rustavi")]
    close = run(Query(), *services, near=here, within_km=10.0, locations=there)
    wide = run(Query(), *services, near=here, within_km=40.0, locations=there)
    assert ids(close) == ["a-tbilisi"]
    assert ids(wide) == ["a-tbilisi", "b-rustavi"]


# Ranking


def test_a_service_meeting_more_of_the_needs_ranks_first() -> None:
    found = run(
        Query(needs=frozenset({"legal", "documents_police", "shelter"})),
        service("a-one", needs={"legal"}),
        service("b-three", needs={"legal", "documents_police", "shelter"}),
        service("c-two", needs={"shelter", "legal", "medical"}),
    )
    assert ids(found) == ["b-three", "c-two", "a-one"]


def test_being_open_and_speaking_the_chat_language_can_outweigh_one_more_need_met() -> None:
    # One need of two met (5), open (3), in the chat language (2), fresh (0.94): 10.94,
    # against both needs met (10), closed, in another language, verified long ago (0.43): 10.43.
    services = (
        service("a-one-need", hours=parse_hours({"mon": "10:00-14:00"}), assured_date=FRESH),
        service(
            "b-two-needs",
            needs={"legal", "medical"},
            languages=frozenset({"ru"}),
            hours=parse_hours({"mon": "18:00-20:00"}),
        ),
    )
    query = Query(needs=frozenset({"legal", "medical"}), chat_language="ka")
    assert ids(run(query, *services)) == ["a-one-need", "b-two-needs"]
    assert ids(run(query, *services, limit=1)) == ["a-one-need"]


def test_a_service_open_now_ranks_above_a_closed_one_and_says_so() -> None:
    found = run(
        Query(),
        service("a-evenings", hours=parse_hours({"mon-fri": "18:00-21:00"})),
        service("b-unknown-hours"),
        service("c-open", hours=parse_hours({"mon": "10:00-14:00"})),
    )
    assert ids(found)[0] == "c-open"
    opened = {m.service.id: m.open_now for m in found}
    assert opened == {"a-evenings": False, "b-unknown-hours": None, "c-open": True}
    assert Reason("open_now") in found[0].reasons
    assert all(Reason("open_now") not in m.reasons for m in found[1:])


def test_open_now_is_decided_by_the_services_clock_not_the_servers() -> None:
    hours = parse_hours({"mon": "10:00-14:00"})
    at_utc = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 11:00 in Tbilisi, 07:00 in UTC
    (found,) = run(Query(), service("office", hours=hours), now=at_utc)
    assert found.open_now is True
    (late,) = run(Query(), service("office", hours=hours), now=at_utc.replace(hour=10))
    assert late.open_now is False  # 14:00 in Tbilisi: closed


def test_an_empty_week_means_by_appointment_and_is_never_open() -> None:
    (found,) = run(Query(), service("appointments", hours=parse_hours({})))
    assert found.open_now is False


def test_people_reporting_respect_raise_a_service_and_are_given_as_the_reason() -> None:
    found = run(
        Query(),
        service("a-unknown"),
        service("b-liked"),
        feedback={"b-liked": Feedback(respected=5)},
    )
    assert ids(found) == ["b-liked", "a-unknown"]
    assert Reason("reported_friendly") in found[0].reasons
    assert Reason("reported_friendly") not in found[1].reasons


def test_people_reporting_disrespect_lower_a_service() -> None:
    found = run(
        Query(),
        service("a-disliked"),
        service("b-unknown"),
        feedback={"a-disliked": Feedback(respected=1, disrespected=4)},
    )
    assert ids(found) == ["b-unknown", "a-disliked"]
    assert all(Reason("reported_friendly") not in m.reasons for m in found)


def test_one_or_two_good_reports_raise_a_service_but_are_not_yet_given_as_a_reason() -> None:
    found = run(
        Query(),
        service("a-unknown"),
        service("b-liked-once"),
        feedback={"b-liked-once": Feedback(respected=2)},
    )
    assert ids(found) == ["b-liked-once", "a-unknown"]
    assert Reason("reported_friendly") not in found[0].reasons


def test_a_mixed_record_of_reports_is_not_given_as_a_reason() -> None:
    (found,) = run(Query(), service("a"), feedback={"a": Feedback(respected=2, disrespected=1)})
    assert Feedback(respected=2, disrespected=1).signal == pytest.approx(0.2)
    assert Reason("reported_friendly") not in found.reasons


def test_fresh_feedback_through_with_feedback_changes_the_order_without_a_rebuild() -> None:
    index = DirectoryIndex(directory(service("a-first"), service("b-second")))
    assert ids(match(Query(), index, NOW)) == ["a-first", "b-second"]
    liked = index.with_feedback({"b-second": Feedback(respected=6)})
    assert ids(match(Query(), liked, NOW)) == ["b-second", "a-first"]
    assert ids(match(Query(), index, NOW)) == ["a-first", "b-second"]  # the old one is unchanged


def test_a_stale_listing_ranks_below_a_fresh_one_and_only_the_fresh_one_says_verified() -> None:
    found = run(
        Query(),
        service("a-stale", assured_date=date(2024, 6, 1)),
        service("b-fresh", assured_date=FRESH),
    )
    assert ids(found) == ["b-fresh", "a-stale"]
    assert Reason("verified", "2026-11-01") in found[0].reasons
    assert not any(r.kind == "verified" for r in found[1].reasons)


def test_a_service_friendly_to_the_group_asked_about_ranks_first_and_says_so() -> None:
    found = run(
        Query(groups=frozenset({"sex_workers"})),
        service("a-general"),
        service("b-friendly", friendly_to=frozenset({"sex_workers", "lgbtqi"})),
    )
    assert ids(found) == ["b-friendly", "a-general"]
    assert Reason("friendly_to", "sex_workers") in found[0].reasons
    assert Reason("friendly_to", "lgbtqi") not in found[0].reasons  # not asked about


def test_a_remote_service_ranks_below_an_equal_one_in_the_city() -> None:
    found = run(Query(city="tbilisi"), service("a-remote", location_ids=()), service("b-local"))
    assert ids(found) == ["b-local", "a-remote"]


def test_equal_services_are_ordered_by_id_and_the_limit_is_kept() -> None:
    services = [service(f"s-{n:02d}") for n in (7, 3, 11, 1, 5)]
    assert ids(run(Query(), *services)) == ["s-01", "s-03", "s-05", "s-07", "s-11"]
    assert ids(run(Query(), *services, limit=2)) == ["s-01", "s-03"]
    assert run(Query(), *services, limit=0) == ()


def test_the_reasons_say_exactly_why_a_service_was_chosen() -> None:
    chosen = service(
        "legal-aid",
        needs={"legal", "documents_police"},
        languages=frozenset({"ka", "ru", "en"}),
        free=True,
        anonymous=True,
        friendly_to=frozenset({"sex_workers"}),
        hours=parse_hours({"mon-fri": "10:00-18:00"}),
        assured_date=FRESH,
    )
    query = Query(
        needs=frozenset({"legal", "shelter"}),
        city="tbilisi",
        groups=frozenset({"sex_workers", "lgbtqi"}),
        language="ru",
        chat_language="en",
    )
    (found,) = run(query, chosen, feedback={"legal-aid": Feedback(respected=3)})
    assert found.reasons == (
        Reason("need", "legal"),
        Reason("city", "tbilisi"),
        Reason("language", "ru"),
        Reason("language", "en"),
        Reason("free"),
        Reason("anonymous"),
        Reason("friendly_to", "sex_workers"),
        Reason("open_now"),
        Reason("reported_friendly"),
        Reason("verified", "2026-11-01"),
    )


def test_an_empty_directory_returns_nothing() -> None:
    index = DirectoryIndex(Directory((), PLACES))
    assert match(Query(), index, NOW) == ()
    assert match(Query(needs=frozenset({"legal"}), city="tbilisi"), index, NOW) == ()
    assert match(Query(), index, NOW, near=Point(41.7, 44.8)) == ()
    assert search(Query(city="tbilisi", free_only=True), index, NOW).matches == ()


# Widening


def test_a_search_that_finds_something_widens_nothing() -> None:
    index = DirectoryIndex(directory(service("a")))
    found = search(Query(city="tbilisi"), index, NOW)
    assert ids(found.matches) == ["a"] and found.widened == Widening()


def test_a_search_widens_to_nearby_cities_nearest_first() -> None:
    index = DirectoryIndex(
        directory(
            service("a-tbilisi", assured_date=FRESH, hours=parse_hours({"daily": "24h"})),
            service("b-marneuli", location_ids=("loc-marneuli",)),
            service("c-kutaisi", location_ids=("loc-kutaisi",)),
            locations=[located("marneuli"), located("kutaisi")],
        )
    )
    found = search(Query(city="rustavi"), index, NOW)
    assert found.widened == Widening(nearby=True)
    # Marneuli is 17 km from Rustavi, Tbilisi 23 km; Kutaisi is beyond reach.
    assert ids(found.matches) == ["b-marneuli", "a-tbilisi"]


def test_a_search_tries_nearby_cities_before_dropping_a_filter() -> None:
    index = DirectoryIndex(
        directory(
            service("a-georgian-here"),
            service(
                "b-armenian-rustavi", languages=frozenset({"hy"}), location_ids=("loc-rustavi",)
            ),
            locations=[located("rustavi")],
        )
    )
    found = search(Query(city="tbilisi", language="hy"), index, NOW)
    assert found.widened == Widening(nearby=True)
    assert ids(found.matches) == ["b-armenian-rustavi"]


def test_a_search_drops_the_filters_when_no_nearby_city_helps() -> None:
    index = DirectoryIndex(
        directory(
            service("a-paid-here"),
            service("b-free-kutaisi", free=True, location_ids=("loc-kutaisi",)),
            locations=[located("kutaisi")],
        )
    )
    found = search(Query(city="tbilisi", free_only=True), index, NOW)
    assert found.widened == Widening(fewer_filters=True)
    assert ids(found.matches) == ["a-paid-here"]


def test_a_search_widens_both_ways_when_each_alone_finds_nothing() -> None:
    index = DirectoryIndex(
        directory(
            service("a-paid-rustavi", location_ids=("loc-rustavi",)),
            locations=[located("rustavi")],
        )
    )
    found = search(Query(city="tbilisi", anonymous_only=True), index, NOW)
    assert found.widened == Widening(nearby=True, fewer_filters=True)
    assert ids(found.matches) == ["a-paid-rustavi"]


def test_a_search_never_widens_a_need_or_offers_a_far_city() -> None:
    index = DirectoryIndex(
        directory(
            service("a-medical-here", needs={"medical"}),
            service("b-legal-kutaisi", location_ids=("loc-kutaisi",)),
            locations=[located("kutaisi")],
        )
    )
    found = search(Query(city="tbilisi", needs=frozenset({"legal"})), index, NOW)
    assert found.matches == () and found.widened == Widening()
