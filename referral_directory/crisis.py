"""The nearest crisis help for a person who says they are in danger: the one or two
violence-support or shelter services open now (or day and night) in or near their place,
falling back to the lines reached by phone or online from anywhere. Pure, through the same
matching as a search: a function of (directory index, place, now)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from referral_directory.matching import (
    DirectoryIndex,
    Match,
    Query,
    home_country,
    match,
    service_country,
)

CRISIS_NEEDS = frozenset({"violence_support", "shelter"})
MOST = 2
"""Short: the emergency numbers come first, and a frightened person reads little."""
NOWHERE = ""
"""A city no location has: only services reached from anywhere pass the city filter."""
CANDIDATES = 12


def crisis_services(
    index: DirectoryIndex,
    place: str | None,
    now: datetime,
    nearby_km: float = 80.0,
    language: str | None = None,
    most: int = MOST,
    said: Collection[str] = (),
) -> tuple[Match, ...]:
    """In-person services open now in ``place`` (or inside it), then at the places around it
    (nearest first), then those reached from anywhere that are open now; at most ``most``.
    Services whose hours are unknown are left out: nobody is sent to a door that may be shut.
    A line whose only numbers are among ``said`` (the emergency numbers the person has just
    read) is not repeated."""
    query = Query(needs=CRISIS_NEEDS, chat_language=language)
    places = index.directory.places
    cities = [place, *(p.id for p in places.nearby(place, nearby_km))] if place else []
    chosen: dict[str, Match] = {}
    for city in cities:
        found = match(replace(query, city=city), index, now, None, CANDIDATES)
        for m in found:
            # around the place, only what is at each nearby place itself: a nearby region's
            # centre is close, but the region's far towns are not
            at = m.location is not None and (city == place or m.location.city == city)
            if m.open_now and at:
                chosen.setdefault(m.service.id, m)
        if len(chosen) >= most:
            return tuple(chosen.values())[:most]
    known = {digits(n) for n in said}
    anywhere = match(replace(query, city=NOWHERE), index, now, None, CANDIDATES * 2)
    home = home_country(places, place)
    for m in sorted(anywhere, key=lambda m: not m.service.phones):  # a line to call first
        repeated = bool(m.service.phones) and {digits(p.number) for p in m.service.phones} <= known
        abroad = service_country(m.organization, places) != home
        if m.open_now and not repeated and not abroad:
            chosen.setdefault(m.service.id, m)
    return tuple(chosen.values())[:most]


def digits(number: str) -> str:
    """A phone number as its digits, so that "116 006" and "116006" are the same line."""
    return "".join(c for c in number if c.isdigit())
