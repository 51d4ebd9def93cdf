"""What curators read: service cards with their buttons, prompts, confirmations, the queue.
Every line is a Fluent message in the curator's language; the values are the directory's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.core.texts import Text
from bot.rights.model import Topic
from bot.rights.texts import local
from bot.services.catalog import Catalog, service_key
from bot.services.messages import SendText
from bot.services.ports import Localizer, UnitOfWork
from referral_directory.changes import FieldChange, describe
from referral_directory.hours import (
    APPOINTMENT,
    WEEKDAYS,
    HoursError,
    WeeklyHours,
    format_hours,
)
from referral_directory.model import Organization, Service, pick
from referral_directory.taxonomy import LANGUAGES

PREFIX = "cur"
LANGUAGE = "common-language"
BY_APPOINTMENT = "curator-hours-by-appointment"
MOST_FOUND = 8
MOST_LISTED = 10
LABEL_CHARS = 40
SELECTED = "✓"
LANGUAGES_PER_ROW = 2
DAY_WORDS = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun|daily)\b")
"""The day words of the curators' hours syntax, said in the curator's language on a card."""
Buttons = tuple[tuple[tuple[str, str], ...], ...]
Entry = tuple[Organization, Service, dict[str, str | int]]
"""A service in a listing, with the values of its line."""


def button(action: str, service_id: str, *extra: str) -> str:
    return "|".join((PREFIX, action, service_key(service_id), *extra))


@dataclass(frozen=True)
class Waiting:
    """What needs a curator: services with open reports (count, latest day), stale listings."""

    reports: list[tuple[Organization, Service, int, date]]
    stale: list[tuple[Organization, Service]]
    stale_days: int
    reviews: tuple[Topic, ...] = ()
    """Rights topics due for a lawyer's review (never reviewed, or too long ago)."""

    @property
    def empty(self) -> bool:
        return not self.reports and not self.stale and not self.reviews


async def waiting(
    uow: UnitOfWork,
    catalog: Catalog,
    today: date,
    stale_days: int,
    only_new: bool = False,
    reviews: tuple[Topic, ...] = (),
) -> Waiting:
    """Reports not yet dealt with (or not yet in a digest) and listings verified too long ago."""
    counts: dict[str, tuple[int, date]] = {}
    for report in await uow.directory.open_reports():
        if only_new and report.status != "new":
            continue
        count, last = counts.get(report.service_id, (0, date.min))
        counts[report.service_id] = (count + 1, max(last, report.reported_on.date()))
    reports = []
    for service_id, (count, last) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        found = catalog.service(service_id)
        if found is not None:
            reports.append((found[0], found[1], count, last))
    stale = sorted(
        (
            (org, s)
            for org, s in catalog.directory.services()
            if s.status == "active" and (today - s.assured_date).days >= stale_days
        ),
        key=lambda pair: (pair[1].assured_date, pair[1].id),
    )
    return Waiting(reports, stale, stale_days, reviews)


@dataclass(frozen=True)
class CuratorTexts:
    localizer: Localizer

    def text(self, locale: str, text_id: str, **args: str | int | Text) -> str:
        return self.localizer.render(locale, Text(text_id, dict(args)))

    def line(self, locale: str, text_id: str, **args: str | int | Text) -> SendText:
        return SendText(self.text(locale, text_id, **args))

    def help(self, locale: str, stale_days: int) -> SendText:
        queue = ((self.text(locale, "curator-button-queue"), f"{PREFIX}|queue"),)
        return SendText(self.text(locale, "curator-help", days=stale_days), (queue,))

    def found(self, locale: str, query: str, catalog: Catalog) -> SendText:
        hits = search_services(catalog, query)
        shown = query.strip()[:LABEL_CHARS]
        if not hits:
            return self.line(locale, "curator-found-none", query=shown)
        rows = tuple(_open_row(locale, o, s) for o, s in hits[:MOST_FOUND])
        text = self.text(locale, "curator-found", count=len(hits), shown=min(len(hits), MOST_FOUND))
        return SendText(text, rows)

    def card(
        self, locale: str, org: Organization, service: Service, reports: int, today: date
    ) -> SendText:
        status = self.text(locale, "curator-status-" + service.status.replace(" ", "-"))
        text = self.text(
            locale,
            "curator-card",
            name=pick(service.name, locale),
            organization=pick(org.name, locale),
            id=service.id,
            status=status,
            verified=service.assured_date.isoformat(),
            days=(today - service.assured_date).days,
            phones=describe(service.phones),
            hours=self.hours(locale, service.hours),
            languages=self._languages_said(locale, service.languages),
            needs=", ".join(
                self.text(locale, "need-" + n.replace("_", "-")) for n in sorted(service.needs)
            ),
            reports=reports,
        )
        return SendText(text, self._card_buttons(locale, service, reports))

    def _card_buttons(self, locale: str, service: Service, reports: int) -> Buttons:
        closed = service.status == "temporarily closed"
        toggle = ("curator-button-reopen", "o") if closed else ("curator-button-close", "c")
        rows: list[tuple[tuple[str, str], ...]] = [
            (
                (self.text(locale, "curator-button-verify"), button("v", service.id)),
                (self.text(locale, toggle[0]), button(toggle[1], service.id)),
            ),
            (
                (self.text(locale, "curator-button-phone"), button("p", service.id)),
                (self.text(locale, "curator-button-hours"), button("h", service.id)),
                (self.text(locale, "curator-button-languages"), button("l", service.id)),
            ),
        ]
        if reports:
            rows.append(((self.text(locale, "curator-button-seen"), button("r", service.id)),))
        return tuple(rows)

    def ask(self, locale: str, field: str, service: Service) -> SendText:
        current = (
            describe(service.phones) if field == "phone" else self.hours(locale, service.hours)
        )
        return self.line(
            locale, f"curator-ask-{field}", name=pick(service.name, locale), current=current
        )

    def languages(
        self, locale: str, service: Service, chosen: Iterable[str], edits: int | None
    ) -> SendText:
        chosen = set(chosen)
        names = {code: self.text(locale, LANGUAGE, code=code) for code in LANGUAGES}
        toggles = [
            (
                f"{SELECTED} {names[code]}" if code in chosen else names[code],
                button("lt", service.id, code),
            )
            for code in LANGUAGES
        ]
        step = LANGUAGES_PER_ROW
        rows = [tuple(toggles[i : i + step]) for i in range(0, len(toggles), step)]
        rows.append(
            (
                (self.text(locale, "curator-button-save"), button("ls", service.id)),
                (self.text(locale, "curator-button-cancel"), button("s", service.id)),
            )
        )
        text = self.text(locale, "curator-ask-languages", name=pick(service.name, locale))
        return SendText(text, tuple(rows), edits=edits)

    def saved(self, locale: str, change: FieldChange, before: Service, after: Service) -> SendText:
        """One change of a curator's edit, its values in words where they have words."""
        field = self.text(locale, "curator-field-" + change.field.replace("_", "-"))
        old = self._value(locale, change.field, getattr(before, change.field, None))
        new = self._value(locale, change.field, getattr(after, change.field, None))
        return self.line(locale, "curator-saved", field=field, old=old, new=new)

    def bad_hours(self, locale: str, error: HoursError) -> SendText:
        reason = Text(f"curator-hours-{error.code}", dict(error.values))
        return self.line(locale, "curator-bad-hours", reason=reason)

    def _value(self, locale: str, field: str, value: object) -> str:
        if isinstance(value, bool):
            return self.text(locale, "curator-yes" if value else "curator-no")
        if isinstance(value, WeeklyHours):
            return self.hours(locale, value)
        if field == "status" and isinstance(value, str):
            return self.text(locale, "curator-status-" + value.replace(" ", "-"))
        if field == "languages" and isinstance(value, frozenset):
            return self._languages_said(locale, value)
        return describe(value)

    def hours(self, locale: str, hours: WeeklyHours | None) -> str:
        """The curators' syntax (``mon-fri 10:00-18:00``) with its day words translated;
        ``own_words`` reads it back."""
        written = format_hours(hours)
        if written == APPOINTMENT:
            return self.text(locale, BY_APPOINTMENT)
        return DAY_WORDS.sub(lambda day: self.text(locale, f"curator-day-{day[0]}"), written)

    def own_words(self, locale: str) -> dict[str, str]:
        """The curator's words for the days, daily and by appointment (casefolded), to the
        syntax's, so hours can be typed in the curator's language."""
        words = {self.text(locale, f"curator-day-{d}").casefold(): d for d in (*WEEKDAYS, "daily")}
        words[self.text(locale, BY_APPOINTMENT).casefold()] = APPOINTMENT
        return words

    def _languages_said(self, locale: str, codes: Iterable[str]) -> str:
        return ", ".join(self.text(locale, LANGUAGE, code=code) for code in sorted(codes)) or "-"

    def queue(self, locale: str, waiting: Waiting, title: str | None = None) -> list[SendText]:
        if waiting.empty:
            return [self.line(locale, "curator-queue-empty", days=waiting.stale_days)]
        messages = [] if title is None else [SendText(title)]
        if waiting.reports:
            heading = self.text(locale, "curator-queue-reports", count=len(waiting.reports))
            reported: list[Entry] = [
                (org, service, {"count": count, "day": last.isoformat()})
                for org, service, count, last in waiting.reports
            ]
            messages.append(self._listing(locale, heading, "curator-queue-report-line", reported))
        if waiting.stale:
            count, days = len(waiting.stale), waiting.stale_days
            heading = self.text(locale, "curator-queue-stale", count=count, days=days)
            stale: list[Entry] = [
                (org, service, {"verified": service.assured_date.isoformat()})
                for org, service in waiting.stale
            ]
            messages.append(self._listing(locale, heading, "curator-queue-stale-line", stale))
        if waiting.reviews:
            messages.append(self._reviews(locale, waiting.reviews))
        return messages

    def _reviews(self, locale: str, topics: tuple[Topic, ...]) -> SendText:
        """Topics are reviewed by a lawyer and brought back with `gza rights import`: a list,
        no buttons."""
        lines = [self.text(locale, "curator-queue-rights", count=len(topics))]
        for topic in topics[:MOST_LISTED]:
            title = local(topic.title, locale)
            if topic.reviewed is None:
                lines.append(self.text(locale, "curator-queue-rights-never", title=title))
            else:
                on = topic.reviewed.on.isoformat()
                lines.append(self.text(locale, "curator-queue-rights-line", title=title, day=on))
        return SendText("\n".join(lines))

    def _listing(
        self,
        locale: str,
        heading: str,
        line_id: str,
        entries: list[Entry],
    ) -> SendText:
        """A heading, a line per service (the first few), and a button to open each."""
        shown = entries[:MOST_LISTED]
        lines = [heading] + [
            self.text(locale, line_id, name=pick(service.name, locale), **values)
            for _, service, values in shown
        ]
        rows = tuple(_open_row(locale, org, service) for org, service, _ in shown)
        return SendText("\n".join(lines), rows)


def search_services(catalog: Catalog, query: str) -> list[tuple[Organization, Service]]:
    """By id, or by words found in a name in any language (the service's or its
    organization's): exact ids first, then names that start with the words."""
    words = query.casefold().split()
    if not words:
        return []
    exact = catalog.service(query.strip())
    hits = []
    for org, service in catalog.directory.services():
        names = " ".join([*service.name.values(), *org.name.values(), service.id]).casefold()
        if all(w in names for w in words):
            starts = any(n.casefold().startswith(words[0]) for n in service.name.values())
            hits.append((not starts, service.id, org, service))
    found = [(o, s) for _, _, o, s in sorted(hits, key=lambda h: (h[0], h[1]))]
    if exact is not None:
        found = [exact, *(pair for pair in found if pair[1].id != exact[1].id)]
    return found


def _open_row(locale: str, org: Organization, service: Service) -> tuple[tuple[str, str], ...]:
    label = _label(pick(service.name, locale), pick(org.name, locale))
    return ((label, button("s", service.id)),)


def _label(name: str, organization: str) -> str:
    label = f"{name} — {organization}"
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
