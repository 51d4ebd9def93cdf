"""Curators keep the directory true from a phone: find a service, see it, mark it verified,
closed or reopened, edit its phone, hours and languages, and work through the queue of
reports and stale listings. Every action is checked against the curator list as it is now,
and every change goes through the audit log and moves the directory's revision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.rights.review import RightsReview
from bot.services.catalog import Catalog
from bot.services.curator_texts import PREFIX, CuratorTexts, waiting
from bot.services.mailbox import Mailbox, StaffChat
from bot.services.messages import AnswerButton, CuratorIncoming, Outgoing, SendText
from bot.services.ports import Draft, Pseudonymizer, UnitOfWork
from referral_directory.files import PHONE
from referral_directory.hours import HoursError, parse_hours_text
from referral_directory.model import Organization, Phone, Service
from referral_directory.taxonomy import LANGUAGES

DRAFT_LIFETIME = timedelta(minutes=30)
"""A text long after "send the new phone" is a search, not a phone number."""
ACTIVE, CLOSED = "active", "temporarily closed"


@dataclass(frozen=True)
class Curator:
    user_id: int
    """Their account on the staff channel (also their private chat with the bot)."""
    alias: str
    locale: str

    @property
    def owner(self) -> str:
        """Whose messages these are in the outbox: the curator, by alias."""
        return f"curator:{self.alias}"


class LinkIssuer(Protocol):
    """One-time console sign-in links (``sign_in.ConsoleLinks``)."""

    async def link_for(self, uow: UnitOfWork, alias: str, now: datetime) -> str: ...


@dataclass(frozen=True)
class Turn:
    """One curator action being handled: who, where, when, and what goes back."""

    curator: Curator
    act: CuratorIncoming
    now: datetime
    out: list[Outgoing]


@dataclass(frozen=True)
class CuratorDesk:
    curators: Mapping[int, Curator]
    catalog: Catalog
    texts: CuratorTexts
    pseudonyms: Pseudonymizer
    default_locale: str
    locales: frozenset[str]
    timezone: ZoneInfo
    stale_days: int
    mailbox: Mailbox
    rights_review: RightsReview = field(default_factory=RightsReview)
    links: LinkIssuer | None = None
    """Sends a one-time console link on ``/console``; None when no console is served."""

    async def handle(self, uow: UnitOfWork, act: CuratorIncoming, now: datetime) -> None:
        curator = self.curators.get(act.user_id)
        if curator is None:
            await self._refuse(uow, act, now)
            return
        await self.catalog.refresh(uow.directory)
        turn = Turn(curator, act, now, [])
        if act.button is not None:
            await self._button(uow, turn)
        elif act.command == "cancel":
            await uow.curator_drafts.clear(curator.alias)
            self._say(turn, self.texts.line(curator.locale, "curator-cancelled"))
        elif act.command == "queue":
            await self._queue(uow, turn)
        elif act.command == "console":
            await self._console_link(uow, turn)
        elif act.command == "find" and act.args.strip():
            self._say(turn, self.texts.found(curator.locale, act.args, self.catalog))
        elif act.command is not None:
            self._say(turn, self.texts.help(curator.locale, self.stale_days))
        elif act.text:
            await self._text(uow, turn, act.text)
        await self.mailbox.send(uow, StaffChat(act.chat_id, curator.owner), turn.out, now)

    async def _refuse(self, uow: UnitOfWork, act: CuratorIncoming, now: datetime) -> None:
        """Someone not on the list: a clean refusal under their pseudonym, like any person."""
        locale = act.locale_hint if act.locale_hint in self.locales else self.default_locale
        refusal = self.texts.text(locale, "curator-only")
        owner = self.pseudonyms.person(self.mailbox.staff_channel, str(act.user_id))
        message: Outgoing = SendText(refusal)
        if act.callback_id is not None:
            message = AnswerButton(act.callback_id, refusal)
        await self.mailbox.send(uow, StaffChat(act.chat_id, owner), [message], now)

    def _say(self, turn: Turn, *messages: Outgoing) -> None:
        turn.out.extend(messages)

    async def _text(self, uow: UnitOfWork, turn: Turn, text: str) -> None:
        draft = await uow.curator_drafts.get(turn.curator.alias)
        fresh = draft is not None and draft.at is not None and turn.now - draft.at < DRAFT_LIFETIME
        if draft is None or not fresh or draft.field not in ("phone", "hours"):
            self._say(turn, self.texts.found(turn.curator.locale, text, self.catalog))
            return
        found = self.catalog.service(draft.service_id)
        if found is None:
            await uow.curator_drafts.clear(turn.curator.alias)
            self._say(turn, self.texts.line(turn.curator.locale, "curator-gone"))
            return
        org, service = found
        edited = self._edited(turn, service, draft.field, text)
        if edited is None:
            return
        await uow.curator_drafts.clear(turn.curator.alias)
        await self._save(uow, turn, org, service, edited)

    def _edited(self, turn: Turn, service: Service, field: str, text: str) -> Service | None:
        """The service with the new value, or None after telling the curator what to fix."""
        value = " ".join(text.split())
        locale = turn.curator.locale
        if field == "phone":
            if not PHONE.match(value):
                self._say(turn, self.texts.line(locale, "curator-bad-phone", value=value[:40]))
                return None
            first = service.phones[0] if service.phones else Phone(value)
            return replace(service, phones=(replace(first, number=value), *service.phones[1:]))
        try:
            hours = parse_hours_text(text, self.texts.own_words(locale))
            return replace(service, hours=hours)
        except HoursError as exc:
            self._say(turn, self.texts.bad_hours(locale, exc))
            return None

    async def _button(self, uow: UnitOfWork, turn: Turn) -> None:
        act = turn.act
        assert act.button is not None and act.callback_id is not None
        parts = act.button.split("|")
        action, key = [*parts, "", ""][1:3]
        if action == "queue":
            self._say(turn, AnswerButton(act.callback_id))
            await self._queue(uow, turn)
            return
        found = self.catalog.service_by_key(key)
        if parts[0] != PREFIX or found is None:
            gone = self.texts.text(turn.curator.locale, "curator-gone")
            self._say(turn, AnswerButton(act.callback_id, gone))
            return
        await self._on_service(uow, turn, action, parts[3:], *found)

    async def _on_service(
        self,
        uow: UnitOfWork,
        turn: Turn,
        action: str,
        extra: list[str],
        org: Organization,
        service: Service,
    ) -> None:
        act, alias, locale = turn.act, turn.curator.alias, turn.curator.locale
        assert act.callback_id is not None
        self._say(turn, AnswerButton(act.callback_id))
        if action == "v":
            today = turn.now.astimezone(self.timezone).date()
            await self._save(uow, turn, org, service, replace(service, assured_date=today))
        elif action in ("c", "o"):
            status = CLOSED if action == "c" else ACTIVE
            await self._save(uow, turn, org, service, replace(service, status=status))
        elif action in ("p", "h"):
            field = "phone" if action == "p" else "hours"
            await uow.curator_drafts.put(Draft(alias, service.id, field, (), turn.now))
            self._say(turn, self.texts.ask(locale, field, service))
        elif action in ("l", "lt"):
            await self._languages(uow, turn, service, extra[0] if extra else None)
        elif action == "ls":
            await self._save_languages(uow, turn, org, service)
        elif action == "r":
            await uow.directory.set_reports(service.id, "seen", [])
            self._say(turn, self.texts.line(locale, "curator-reports-seen"))
        else:
            reports = await self._reports_of(uow, service.id)
            self._say(
                turn,
                self.texts.card(
                    locale, org, service, reports, turn.now.astimezone(self.timezone).date()
                ),
            )

    async def _languages(
        self, uow: UnitOfWork, turn: Turn, service: Service, code: str | None
    ) -> None:
        """Tick and untick on the same message; saved only with Save."""
        alias = turn.curator.alias
        draft = await uow.curator_drafts.get(alias)
        if (
            draft is None
            or code is None  # opened afresh: start from what is saved
            or (draft.service_id, draft.field) != (service.id, "languages")
        ):
            draft = Draft(alias, service.id, "languages", tuple(sorted(service.languages)))
        chosen = set(draft.chosen)
        if code in LANGUAGES:
            chosen ^= {code}
        draft = replace(draft, chosen=tuple(sorted(chosen)), at=turn.now)
        await uow.curator_drafts.put(draft)
        edits = turn.act.button_message_id if code is not None else None
        self._say(turn, self.texts.languages(turn.curator.locale, service, chosen, edits))

    async def _save_languages(
        self, uow: UnitOfWork, turn: Turn, org: Organization, service: Service
    ) -> None:
        draft = await uow.curator_drafts.get(turn.curator.alias)
        if draft is None or draft.service_id != service.id or draft.field != "languages":
            self._say(turn, self.texts.line(turn.curator.locale, "curator-nothing-changed"))
            return
        await uow.curator_drafts.clear(turn.curator.alias)
        if not draft.chosen:
            self._say(turn, self.texts.line(turn.curator.locale, "curator-no-languages"))
            return
        edited = replace(service, languages=frozenset(draft.chosen))
        await self._save(uow, turn, org, service, edited)

    async def _save(
        self, uow: UnitOfWork, turn: Turn, org: Organization, before: Service, after: Service
    ) -> None:
        """Write through the audit log; the card is shown again with the change."""
        changes = await uow.directory.save_service(before, after, turn.curator.alias, turn.now)
        locale = turn.curator.locale
        if not changes:
            self._say(turn, self.texts.line(locale, "curator-nothing-changed"))
        for change in changes:
            self._say(turn, self.texts.saved(locale, change, before, after))
        # The index reloads on the next search, once this is committed (never before).
        reports = await self._reports_of(uow, after.id)
        self._say(
            turn,
            self.texts.card(locale, org, after, reports, turn.now.astimezone(self.timezone).date()),
        )

    async def _console_link(self, uow: UnitOfWork, turn: Turn) -> None:
        """In the curator's own chat, protected from forwarding, as staff get theirs."""
        locale = turn.curator.locale
        if self.links is None:
            self._say(turn, self.texts.line(locale, "curator-console-off"))
            return
        link = await self.links.link_for(uow, turn.curator.alias, turn.now)
        text = self.texts.text(locale, "curator-console-link", link=link)
        self._say(turn, SendText(text, protect=True))

    async def _queue(self, uow: UnitOfWork, turn: Turn) -> None:
        today = turn.now.astimezone(self.timezone).date()
        due = self.rights_review.due(today)
        found = await waiting(uow, self.catalog, today, self.stale_days, reviews=due)
        self._say(turn, *self.texts.queue(turn.curator.locale, found))

    async def _reports_of(self, uow: UnitOfWork, service_id: str) -> int:
        return sum(1 for r in await uow.directory.open_reports() if r.service_id == service_id)
