"""Who answers where: bureaus, their staff groups and the staff list, from configuration."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

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

    def on_duty(self, bureau: Bureau, on_shift: Collection[str], now: datetime) -> bool:
        """Someone of the bureau is on shift, within its opening hours: only then may the
        person be told that someone will write back now."""
        staffed = any(m.alias in on_shift for m in self.staff.values() if m.bureau == bureau.id)
        return staffed and bureau.hours.is_open(now)

    def staff_chats(self) -> frozenset[int]:
        return frozenset(b.staff_chat_id for b in self.bureaus.values())
