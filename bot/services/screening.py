"""Screening and referral, the person's side: turn their categorical answers into a query,
show the services that fit as cards, and keep the check-in they agreed to.

The flow (``dialogs/``) asks the questions; this module carries out what its steps ask for
with ``do:``. Answers are stored categorical only, under the person's pseudonym."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.core.places import place_label
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.rights.steps import COUNTRY
from bot.services import counting as ev
from bot.services.cards import CardWriter
from bot.services.catalog import Catalog
from bot.services.channel import LONGEST_TEXT, Capabilities
from bot.services.counting import KIND, Counting
from bot.services.ports import FollowUp, Localizer, UnitOfWork
from referral_directory.crisis import crisis_services
from referral_directory.matching import Match, Query, Results, search
from referral_directory.model import TEXT_FALLBACKS, pick
from referral_directory.places import Point
from referral_directory.taxonomy import with_parts

SHOW_RESULTS, SHOW_MORE = "show_results", "show_more"
FOLLOW_UP, RECORD_FEEDBACK = "follow_up", "record_feedback"
COUNT_TOPIC = "count_topic"
"""A rights topic was opened: counted like a search, by its id only."""
STOP_COUNTING = "stop_counting"
"""The person said their answers are not to be counted: what waits to be counted goes too."""
SCREENING_ACTIONS = frozenset(
    {SHOW_RESULTS, SHOW_MORE, FOLLOW_UP, RECORD_FEEDBACK, COUNT_TOPIC, STOP_COUNTING}
)
TOPIC_FIELD = "rights_topic"
SCREENING_FIELDS = ("city", "needs", "groups", "service_language", "prefs")
"""What a search records for the evidence counts (never free text)."""
FOLLOW_UP_FIELDS = ("followup_pick", "followup_respect")
PAGE = 3
MOST = 12
COARSE_DIGITS = 2
"""A shared location is kept to about a kilometre."""
FARTHEST_PLACE_KM = 150.0
CRISIS_TITLE = "emergency-service-title"


@dataclass(frozen=True)
class Acted:
    """What an action did: the new state, and the texts to say where it stood in the turn.
    ``to_menu``: what the step was about to say no longer holds; show the menu instead."""

    state: ConversationState
    texts: tuple[str, ...] = ()
    to_menu: bool = False


@dataclass(frozen=True)
class Crisis:
    """Short cards of the nearest crisis help; ``near``: some are in or near the person's place
    (else all are reached by phone or online)."""

    near: bool
    cards: tuple[str, ...]


def query_from(answers: Mapping[str, str], chat_language: str | None) -> Query:
    """Pure: the person's answers as a matching query."""

    def several(name: str) -> frozenset[str]:
        return frozenset(filter(None, answers.get(name, "").split(",")))

    language = answers.get("service_language")
    if language == "chat":
        language = chat_language
    prefs = several("prefs")
    return Query(
        needs=with_parts(several("needs")),
        city=answers.get("city"),
        groups=several("groups") - {"prefer_not"},
        language=None if language in (None, "any") else language,
        free_only="free" in prefs,
        anonymous_only="anonymous" in prefs,
        chat_language=chat_language,
    )


def coarse(latitude: float, longitude: float) -> tuple[float, float]:
    return round(latitude, COARSE_DIGITS), round(longitude, COARSE_DIGITS)


@dataclass(frozen=True)
class Screening:
    catalog: Catalog
    localizer: Localizer
    follow_up_after: timedelta = timedelta(days=3)
    nearby_km: float = 80.0
    text_fallbacks: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: TEXT_FALLBACKS)
    """Where a directory text missing in the person's language is read (configuration)."""
    counting: Counting = field(default_factory=Counting)
    """Whether the person's answers are counted for the evidence (their say, or the default)."""
    cards: CardWriter = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cards", CardWriter(self.localizer, self.text_fallbacks))

    def nearest_place(self, latitude: float, longitude: float) -> str | None:
        place = self.catalog.nearest(Point(latitude, longitude), FARTHEST_PLACE_KM)
        return place.id if place else None

    def context(self, state: ConversationState, locale: str) -> dict[str, str]:
        """Values a step may use that depend on the person: the services of their check-in."""
        lines = []
        for number, service_id in enumerate(state.offered[:PAGE], start=1):
            found = self.catalog.service(service_id)
            if found is not None:
                org, service = found
                name, by = (pick(t, locale, self.text_fallbacks) for t in (service.name, org.name))
                lines.append(f"{number}. {name} — {by}")
        values = {"followup_services": "\n".join(lines)}
        country = self.country(state)
        if country is not None:  # else the deployment's country (the flow's context) stands
            values[COUNTRY] = country
        return values

    def country(self, state: ConversationState) -> str | None:
        """The country of the person's place: the city they chose, else the place of the link
        they came by (``?start=batumi``); None when neither is a known place."""
        places = self.catalog.directory.places.by_id
        for candidate in (state.answers.get("city"), state.entry_code):
            place = places.get(candidate.lower()) if candidate else None
            if place is not None:
                return place.country
        return None

    async def crisis(
        self,
        uow: UnitOfWork,
        place: str | None,
        locale: str,
        now: datetime,
        said: Collection[str] = (),
    ) -> Crisis | None:
        """The nearest crisis help open now (``referral_directory.crisis``) as short cards;
        None when the directory has nothing open now (the numbers already ``said`` stand)."""
        await self.catalog.refresh(uow.directory)
        index = self.catalog.index
        found = crisis_services(index, place, now, self.nearby_km, locale, said=said)
        if not found:
            return None
        near = any(m.location is not None for m in found)
        cards = tuple(self.cards.brief(locale, m, CRISIS_TITLE) for m in found)
        return Crisis(near, cards)

    async def act(
        self,
        name: str,
        uow: UnitOfWork,
        person: str,
        can: Capabilities,
        state: ConversationState,
        locale: str,
        now: datetime,
    ) -> Acted:
        if name in (SHOW_RESULTS, SHOW_MORE):
            more = name == SHOW_MORE
            return await self._results(uow, person, state, locale, now, more, can.max_text)
        if name == FOLLOW_UP:
            return await self._follow_up(uow, person, can, state, locale, now)
        if name == RECORD_FEEDBACK:
            return await self._feedback(uow, person, state, now)
        if name == STOP_COUNTING:
            await self.counting.stop(uow, person)
            return Acted(state)
        if name == COUNT_TOPIC and TOPIC_FIELD in state.answers:
            topic = {TOPIC_FIELD: state.answers[TOPIC_FIELD]}
            await self.counting.note(uow, person, topic, now, state.answers)
            return Acted(state)
        raise ValueError(f"unknown screening action {name}")

    async def _results(
        self,
        uow: UnitOfWork,
        person: str,
        state: ConversationState,
        locale: str,
        now: datetime,
        more: bool,
        limit: int,
    ) -> Acted:
        await self.catalog.refresh(uow.directory)  # a curator's change counts at once
        query = query_from(state.answers, state.locale)
        near = Point(*state.near) if state.near else None
        results = search(query, self.catalog.index, now, near, MOST, self.nearby_km)
        if not more:
            answers = {k: v for k, v in state.answers.items() if k in SCREENING_FIELDS}
            await self.counting.note(uow, person, answers, now, state.answers)
            page = results.matches[:PAGE]
            intro = self._intro(locale, results, len(page))
            cards = [self.cards.card(locale, i, m, now.date()) for i, m in enumerate(page, start=1)]
            return Acted(replace(state, offered=_ids(page)), pack([intro, *cards], limit))
        unseen = tuple(m for m in results.matches if m.service.id not in state.offered)
        page = unseen[:PAGE]
        if not page:
            return Acted(state, (self._say(locale, "results-no-more"),))
        first = len(state.offered) + 1
        cards = [self.cards.card(locale, i, m, now.date()) for i, m in enumerate(page, start=first)]
        return Acted(replace(state, offered=state.offered + _ids(page)), pack(cards, limit))

    def _intro(self, locale: str, results: Results, count: int) -> str:
        if not count:
            return self._say(locale, "results-none")
        widened = results.widened
        wider = widened.nearby or widened.area is not None
        if wider and widened.fewer_filters:
            return self._say(locale, "results-widened-both")
        if widened.area is not None:
            place = Text(place_label(widened.area))
            return self.localizer.render(locale, Text("results-widened-area", {"place": place}))
        if widened.nearby:
            return self._say(locale, "results-widened-nearby")
        if widened.fewer_filters:
            return self._say(locale, "results-widened-filters")
        return self.localizer.render(locale, Text("results-found", {"count": count}))

    async def _follow_up(
        self,
        uow: UnitOfWork,
        person: str,
        can: Capabilities,
        state: ConversationState,
        locale: str,
        now: datetime,
    ) -> Acted:
        if not can.reaches_later:  # the flow does not offer it there (``needs:``)
            return Acted(state, to_menu=True)
        if not state.offered:
            return Acted(state, (self._say(locale, "followup-nothing"),), to_menu=True)
        due = now + self.follow_up_after
        await uow.follow_ups.schedule(FollowUp(person, due, state.offered[:PAGE]))
        return Acted(state)

    async def _feedback(
        self, uow: UnitOfWork, person: str, state: ConversationState, now: datetime
    ) -> Acted:
        """Count the answer against the service (never against the person), queue a report
        of disrespect for the curators, and forget the check-in."""
        asked = await uow.follow_ups.sent_for(person)
        answers = {k: v for k, v in state.answers.items() if k not in FOLLOW_UP_FIELDS}
        done = replace(state, answers=answers, offered=())
        if asked is None or asked.id is None:
            return Acted(done)  # answered already, or a stale button
        pick_, respect = state.answers.get("followup_pick"), state.answers.get("followup_respect")
        picked = pick_ in ("1", "2", "3") and int(pick_ or 0) <= len(asked.services)
        if picked and respect in ("yes", "no"):
            service_id = asked.services[int(pick_ or 0) - 1]
            await uow.feedback.record(service_id, respect == "yes")
            if respect == "no":
                await uow.feedback.report(service_id, now)
        if picked or pick_ == "none":
            chosen = (asked.services[int(pick_ or 0) - 1],) if picked else asked.services
            for row in self._evidence(chosen, picked, respect):
                await self.counting.note(uow, person, row, now, state.answers)
        await uow.follow_ups.close(asked.id)
        return Acted(done)

    def _evidence(
        self, services: tuple[str, ...], reached: bool, respect: str | None
    ) -> list[dict[str, str]]:
        """A check-in as evidence rows: the type of service (its needs) and whether it was
        reached; and, when the person was not treated with respect, where (the service's city)."""
        found = [f for f in map(self.catalog.service, services) if f is not None]
        kinds = ",".join(sorted({need for _, service in found for need in service.needs}))
        row = {
            KIND: ev.FOLLOW_UP,
            "followup_type": kinds,
            "followup_reached": "yes" if reached else "no",
        }
        if not reached:
            row["followup_respected"] = "not_reached"
        elif respect in ("yes", "no"):
            row["followup_respected"] = respect
        rows = [row]
        if reached and respect == "no" and found:
            org, service = found[0]
            cities = [loc.city for loc in org.locations if loc.id in service.location_ids]
            city = cities[0] if cities else "remote"
            rows.append({KIND: ev.DISRESPECT, "disrespect_type": kinds, "disrespect_city": city})
        return rows

    def _say(self, locale: str, text_id: str) -> str:
        return self.localizer.render(locale, Text(text_id))


def pack(blocks: list[str], limit: int = LONGEST_TEXT) -> tuple[str, ...]:
    """Blocks (intro, cards) joined into as few messages as fit the channel's limit; a block
    longer than the limit is cut (a card is never that long unless a listing is broken)."""
    messages: list[str] = []
    for block in blocks:
        block = block if len(block) <= limit else block[: limit - 1] + "…"
        if messages and len(messages[-1]) + 2 + len(block) <= limit:
            messages[-1] += "\n\n" + block
        else:
            messages.append(block)
    return tuple(messages)


def _ids(matches: tuple[Match, ...]) -> tuple[str, ...]:
    return tuple(m.service.id for m in matches)
