"""Cities and regions people choose from, with where they are and their timezone, so that a
shared location finds its city and a search can widen to nearby ones."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0


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


@dataclass(frozen=True)
class Places:
    by_id: Mapping[str, Place]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.by_id

    def nearest(self, point: Point) -> Place | None:
        if not self.by_id:
            return None
        return min(self.by_id.values(), key=lambda p: (distance_km(point, p.centre), p.id))

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
