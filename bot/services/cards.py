"""A matched service as the person reads it: name, what it offers, why it fits, where, phone,
hours and whether it is open now. Pure text assembly; every word comes from the locales."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_day_names

from bot.core.texts import Text
from bot.services.ports import Localizer
from referral_directory.hours import WeeklyHours
from referral_directory.matching import STALE_DAYS, Match, Reason
from referral_directory.model import pick

DESCRIPTION_LIMIT = 300
REASON_SEPARATOR = " · "


def map_link(latitude: float, longitude: float) -> str:
    """OpenStreetMap: works in any browser, with no account and no tracking script."""
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


@dataclass(frozen=True)
class CardWriter:
    localizer: Localizer

    def card(self, locale: str, number: int, found: Match, today: date) -> str:
        service, org = found.service, found.organization
        say = self._say
        lines = [
            say(
                locale,
                "card-title",
                number=number,
                name=pick(service.name, locale),
                organization=pick(org.name, locale),
            )
        ]
        if org.example:
            lines.append(say(locale, "card-example"))
        lines.append(_shorten(pick(service.description, locale)))
        lines.append(say(locale, "card-why", reasons=self.reasons(locale, found.reasons)))
        lines += self._where(locale, found)
        if service.phones:
            phones = ", ".join(p.number for p in service.phones)
            lines.append(say(locale, "card-phone", phones=phones))
        lines.append(self._hours(locale, found))
        if (today - service.assured_date).days > STALE_DAYS:
            lines.append(say(locale, "card-stale"))  # it may have moved or closed
        if not service.free and service.fees_description:
            fees = _shorten(pick(service.fees_description, locale))
            lines.append(say(locale, "card-fees", fees=fees))
        return "\n".join(lines)

    def brief(self, locale: str, found: Match, title: str) -> str:
        """A short card for a person in danger: who, where, the phone and the hours; no
        description and no reasons (``title``: the Fluent id of the first line)."""
        service, org = found.service, found.organization
        name, organization = pick(service.name, locale), pick(org.name, locale)
        lines = [self._say(locale, title, name=name, organization=organization)]
        if org.example:
            lines.append(self._say(locale, "card-example"))
        lines += self._where(locale, found)
        if service.phones:
            phones = ", ".join(p.number for p in service.phones)
            lines.append(self._say(locale, "card-phone", phones=phones))
        lines.append(self._hours(locale, found))
        return "\n".join(lines)

    def reasons(self, locale: str, reasons: tuple[Reason, ...]) -> str:
        return REASON_SEPARATOR.join(self._reason(locale, r) for r in reasons)

    def _reason(self, locale: str, reason: Reason) -> str:
        kind, value = reason.kind, reason.value
        if kind == "need":
            return self._say(locale, "reason-need", need=value)
        if kind == "city":
            return self.localizer.render(
                locale, Text("reason-city", {"city": Text(f"place-{value}")})
            )
        if kind == "near":
            return self._say(locale, "reason-near", km=int(value))
        if kind == "language":
            return self._say(locale, "reason-language", language=value)
        if kind == "friendly_to":
            return self._say(locale, "reason-friendly-to", group=value)
        if kind == "verified":
            day = format_date(date.fromisoformat(value), "medium", locale=_babel(locale))
            return self._say(locale, "reason-verified", date=day)
        return self._say(locale, f"reason-{kind.replace('_', '-')}")

    def _where(self, locale: str, found: Match) -> list[str]:
        location = found.location
        if location is None:
            return [] if found.service.location_ids else [self._say(locale, "card-remote")]
        if not location.address:
            return [self._say(locale, "card-confidential")]
        lines = [self._say(locale, "card-address", address=pick(location.address, locale))]
        if location.latitude is not None and location.longitude is not None:
            url = map_link(location.latitude, location.longitude)
            lines.append(self._say(locale, "card-map", url=url))
        return lines

    def _hours(self, locale: str, found: Match) -> str:
        hours = found.service.hours
        if hours is None:
            return self._say(locale, "card-hours-unknown")
        week = week_text(hours, locale, self._say(locale, "card-day-closed"))
        if found.open_now is not None:
            now = "card-open-now" if found.open_now else "card-closed-now"
            week = f"{week} · {self._say(locale, now)}" if week else self._say(locale, now)
        return self._say(locale, "card-hours", hours=week)

    def _say(self, locale: str, text_id: str, **args: str | int) -> str:
        return self.localizer.render(locale, Text(text_id, args))


def week_text(hours: WeeklyHours, locale: str, closed: str) -> str:
    """Days with the same hours grouped, e.g. "Mon-Fri 10:00-19:00; Sat 11:00-15:00" (with
    en dashes), so a card stays short on a small screen."""
    names = _day_names(locale)
    groups: list[tuple[int, int, str]] = []
    for day in range(7):
        spans = hours.spans(day)
        text = ", ".join(s.text().replace("-", "–") for s in spans) if spans else ""
        if groups and groups[-1][2] == text and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, text)
        else:
            groups.append((day, day, text))
    parts = []
    for first, last, text in groups:
        if not text:
            continue
        days = names[first] if first == last else f"{names[first]}–{names[last]}"
        parts.append(f"{days} {text}")
    return "; ".join(parts) if parts else closed


def _day_names(locale: str) -> list[str]:
    names = get_day_names("abbreviated", locale=_babel(locale))
    return [str(names[i]) for i in range(7)]


def _babel(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _shorten(text: str) -> str:
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 1] + "…"
