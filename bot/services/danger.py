"""The danger route, "Yes, I am in danger": what the person reads, in this order: the
emergency numbers (once), the nearest crisis help open now, and one honest sentence about
whether someone from the team will write back. Nothing here promises a person who is not
coming: the sentence follows from the case and the shifts (``Reach``), never from hope."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.core.replies import Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.services.handoff import Reach, when_back
from bot.services.screening import CRISIS_TITLE, Crisis

TEAM_TOLD = "emergency-team-told"
TEAM_BACK = "emergency-team-back"
TEAM_LATER = "emergency-team-later"
TEAM_NONE = "emergency-team-none"
NEAR_INTRO = "emergency-open-near"
PHONE_INTRO = "emergency-open-by-phone"
DANGER_TEXTS = frozenset(
    {TEAM_TOLD, TEAM_BACK, TEAM_LATER, TEAM_NONE, NEAR_INTRO, PHONE_INTRO, CRISIS_TITLE}
)
"""Texts of the danger route, beside the flow's own ``start-emergency``."""


def team_line(reach: Reach | None, locale: str) -> Text:
    """The promise, only when it holds: a case is open and someone is on duty now. Otherwise
    say that nobody can write back now and, when known, when the team is back. ``None``: no
    team is configured at all."""
    if reach is None or not reach.case_open:
        return Text(TEAM_NONE)
    if reach.on_duty:
        return Text(TEAM_TOLD)
    if reach.back is not None:
        return Text(TEAM_BACK, {"when": when_back(reach.back, locale)})
    return Text(TEAM_LATER)


def crisis_say(crisis: Crisis, place: str | None) -> Say:
    """The crisis help under one short line: where it is, or that it is by phone."""
    services = "\n\n".join(crisis.cards)
    if crisis.near and place is not None:
        intro = Text(NEAR_INTRO, {"place": Text(f"place-{place}"), "services": services})
        return Say(intro, contacts=True)
    return Say(Text(PHONE_INTRO, {"services": services}), contacts=True)


def numbers_said(lines: object) -> tuple[str, ...]:
    """The phone numbers in the emergency lines (``emergency-number-line`` texts) the person
    has just read, so that the crisis help does not repeat them."""
    if not isinstance(lines, tuple):
        return ()
    found = (line.args.get("number") for line in lines if isinstance(line, Text))
    return tuple(n for n in found if isinstance(n, str))


def place_of(state: ConversationState, places: Mapping[str, object]) -> str | None:
    """Where the person is, as far as we know before the city question: the city they chose
    earlier, else the place of the link they came by (``?start=kutaisi``), else nothing."""
    for candidate in (state.answers.get("city"), state.entry_code):
        if candidate and candidate.lower() in places:
            return candidate.lower()
    return None


def arrange(replies: Sequence[Reply], after: Sequence[Say]) -> tuple[Reply, ...]:
    """The step's own text (the numbers) first, then ``after``; the step's buttons move to the
    last message, so the way on (and Exit) stays under what was said last."""
    says = [i for i, r in enumerate(replies) if isinstance(r, Say)]
    if not says or not after:
        return (*replies, *after)
    last = says[-1]
    step = replies[last]
    assert isinstance(step, Say)
    moved = (*after[:-1], replace(after[-1], buttons=step.buttons))
    return (*replies[:last], replace(step, buttons=()), *moved, *replies[last + 1 :])
