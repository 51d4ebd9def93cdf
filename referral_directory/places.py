"""Places people choose from (regions, municipalities, cities, villages), each inside its
parent, with where it is and its timezone: a shared location finds its place, a search can
widen from a town to its municipality and region, and then to what is near."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0
KINDS = ("region", "municipality", "city", "village")
"""From the widest to the narrowest; a place's parent is any wider place."""
MAX_PLACE_ID = 23
"""A place id travels in a button's payload (Telegram allows 64 bytes for step and choice)."""


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Place:
    id: str
    name: Mapping[str, str]
    centre: Point
    timezone: str
    country: str = "GE"
    kind: str = "city"
    parent: str | None = None
    """The wider place this one lies in (a municipality's region); None at the top."""


@dataclass(frozen=True)
class Places:
    """The places in the order the directory lists them (the order of the question)."""

    by_id: Mapping[str, Place]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.by_id

    def children(self, parent: str | None) -> list[Place]:
        """The places directly inside ``parent`` (None: the top level), in directory order."""
        return [p for p in self.by_id.values() if p.parent == parent]

    def ancestors(self, place_id: str) -> list[Place]:
        """The wider places around ``place_id``, narrowest first (stops at a missing parent
        or a loop, which the directory reader reports)."""
        found: list[Place] = []
        place = self.by_id.get(place_id)
        while place is not None and place.parent is not None and len(found) < len(self.by_id):
            place = self.by_id.get(place.parent)
            if place is None or place.id == place_id:
                break
            found.append(place)
        return found

    def areas(self, place_id: str) -> Iterator[str]:
        """``place_id`` and every place it lies in: where a service there is also found."""
        yield place_id
        yield from (p.id for p in self.ancestors(place_id))

    def depth(self, place_id: str) -> int:
        return len(self.ancestors(place_id))

    def nearest(self, point: Point) -> Place | None:
        """The closest place; of places equally close (a region and its centre town), the
        narrowest."""
        if not self.by_id:
            return None
        return min(
            self.by_id.values(),
            key=lambda p: (distance_km(point, p.centre), -self.depth(p.id), p.id),
        )

    def nearby(self, place_id: str, within_km: float) -> list[Place]:
        """Other places within reach, nearest first."""
        home = self.by_id.get(place_id)
        if home is None:
            return []
        others = [
            (distance_km(home.centre, p.centre), p.id, p)
            for p in self.by_id.values()
            if p.id != place_id
        ]
        return [p for km, _, p in sorted(others) if km <= within_km]


def distance_km(a: Point, b: Point) -> float:
    """Great-circle (haversine) distance."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
