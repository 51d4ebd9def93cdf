"""What is sent about a case, and where: to its staff topic, to the person, as a toast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from bot.core.texts import Text
from bot.rights.texts import title_id
from bot.services.cases import Case
from bot.services.mailbox import CaseTopic, Mailbox, Person, StaffChat, staff_owner
from bot.services.messages import (
    AnswerButton,
    CopyMessage,
    OpenTopic,
    Outgoing,
    SendText,
    StaffIncoming,
)
from bot.services.ports import Localizer, UnitOfWork
from bot.services.unprompted import unprompted

TAKE, TRANSFER, CLOSE = "take", "transfer", "close"
"""The buttons of a case card."""
LANGUAGE = "common-language"
"""A language's name, in words (``code``: ka, ru, ...)."""
LOCK_SCREEN_NOTE = "staff-card-lock-screen"
"""Tells staff that the opening of what they write may show on the person's lock screen."""


@dataclass(frozen=True)
class CaseMail:
    localizer: Localizer
    default_locale: str
    mailbox: Mailbox
    places: frozenset[str] = frozenset()
    """Cities with a name in the locales (``place-<id>``)."""

    async def to_topic(
        self, uow: UnitOfWork, case: Case, messages: list[Outgoing], now: datetime
    ) -> None:
        await self.mailbox.send(uow, CaseTopic(case), messages, now)

    async def to_person(
        self, uow: UnitOfWork, case: Case, messages: list[Outgoing], now: datetime
    ) -> None:
        await self.mailbox.send(uow, Person(case.person_ref), messages, now)

    async def tell(
        self,
        uow: UnitOfWork,
        case: Case,
        text: Text,
        now: datetime,
        copy_from: tuple[str, int] | None = None,
    ) -> None:
        """Write to the person of a case, who may not be looking: only a text checked for the
        lock screen, in their language. With ``copy_from`` (chat, message) the staff's own
        message is copied, the text as its caption."""
        rendered = self.localizer.render(case.locale, unprompted(text))
        messages: list[Outgoing]
        if copy_from is not None:
            messages = [CopyMessage(copy_from[0], copy_from[1], rendered.rstrip())]
        else:
            limit = self.mailbox.can(case.channel).max_text
            messages = [SendText(chunk) for chunk in split(rendered, limit)]
        await self.to_person(uow, case, messages, now)

    async def answer(
        self,
        uow: UnitOfWork,
        act: StaffIncoming,
        case: Case | None,
        text: str | None,
        now: datetime,
    ) -> None:
        """A button gets a toast; a command gets a line in its topic."""
        owner = case.person_ref if case else staff_owner(act.chat_id)
        message: Outgoing | None = None
        if act.callback_id:
            message = AnswerButton(act.callback_id, text)
        elif text:
            message = SendText(text, thread_id=act.thread_id)
        if message is not None:
            await self.mailbox.send(uow, StaffChat(act.chat_id, owner, about=owner), [message], now)

    def topic_and_card(self, case: Case, now: datetime, timezone: tzinfo) -> list[Outgoing]:
        """The case's topic and card; times on the bureau's clock (``timezone``)."""
        assert case.id is not None
        locale = self.default_locale
        needs = ", ".join(self.text(locale, "reason-need", need=n) for n in case.needs if n)
        args: dict[str, str | Text] = {
            "code": case.code,
            "city": Text(f"place-{case.city}") if case.city in self.places else case.city or "—",
            "needs": needs or "—",
            "language": Text(LANGUAGE, {"code": case.locale}),
            "urgent": "yes" if case.urgent else "no",
            "entry": case.entry_code or "—",
            "since": now.astimezone(timezone).strftime("%H:%M"),
            "lock_screen": Text(LOCK_SCREEN_NOTE),
        }
        name = self.localizer.render(locale, Text("staff-topic-name", args))[:128]
        buttons = (
            tuple(
                (self.text(locale, f"staff-{action}"), action) for action in (TAKE, TRANSFER, CLOSE)
            ),
        )
        card = self.localizer.render(locale, Text("staff-card", args))
        if case.rights_topic:  # the topic read before asking for a lawyer
            topic = Text("staff-case-rights-topic", {"topic": Text(title_id(case.rights_topic))})
            card += "\n" + self.localizer.render(locale, topic)
        return [OpenTopic(case.id, name), SendText(card, buttons, case_id=case.id)]

    def say(self, locale: str, text: Text) -> SendText:
        return SendText(self.localizer.render(locale, text))

    def text(self, locale: str, text_id: str, **args: str | int | Text) -> str:
        return self.localizer.render(locale, Text(text_id, args))

    def staff_text(self, case: Case, text_id: str) -> str:
        """Staff of a bureau share a group, so group notes use the deployment's language."""
        return self.text(self.default_locale, text_id)

    def staff_text_with(self, case: Case, text_id: str, **args: str | int | Text) -> str:
        """A group note with values, in the deployment's language."""
        return self.text(self.default_locale, text_id, **args)


def split(text: str, limit: int) -> list[str]:
    """A channel's longest text: split, preferring line ends, never drop."""
    chunks = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        chunks.append(text[:cut])
        text = text[cut:].lstrip("\n")
    chunks.append(text)
    return chunks
