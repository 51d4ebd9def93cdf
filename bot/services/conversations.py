"""Holding a conversation: load the person's state, advance the engine, save, queue the replies.

Runs inside the caller's unit of work, so the new state and the replies it caused are committed
together or not at all.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.core.engine import Context, Turn, advance
from bot.core.events import MenuRequested, TextReceived, UnsupportedReceived
from bot.core.flow import Flow
from bot.core.replies import Act, EndSession, Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.services.handoff import HandoffService
from bot.services.messages import AnswerButton, ClearChat, Incoming, Outgoing, SendText
from bot.services.ports import Localizer, OutboxItem, Pseudonymizer, UnitOfWork

PROCESSING_FAILED = "error-processing-failed"
SLOW_DOWN = "error-slow-down"
FORGET_DONE = "forget-done"
FORGET = "forget"
OPEN_CASE, OPEN_URGENT_CASE = "open_case", "open_urgent_case"
ACTIONS = frozenset({FORGET, OPEN_CASE, OPEN_URGENT_CASE})
"""What a flow may ask for with ``do:``."""
HANDOFF_UNAVAILABLE = "handoff-unavailable"
SERVICE_TEXTS = frozenset({PROCESSING_FAILED, SLOW_DOWN, FORGET_DONE, HANDOFF_UNAVAILABLE})
"""Texts the service says on its own, beside the engine's and the flows'."""


@dataclass(frozen=True)
class Safety:
    """Flood control, what Telegram still lets us delete, and the disguise settings."""

    flood_limit: int = 20
    flood_window: timedelta = timedelta(minutes=1)
    deletable_for: timedelta = timedelta(hours=47)
    """Telegram deletes a bot chat's messages for 48 hours; keep a margin."""
    silent: bool = False
    protect_contacts: bool = False


@dataclass(frozen=True)
class Outcome:
    """What a turn did that the caller must finish after commit."""

    erased: bool = False
    too_old_to_delete: int = 0


@dataclass(frozen=True)
class ConversationService:
    flow: Flow
    context: Context
    localizer: Localizer
    pseudonyms: Pseudonymizer
    default_locale: str
    safety: Safety = field(default_factory=Safety)
    handoff: HandoffService | None = None

    async def handle(self, uow: UnitOfWork, incoming: Incoming, now: datetime) -> Outcome:
        person = self.pseudonyms.person(incoming.channel, incoming.user_id)
        await uow.persons.remember(person, incoming.channel, incoming.address, now)
        if incoming.message_id is not None and not incoming.edited:  # an edit is no new message
            await uow.chat_messages.remember(person, incoming.channel, incoming.message_id, now)
        state = await uow.conversations.get(person) or ConversationState()
        if await self._flooded(uow, person, incoming, state, now):
            return Outcome()
        free_input = isinstance(incoming.event, TextReceived | UnsupportedReceived)
        if free_input and await self._relayed(uow, person, incoming, now):
            return Outcome()  # written to staff, not to the dialog
        turn = advance(self.flow, state, incoming.event, self.context)
        if Act(FORGET) in turn.replies:
            return await self._forget(uow, person, incoming, self._locale(state, incoming), now)
        turn, messages = await self._handoff(uow, person, incoming, state, turn, now)
        await uow.conversations.save(person, turn.state, now)
        too_old = 0
        if any(isinstance(r, EndSession) for r in turn.replies):
            ids, too_old = await uow.chat_messages.take(person, now - self.safety.deletable_for)
            messages.append(ClearChat(tuple(ids)))
        rendered = self._render(self._locale(turn.state, incoming), incoming, turn.replies)
        # The button is acknowledged first; what the handoff said comes before the next step.
        answers = [m for m in rendered if isinstance(m, AnswerButton)]
        messages = answers + messages + [m for m in rendered if not isinstance(m, AnswerButton)]
        await self._queue(uow, person, incoming, messages, now)
        return Outcome(too_old_to_delete=too_old)

    async def _flooded(
        self,
        uow: UnitOfWork,
        person: str,
        incoming: Incoming,
        state: ConversationState,
        now: datetime,
    ) -> bool:
        """Over the limit: a calm word, once per window; the state is untouched."""
        tally = await uow.persons.tally(person, now, self.safety.flood_window)
        if tally <= self.safety.flood_limit:
            return False
        slow = (Say(Text(SLOW_DOWN)),) if tally == self.safety.flood_limit + 1 else ()
        messages = self._render(self._locale(state, incoming), incoming, slow)
        await self._queue(uow, person, incoming, messages, now)
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
        (the danger route shows the emergency numbers either way)."""
        urgent = Act(OPEN_URGENT_CASE) in turn.replies
        if not urgent and Act(OPEN_CASE) not in turn.replies:
            return turn, []
        if self.handoff is not None:
            locale = self._locale(turn.state, incoming)
            entry = turn.state.entry_code
            opened = await self.handoff.open(uow, person, incoming, locale, urgent, entry, now)
            return turn, opened
        if urgent:
            return turn, []
        menu = advance(self.flow, state, MenuRequested(), self.context)
        unavailable = Say(Text(HANDOFF_UNAVAILABLE, self._numbers()), contacts=True)
        return Turn(menu.state, (unavailable, *menu.replies)), []

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
        await self._queue(uow, person, incoming, messages, now)

    async def _forget(
        self, uow: UnitOfWork, person: str, incoming: Incoming, locale: str, now: datetime
    ) -> Outcome:
        """Erase everything; the last words go out under a throw-away owner, deleted once sent."""
        ids, too_old = await uow.chat_messages.take(person, now - self.safety.deletable_for)
        owner = f"erased:{secrets.token_hex(16)}"
        if self.handoff is not None:
            await self.handoff.person_left(uow, person, owner, now)
        await uow.persons.erase(person)
        last: list[Outgoing] = [ClearChat(tuple(ids))]
        last += self._render(locale, incoming, (Say(Text(FORGET_DONE)),))
        await self._queue(uow, owner, incoming, last, now, ephemeral=True)
        return Outcome(erased=True, too_old_to_delete=too_old)

    def _numbers(self) -> dict[str, str | int | Text | tuple[Text, ...]]:
        numbers = self.context.get("emergency_numbers", ())
        return {"emergency_numbers": numbers}

    def _locale(self, state: ConversationState, incoming: Incoming) -> str:
        for candidate in (state.locale, incoming.locale_hint):
            if candidate in self.flow.languages:
                return candidate
        return self.default_locale

    def _render(self, locale: str, incoming: Incoming, replies: Iterable[Reply]) -> list[Outgoing]:
        out: list[Outgoing] = []
        if incoming.callback_id:
            out.append(AnswerButton(incoming.callback_id))
        for reply in replies:
            if isinstance(reply, Say):
                out.append(self._send_text(locale, reply))
        return out

    def _send_text(self, locale: str, say: Say) -> SendText:
        rows = tuple(
            tuple((self.localizer.render(locale, b.label), b.payload) for b in row)
            for row in say.buttons
        )
        return SendText(
            self.localizer.render(locale, say.text),
            rows,
            silent=self.safety.silent and not say.urgent,
            protect=self.safety.protect_contacts and say.contacts,
        )

    async def _queue(
        self,
        uow: UnitOfWork,
        owner: str,
        incoming: Incoming,
        messages: Iterable[Outgoing],
        now: datetime,
        ephemeral: bool = False,
    ) -> None:
        for message in messages:
            item = OutboxItem(
                incoming.channel, owner, incoming.address, message, now, ephemeral=ephemeral
            )
            await uow.outbox.add(item)
