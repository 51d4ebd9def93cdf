"""The directory as matching sees it right now: an index replaced whole when the directory or
the feedback on it changes, so a search never sees half an update."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping

from bot.core.flow import Flow
from bot.core.places import PLACE_PREFIX, PlaceOption, with_places
from bot.services.line_languages import spoken_lines
from bot.services.ports import DirectoryStore
from referral_directory.matching import DirectoryIndex
from referral_directory.model import Directory, Feedback, Organization, Service
from referral_directory.places import Place, Places, Point, distance_km


class Catalog:
    def __init__(self, directory: Directory, revision: int = 0) -> None:
        self.replace(directory, revision)

    def replace(self, directory: Directory, revision: int) -> None:
        self.index = DirectoryIndex(directory)
        self._by_id = {s.id: (org, s) for org, s in directory.services()}
        self._by_key = {service_key(s.id): s.id for _, s in directory.services()}
        self.spoken = spoken_lines(directory)
        """The languages each listed phone line speaks, by (country, digits)."""
        self.revision = revision
        self._flows: dict[str, Flow] = {}

    async def refresh(self, store: DirectoryStore) -> bool:
        """Reload when the stored directory moved on (an import, or a curator's edit made in
        this or any other process); one small read when it did not."""
        current = await store.revision()
        if current == self.revision:
            return False
        self.replace(await store.load(), current)
        return True

    def with_places(self, flow: Flow) -> Flow:
        """``flow`` asking for this directory's places (built once per revision)."""
        if flow.name not in self._flows:
            self._flows[flow.name] = with_places(flow, place_options(self.directory.places))
        return self._flows[flow.name]

    def names(self, text_id: str) -> Mapping[str, str] | None:
        """A place's name in every language, for the text ``place-<id>`` (see Localizer)."""
        return place_names(self.directory.places)(text_id)

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


def place_options(places: Places) -> list[PlaceOption]:
    return [PlaceOption(p.id, p.parent) for p in places.by_id.values()]


def place_names(places: Places) -> Callable[[str], Mapping[str, str] | None]:
    """The names of ``places`` as the texts ``place-<id>``: one source, the directory."""

    def names(text_id: str) -> Mapping[str, str] | None:
        if not text_id.startswith(PLACE_PREFIX):
            return None
        place = places.by_id.get(text_id.removeprefix(PLACE_PREFIX))
        return place.name if place is not None else None

    return names


def service_key(service_id: str) -> str:
    """A short fixed-size stand-in for a service id in a button (payloads take 64 bytes)."""
    return hashlib.sha256(service_id.encode()).hexdigest()[:12]
