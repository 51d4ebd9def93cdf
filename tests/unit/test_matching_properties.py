"""Properties of matching over generated directories (up to 300 services), drawn questions,
shared locations and moments anywhere in the world: every match passes the hard filters, every
reason is a fact about the service, the answer is the same for the same question whatever the
order of the directory, and the index agrees with a plain scan of every service."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_directory.generate import generate_directory, generate_feedback, georgian_places
from referral_directory.matching import (
    FRESH_DAYS,
    DirectoryIndex,
    Match,
    Query,
    _match_every,
    is_reported_friendly,
    match,
    search,
)
from referral_directory.model import Directory, Service
from referral_directory.places import Place, Places, Point, distance_km
from referral_directory.taxonomy import GROUPS, LANGUAGES, NEEDS

PLACES = georgian_places()
CITIES = sorted(PLACES.by_id)
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=32)
def built(size: int, seed: int, reported: bool) -> tuple[Directory, DirectoryIndex]:
    directory = generate_directory(size, seed)
    if reported:
        directory = replace(directory, feedback=generate_feedback(directory, seed, share=0.4))
    return directory, DirectoryIndex(directory)


directories = st.builds(built, st.integers(0, 300), st.integers(0, 2**16), st.booleans())
queries = st.builds(
    Query,
    needs=st.frozensets(st.sampled_from(NEEDS), max_size=4),
    city=st.none() | st.sampled_from(CITIES),
    groups=st.frozensets(st.sampled_from(GROUPS), max_size=2),
    language=st.none() | st.sampled_from(LANGUAGES),
    free_only=st.booleans(),
    anonymous_only=st.booleans(),
    chat_language=st.none() | st.sampled_from(LANGUAGES[:7]),
)
moments = st.datetimes(
    min_value=datetime(2024, 1, 1),
    max_value=datetime(2028, 12, 31),
    timezones=st.sampled_from(
        [
            UTC,
            ZoneInfo("Asia/Tbilisi"),
            ZoneInfo("America/New_York"),
            ZoneInfo("Pacific/Kiritimati"),
        ]
    ),
)


@st.composite
def points(draw: st.DrawFn) -> Point | None:
    """Nowhere shared, or somewhere up to about 40 km from a city centre."""
    if draw(st.booleans()):
        return None
    centre = PLACES.by_id[draw(st.sampled_from(CITIES))].centre
    offset = st.floats(-0.4, 0.4, allow_nan=False)
    return Point(centre.latitude + draw(offset), centre.longitude + draw(offset))


reaches = st.sampled_from([5.0, 30.0, 100.0])


def is_open_where_it_is(service: Service, directory: Directory, now: datetime) -> bool | None:
    """Open now by the clock of its first location's city (remote: the directory's first)."""
    if service.hours is None:
        return None
    org = next(o for o in directory.organizations if o.id == service.organization_id)
    cities = [loc.city for i in service.location_ids for loc in org.locations if loc.id == i]
    zone = (
        PLACES.by_id[cities[0]].timezone if cities else next(iter(PLACES.by_id.values())).timezone
    )
    return service.hours.is_open(now.astimezone(ZoneInfo(zone)))


def km_to(near: Point, found: Match) -> float | None:
    loc = found.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return distance_km(near, Point(loc.latitude, loc.longitude))


def assert_passes_hard_filters(
    found: Match, query: Query, near: Point | None, within_km: float
) -> None:
    service = found.service
    assert service.status == "active"
    assert not query.needs or service.needs & query.needs
    assert query.language is None or query.language in service.languages
    assert service.free or not query.free_only
    assert service.anonymous or not query.anonymous_only
    remote = not service.location_ids
    if query.city is not None:
        assert remote or (found.location is not None and found.location.city == query.city)
    elif near is not None and not remote:
        km = km_to(near, found)
        assert km is not None and km <= within_km


def assert_reasons_are_true(
    found: Match, query: Query, directory: Directory, now: datetime, near: Point | None
) -> None:
    service = found.service
    opened = is_open_where_it_is(service, directory, now)
    assert found.open_now == opened
    reasons = {(r.kind, r.value) for r in found.reasons}
    assert len(reasons) == len(found.reasons)
    assert {v for k, v in reasons if k == "need"} == service.needs & query.needs
    assert {v for k, v in reasons if k == "friendly_to"} == service.friendly_to & query.groups
    assert {v for k, v in reasons if k == "language"} == service.languages & {
        query.language,
        query.chat_language,
    }
    assert (("free", "") in reasons) == service.free
    assert (("anonymous", "") in reasons) == service.anonymous
    assert (("open_now", "") in reasons) == (opened is True)
    assert (("remote", "") in reasons) == (not service.location_ids)
    known = directory.feedback.get(service.id)
    friendly = known is not None and is_reported_friendly(known)
    assert (("reported_friendly", "") in reasons) == friendly
    fresh = (now.date() - service.assured_date).days <= FRESH_DAYS
    assert (("verified", service.assured_date.isoformat()) in reasons) == fresh
    for kind, value in reasons:
        if kind == "city":
            assert found.location is not None and value == found.location.city == query.city
        if kind == "near":
            assert near is not None and found.distance_km is not None
            assert found.distance_km == km_to(near, found)
            assert value == str(max(1, round(found.distance_km)))


def assert_best_first(found: tuple[Match, ...]) -> None:
    for better, worse in itertools.pairwise(found):
        assert (-better.score, better.service.id) < (-worse.score, worse.service.id)


@PROPERTY
@given(directories, queries, moments, points(), reaches)
def test_every_match_passes_the_hard_filters_and_every_reason_is_true(
    built_directory: tuple[Directory, DirectoryIndex],
    query: Query,
    now: datetime,
    near: Point | None,
    within_km: float,
) -> None:
    directory, index = built_directory
    found = match(query, index, now, near, 40, within_km)
    for each in found:
        assert_passes_hard_filters(each, query, near, within_km)
        assert_reasons_are_true(each, query, directory, now, near)


@PROPERTY
@given(directories, queries, moments, points(), reaches)
def test_the_same_question_gets_the_same_answer_best_first(
    built_directory: tuple[Directory, DirectoryIndex],
    query: Query,
    now: datetime,
    near: Point | None,
    within_km: float,
) -> None:
    directory, index = built_directory
    first = match(query, index, now, near, 20, within_km)
    assert match(query, DirectoryIndex(directory), now, near, 20, within_km) == first
    assert_best_first(first)


@PROPERTY
@given(directories, queries, moments, points(), st.randoms(use_true_random=False))
def test_the_order_of_the_organizations_in_the_directory_changes_nothing(
    built_directory: tuple[Directory, DirectoryIndex],
    query: Query,
    now: datetime,
    near: Point | None,
    shuffler: random.Random,
) -> None:
    directory, index = built_directory
    organizations = list(directory.organizations)
    shuffler.shuffle(organizations)
    shuffled = DirectoryIndex(replace(directory, organizations=tuple(organizations)))
    assert match(query, shuffled, now, near) == match(query, index, now, near)
    assert search(query, shuffled, now, near) == search(query, index, now, near)


@PROPERTY
@given(directories, queries, moments, points(), st.integers(0, 15))
def test_the_limit_cuts_the_same_best_first_list(
    built_directory: tuple[Directory, DirectoryIndex],
    query: Query,
    now: datetime,
    near: Point | None,
    limit: int,
) -> None:
    _, index = built_directory
    longer = match(query, index, now, near, 60)
    found = match(query, index, now, near, limit)
    assert len(found) <= limit
    assert found == longer[:limit]


asks = st.tuples(queries, moments, points(), reaches, st.integers(0, 15))


@PROPERTY
@given(directories, st.lists(asks, min_size=1, max_size=8))
def test_the_index_agrees_with_a_plain_scan_of_every_service(
    built_directory: tuple[Directory, DirectoryIndex],
    asked: list[tuple[Query, datetime, Point | None, float, int]],
) -> None:
    _, index = built_directory
    for query, now, near, within_km, limit in asked:
        indexed = match(query, index, now, near, limit, within_km)
        assert indexed == _match_every(query, index, now, near, limit, within_km)


@PROPERTY
@given(queries, moments, points(), st.integers(0, 15))
def test_an_empty_directory_offers_nothing(
    query: Query, now: datetime, near: Point | None, limit: int
) -> None:
    index = DirectoryIndex(Directory((), PLACES))
    assert match(query, index, now, near, limit) == ()
    assert search(query, index, now, near, limit).matches == ()


@PROPERTY
@given(directories, queries, moments)
def test_a_widened_search_keeps_the_needs_and_relaxes_only_what_it_says(
    built_directory: tuple[Directory, DirectoryIndex], query: Query, now: datetime
) -> None:
    _, index = built_directory
    direct = match(query, index, now)
    result = search(query, index, now)
    if direct:
        assert result.matches == direct and not result.widened.nearby
        return
    strict = not result.widened.fewer_filters
    for found in result.matches:
        relaxed = query if strict else Query(needs=query.needs, city=query.city)
        nearby = result.widened.nearby and query.city is not None
        assert_passes_hard_filters(
            found, replace(relaxed, city=None if nearby else query.city), None, 0
        )
        if nearby:
            assert found.location is not None and found.location.city != query.city
            home, there = PLACES.by_id[query.city].centre, PLACES.by_id[found.location.city].centre
            assert distance_km(home, there) <= 80.0


def _in_regions() -> Places:
    """The generated directories' cities inside two regions, with a village inside Kutaisi."""
    regions = {
        "east": Place("east", {"en": "East"}, PLACES.by_id["tbilisi"].centre, "Asia/Tbilisi"),
        "west": Place("west", {"en": "West"}, PLACES.by_id["kutaisi"].centre, "Asia/Tbilisi"),
    }
    east = {"tbilisi", "rustavi", "marneuli"}
    cities = {
        p.id: replace(p, parent="east" if p.id in east else "west") for p in PLACES.by_id.values()
    }
    near_kutaisi = Point(42.3, 42.75)
    village = Place("village", {"en": "Village"}, near_kutaisi, "Asia/Tbilisi", kind="village")
    village = replace(village, parent="kutaisi")
    return Places(MappingProxyType({**regions, **cities, "village": village}))


TREE = _in_regions()


@lru_cache(maxsize=32)
def in_regions(size: int, seed: int) -> DirectoryIndex:
    return DirectoryIndex(replace(generate_directory(size, seed), places=TREE))


@PROPERTY
@given(
    st.builds(in_regions, st.integers(0, 300), st.integers(0, 2**16)),
    queries,
    st.sampled_from(sorted(TREE.by_id)),
    moments,
)
def test_a_search_widens_from_a_place_to_the_places_around_it_before_going_near(
    index: DirectoryIndex, query: Query, city: str, now: datetime
) -> None:
    query = replace(query, city=city)
    found = search(query, index, now)
    widened = found.widened
    around = [p.id for p in TREE.ancestors(city)]
    if not widened.nearby and not widened.fewer_filters:
        area = widened.area or city
        assert widened.area is None or widened.area in around
        for m in found.matches:  # in the place searched, or reached from anywhere
            assert m.location is None or area in TREE.areas(m.location.city)
    if widened.area is not None or widened.nearby:  # nothing in the place itself ...
        assert not match(query, index, now)
        narrower = around[: around.index(widened.area)] if widened.area else around
        for place in narrower:  # ... nor in any narrower place around it
            assert not match(replace(query, city=place), index, now)
