"""Holding a conversation: load the person's state, advance the engine, save, queue the replies.

Runs inside the caller's unit of work, so the new state and the replies it caused are committed
together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.core.engine import Context, advance
from bot.core.flow import Flow
from bot.core.replies import EndSession, Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.services.messages import AnswerButton, ClearChat, Incoming, Outgoing, SendText
from bot.services.ports import Localizer, OutboxItem, Pseudonymizer, UnitOfWork

PROCESSING_FAILED = "error-processing-failed"


@dataclass(frozen=True)
class ConversationService:
    flow: Flow
    context: Context
    localizer: Localizer
    pseudonyms: Pseudonymizer
    default_locale: str

    async def handle(self, uow: UnitOfWork, incoming: Incoming, now: datetime) -> None:
        person = self.pseudonyms.person(incoming.channel, incoming.user_id)
        state = await uow.conversations.get(person) or ConversationState()
        turn = advance(self.flow, state, incoming.event, self.context)
        await uow.persons.remember(person, incoming.channel, incoming.address, now)
        await uow.conversations.save(person, turn.state, now)
        locale = self._locale(turn.state, incoming)
        await self._queue(uow, person, incoming, self._render(locale, incoming, turn.replies), now)

    async def report_failure(self, uow: UnitOfWork, incoming: Incoming, now: datetime) -> None:
        """Tell the person, in their language, that their last message could not be handled."""
        person = self.pseudonyms.person(incoming.channel, incoming.user_id)
        state = await uow.conversations.get(person) or ConversationState()
        failed = Say(Text(PROCESSING_FAILED))
        messages = self._render(self._locale(state, incoming), incoming, (failed,))
        await self._queue(uow, person, incoming, messages, now)

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
            if isinstance(reply, EndSession):
                out.append(ClearChat())
                continue
            rows = tuple(
                tuple((self.localizer.render(locale, b.label), b.payload) for b in row)
                for row in reply.buttons
            )
            out.append(SendText(self.localizer.render(locale, reply.text), rows))
        return out

    async def _queue(
        self,
        uow: UnitOfWork,
        person: str,
        incoming: Incoming,
        messages: Iterable[Outgoing],
        now: datetime,
    ) -> None:
        for message in messages:
            item = OutboxItem(incoming.channel, person, incoming.address, message, now)
            await uow.outbox.add(item)
