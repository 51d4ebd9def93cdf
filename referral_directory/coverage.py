"""Which languages the directory's texts are written in: for each language, how many services
lack a text their card shows, so curators know what to translate before a card falls back to
another language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from referral_directory.model import Directory, LocalText, Organization, Service

TEXT_FIELDS = ("name", "description", "address", "fees")
"""What a card shows from the directory, in the order ``gza check`` reports it."""


@dataclass(frozen=True)
class Coverage:
    """For one language: the services lacking each kind of text, by field."""

    language: str
    services: int
    lacking: dict[str, int] = field(default_factory=dict)
    """Field -> how many services lack it."""
    incomplete: int = 0
    """Services lacking at least one text."""

    def line(self) -> str:
        """``az: 3 of 37 (name 1, description 2, address 0, fees 1)``."""
        counts = ", ".join(f"{name} {self.lacking.get(name, 0)}" for name in TEXT_FIELDS)
        return f"{self.language}: {self.incomplete} of {self.services} ({counts})"


def card_texts(org: Organization, service: Service) -> dict[str, list[LocalText]]:
    """The translated texts a service's card can show, by field: its name and its
    organisation's, its description, the addresses of its places, and its fees when it
    charges."""
    places = {location.id: location for location in org.locations}
    addresses = [
        places[i].address for i in service.location_ids if i in places and places[i].address
    ]
    fees = [] if service.free or not service.fees_description else [service.fees_description]
    return {
        "name": [service.name, org.name],
        "description": [service.description],
        "address": addresses,
        "fees": fees,
    }


def coverage(directory: Directory, languages: Iterable[str]) -> list[Coverage]:
    """For each language, how many services lack each text (a text is there when it is not
    empty)."""
    services = directory.services()
    report = []
    for language in languages:
        lacking = dict.fromkeys(TEXT_FIELDS, 0)
        incomplete = 0
        for org, service in services:
            missing = [
                name
                for name, texts in card_texts(org, service).items()
                if any(not text.get(language) for text in texts)
            ]
            for name in missing:
                lacking[name] += 1
            incomplete += bool(missing)
        report.append(Coverage(language, len(services), lacking, incomplete))
    return report
