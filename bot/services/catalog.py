"""The directory as matching sees it right now: an index replaced whole when the directory or
the feedback on it changes, so a search never sees half an update."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from bot.services.ports import DirectoryStore
from referral_directory.matching import DirectoryIndex
from referral_directory.model import Directory, Feedback, Organization, Service
from referral_directory.places import Place, Point, distance_km


class Catalog:
    def __init__(self, directory: Directory, revision: int = 0) -> None:
        self.replace(directory, revision)

    def replace(self, directory: Directory, revision: int) -> None:
        self.index = DirectoryIndex(directory)
        self._by_id = {s.id: (org, s) for org, s in directory.services()}
        self._by_key = {service_key(s.id): s.id for _, s in directory.services()}
        self.revision = revision

    async def refresh(self, store: DirectoryStore) -> bool:
        """Reload when the stored directory moved on (an import, or a curator's edit made in
        this or any other process); one small read when it did not."""
        current = await store.revision()
        if current == self.revision:
            return False
        self.replace(await store.load(), current)
        return True

    def set_feedback(self, feedback: Mapping[str, Feedback]) -> None:
        self.index = self.index.with_feedback(feedback)

    @property
    def directory(self) -> Directory:
        return self.index.directory

    def service(self, service_id: str) -> tuple[Organization, Service] | None:
        return self._by_id.get(service_id)

    def service_by_key(self, key: str) -> tuple[Organization, Service] | None:
        found = self._by_key.get(key)
        return None if found is None else self._by_id.get(found)

    def nearest(self, point: Point, within_km: float) -> Place | None:
        place = self.directory.places.nearest(point)
        if place is None or distance_km(point, place.centre) > within_km:
            return None
        return place


def service_key(service_id: str) -> str:
    """A short fixed-size stand-in for a service id in a button (payloads take 64 bytes)."""
    return hashlib.sha256(service_id.encode()).hexdigest()[:12]
