"""The nearest crisis help for a person who says they are in danger: the one or two
violence-support or shelter services open now (or day and night) in or near their place,
falling back to the lines reached by phone or online from anywhere. Pure, through the same
matching as a search: a function of (directory index, place, now)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from referral_directory.matching import DirectoryIndex, Match, Query, match

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
) -> tuple[Match, ...]:
    """In-person services open now in ``place``, then in the places around it (nearest first),
    then those reached from anywhere that are open now; at most ``most``. Services whose
    hours are unknown are left out: nobody is sent to a door that may be shut."""
    query = Query(needs=CRISIS_NEEDS, chat_language=language)
    places = index.directory.places
    cities = [place, *(p.id for p in places.nearby(place, nearby_km))] if place else []
    chosen: dict[str, Match] = {}
    for city in cities:
        found = match(replace(query, city=city), index, now, None, CANDIDATES)
        for m in found:
            if m.open_now and m.location is not None:
                chosen.setdefault(m.service.id, m)
        if len(chosen) >= most:
            return tuple(chosen.values())[:most]
    anywhere = match(replace(query, city=NOWHERE), index, now, None, CANDIDATES)
    for m in sorted(anywhere, key=lambda m: not m.service.phones):  # a line to call first
        if m.open_now:
            chosen.setdefault(m.service.id, m)
    return tuple(chosen.values())[:most]
