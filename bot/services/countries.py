"""Which country a person is in, as far as their answers tell: a deployment may serve several,
and each country has its own emergency numbers (configuration) and, when the rights library
uses it, its own legal topics. Pure: a function of the answers and the directory's places."""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.state import ConversationState
from referral_directory.places import Places


def country_of(answers: Mapping[str, str], places: Places, entry: str | None = None) -> str | None:
    """The country of the place the person chose (``answers["city"]``), else of the place of
    the link they came by (``entry``, e.g. ``?start=sofia``); None when neither is a place.
    The hook for anything that differs by country (numbers, legal topics)."""
    for candidate in (answers.get("city"), entry):
        place = places.by_id.get(candidate.lower()) if candidate else None
        if place is not None:
            return place.country
    return None


def country_of_state(state: ConversationState, places: Places) -> str | None:
    """``country_of`` for a conversation: its answers and the code of the link it began with."""
    return country_of(state.answers, places, state.entry_code)
