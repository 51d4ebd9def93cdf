"""A service card as the person reads it: hours in words people use (by appointment, 24/7,
day names per locale), "open now" said once, and every directory text read along the person's
language's fallback order, saying so when it leaves their language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError, load_settings
from bot.core.texts import Text
from bot.i18n import LOCALES, Localizer
from bot.services.cards import CardWriter, DayWords, week_text
from referral_directory.coverage import coverage
from referral_directory.files import load_directory
from referral_directory.hours import DAY_MINUTES, WEEKDAYS, Span, WeeklyHours, parse_hours
from referral_directory.matching import DirectoryIndex, Match, Query, Reason, search
from referral_directory.model import (
    TEXT_FALLBACKS,
    Directory,
    Location,
    Organization,
    Service,
    pick,
)
from referral_directory.taxonomy import GROUPS
from tests.conftest import EXAMPLE_DIRECTORY, ROOT

LOCALIZER = Localizer(ROOT / "locales")
WRITER = CardWriter(LOCALIZER)
TODAY = date(2026, 12, 6)
EN_DAYS = DayWords(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "Every day", "24 hours")


def say(locale: str, text_id: str, **args: str) -> str:
    return LOCALIZER.render(locale, Text(text_id, args))


def service(hours: WeeklyHours | None, **texts: Mapping[str, str]) -> Service:
    return Service(
        id="s",
        organization_id="o",
        name=texts.get("name", {"en": "Advice", "ru": "Консультации", "az": "Məsləhət"}),
        description=texts.get("description", {"en": "We listen.", "ru": "Мы слушаем."}),
        needs=frozenset({"legal"}),
        assured_date=TODAY,
        free=False,
        fees_description=texts.get("fees", {}),
        hours=hours,
        location_ids=("here",),
    )


def match(svc: Service, open_now: bool | None = None, **texts: Mapping[str, str]) -> Match:
    here = Location("here", "tbilisi", address=texts.get("address", {"en": "1 Example St"}))
    org = Organization("o", texts.get("org", {"en": "Open Door"}), {}, (svc,), (here,))
    reasons = (Reason("free"), Reason("open_now")) if open_now else (Reason("free"),)
    return Match(org, svc, here, None, open_now, reasons, 1.0)


def hours_line(card: str) -> str:
    return next(line for line in card.splitlines() if line.startswith("🕒"))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_service_seen_by_appointment_says_so_not_closed(locale: str) -> None:
    card = WRITER.card(locale, 1, match(service(parse_hours({}))), TODAY)
    assert hours_line(card) == say(locale, "card-by-appointment")
    assert say(locale, "card-closed-now") not in card


@pytest.mark.parametrize("locale", LOCALES)
def test_a_service_open_round_the_clock_says_24_7_and_not_open_now(locale: str) -> None:
    always = parse_hours({"daily": "24h"})
    card = WRITER.card(locale, 1, match(service(always), open_now=True), TODAY)
    assert hours_line(card) == say(locale, "card-hours-always")
    assert "24/7" in card and "00:00" not in card
    assert say(locale, "card-open-now") not in card


@pytest.mark.parametrize("locale", LOCALES)
def test_open_now_is_said_once_on_the_hours_line(locale: str) -> None:
    weekdays = parse_hours({"mon-fri": "10:00-18:00"})
    card = WRITER.card(locale, 1, match(service(weekdays), open_now=True), TODAY)
    assert card.count(say(locale, "card-open-now")) == 1
    assert say(locale, "card-open-now") in hours_line(card)
    assert say(locale, "reason-free") in card  # the other reasons stay on the why-line


def test_every_example_card_says_open_now_at_most_once_in_every_locale() -> None:
    index = DirectoryIndex(load_directory(EXAMPLE_DIRECTORY))
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday noon in Tbilisi
    found = search(Query(), index, now, limit=100).matches
    assert any(m.open_now for m in found)
    for locale in LOCALES:
        said = say(locale, "card-open-now")
        assert all(WRITER.card(locale, 1, m, TODAY).count(said) <= 1 for m in found)


def test_azerbaijani_cards_name_the_days_in_words_not_babel_abbreviations() -> None:
    weekdays = parse_hours({"mon-fri": "10:00-17:00"})
    card = WRITER.card("az", 1, match(service(weekdays)), TODAY)
    assert "Bazar ertəsi–Cümə 10:00–17:00" in hours_line(card)
    assert "B.e." not in card


def test_days_with_the_same_hours_are_grouped_and_a_whole_week_says_every_day() -> None:
    week = parse_hours({"mon-fri": "10:00-13:00, 14:00-19:00", "sat": "24h"})
    assert week_text(week, EN_DAYS) == "Mon–Fri 10:00–13:00, 14:00–19:00; Sat 24 hours"
    assert week_text(parse_hours({"daily": "09:00-21:00"}), EN_DAYS) == "Every day 09:00–21:00"
    assert WRITER.week("ru", week).startswith("пн–пт 10:00–13:00, 14:00–19:00; сб ")


@st.composite
def weeks(draw: st.DrawFn) -> WeeklyHours:
    """Any week: each day closed, or one or two spans that do not overlap."""
    days = []
    for _ in WEEKDAYS:
        cuts = sorted(draw(st.sets(st.integers(0, DAY_MINUTES), max_size=4)))
        cuts = cuts[: len(cuts) // 2 * 2]
        days.append(tuple(Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)))
    return WeeklyHours(tuple(days))


def read_back(text: str) -> list[tuple[Span, ...]]:
    """The week an English hours line describes (the inverse of ``week_text``)."""
    days: list[tuple[Span, ...]] = [() for _ in WEEKDAYS]
    for part in filter(None, text.split("; ")):
        names, spans = re.fullmatch(r"(Every day|\w+(?:–\w+)?) (.+)", part).groups()  # type: ignore[union-attr]
        first, _, last = names.partition("–")
        chosen = (
            range(7)
            if names == "Every day"
            else range(EN_DAYS.names.index(first), EN_DAYS.names.index(last or first) + 1)
        )
        read = tuple(_span(s) for s in spans.split(", "))
        for day in chosen:
            days[day] = read
    return days


def _span(text: str) -> Span:
    if text == "24 hours":
        return Span(0, DAY_MINUTES)
    opens, closes = (int(t[:2]) * 60 + int(t[3:]) for t in text.split("–"))
    return Span(opens, closes)


@given(weeks())
def test_any_week_reads_back_from_its_hours_line(week: WeeklyHours) -> None:
    text = week_text(week, EN_DAYS)
    assert read_back(text) == list(week.days)
    assert len(text.split("; ")) <= 7 if text else week.by_appointment


@given(weeks(), st.sampled_from(LOCALES), st.booleans())
def test_any_week_renders_in_every_locale_with_its_own_day_names(
    week: WeeklyHours, locale: str, open_now: bool
) -> None:
    card = WRITER.card(locale, 1, match(service(week), open_now=open_now), TODAY)
    line = hours_line(card)
    if week.by_appointment:
        assert line == say(locale, "card-by-appointment")
    elif not week.always_open:
        first_open = next(d for d, spans in enumerate(week.days) if spans)
        words = (say(locale, f"card-day-{WEEKDAYS[first_open]}"), say(locale, "card-every-day"))
        assert any(word in line for word in words)
        assert line.count(say(locale, "card-open-now" if open_now else "card-closed-now")) == 1


def test_an_azerbaijani_card_missing_its_texts_reads_russian_and_says_so() -> None:
    found = match(service(None, fees={"en": "10 GEL", "ru": "10 лари"}))
    card = WRITER.card("az", 1, found, TODAY)
    assert "Məsləhət" in card  # the name is in Azerbaijani: kept
    assert "Мы слушаем." in card and "10 лари" in card
    assert "We listen." not in card and "10 GEL" not in card
    assert say("az", "card-texts-in", language="ru") in card


def test_a_card_wholly_in_the_person_language_has_no_language_note() -> None:
    texts = {"name": {"bg": "Съвети"}, "description": {"bg": "Слушаме."}, "org": {"bg": "Врата"}}
    found = match(service(None, **texts), address={"bg": "ул. Примерна 1"}, org={"bg": "Врата"})
    card = WRITER.card("bg", 1, found, TODAY)
    assert all(say("bg", "card-texts-in", language=code) not in card for code in LOCALES)


def test_the_configured_order_decides_where_a_missing_text_is_read() -> None:
    english_first = CardWriter(LOCALIZER, {**TEXT_FALLBACKS, "az": ("en", "ru")})
    card = english_first.card("az", 1, match(service(None)), TODAY)
    assert "We listen." in card and say("az", "card-texts-in", language="en") in card


texts = st.dictionaries(st.sampled_from(LOCALES), st.text("абвxyz", min_size=1, max_size=5))


@given(texts, st.sampled_from(LOCALES))
def test_a_text_is_read_in_the_first_language_of_the_order_that_has_it(
    text: dict[str, str], locale: str
) -> None:
    order = (locale, *TEXT_FALLBACKS[locale])
    expected = next((text[code] for code in order if code in text), None)
    assert pick(text, locale) == (
        expected if expected is not None else next(iter(text.values()), "")
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_falls_back_to_other_languages_only(locale: str) -> None:
    order = TEXT_FALLBACKS[locale]
    assert locale not in order and len(set(order)) == len(order) and set(order) <= set(LOCALES)


def test_the_fallback_order_is_configured_per_language(tmp_path: Path) -> None:
    path = tmp_path / "gza.toml"
    path.write_text('[directory.text_fallbacks]\naz = ["ka", "en"]\n', "utf-8")
    fallbacks = load_settings(path).directory.fallbacks()
    assert fallbacks["az"] == ("ka", "en") and fallbacks["hy"] == TEXT_FALLBACKS["hy"]


@pytest.mark.parametrize(
    "order", ['["az", "ru"]', '["ru", "ru"]', '["fr"]'], ids=["itself", "twice", "unknown"]
)
def test_a_fallback_order_that_cannot_be_followed_is_refused(tmp_path: Path, order: str) -> None:
    path = tmp_path / "gza.toml"
    path.write_text(f"[directory.text_fallbacks]\naz = {order}\n", "utf-8")
    with pytest.raises(ConfigError, match=r"directory\.text_fallbacks"):
        load_settings(path)


def test_the_example_directory_has_every_card_text_in_every_locale() -> None:
    report = coverage(load_directory(EXAMPLE_DIRECTORY), LOCALES)
    assert [c.line() for c in report if c.incomplete] == []


def every_text(org: Organization) -> list[Mapping[str, str]]:
    texts = [org.name, org.description]
    texts += [t for place in org.locations for t in (place.name, place.address) if t]
    for svc in org.services:
        texts += [svc.name, svc.description, svc.fees_description]
        texts += [phone.description for phone in svc.phones]
    return [text for text in texts if text]


def test_every_example_text_is_in_all_seven_languages_and_marked_invented_or_public() -> None:
    orgs = load_directory(EXAMPLE_DIRECTORY).organizations
    invented = [org for org in orgs if not org.id.startswith("public-")]
    assert invented and all(org.example for org in invented)
    assert all(org.name[code].endswith(")") for org in invented for code in LOCALES)
    for path in (EXAMPLE_DIRECTORY / "organizations").glob("public-*.yaml"):
        head = path.read_text(encoding="utf-8")
        assert head.startswith("# PUBLIC: verify before deploying."), path.name
        comments = head.split("\nid:")[0]
        assert re.search(r"^# Sources?:$", comments, re.M), path.name
        assert "https://" in comments, path.name
    lacking = [
        (org.id, text["en"]) for org in orgs for text in every_text(org) if set(LOCALES) - set(text)
    ]
    assert lacking == []


def test_coverage_counts_each_service_lacking_a_text_once_per_field() -> None:
    svc = service(None, fees={"en": "10 GEL"})
    org = Organization("o", {"en": "Open Door", "ka": "ღია კარი"}, {}, (svc,), ())
    (ka,) = coverage(Directory((org,), load_directory(EXAMPLE_DIRECTORY).places), ["ka"])
    assert ka.incomplete == 1
    assert ka.lacking == {"name": 1, "description": 1, "address": 0, "fees": 1}


def test_the_example_configuration_shows_the_default_fallback_order() -> None:
    settings = load_settings(ROOT / "config.example.toml")
    assert settings.directory.fallbacks() == dict(TEXT_FALLBACKS)
    assert set(settings.directory.text_fallbacks) == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_group_has_its_own_reason_and_an_unknown_one_claims_no_group(locale: str) -> None:
    unknown = say(locale, "reason-friendly-to", group="someone")
    known = {group: say(locale, "reason-friendly-to", group=group) for group in GROUPS}
    assert unknown not in known.values() and len(set(known.values())) == len(GROUPS)
    assert say(locale, "reason-friendly-to", group="lgbtqi") not in unknown


FIELDS = ("name", "org", "description", "address", "fees")


@given(
    st.fixed_dictionaries(
        {f: st.sets(st.sampled_from(LOCALES), min_size=1).map(sorted) for f in FIELDS}
    ),
    st.sampled_from(LOCALES),
)
def test_a_card_reads_every_text_along_one_order_and_says_when_it_leaves_the_language(
    written: dict[str, list[str]], locale: str
) -> None:
    texts = {f: {code: f"<{f}-{code}>" for code in codes} for f, codes in written.items()}
    card = WRITER.card(locale, 1, match(service(None, **texts), **texts), TODAY)
    for text in texts.values():
        assert pick(text, locale) in card
        assert [value for value in text.values() if value in card] == [pick(text, locale)]
    left = any(locale not in codes for codes in written.values())
    notes = [say(locale, "card-texts-in", language=code) for code in LOCALES]
    assert any(note in card for note in notes) == left
