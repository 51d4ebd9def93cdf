"""Saved replies staff put in the reply box and edit before sending (never sent by
themselves): the NGO's own, one YAML file per language (``dialogs/canned/<locale>.yaml``), and
first the required "what we keep and who can read it", a Fluent message filled with the
deployment's real retention periods so it cannot drift from what Gza keeps."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.texts import Text
from bot.services.ports import Localizer

WHAT_WE_KEEP = "what-we-keep"
WHAT_WE_KEEP_TEXT, WHAT_WE_KEEP_TITLE = "canned-what-we-keep", "canned-what-we-keep-title"
LONGEST = 4000
KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")


@dataclass(frozen=True)
class CannedReply:
    key: str
    """Stable and plain (``address-hours``): a no-JavaScript form sends it, never the text."""
    title: str
    text: str

    def matches(self, query: str) -> bool:
        """Every word of the query starts a word of the title or the text."""
        words = WORD.findall(_folded(f"{self.title} {self.text}"))
        return all(any(w.startswith(q) for w in words) for q in WORD.findall(_folded(query)))


WORD = re.compile(r"\w+")


def _folded(text: str) -> str:
    """Letter by letter, so that a word's start folds to the start of the folded word: capitals
    and small letters alike (through capitals, so Azerbaijani's dotless i and an i typed as a
    capital I meet) and accents dropped, so "cafe" finds "café"."""
    decomposed = unicodedata.normalize("NFD", text.upper().casefold())
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


@dataclass(frozen=True)
class Canned:
    own: Mapping[str, tuple[CannedReply, ...]] = field(default_factory=dict)
    """The NGO's, by locale."""
    idle_days: int = 90
    closed_days: int = 30

    def for_locale(self, localizer: Localizer, locale: str) -> list[CannedReply]:
        """What staff may pick for a person writing in ``locale``: the required one first."""
        days = {"days": self.idle_days, "closed_days": self.closed_days}
        required = CannedReply(
            WHAT_WE_KEEP,
            localizer.render(locale, Text(WHAT_WE_KEEP_TITLE)),
            localizer.render(locale, Text(WHAT_WE_KEEP_TEXT, days)).strip(),
        )
        return [required, *self.own.get(locale, ())]


def search(replies: list[CannedReply], query: str) -> list[CannedReply]:
    return [r for r in replies if r.matches(query)]


def canned_from(data: object, locale: str) -> tuple[CannedReply, ...]:
    """One language's file: a list of ``key``, ``title``, ``text``; a ValueError names the
    entry that is wrong."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValueError(f"{locale}: a list of replies, each with key, title and text")
    replies: list[CannedReply] = []
    for number, entry in enumerate(data, 1):
        where = f"{locale}, reply {number}"
        if not isinstance(entry, dict) or set(entry) != {"key", "title", "text"}:
            raise ValueError(f"{where}: give exactly key, title and text")
        key, title, text = (str(entry[k]).strip() for k in ("key", "title", "text"))
        if not KEY.fullmatch(key) or key == WHAT_WE_KEEP:
            raise ValueError(f"{where}: key {key!r}: lower-case letters, digits and -")
        if key in {r.key for r in replies}:
            raise ValueError(f"{where}: key {key!r} is used twice")
        if not title or not text or len(text) > LONGEST:
            raise ValueError(f"{where}: a title, and a text of 1 to {LONGEST} characters")
        replies.append(CannedReply(key, title, text))
    return tuple(replies)
