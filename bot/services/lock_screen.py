"""Words that give Gza's purpose away when they open a message: a lock screen or a chat list
shows the first characters of what arrives, where an abuser may read them. The words are data
(``dialogs/lock_screen.yaml``), per language; the console warns as staff type and asks before
sending, and the test of every unprompted message uses the same list."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

OPENING = 120
"""About what a lock screen or a chat-list preview shows."""


@dataclass(frozen=True)
class Word:
    text: str
    """Casefolded; matched at the start of a word (inflected forms share their start)."""
    whole: bool = False
    """Only as a whole word (short words that start harmless ones: sti, stick)."""

    def pattern(self) -> re.Pattern[str]:
        end = r"(?!\w)" if self.whole else ""
        return re.compile(r"(?<!\w)" + re.escape(self.text) + end)


@dataclass(frozen=True)
class LockScreen:
    words: Mapping[str, Mapping[str, tuple[Word, ...]]] = field(default_factory=dict)
    """Concept (drugs, violence...) -> locale -> words."""
    opening: int = OPENING

    def of(self, locale: str) -> tuple[Word, ...]:
        return tuple(w for by_locale in self.words.values() for w in by_locale.get(locale, ()))

    def found(self, text: str, locale: str) -> list[str]:
        """The revealing words in the opening of ``text``, in the list's order."""
        opening = text[: self.opening].casefold()
        return [w.text for w in self.of(locale) if w.pattern().search(opening)]


def lock_screen_from(data: object, locales: tuple[str, ...]) -> LockScreen:
    """From the YAML's shape; a ValueError names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), dict):
        raise ValueError("expected `opening`, `whole_words` and `concepts`")
    opening = data.get("opening", OPENING)
    whole = data.get("whole_words", [])
    if not isinstance(opening, int) or opening < 1 or not isinstance(whole, list):
        raise ValueError("`opening` is a number of characters, `whole_words` a list")
    wholes = {str(w).casefold() for w in whole}
    concepts: dict[str, dict[str, tuple[Word, ...]]] = {}
    for concept, by_locale in data["concepts"].items():
        if not isinstance(by_locale, dict) or sorted(by_locale) != sorted(locales):
            raise ValueError(f"{concept}: give words for every language: {', '.join(locales)}")
        concepts[str(concept)] = {}
        for locale, words in by_locale.items():
            if not isinstance(words, list) or not words:
                raise ValueError(f"{concept}.{locale}: a list of words")
            folded = [str(w).casefold() for w in words]
            concepts[str(concept)][locale] = tuple(Word(w, w in wholes) for w in folded)
    return LockScreen(concepts, opening)
