"""The directory: a profile of Open Referral HSDS 3 (organization, service, location,
service_at_location, phone, schedule, language, attributes), with translated texts.

Field names follow HSDS where it has them (``status``, ``assured_date``,
``fees_description``); translated texts are maps from language code to text, since HSDS has no
standard for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from referral_directory.hours import WeeklyHours
from referral_directory.places import Places

LocalText = Mapping[str, str]
"""Language code -> text."""


TEXT_FALLBACKS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "ka": ("en", "ru"),
        "ru": ("en", "ka"),
        "en": ("ka", "ru"),
        "az": ("ru", "en", "ka"),
        "hy": ("ru", "en", "ka"),
        "uk": ("ru", "en"),
        "bg": ("en", "ru"),
    }
)
"""Where a directory text is read when it is missing in the person's language: the languages
people in each group are most likely to read (many Azerbaijani, Armenian and Ukrainian speakers
in Georgia read Russian better than English). Deployments set their own in configuration."""
LAST_RESORT = ("en",)
"""The fallback of a language the table does not list."""


def pick(
    text: LocalText, language: str, fallbacks: Mapping[str, tuple[str, ...]] = TEXT_FALLBACKS
) -> str:
    """The text in ``language``, else in its first fallback present, else in any language."""
    code = text_language(text, language, fallbacks)
    return text[code] if code is not None else ""


def text_language(
    text: LocalText, language: str, fallbacks: Mapping[str, tuple[str, ...]] = TEXT_FALLBACKS
) -> str | None:
    """The language ``pick`` reads ``text`` in: None only when there is no text at all."""
    for code in (language, *fallbacks.get(language, LAST_RESORT)):
        if text.get(code):
            return code
    return next((code for code, value in text.items() if value), None)


@dataclass(frozen=True)
class Phone:
    number: str
    description: LocalText = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Location:
    """A physical place. A confidential one (a shelter) has no address and no coordinates."""

    id: str
    city: str
    name: LocalText = field(default_factory=lambda: MappingProxyType({}))
    address: LocalText = field(default_factory=lambda: MappingProxyType({}))
    latitude: float | None = None
    longitude: float | None = None
    accessibility: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Service:
    id: str
    organization_id: str
    name: LocalText
    description: LocalText
    needs: frozenset[str]
    assured_date: date
    """When the listing was last verified."""
    friendly_to: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    free: bool = False
    fees_description: LocalText = field(default_factory=lambda: MappingProxyType({}))
    anonymous: bool = False
    accessibility: frozenset[str] = frozenset()
    status: str = "active"
    phones: tuple[Phone, ...] = ()
    hours: WeeklyHours | None = None
    """None when the listing does not say; an empty week means by appointment only."""
    location_ids: tuple[str, ...] = ()
    """No locations: reached by phone or online, from anywhere."""
    url: str | None = None


@dataclass(frozen=True)
class Organization:
    id: str
    name: LocalText
    description: LocalText
    services: tuple[Service, ...]
    locations: tuple[Location, ...] = ()
    website: str | None = None
    email: str | None = None
    example: bool = False
    """Invented for demonstration; never to be shown as a real service."""


@dataclass(frozen=True)
class Feedback:
    """What people who went there told us: the friendliness signal."""

    respected: int = 0
    disrespected: int = 0

    @property
    def reports(self) -> int:
        return self.respected + self.disrespected

    @property
    def signal(self) -> float:
        """From -1 (reported unfriendly) to +1 (reported friendly); 0 with no reports.

        Smoothed so that one report moves it only a little."""
        total = self.respected + self.disrespected
        return (self.respected - self.disrespected) / (total + 2)


@dataclass(frozen=True)
class Directory:
    organizations: tuple[Organization, ...]
    places: Places
    feedback: Mapping[str, Feedback] = field(default_factory=lambda: MappingProxyType({}))

    def services(self) -> list[tuple[Organization, Service]]:
        return [(org, service) for org in self.organizations for service in org.services]

    def service(self, service_id: str) -> tuple[Organization, Service] | None:
        for org, service in self.services():
            if service.id == service_id:
                return org, service
        return None
