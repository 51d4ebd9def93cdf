"""Which languages a phone line speaks, where the directory knows it (the HSDS ``languages``
of the service that answers the number). 116 006 speaks eight languages but not Ukrainian or
Bulgarian: a person must learn that before dialling, not on the phone. Pure: a function of the
directory and the person's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.core.texts import Text
from referral_directory.matching import service_country
from referral_directory.model import Directory
from referral_directory.taxonomy import LANGUAGES

NUMBER_LINE = "emergency-number-line"
SPOKEN = {True: "emergency-number-line-languages", False: "emergency-number-line-not-yours"}
CARD_SPOKEN = {True: "card-languages", False: "card-languages-not-yours"}
LANGUAGE_NAME = "common-language"

Spoken = Mapping[tuple[str, str], frozenset[str]]
"""(country, the number's digits) -> the languages spoken on it."""


def digits(number: str) -> str:
    """A number as dialled: "116 006", "116-006" and "(116) 006" are one line."""
    return "".join(c for c in number if c.isdigit())


def spoken_lines(directory: Directory) -> Spoken:
    """The languages of every active line the directory lists, by country (112 is a different
    line in Georgia and in Bulgaria); a number several services answer speaks all of theirs."""
    found: dict[tuple[str, str], frozenset[str]] = {}
    for org in directory.organizations:
        country = service_country(org, directory.places)
        for service in org.services:
            if service.status != "active" or not service.languages:
                continue
            for phone in service.phones:
                key = (country, digits(phone.number))
                found[key] = found.get(key, frozenset()) | service.languages
    return found


def ordered(codes: Iterable[str]) -> list[str]:
    """Languages in the directory's order (the bot's own first), unknown codes last."""
    rank = {code: i for i, code in enumerate(LANGUAGES)}
    return sorted(set(codes), key=lambda c: (rank.get(c, len(rank)), c))


def names_of(codes: Iterable[str], name: Callable[[str], str]) -> str:
    return ", ".join(name(code) for code in ordered(codes))


def with_languages(
    lines: tuple[Text, ...],
    spoken: Callable[[str], frozenset[str] | None],
    locale: str,
    name: Callable[[str], str],
) -> tuple[Text, ...]:
    """The emergency number lines, each saying which languages it speaks where that is known
    (``spoken``: digits -> languages), and plainly when not the person's (``locale``)."""
    return tuple(_with_languages(line, spoken, locale, name) for line in lines)


def _with_languages(
    line: Text,
    spoken: Callable[[str], frozenset[str] | None],
    locale: str,
    name: Callable[[str], str],
) -> Text:
    number = line.args.get("number")
    if line.id != NUMBER_LINE or not isinstance(number, str):
        return line
    codes = spoken(digits(number))
    if not codes:
        return line
    args = {**line.args, "languages": names_of(codes, name)}
    return Text(SPOKEN[locale in codes], args)
