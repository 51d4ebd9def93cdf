"""The place question as data: a ``places:`` step of a flow becomes one step per level of the
directory's places (the top level, then each region's municipalities and towns, and so on),
paged within the channels' button limits. Built afresh whenever the places change, so a place
added to the directory is in the question with no change to the flow or the locales.

Generated steps are ordinary steps: Back, Exit, a shared location and stale buttons work on
them as anywhere else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core.flow import MAX_CHOICE_ID, Choice, Flow, Step
from bot.core.texts import Text

PAGE = 8
"""Places per message: short enough to read on a phone, far below any channel's button limit."""
INSIDE, PAGE_MARK = ">", "+"
"""Generated step ids: ``ask-city>imereti``, its second page ``ask-city>imereti+2``."""
PLACE_PREFIX = "place-"
MORE = "~more"
MORE_LABEL = "places-more"
WHOLE_LABEL = "places-whole"
PLACE_TEXTS = frozenset({MORE_LABEL, WHOLE_LABEL})
MAX_BASE_STEP = 64 - len("|") - MAX_CHOICE_ID - len(INSIDE) - MAX_CHOICE_ID - len("+99")
"""A places step's own name is short, so that every generated payload fits 64 bytes."""


@dataclass(frozen=True)
class PlaceOption:
    """A place as the question needs it; its name is the text ``place-<id>``."""

    id: str
    parent: str | None = None


def place_label(place_id: str) -> str:
    return f"{PLACE_PREFIX}{place_id}"


def with_places(flow: Flow, places: Sequence[PlaceOption]) -> Flow:
    """The flow with every ``places:`` step answered by ``places`` (in the order given)."""
    steps = dict(flow.steps)
    for step in flow.steps.values():
        if step.places is not None:
            steps.update(_levels(step, places))
    return replace(flow, steps=steps)


def _levels(step: Step, places: Sequence[PlaceOption]) -> dict[str, Step]:
    known = {p.id for p in places}
    inside: dict[str | None, list[str]] = {None: []}
    for place in places:
        parent = place.parent if place.parent in known else None
        inside.setdefault(parent, []).append(place.id)
    steps: dict[str, Step] = {}
    for parent, ids in inside.items():
        options = [_whole(step, parent)] if parent is not None else []
        options += [_option(step, place_id, place_id in inside) for place_id in ids]
        steps.update(_pages(step, parent, options))
    return steps


def _pages(step: Step, parent: str | None, options: list[Choice]) -> dict[str, Step]:
    chunks = [options[i : i + PAGE] for i in range(0, len(options), PAGE)] or [[]]
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        more = []
        if number < len(chunks):
            more = [Choice(MORE, MORE_LABEL, level_id(step.id, parent, number + 1))]
        page_id = level_id(step.id, parent, number)
        own = step.places if page_id == step.id else None  # only the first asks anew
        choices = (*chunk, *more, *step.choices)
        pages[page_id] = replace(step, id=page_id, choices=choices, places=own)
    return pages


def level_id(base: str, parent: str | None, page: int = 1) -> str:
    """The step showing the places inside ``parent`` (None: the top), page ``page``."""
    step = base if parent is None else f"{base}{INSIDE}{parent}"
    return step if page == 1 else f"{step}{PAGE_MARK}{page}"


def _option(step: Step, place_id: str, has_inside: bool) -> Choice:
    """A place with places inside opens them; any other is the answer."""
    label = place_label(place_id)
    if has_inside:
        return Choice(place_id, label, level_id(step.id, place_id))
    assert step.places is not None
    return Choice(place_id, label, step.next, {step.places: place_id})


def _whole(step: Step, parent: str) -> Choice:
    """The whole of the place whose insides are shown: anywhere in the region."""
    assert step.places is not None
    args = {"place": Text(place_label(parent))}
    return Choice(parent, WHOLE_LABEL, step.next, {step.places: parent}, args=args)
