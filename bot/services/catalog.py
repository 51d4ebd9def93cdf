"""The directory as matching sees it right now: an index replaced whole when the directory or
the feedback on it changes, so a search never sees half an update."""

from __future__ import annotations

from collections.abc import Mapping

from referral_directory.matching import DirectoryIndex
from referral_directory.model import Directory, Feedback, Organization, Service
from referral_directory.places import Place, Point, distance_km


class Catalog:
    def __init__(self, directory: Directory) -> None:
        self.replace(directory)

    def replace(self, directory: Directory) -> None:
        self.index = DirectoryIndex(directory)
        self._by_id = {s.id: (org, s) for org, s in directory.services()}

    def set_feedback(self, feedback: Mapping[str, Feedback]) -> None:
        self.index = self.index.with_feedback(feedback)

    @property
    def directory(self) -> Directory:
        return self.index.directory

    def service(self, service_id: str) -> tuple[Organization, Service] | None:
        return self._by_id.get(service_id)

    def nearest(self, point: Point, within_km: float) -> Place | None:
        place = self.directory.places.nearest(point)
        if place is None or distance_km(point, place.centre) > within_km:
            return None
        return place
