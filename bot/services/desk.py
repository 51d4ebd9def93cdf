"""Who answers where: bureaus, their staff groups and the staff list, from configuration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.services.hours import OpeningHours


@dataclass(frozen=True)
class Bureau:
    id: str
    cities: frozenset[str]
    hours: OpeningHours
    staff_chat_id: int


@dataclass(frozen=True)
class StaffMember:
    user_id: int
    """Their account on the staff channel (also the chat to write to them privately)."""
    alias: str
    bureau: str
    locale: str
    supervisor: bool = False


@dataclass(frozen=True)
class Desk:
    """Who answers where: bureaus, their staff groups and the staff list, from configuration."""

    bureaus: Mapping[str, Bureau]
    default_bureau: str
    staff: Mapping[int, StaffMember]
    reopen_within: timedelta

    def route(self, city: str | None) -> Bureau:
        for bureau in self.bureaus.values():
            if city and city.lower() in bureau.cities:
                return bureau
        return self.bureaus[self.default_bureau]

    def staff_chats(self) -> frozenset[int]:
        return frozenset(b.staff_chat_id for b in self.bureaus.values())
