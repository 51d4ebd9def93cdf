"""Holding a conversation: load the person's state, advance the engine, save, queue the replies.

Runs inside the caller's unit of work, so the new state and the replies it caused are committed
together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.core.engine import LANGUAGE_ORDER, TEAM_ON_DUTY, Context, Turn, advance
from bot.core.events import (
    CheckInDue,
    Event,
    LocationShared,
    MenuRequested,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.core.flow import Flow
from bot.core.replies import Act, EndSession, Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Button, Text
from bot.rights.steps import COUNTRY
from bot.services.countries import country_of_state
from bot.services.danger import arrange, crisis_say, numbers_said, place_of, team_line
from bot.services.handoff import HandoffService, Reach
from bot.services.inbox import Outcome
from bot.services.line_languages import LANGUAGE_NAME, with_languages
from bot.services.mailbox import Chat, Mailbox, erased_owner
from bot.services.messages import AnswerButton, ClearChat, Incoming, Outgoing, SendText
from bot.services.ports import FollowUp, Localizer, Pseudonymizer, UnitOfWork
from bot.services.screening import FOLLOW_UP_FIELDS, SCREENING_ACTIONS, Screening, coarse

PROCESSING_FAILED = "error-processing-failed"
SLOW_DOWN = "error-slow-down"
FORGET_DONE = "forget-done"
FORGET = "forget"
OPEN_CASE, OPEN_URGENT_CASE = "open_case", "open_urgent_case"
ACTIONS = frozenset({FORGET, OPEN_CASE, OPEN_URGENT_CASE}) | SCREENING_ACTIONS
"""What a flow may ask for with ``do:``."""
HANDOFF_UNAVAILABLE = "handoff-unavailable"
SELECTED = "✓"
"""Marks an option that is on in a several-at-once question."""
SERVICE_TEXTS = frozenset({PROCESSING_FAILED, SLOW_DOWN, FORGET_DONE, HANDOFF_UNAVAILABLE})
"""Texts the service says on its own, beside the engine's and the flows'."""

EMERGENCY = "emergency_numbers"


@dataclass(frozen=True)
class Safety:
    """Flood control, how long message ids are kept to delete them, and the disguise settings."""

    flood_limit: int = 20
    flood_window: timedelta = timedelta(minutes=1)
    deletable_for: timedelta = timedelta(hours=47)
    """How far back /exit looks for messages to delete; the channel may allow less."""
    silent: bool = False
    protect_contacts: bool = False


@dataclass(frozen=True)
class ConversationService:
    flow: Flow
    context: Context
    localizer: Localizer
    pseudonyms: Pseudonymizer
    default_locale: str
    mailbox: Mailbox
    safety: Safety = field(default_factory=Safety)
    handoff: HandoffService | None = None
    screening: Screening | None = None
    numbers: Mapping[str, tuple[Text, ...]] = field(default_factory=dict)
    """Each country's emergency numbers (configuration); a person whose place is in one of
    them reads those instead of the home country's (``context["emergency_numbers"]``)."""
    language_orders: Mapping[str, str] = field(default_factory=dict)
    """Each country's languages ("bg,uk,ru,en"), offered first by the language question to a
    person whose place (or link) is there."""
    _lines: dict[tuple[str, str], tuple[object, object, tuple[Text, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """The numbers with their languages, by (country, locale), for the directory they were
    read from: every update needs them, and naming the languages is many Fluent calls."""

    async def handle(self, uow: UnitOfWork, incoming: Incoming, now: datetime) -> Outcome:
        person = self.pseudonyms.person(incoming.channel, incoming.user_id)
        window = self.safety.flood_window
        tally = await uow.persons.arrived(person, incoming.channel, incoming.address, now, window)
        if incoming.message_id is not None and not incoming.edited:  # an edit is no new message
            await uow.chat_messages.remember(person, incoming.channel, incoming.message_id, now)
        state = await uow.conversations.get(person) or ConversationState()
        if await self._flooded(uow, person, incoming, state, tally, now):
            return Outcome()
        free_input = isinstance(incoming.event, TextReceived | UnsupportedReceived)
        if free_input and await self._relayed(uow, person, incoming, now):
            return Outcome()  # written to staff, not to the dialog
        event = self._resolve(incoming.event)
        if self.screening is not None:  # the place question shows the directory as it is now
            await self.screening.catalog.refresh(uow.directory)
        can = self._can(incoming.channel)
        context = await self._with_team(uow, state, event, self._context(state, incoming), now)
        turn = advance(self._flow(), state, event, context, can)
        if Act(FORGET) in turn.replies:
            return await self._forget(uow, person, incoming, self._locale(state, incoming), now)
        turn, messages = await self._handoff(uow, person, incoming, state, turn, now)
        turn, said = await self._screen(uow, person, incoming, turn, now)
        await uow.conversations.save(person, turn.state, now)
        too_old = 0
        if any(isinstance(r, EndSession) for r in turn.replies):
            # Nothing still queued from before it; cancelled before the ids are taken, as in
            # _forget, so that a reply recorded as sent meanwhile is never missed.
            await uow.outbox.cancel(person)
            since = self._deletable_since(incoming, now)
            ids, too_old = await uow.chat_messages.take(person, since)
            messages.append(ClearChat(tuple(ids)))
            await uow.follow_ups.cancel_for(person)  # a quick exit: nothing may arrive later
        locale = self._locale(turn.state, incoming)
        rendered = self._render(locale, incoming, turn.replies, said)
        # The button is acknowledged first; what the handoff said comes before the next step.
        answers = [m for m in rendered if isinstance(m, AnswerButton)]
        messages = answers + messages + [m for m in rendered if not isinstance(m, AnswerButton)]
        await self._queue(uow, person, incoming.channel, incoming.address, messages, now)
        return Outcome(too_old_to_delete=too_old)

    async def check_in(self, uow: UnitOfWork, follow_up: FollowUp, now: datetime) -> bool:
        """Speak first, once, for the follow-up the person agreed to; False if they are gone."""
        person = follow_up.person_ref
        found = await uow.persons.address(person)
        if found is None:
            return False
        channel, address = found
        state = await uow.conversations.get(person) or ConversationState()
        answers = {k: v for k, v in state.answers.items() if k not in FOLLOW_UP_FIELDS}
        state = replace(state, answers=answers, offered=follow_up.services)
        locale = state.locale if state.locale in self.flow.languages else self.default_locale
        context = self._personal(state, locale)
        turn = advance(self._flow(), state, CheckInDue(), context, self._can(channel))
        await uow.conversations.save(person, turn.state, now)
        messages = [self._send_text(locale, r) for r in turn.replies if isinstance(r, Say)]
        await self._queue(uow, person, channel, address, list(messages), now)
        return bool(messages)

    def _flow(self) -> Flow:
        """The flow, with the directory's places as the place question."""
        return self.screening.catalog.with_places(self.flow) if self.screening else self.flow

    def _resolve(self, event: Event) -> Event:
        """A shared location becomes the nearest place and a coarse point, here and now."""
        if not isinstance(event, LocationShared) or event.near is None:
            return event
        place = self.screening.nearest_place(*event.near) if self.screening else None
        return LocationShared(place, coarse(*event.near) if place else None)

    async def _with_team(
        self,
        uow: UnitOfWork,
        state: ConversationState,
        event: Event,
        context: Context,
        now: datetime,
    ) -> Context:
        """Whether someone could answer now, asked only where the engine offers a person:
        in its answer to typed text (or anything else a step cannot use)."""
        if self.handoff is None or not isinstance(event, TextReceived | UnsupportedReceived):
            return context
        place = state.answers.get("city") or state.entry_code
        if not await self.handoff.on_duty(uow, place, now):
            return context
        return {**context, TEAM_ON_DUTY: 1}

    def _context(self, state: ConversationState, incoming: Incoming) -> Context:
        event = incoming.event
        if isinstance(event, Started) and event.entry_code:  # the link's place counts at once
            state = replace(state, entry_code=event.entry_code)
        return self._personal(state, self._locale(state, incoming))

    def _personal(self, state: ConversationState, locale: str) -> Context:
        if self.screening is None:
            return self.context
        local = self._local(state, locale)
        return {**local, **self._order(state), **self.screening.context(state, locale)}

    def _order(self, state: ConversationState) -> Context:
        """The languages of the person's country (the home country's while not known)."""
        assert self.screening is not None
        country = country_of_state(state, self.screening.catalog.directory.places)
        order = self.language_orders.get(country or str(self.context.get(COUNTRY, "")))
        return {} if order is None else {LANGUAGE_ORDER: order}

    def _local(self, state: ConversationState, locale: str) -> Context:
        """The context with the emergency numbers of the person's country (the home country's
        while it is not known), each saying which languages it speaks where the directory
        knows it, and plainly when not the person's."""
        if self.screening is None:
            return self.context
        catalog = self.screening.catalog
        country = country_of_state(state, catalog.directory.places)
        found = self.numbers.get(country) if country is not None else None
        numbers = self.context.get(EMERGENCY) if found is None else found
        if country is None or found is None:
            country = str(self.context.get(COUNTRY, ""))
        if not isinstance(numbers, tuple):
            return self.context
        return {**self.context, EMERGENCY: self._spoken_lines(country, locale, numbers)}

    def _spoken_lines(
        self, country: str, locale: str, numbers: tuple[Text, ...]
    ) -> tuple[Text, ...]:
        assert self.screening is not None
        spoken = self.screening.catalog.spoken
        cached = self._lines.get((country, locale))
        if cached is not None and cached[0] is spoken and cached[1] is numbers:
            return cached[2]

        def name(code: str) -> str:
            return self.localizer.render(locale, Text(LANGUAGE_NAME, {"code": code}))

        lines = with_languages(numbers, lambda d: spoken.get((country, d)), locale, name)
        self._lines[(country, locale)] = (spoken, numbers, lines)
        return lines

    async def _screen(
        self, uow: UnitOfWork, person: str, incoming: Incoming, turn: Turn, now: datetime
    ) -> tuple[Turn, dict[str, tuple[str, ...]]]:
        """Carry out the screening actions the flow asked for; their texts are said where the
        action stood in the turn."""
        acts = [r for r in turn.replies if isinstance(r, Act) and r.name in SCREENING_ACTIONS]
        if self.screening is None or not acts:
            return turn, {}
        state, said = turn.state, {}
        locale = self._locale(state, incoming)
        for act in acts:
            can = self.mailbox.can(incoming.channel)
            done = await self.screening.act(act.name, uow, person, can, state, locale, now)
            state, said[act.name] = done.state, done.texts
            if done.to_menu:
                can_do = self._can(incoming.channel)
                menu = advance(self._flow(), state, MenuRequested(), self.context, can_do)
                return Turn(menu.state, (act, *menu.replies)), said
        return Turn(state, turn.replies), said

    async def _flooded(
        self,
        uow: UnitOfWork,
        person: str,
        incoming: Incoming,
        state: ConversationState,
        tally: int,
        now: datetime,
    ) -> bool:
        """Over the limit (``tally``: this update's count in its window): a calm word, once
        per window; the state is untouched."""
        if tally <= self.safety.flood_limit:
            return False
        slow = (Say(Text(SLOW_DOWN)),) if tally == self.safety.flood_limit + 1 else ()
        messages = self._render(self._locale(state, incoming), incoming, slow)
        await self._queue(uow, person, incoming.channel, incoming.address, messages, now)
        return True

    async def _handoff(
        self,
        uow: UnitOfWork,
        person: str,
        incoming: Incoming,
        state: ConversationState,
        turn: Turn,
        now: datetime,
    ) -> tuple[Turn, list[Outgoing]]:
        """Open a case when the flow asks; without staff, say so kindly and show the menu
        (the danger route has its own words: ``_danger``)."""
        if Act(OPEN_URGENT_CASE) in turn.replies:
            return await self._danger(uow, person, incoming, turn, now), []
        if Act(OPEN_CASE) not in turn.replies:
            return turn, []
        locale = self._locale(turn.state, incoming)
        numbers = self._numbers(turn.state, locale)
        if self.handoff is not None:
            entry = turn.state.entry_code
            answers = turn.state.answers
            opened = await self.handoff.open(
                uow, person, incoming, locale, False, entry, now, answers, numbers
            )
            return turn, opened
        menu = advance(
            self._flow(), state, MenuRequested(), self.context, self._can(incoming.channel)
        )
        unavailable = Say(Text(HANDOFF_UNAVAILABLE, {EMERGENCY: numbers}), contacts=True)
        return Turn(menu.state, (unavailable, *menu.replies)), []

    async def _danger(
        self, uow: UnitOfWork, person: str, incoming: Incoming, turn: Turn, now: datetime
    ) -> Turn:
        """The danger route: the team is told at once when there is one; the person reads the
        numbers (the step's text), the nearest help open now, then only what is true about
        someone writing back (``danger.team_line``)."""
        state, locale = turn.state, self._locale(turn.state, incoming)
        reach: Reach | None = None
        if self.handoff is not None:
            await self.handoff.open(
                uow, person, incoming, locale, True, state.entry_code, now, state.answers
            )
            reach = await self.handoff.reach(uow, person, now)
        after = [Say(team_line(reach, locale))]
        if self.screening is not None:
            place = place_of(state, self.screening.catalog.directory.places.by_id)
            said = numbers_said(self._local(state, locale).get(EMERGENCY))
            crisis = await self.screening.crisis(uow, place, locale, now, said)
            if crisis is not None:
                after.insert(0, crisis_say(crisis, place))
        return Turn(state, arrange(turn.replies, after))

    async def _relayed(
        self, uow: UnitOfWork, person: str, incoming: Incoming, now: datetime
    ) -> bool:
        if self.handoff is None:
            return False
        return await self.handoff.relay_from_person(uow, person, incoming, now)

    async def report_failure(self, uow: UnitOfWork, incoming: Incoming, now: datetime) -> None:
        """Tell the person, in their language, that their last message could not be handled."""
        person = self.pseudonyms.person(incoming.channel, incoming.user_id)
        state = await uow.conversations.get(person) or ConversationState()
        failed = Say(Text(PROCESSING_FAILED))
        messages = self._render(self._locale(state, incoming), incoming, (failed,))
        await self._queue(uow, person, incoming.channel, incoming.address, messages, now)

    async def _forget(
        self, uow: UnitOfWork, person: str, incoming: Incoming, locale: str, now: datetime
    ) -> Outcome:
        """Erase everything; the last words go out under a throw-away owner, deleted once sent.

        The unsent replies are cancelled before the message ids are taken: a reply being
        recorded as sent at this moment (PostgreSQL, another transaction) is then either
        cancelled, and deleted from the phone once recorded, or recorded first and its id
        taken here; never recorded in between, with its id erased unseen."""
        await uow.outbox.cancel(person)
        ids, too_old = await uow.chat_messages.take(person, self._deletable_since(incoming, now))
        owner = erased_owner()
        if self.handoff is not None:
            await self.handoff.person_left(uow, person, owner, now)
        await uow.persons.erase(person)
        last: list[Outgoing] = [ClearChat(tuple(ids))]
        last += self._render(locale, incoming, (Say(Text(FORGET_DONE)),))
        await self._queue(uow, owner, incoming.channel, incoming.address, last, now, True)
        return Outcome(erased=True, too_old_to_delete=too_old)

    def _can(self, channel: str) -> frozenset[str]:
        """What the flow may offer on this channel."""
        return self.mailbox.can(channel).flags()

    def _deletable_since(self, incoming: Incoming, now: datetime) -> datetime:
        """The oldest message /exit may delete: what we keep, within what the channel allows."""
        allowed = self.mailbox.can(incoming.channel).deletes_history_for
        return now - min(self.safety.deletable_for, allowed)

    def _numbers(self, state: ConversationState, locale: str) -> tuple[Text, ...]:
        """The emergency numbers the person should read: their country's, in their words."""
        numbers = self._local(state, locale).get(EMERGENCY, ())
        return numbers if isinstance(numbers, tuple) else ()

    def _locale(self, state: ConversationState, incoming: Incoming) -> str:
        for candidate in (state.locale, incoming.locale_hint):
            if candidate in self.flow.languages:
                return candidate
        return self.default_locale

    def _render(
        self,
        locale: str,
        incoming: Incoming,
        replies: Iterable[Reply],
        said: Mapping[str, tuple[str, ...]] | None = None,
    ) -> list[Outgoing]:
        out: list[Outgoing] = []
        if incoming.callback_id:
            out.append(AnswerButton(incoming.callback_id))
        for reply in replies:
            if isinstance(reply, Say):
                edits = incoming.button_message_id if reply.edit else None
                out.append(self._send_text(locale, reply, edits))
            elif isinstance(reply, Act) and said and reply.name in said:
                protect = self.safety.protect_contacts  # results carry addresses and phones
                out += [
                    SendText(t, silent=self.safety.silent, protect=protect)
                    for t in said[reply.name]
                ]
        return out

    def _send_text(self, locale: str, say: Say, edits: int | None = None) -> SendText:
        rows = tuple(tuple((self._label(locale, b), b.payload) for b in row) for row in say.buttons)
        return SendText(
            self.localizer.render(locale, say.text),
            rows,
            silent=self.safety.silent and not say.urgent,
            protect=self.safety.protect_contacts and say.contacts,
            edits=edits,
        )

    def _label(self, locale: str, button: Button) -> str:
        label = self.localizer.render(locale, button.label)
        return f"{SELECTED} {label}" if button.selected else label

    async def _queue(
        self,
        uow: UnitOfWork,
        owner: str,
        channel: str,
        address: str,
        messages: Iterable[Outgoing],
        now: datetime,
        ephemeral: bool = False,
    ) -> None:
        to = Chat(owner, channel, address)
        await self.mailbox.send(uow, to, messages, now, ephemeral=ephemeral)
