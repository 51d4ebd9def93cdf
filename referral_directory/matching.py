"""Matching: which services fit a person's answers, best first, each with the reasons it was
chosen. A pure function of (query, directory index, now, optional location): the same inputs
always give the same list, and every reason is a fact about the service.

Fast on large directories without changing the answer: the hard filters are set operations on
the index; the candidates are then taken in groups by the most their needs, open now and the
chat language can add, each group in the order of the rest of the score (``_Ranking``), and a
match stops as soon as no service left could make the list. ``_match_every`` scores every
service instead: the tests check that both always agree."""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from referral_directory.hours import Span
from referral_directory.model import Directory, Feedback, Location, Organization, Service
from referral_directory.places import Places, Point, distance_km

FRESH_DAYS = 90
STALE_DAYS = 365
FRIENDLY_SIGNAL = 0.25
FRIENDLY_MIN_REPORTS = 3
"""Never say "people say" on the word of one or two."""
"""Above this, "people reported being treated with respect" is given as a reason."""
_SLACK = 1e-5
"""Margin for float rounding when a bound decides that a service cannot make the list."""


@dataclass(frozen=True)
class Query:
    """What the person told us; empty means skipped."""

    needs: frozenset[str] = frozenset()
    city: str | None = None
    groups: frozenset[str] = frozenset()
    language: str | None = None
    """A service language the person asked for: a hard filter."""
    free_only: bool = False
    anonymous_only: bool = False
    chat_language: str | None = None
    """The language of the conversation: preferred, not required."""


@dataclass(frozen=True)
class Reason:
    """``kind`` with an optional value: need/legal, city/kutaisi, near/3, language/ru, free,
    anonymous, friendly_to/sex_workers, open_now, remote, reported_friendly, verified."""

    kind: str
    value: str = ""


@dataclass(frozen=True)
class Match:
    organization: Organization
    service: Service
    location: Location | None
    """Where to go: the location in the chosen city, or nearest; None for phone or online."""
    distance_km: float | None
    open_now: bool | None
    """None when the listing gives no hours."""
    reasons: tuple[Reason, ...]
    score: float


@dataclass(frozen=True)
class Widening:
    """What a search had to relax to find anything (empty: nothing relaxed)."""

    nearby: bool = False
    fewer_filters: bool = False
    area: str | None = None
    """The wider place searched instead of the one chosen (a town's municipality or region)."""


@dataclass(frozen=True)
class Results:
    matches: tuple[Match, ...]
    widened: Widening = field(default_factory=Widening)


class _Entry:
    __slots__ = (
        "age_base", "areas", "areas_of", "cities", "country", "locations", "org", "remote",
        "service", "spans", "zone",
    )  # fmt: skip

    def __init__(
        self, org: Organization, service: Service, locations: list[Location], places: Places
    ):
        self.org, self.service, self.locations = org, service, tuple(locations)
        self.cities = frozenset(loc.city for loc in locations)
        self.areas_of = tuple(frozenset(places.areas(loc.city)) for loc in locations)
        """Per location: its place and every place that place lies in."""
        self.areas = frozenset().union(*self.areas_of)
        place = next((places.by_id[x.city] for x in locations if x.city in places), None)
        self.country = service_country(org, places)
        self.zone = place.timezone if place is not None else country_zone(self.country, places)
        """A national line keeps the hours of its country's clock."""
        self.remote = not service.location_ids
        self.spans = service.hours.days if service.hours is not None else None
        self.age_base = service.assured_date.toordinal()


class DirectoryIndex:
    """The directory arranged for fast matching: services by need, city, language and opening
    hours, and ranked by the part of their score no query changes. A snapshot: new feedback
    comes in through ``with_feedback``."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self.feedback: Mapping[str, Feedback] = MappingProxyType(dict(directory.feedback))
        self.entries: list[_Entry] = []
        self.by_need: dict[str, set[int]] = {}
        self.by_city: dict[str, set[int]] = {}
        self.by_area: dict[str, set[int]] = {}
        self.remote: set[int] = set()
        self.by_language: dict[str, set[int]] = {}
        self.free: set[int] = set()
        self.anonymous: set[int] = set()
        self.by_week: dict[tuple[str, _Week], list[int]] = {}
        for org in directory.organizations:
            at = {loc.id: loc for loc in org.locations}
            for service in org.services:
                if service.status != "active":
                    continue
                locations = [at[i] for i in service.location_ids if i in at]
                self._add(_Entry(org, service, locations, directory.places))
        self.by_day = _by_day(self.by_week)
        self.everything = frozenset(range(len(self.entries)))
        self.reach = _reach(self)
        self.ranking = _Ranking(self)

    def _add(self, entry: _Entry) -> None:
        number = len(self.entries)
        self.entries.append(entry)
        for need in entry.service.needs:
            self.by_need.setdefault(need, set()).add(number)
        for city in entry.cities:
            self.by_city.setdefault(city, set()).add(number)
        for area in entry.areas:
            self.by_area.setdefault(area, set()).add(number)
        if entry.remote:
            self.remote.add(number)
        if entry.service.free:
            self.free.add(number)
        if entry.service.anonymous:
            self.anonymous.add(number)
        for language in entry.service.languages:
            self.by_language.setdefault(language, set()).add(number)
        if entry.spans is not None:
            self.by_week.setdefault((entry.zone, entry.spans), []).append(number)

    def with_feedback(self, feedback: Mapping[str, Feedback]) -> DirectoryIndex:
        """The same index with fresh feedback, without rebuilding it (only the ranking)."""
        copy = object.__new__(DirectoryIndex)
        copy.__dict__.update(self.__dict__)
        copy.feedback = MappingProxyType(dict(feedback))
        copy.directory = replace(self.directory, feedback=feedback)
        copy.ranking = _Ranking(copy)
        return copy


_Week = tuple[tuple[Span, ...], ...]
_ByDay = dict[tuple[str, int], dict[tuple[Span, ...], set[int]]]


def _by_day(by_week: dict[tuple[str, _Week], list[int]]) -> _ByDay:
    """(timezone, weekday) -> opening hours that day -> the services open then."""
    by_day: _ByDay = {}
    for (zone, week), numbers in by_week.items():
        for weekday, spans in enumerate(week):
            if spans:
                day = by_day.setdefault((zone, weekday), {})
                day.setdefault(spans, set()).update(numbers)
    return by_day


def _reach(index: DirectoryIndex) -> dict[str, tuple[Point | None, float]]:
    """Per city: its centre and how far from it the organizations' locations there are (no
    centre: an unknown city, which any shared location may be near)."""
    reach: dict[str, tuple[Point | None, float]] = {}
    for city in index.by_city:
        place = index.directory.places.by_id.get(city)
        reach[city] = (place.centre, 0.0) if place is not None else (None, math.inf)
    for org in index.directory.organizations:
        for loc in org.locations:
            centre, far = reach.get(loc.city, (None, math.inf))
            if centre is not None and loc.latitude is not None and loc.longitude is not None:
                km = distance_km(centre, Point(loc.latitude, loc.longitude))
                reach[loc.city] = (centre, max(far, km))
    return reach


class _Ranking:
    """The services in order of the part of their score that no query changes (remote, reported
    friendliness, freshness), so that a match can stop once no later service could make the list.

    Freshness depends on the day; for any day it is at most ``1 + (assured - today) / STALE_DAYS``
    (and -1 for listings more than twice stale), so one order serves every day: ``bound`` never
    increases along it and is never below the fixed part of a service's score."""

    __slots__ = ("floor", "key", "order", "position", "start")

    def __init__(self, index: DirectoryIndex) -> None:
        entries = index.entries
        self.start = min((e.age_base for e in entries), default=0)
        fixed = [_fixed(e, index.feedback) for e in entries]
        key = [
            f + (e.age_base - self.start) / STALE_DAYS for f, e in zip(fixed, entries, strict=True)
        ]
        self.order = sorted(range(len(entries)), key=lambda n: -key[n])
        self.position = [0] * len(entries)
        for p, n in enumerate(self.order):
            self.position[n] = p
        self.key = [key[n] for n in self.order]
        lowest = (fixed[n] - 1.0 for n in reversed(self.order))
        self.floor = list(itertools.accumulate(lowest, max))[::-1]

    def ordered(self, numbers: AbstractSet[int]) -> Iterable[int]:
        """``numbers`` in ranking order: a big share lazily, by walking the whole order."""
        if len(numbers) * 8 > len(self.order):
            return (n for n in self.order if n in numbers)
        return sorted(numbers, key=self.position.__getitem__)

    def shift(self, today: int) -> float:
        return 1.0 - (today - self.start) / STALE_DAYS

    def top(self, shift: float) -> float:
        """At least the fixed part of the score of any service."""
        return max(self.key[0] + shift, self.floor[0]) if self.key else -math.inf

    def bound(self, number: int, shift: float) -> float:
        """At least the fixed part of the score of this service and of every one after it."""
        p = self.position[number]
        return max(self.key[p] + shift, self.floor[p])


def _fixed(entry: _Entry, feedback: Mapping[str, Feedback]) -> float:
    known = feedback.get(entry.service.id)
    return (-1.0 if entry.remote else 0.0) + (4.0 * known.signal if known is not None else 0.0)


_Scored = tuple[float, str, int, Location | None, float | None, bool | None]
"""score, service id, entry number, where, how far, open now."""


class _Run:
    """One match: the services that passed so far, and the best ``limit`` scores among them."""

    def __init__(
        self,
        query: Query,
        index: DirectoryIndex,
        now: datetime,
        near: Point | None,
        limit: int,
        within_km: float,
    ) -> None:
        self.query, self.index, self.near, self.limit = query, index, near, limit
        self.within_km = within_km
        self.clocks = _Clocks(now)
        self.today = now.date().toordinal()
        self.shift = index.ranking.shift(self.today)
        self.extra = 2.0 * len(query.groups)
        """The most the friendly-to groups asked about add to a score (``_groups`` bounds the
        needs, open now and the chat language)."""
        self.scored: list[_Scored] = []
        self.best: list[float] = []
        self.opened: set[int] | None = None
        chat = query.chat_language
        self.speaks = index.by_language.get(chat, set()) if chat is not None else set()

    def hopeless(self, most: float) -> bool:
        """Whether a service scoring at most ``most`` cannot make the list any more."""
        return 0 < self.limit <= len(self.best) and most + _SLACK < self.best[0]

    def part(self, level: AbstractSet[int], part: int) -> AbstractSet[int]:
        """The services of ``level`` that are open now and/or speak the chat language, as
        ``_PARTS[part]`` says."""
        if self.opened is None:
            self.opened = _opened(self.index, self.clocks)
        opened, speaks = self.opened, self.speaks
        if part == 0:
            return level & opened & speaks
        if part == 1:
            return (level & opened) - speaks
        if part == 2:
            return (level & speaks) - opened
        return level - opened - speaks

    def abroad(self, entry: _Entry) -> bool:
        """A line reached from anywhere, but in another country than the place asked for (or,
        with no place asked, than the directory's home: its first country). A place the
        directory does not know (the crisis search's "nowhere") rules out no country."""
        city, places = self.query.city, self.index.directory.places
        if city is not None and city not in places:
            return False
        return entry.country != home_country(places, city)

    def walk(self, gain: float, numbers: Iterable[int]) -> None:
        """Consider services in ranking order, each adding at most ``gain``, while one could fit."""
        ranking, top = self.index.ranking, gain + self.extra
        for number in numbers:
            if self.hopeless(top + ranking.bound(number, self.shift)):
                return
            self.consider(number)

    def consider(self, number: int) -> None:
        entry, query = self.index.entries[number], self.query
        if not _passes(query, entry) or (entry.remote and self.abroad(entry)):
            return
        location, km = _where(entry, query.city, self.near)
        if self.too_far(entry, km):
            return
        open_now = _open_now(entry, self.clocks)
        score = _score(query, entry, self.index.feedback, km, open_now, self.today)
        self.scored.append((score, entry.service.id, number, location, km, open_now))
        if len(self.best) < self.limit:
            heapq.heappush(self.best, score)
        elif self.best and score > self.best[0]:
            heapq.heapreplace(self.best, score)

    def too_far(self, entry: _Entry, km: float | None) -> bool:
        """With a shared location and no city, only services within reach (or remote)."""
        if self.query.city is not None or self.near is None or entry.remote:
            return False
        return km is None or km > self.within_km

    def results(self) -> tuple[Match, ...]:
        best = heapq.nsmallest(self.limit, self.scored, key=lambda s: (-s[0], s[1], s[2]))
        return tuple(
            _result(
                self.query, self.index, self.index.entries[n], loc, km, is_open, score, self.today
            )
            for score, _, n, loc, km, is_open in best
        )


def match(
    query: Query,
    index: DirectoryIndex,
    now: datetime,
    near: Point | None = None,
    limit: int = 12,
    within_km: float = 30.0,
) -> tuple[Match, ...]:
    """The services that pass every hard filter, best first (ties broken by id)."""
    if near is not None and not (math.isfinite(near.latitude) and math.isfinite(near.longitude)):
        return _match_every(query, index, now, near, limit, within_km)  # no bounds on NaN
    run = _Run(query, index, now, near, limit, within_km)
    ranking = index.ranking
    for gain, level, part in _groups(run) if limit > 0 else []:
        if run.hopeless(gain + run.extra + ranking.top(run.shift)):
            break  # the groups come with less and less gain
        run.walk(gain, ranking.ordered(run.part(level, part)))
    return run.results()


def _match_every(
    query: Query,
    index: DirectoryIndex,
    now: datetime,
    near: Point | None = None,
    limit: int = 12,
    within_km: float = 30.0,
) -> tuple[Match, ...]:
    """``match`` without the index: every service through the same filter and score. What
    ``match`` must agree with (tests), and the baseline its speed is measured against."""
    run = _Run(query, index, now, near, limit, within_km)
    for number in range(len(index.entries)):
        run.consider(number)
    return run.results()


def search(
    query: Query,
    index: DirectoryIndex,
    now: datetime,
    near: Point | None = None,
    limit: int = 12,
    nearby_km: float = 80.0,
) -> Results:
    """``match``, and when nothing fits, widen kindly: from a town to its municipality and
    region, then to what is near (by coordinates), then with fewer filters (service language,
    free only, anonymous) in the same order."""
    found = match(query, index, now, near, limit)
    if found:
        return Results(found)
    relaxed = replace(query, language=None, free_only=False, anonymous_only=False)
    tries = _wider(query, index, fewer_filters=False)
    if relaxed != query:
        tries += [(relaxed, Widening(fewer_filters=True))]
        tries += _wider(relaxed, index, fewer_filters=True)
    for attempt, widening in tries:
        if widening.nearby:
            found = _nearby(attempt, index, now, near, limit, nearby_km)
        else:
            found = match(attempt, index, now, near, limit)
        if found:
            return Results(found, widening)
    return Results(())


def _wider(
    query: Query, index: DirectoryIndex, fewer_filters: bool
) -> list[tuple[Query, Widening]]:
    """The wider places around the chosen one, narrowest first, and then what is near."""
    areas = index.directory.places.ancestors(query.city) if query.city is not None else []
    tries = [(replace(query, city=a.id), Widening(False, fewer_filters, a.id)) for a in areas]
    return [*tries, (query, Widening(nearby=True, fewer_filters=fewer_filters))]


def _nearby(
    query: Query,
    index: DirectoryIndex,
    now: datetime,
    near: Point | None,
    limit: int,
    nearby_km: float,
) -> tuple[Match, ...]:
    """Services at the other places within ``nearby_km`` (measured from the shared location,
    else from the centre of the place chosen), nearer places first; a remote service, or one
    in the place chosen or around it, was already tried."""
    places = index.directory.places
    home = places.by_id.get(query.city) if query.city is not None else None
    if home is None:
        return ()
    centre, tried = near or home.centre, set(places.areas(home.id))
    around = sorted(
        (distance_km(centre, p.centre), p.id) for p in places.by_id.values() if p.id not in tried
    )
    seen: set[str] = set()
    found: list[Match] = []
    for km, place_id in around:
        if km > nearby_km:
            break
        for m in match(replace(query, city=place_id), index, now, near, limit):
            at_place = m.location is not None and m.location.city == place_id
            if at_place and m.service.id not in seen:
                seen.add(m.service.id)
                found.append(m)
    return tuple(found[:limit])


_PARTS = (5.0, 3.0, 2.0, 0.0)
"""What open now and the chat language add: both, open only, the language only, neither."""


def _groups(run: _Run) -> list[tuple[float, AbstractSet[int], int]]:
    """The candidates in groups, most promising first: the most that needs, open now and the
    chat language add to a score, the services meeting that many needs, and the part of them
    (an index of ``_PARTS``)."""
    groups = [
        (gain + bonus, level, part)
        for gain, level in _levels(run)
        for part, bonus in enumerate(_PARTS)
    ]
    return sorted(groups, key=lambda group: -group[0])


def _levels(run: _Run) -> list[tuple[float, AbstractSet[int]]]:
    """The candidates by how many of the needs asked for they meet, with what that adds."""
    query, index = run.query, run.index
    local = _local(run)
    if not query.needs:
        return [(0.0, index.everything if local is None else local)]
    offered = [index.by_need.get(need, set()) for need in query.needs]
    if local is not None:
        offered = [numbers & local for numbers in offered]
    met = _in_how_many(offered)
    return [(10.0 * (k + 1) / len(query.needs), found) for k, found in enumerate(met) if found]


def _in_how_many(sets: Sequence[AbstractSet[int]]) -> list[set[int]]:
    """``[k]``: the numbers in exactly k + 1 of the sets."""
    at_least: list[set[int]] = []
    """``at_least[k]``: the numbers in more than k of the sets seen so far."""
    for numbers in sets:
        for k in reversed(range(len(at_least))):
            more = at_least[k] & numbers
            if k + 1 < len(at_least):
                at_least[k + 1] |= more
            elif more:
                at_least.append(more)
        if at_least:
            at_least[0] |= numbers
        elif numbers:
            at_least.append(set(numbers))
    return [n - at_least[k + 1] if k + 1 < len(at_least) else n for k, n in enumerate(at_least)]


def _local(run: _Run) -> AbstractSet[int] | None:
    """The services passing the hard filters other than the needs: in the city asked for (or
    near the shared location), speaking the language asked for, free, anonymous; None: all."""
    index, query = run.index, run.query
    allowed = _where_allowed(run)
    speak = index.by_language.get(query.language, set()) if query.language is not None else None
    free = index.free if query.free_only else None
    anonymous = index.anonymous if query.anonymous_only else None
    for required in (speak, free, anonymous):
        if required is not None:
            allowed = required if allowed is None else allowed & required
    return allowed


def _where_allowed(run: _Run) -> AbstractSet[int] | None:
    """The services in the city asked for, or near the shared location; None: anywhere."""
    index, city, near = run.index, run.query.city, run.near
    if city is not None:
        return index.by_area.get(city, set()) | index.remote
    if near is None:
        return None
    reached = [
        index.by_city[city]
        for city, (centre, far) in index.reach.items()
        if centre is None or not distance_km(near, centre) > run.within_km + far + _SLACK
    ]
    return index.remote.union(*reached)


def service_country(org: Organization, places: Places) -> str:
    """The country a service works in: that of its organisation's first known place; one with
    no place at all (a national line) belongs to the directory's first country (its home)."""
    for location in org.locations:
        place = places.by_id.get(location.city)
        if place is not None:
            return place.country
    return next((p.country for p in places.by_id.values()), "")


def home_country(places: Places, place_id: str | None) -> str:
    """The country of ``place_id``; with no known place, the directory's first country."""
    place = places.by_id.get(place_id or "")
    if place is not None:
        return place.country
    return next((p.country for p in places.by_id.values()), "")


def country_zone(country: str, places: Places) -> str:
    """The time zone of a country: that of its first place (places.yaml ``countries:``)."""
    found = (p.timezone for p in places.by_id.values() if p.country == country)
    return next(found, next((p.timezone for p in places.by_id.values()), "UTC"))


def _passes(query: Query, entry: _Entry) -> bool:
    service = entry.service
    if query.needs and not service.needs & query.needs:
        return False
    if query.city is not None and not entry.remote and query.city not in entry.areas:
        return False
    if query.language is not None and query.language not in service.languages:
        return False
    if query.free_only and not service.free:
        return False
    return not (query.anonymous_only and not service.anonymous)


def _where(
    entry: _Entry, city: str | None, near: Point | None
) -> tuple[Location | None, float | None]:
    options = [
        loc
        for loc, areas in zip(entry.locations, entry.areas_of, strict=True)
        if city is None or city in areas
    ]
    if not options:
        return None, None
    if near is None:
        return options[0], None
    measured = [
        (distance_km(near, Point(loc.latitude, loc.longitude)), loc.id, loc)
        for loc in options
        if loc.latitude is not None and loc.longitude is not None
    ]
    if not measured:
        return options[0], None
    km, _, location = min(measured)
    return location, km


class _Clocks:
    """Wall-clock weekday and minute per timezone, computed once per search."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.cache: dict[str, tuple[int, int]] = {}

    def local(self, zone: str) -> tuple[int, int]:
        if zone not in self.cache:
            local = self.now.astimezone(ZoneInfo(zone))
            self.cache[zone] = (local.weekday(), local.hour * 60 + local.minute)
        return self.cache[zone]


def _open_now(entry: _Entry, clocks: _Clocks) -> bool | None:
    if entry.spans is None:
        return None
    weekday, minute = clocks.local(entry.zone)
    return _open_in(entry.spans[weekday], minute)


def _open_in(spans: tuple[Span, ...], minute: int) -> bool:
    return any(s.opens <= minute < s.closes for s in spans)


def _score(
    query: Query,
    entry: _Entry,
    feedback: Mapping[str, Feedback],
    km: float | None,
    open_now: bool | None,
    today: int,
) -> float:
    service = entry.service
    score = 0.0
    if query.needs:
        score += 10.0 * len(service.needs & query.needs) / len(query.needs)
    if open_now:
        score += 3.0
    if km is not None:
        score -= min(km, 50.0) / 10.0
    if entry.remote:
        score -= 1.0
    score += 2.0 * len(service.friendly_to & query.groups)
    known = feedback.get(service.id)
    if known is not None:
        score += 4.0 * known.signal
    if query.chat_language in service.languages:
        score += 2.0
    age = today - entry.age_base
    score += 1.0 - min(max(age, 0), 2 * STALE_DAYS) / STALE_DAYS
    return round(score, 6)


def _result(
    query: Query,
    index: DirectoryIndex,
    entry: _Entry,
    location: Location | None,
    km: float | None,
    open_now: bool | None,
    score: float,
    today: int,
) -> Match:
    service = entry.service
    reasons = [Reason("need", n) for n in sorted(service.needs & query.needs)]
    if entry.remote:
        reasons.append(Reason("remote"))
    elif km is not None:
        reasons.append(Reason("near", str(max(1, round(km)))))
    elif location is not None and query.city is not None and query.city in entry.areas:
        reasons.append(Reason("city", location.city))
    for language in dict.fromkeys(x for x in (query.language, query.chat_language) if x):
        if language in service.languages:
            reasons.append(Reason("language", language))
    if service.free:
        reasons.append(Reason("free"))
    if service.anonymous:
        reasons.append(Reason("anonymous"))
    reasons += [Reason("friendly_to", g) for g in sorted(service.friendly_to & query.groups)]
    if open_now:
        reasons.append(Reason("open_now"))
    known = index.feedback.get(service.id)
    if known is not None and is_reported_friendly(known):
        reasons.append(Reason("reported_friendly"))
    if today - entry.age_base <= FRESH_DAYS:
        reasons.append(Reason("verified", service.assured_date.isoformat()))
    return Match(entry.org, service, location, km, open_now, tuple(reasons), score)


def is_reported_friendly(feedback: Feedback) -> bool:
    return feedback.reports >= FRIENDLY_MIN_REPORTS and feedback.signal > FRIENDLY_SIGNAL


def _opened(index: DirectoryIndex, clocks: _Clocks) -> set[int]:
    """The services open now."""
    found = []
    for (zone, weekday), days in index.by_day.items():
        today, minute = clocks.local(zone)
        if weekday == today:
            found += [numbers for spans, numbers in days.items() if _open_in(spans, minute)]
    return set().union(*found)
