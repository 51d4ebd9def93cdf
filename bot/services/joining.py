"""``/join CODE [alias]``: someone an admin invited sends the code to the bot in their private
chat and is on the staff list at once, with nobody typing an account id. A wrong, used or
expired code gets one kind answer (which of the three is not said); a chat may try only a few
times an hour (this process's count; nothing about the chat is stored)."""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.core.texts import Text
from bot.services.mailbox import Mailbox, StaffChat, erased_owner
from bot.services.messages import JoinIncoming, SendText
from bot.services.people import LivePeople
from bot.services.people_admin import alias_ok, code_hash
from bot.services.people_records import CURATOR_ROLE, PersonEntry
from bot.services.ports import Localizer, UnitOfWork
from bot.services.records import AuditEntry

HOUR = timedelta(hours=1)


@dataclass
class Tries:
    per_hour: int
    _seen: dict[int, deque[datetime]] = field(default_factory=dict)

    def allow(self, chat: int, now: datetime) -> bool:
        recent = self._seen.setdefault(chat, deque())
        while recent and now - recent[0] >= HOUR:
            recent.popleft()
        if len(recent) >= self.per_hour:
            return False
        recent.append(now)
        if len(self._seen) > 10_000:  # forget the quiet ones, so memory stays bounded
            self._seen = {c: q for c, q in self._seen.items() if q}
        return True


@dataclass
class Joining:
    mailbox: Mailbox
    localizer: Localizer
    people: LivePeople
    locales: Collection[str]
    default_locale: str
    tries: Tries

    async def handle(self, uow: UnitOfWork, act: JoinIncoming, now: datetime) -> None:
        hint = act.locale_hint if act.locale_hint in self.locales else None
        locale = hint or self.default_locale
        said, values = await self._join(uow, act, locale, now)
        text = self.localizer.render(locale, Text(said, values))
        # A throw-away owner: whoever sent /join (perhaps not staff at all) is never named in
        # the outbox; their chat is only in the sealed body, deleted once sent.
        to = StaffChat(act.chat_id, erased_owner())
        await self.mailbox.send(uow, to, [SendText(text, protect=True)], now, ephemeral=True)

    async def _join(
        self, uow: UnitOfWork, act: JoinIncoming, locale: str, now: datetime
    ) -> tuple[str, dict[str, str | int]]:
        words = act.args.split(maxsplit=1)
        if not words:
            return "join-how", {}
        if not self.tries.allow(act.chat_id, now):
            return "join-slow-down", {}
        people = await uow.people.all()
        already = next((p for p in people if p.user_id == act.user_id), None)
        if already is not None:
            return "join-already", {"alias": already.alias}
        hashed = code_hash(words[0])
        invitation = await uow.people.redeem(hashed, now)
        if invitation is None:
            return "join-code-unknown", {}
        alias = invitation.alias or (" ".join(words[1].split()) if len(words) > 1 else "")
        said = "" if alias else "join-need-alias"
        if alias and not alias_ok(alias):
            said = "join-alias-unfit"
        elif alias and any(p.key == alias.casefold() for p in people):
            said = "join-alias-taken"
        person = PersonEntry(alias, act.user_id, invitation.role, invitation.bureau, locale)
        if said or not await uow.people.add(person):
            await uow.people.give_back(hashed)  # the code still works, with another alias
            return said or "join-alias-taken", {"alias": alias}
        await uow.audit.record(AuditEntry(alias, "joined", now, detail=invitation.invited_by))
        self.people.take([*self.people.everyone, person])  # at once here; others within seconds
        if invitation.role == CURATOR_ROLE:
            return "join-welcome-curator", {"alias": alias}
        return "join-welcome-staff", {"alias": alias, "bureau": invitation.bureau or ""}
