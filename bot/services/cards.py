"""A matched service as the person reads it: name, what it offers, why it fits, where, phone,
hours and whether it is open now. Pure text assembly; every word comes from the locales, and
every directory text is read along the person's language's fallback order, with a note on the
card when that order had to leave their language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from bot.core.texts import Text
from bot.services.line_languages import CARD_SPOKEN, LANGUAGE_NAME, names_of
from bot.services.ports import Localizer
from referral_directory.hours import ALL_DAY, WEEKDAYS, Span, WeeklyHours
from referral_directory.matching import STALE_DAYS, Match, Reason
from referral_directory.model import TEXT_FALLBACKS, LocalText, pick, text_language

DESCRIPTION_LIMIT = 300
REASON_SEPARATOR = " · "
DAY_IDS = (
    "card-day-mon",
    "card-day-tue",
    "card-day-wed",
    "card-day-thu",
    "card-day-fri",
    "card-day-sat",
    "card-day-sun",
)
"""Day names people use, Monday first (Babel's abbreviations are cryptic in some locales)."""
ON_HOURS_LINE = frozenset({"open_now"})
"""Reasons the hours line already says, so the why-line leaves them out."""


def map_link(latitude: float, longitude: float) -> str:
    """OpenStreetMap: works in any browser, with no account and no tracking script."""
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


@dataclass(frozen=True)
class DayWords:
    """The words of an hours line in one locale: day names people use, Monday first."""

    names: tuple[str, ...]
    every_day: str
    all_day: str


@dataclass(frozen=True)
class CardWriter:
    localizer: Localizer
    fallbacks: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: TEXT_FALLBACKS)
    """Chat language -> the languages a missing directory text is read in, in order."""

    def card(self, locale: str, number: int, found: Match, today: date) -> str:
        service, org = found.service, found.organization
        say, text = self._say, self._texts(locale)
        lines = [
            say(
                locale,
                "card-title",
                number=number,
                name=text(service.name),
                organization=text(org.name),
            )
        ]
        if org.example:
            lines.append(say(locale, "card-example"))
        other = self._other_language(locale, found)
        if other is not None:
            lines.append(say(locale, "card-texts-in", language=other))
        lines.append(_shorten(text(service.description)))
        why = tuple(r for r in found.reasons if r.kind not in ON_HOURS_LINE)
        if why:
            lines.append(say(locale, "card-why", reasons=self.reasons(locale, why)))
        lines += self._where(locale, found)
        lines += self._phones(locale, found)
        lines.append(self._hours(locale, found))
        if (today - service.assured_date).days > STALE_DAYS:
            lines.append(say(locale, "card-stale"))  # it may have moved or closed
        if _charges(found):
            lines.append(say(locale, "card-fees", fees=_shorten(text(service.fees_description))))
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
        lines += self._phones(locale, found)
        lines.append(self._hours(locale, found))
        return "\n".join(lines)

    def reasons(self, locale: str, reasons: tuple[Reason, ...]) -> str:
        return REASON_SEPARATOR.join(self._reason(locale, r) for r in reasons)

    def week(self, locale: str, hours: WeeklyHours) -> str:
        """The hours of a week in the locale's words, e.g. "Mon-Fri 10:00-19:00"."""
        return week_text(hours, self._day_words(locale))

    def _texts(self, locale: str) -> Callable[[LocalText], str]:
        return lambda text: pick(text, locale, self.fallbacks)

    def _other_language(self, locale: str, found: Match) -> str | None:
        """The language other than the person's that this card is read in, if any: that of the
        description when it is, else of the first other text that is."""
        for text in _shown_texts(found):
            used = text_language(text, locale, self.fallbacks)
            if used is not None and used != locale:
                return used
        return None

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

    def _phones(self, locale: str, found: Match) -> list[str]:
        """The numbers, and the languages spoken on them: plainly when not the person's."""
        service = found.service
        if not service.phones:
            return []
        lines = [
            self._say(locale, "card-phone", phones=", ".join(p.number for p in service.phones))
        ]
        if service.languages:
            names = names_of(
                service.languages, lambda code: self._say(locale, LANGUAGE_NAME, code=code)
            )
            text = CARD_SPOKEN[locale in service.languages]
            lines.append(self._say(locale, text, languages=names))
        return lines

    def _where(self, locale: str, found: Match) -> list[str]:
        location = found.location
        if location is None:
            return [] if found.service.location_ids else [self._say(locale, "card-remote")]
        if not location.address:
            return [self._say(locale, "card-confidential")]
        address = pick(location.address, locale, self.fallbacks)
        lines = [self._say(locale, "card-address", address=address)]
        if location.latitude is not None and location.longitude is not None:
            url = map_link(location.latitude, location.longitude)
            lines.append(self._say(locale, "card-map", url=url))
        return lines

    def _hours(self, locale: str, found: Match) -> str:
        """One line: by appointment, 24/7, or the week and whether it is open now."""
        hours = found.service.hours
        if hours is None:
            return self._say(locale, "card-hours-unknown")
        if hours.by_appointment:
            return self._say(locale, "card-by-appointment")
        if hours.always_open:
            return self._say(locale, "card-hours-always")
        week = self.week(locale, hours)
        if found.open_now is not None:
            now = "card-open-now" if found.open_now else "card-closed-now"
            week = f"{week} · {self._say(locale, now)}"
        return self._say(locale, "card-hours", hours=week)

    def _day_words(self, locale: str) -> DayWords:
        names = tuple(self._say(locale, day) for day in DAY_IDS)
        every_day = self._say(locale, "card-every-day")
        return DayWords(names, every_day, self._say(locale, "card-all-day"))

    def _say(self, locale: str, text_id: str, **args: str | int) -> str:
        return self.localizer.render(locale, Text(text_id, args))


def _charges(found: Match) -> bool:
    return not found.service.free and bool(found.service.fees_description)


def _shown_texts(found: Match) -> list[LocalText]:
    """The directory texts the card shows, the description (most of what it says) first."""
    service, location = found.service, found.location
    texts = [service.description, service.name, found.organization.name]
    if location is not None and location.address:
        texts.append(location.address)
    if _charges(found):
        texts.append(service.fees_description)
    return texts


def week_text(hours: WeeklyHours, words: DayWords) -> str:
    """Days with the same hours grouped, e.g. "Mon-Fri 10:00-19:00; Sat 11:00-15:00" (with en
    dashes), so a card stays short on a small screen; days with no hours are left out."""
    parts = []
    for first, last, spans in day_groups(hours):
        if (first, last) == (0, len(WEEKDAYS) - 1):
            days = words.every_day
        elif first == last:
            days = words.names[first]
        else:
            days = f"{words.names[first]}–{words.names[last]}"
        parts.append(f"{days} {_spans_text(spans, words.all_day)}")
    return "; ".join(parts)


def day_groups(hours: WeeklyHours) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Runs of consecutive days with the same hours, as (first, last, spans); closed days are
    left out."""
    groups: list[tuple[int, int, tuple[Span, ...]]] = []
    for day in range(len(WEEKDAYS)):
        spans = hours.spans(day)
        if not spans:
            continue
        if groups and groups[-1][2] == spans and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, spans)
        else:
            groups.append((day, day, spans))
    return groups


def _spans_text(spans: tuple[Span, ...], all_day: str) -> str:
    if spans == ALL_DAY:
        return all_day
    return ", ".join(s.text().replace("-", "–") for s in spans)


def _babel(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _shorten(text: str) -> str:
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 1] + "…"
