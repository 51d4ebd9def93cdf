"""The handoff: a person asks for a human, a case opens in the staff group, staff take it, and
messages are relayed both ways without either side learning who the other is."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from babel.dates import format_datetime

from bot.core.engine import Context
from bot.core.texts import Text
from bot.services.cases import CLOSED, OUTCOMES, TAKEN, WAITING, Case, new_code
from bot.services.hours import OpeningHours
from bot.services.messages import (
    AnswerButton,
    CopyMessage,
    Incoming,
    OpenTopic,
    Outgoing,
    SendText,
    StaffIncoming,
)
from bot.services.ports import Clock, Localizer, OutboxItem, UnitOfWork, UnitOfWorkFactory
from bot.services.wakeup import Wakeup

TELEGRAM_LIMIT = 4096
TAKE, CLOSE, BLOCK, UNBLOCK = "take", "close", "block", "unblock"
SHIFT, CASES, TRANSFER = "shift", "cases", "transfer"


@dataclass(frozen=True)
class Bureau:
    id: str
    cities: frozenset[str]
    hours: OpeningHours
    staff_chat_id: int


@dataclass(frozen=True)
class StaffMember:
    telegram_id: int
    alias: str
    bureau: str
    locale: str
    supervisor: bool = False


@dataclass(frozen=True)
class Desk:
    """Who answers where: bureaus, their staff groups and the staff list, from configuration."""

    bureaus: Mapping[str, Bureau]
    default_bureau: str
    staff: Mapping[int, StaffMember]
    reopen_within: timedelta

    def route(self, city: str | None) -> Bureau:
        for bureau in self.bureaus.values():
            if city and city.lower() in bureau.cities:
                return bureau
        return self.bureaus[self.default_bureau]

    def staff_chats(self) -> frozenset[int]:
        return frozenset(b.staff_chat_id for b in self.bureaus.values())


@dataclass(frozen=True)
class HandoffService:
    desk: Desk
    localizer: Localizer
    context: Context
    default_locale: str
    code: Callable[[], str] = new_code

    # --- the person's side ---------------------------------------------------------------

    async def open(
        self,
        uow: UnitOfWork,
        person: str,
        incoming: Incoming,
        locale: str,
        urgent: bool,
        entry_code: str | None,
        now: datetime,
    ) -> list[Outgoing]:
        """Open (or return to) the person's case; returns what to tell the person."""
        existing = await uow.cases.open_for(person)
        if existing is not None:
            if urgent and not existing.urgent and existing.id is not None:
                await uow.cases.update(existing.id, urgent=True)
                await uow.cases.record(existing.id, "urgent", "person", now)
            return []
        bureau = self.desk.route(entry_code)
        case = await uow.cases.add(
            Case(
                code=self.code(),
                person_ref=person,
                channel=incoming.channel,
                bureau=bureau.id,
                city=entry_code if entry_code and entry_code.lower() in bureau.cities else None,
                locale=locale,
                needs=(),
                urgent=urgent,
                entry_code=entry_code,
                staff_chat_id=bureau.staff_chat_id,
                created_at=now,
            )
        )
        assert case.id is not None
        await uow.cases.record(case.id, "opened", "person", now)
        await self._to_topic(uow, case, self._topic_and_card(case, now), now)
        on_shift = await uow.shifts.on_shift()
        staffed = any(
            m.alias in on_shift for m in self.desk.staff.values() if m.bureau == bureau.id
        )
        return [self._say(locale, self._availability(bureau, staffed, locale, now))]

    async def relay_from_person(
        self, uow: UnitOfWork, person: str, incoming: Incoming, now: datetime
    ) -> bool:
        """Copy what the person wrote into their case's topic; False when there is no case."""
        case = await uow.cases.open_for(person)
        if case is None:
            case = await self._reopen(uow, person, now)
        if case is None:
            return False
        if case.blocked:
            return True  # nothing more is relayed; they were told once
        assert case.id is not None
        messages: list[Outgoing] = []
        if incoming.edited:
            note = self._staff_text(case, "staff-person-edited")
            messages.append(SendText(note, case_id=case.id))
        if incoming.channel == "telegram" and incoming.message_id is not None:
            messages.append(CopyMessage(incoming.address, incoming.message_id, case_id=case.id))
        else:
            text = incoming.text or self._text(case.locale, "handoff-media-not-shown")
            messages.append(SendText(text, case_id=case.id))
        await self._to_topic(uow, case, messages, now)
        return True

    async def person_left(self, uow: UnitOfWork, person: str, owner: str, now: datetime) -> None:
        """Before an erasure: tell staff only that the person ended the conversation."""
        case = await uow.cases.open_for(person)
        if case is None or case.topic_id is None:
            return
        # The thread is fixed now: the case itself is about to be erased.
        note = SendText(self._staff_text(case, "staff-person-left"), thread_id=case.topic_id)
        item = OutboxItem("telegram", owner, str(case.staff_chat_id), note, now, ephemeral=True)
        await uow.outbox.add(item)

    async def _reopen(self, uow: UnitOfWork, person: str, now: datetime) -> Case | None:
        last = await uow.cases.last_for(person)
        if last is None or last.id is None or last.closed_at is None or last.blocked:
            return None
        if now - last.closed_at > self.desk.reopen_within:
            return None
        await uow.cases.update(last.id, status=WAITING, taken_by=None, closed_at=None, outcome=None)
        await uow.cases.record(last.id, "reopened", "person", now)
        reopened = replace(last, status=WAITING, taken_by=None, closed_at=None, outcome=None)
        note = SendText(self._staff_text(reopened, "staff-person-back"), case_id=last.id)
        await self._to_topic(uow, reopened, [note], now)
        return reopened

    # --- the staff side ------------------------------------------------------------------

    async def handle_staff(self, uow: UnitOfWork, act: StaffIncoming, now: datetime) -> None:
        """Every action is checked against the staff list as it is now."""
        member = self.desk.staff.get(act.user_id)
        case = await self._case_of(uow, act)
        if member is None:
            if act.command or act.button:
                refusal = self._text(self.default_locale, "staff-not-staff")
                await self._answer(uow, act, case, refusal, now)
            return
        if act.command == SHIFT:
            await self._shift(uow, act, member, now)
            return
        if act.command == CASES:
            await self._answer(uow, act, None, await self._cases_of(uow, member, now), now)
            return
        if case is None or case.id is None:
            if act.callback_id:
                await self._answer(uow, act, None, None, now)
            return
        if case.bureau != member.bureau:
            await self._answer(
                uow, act, case, self._text(member.locale, "staff-not-your-bureau"), now
            )
            return
        action = act.button or act.command
        if action == TAKE:
            await self._take(uow, act, case, member, now)
        elif action == CLOSE:
            await self._close(uow, act, case, member, now)
        elif action in (BLOCK, UNBLOCK):
            await self._block(uow, case, member, action == BLOCK, now)
        elif action == TRANSFER:
            await self._transfer(uow, act, case, member, now)
        elif act.callback_id:
            await self._answer(uow, act, case, None, now)
        elif act.command is None:
            await self._relay_from_staff(uow, act, case, member, now)

    async def _take(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None
        if await uow.cases.take(case.id, member.alias):
            await uow.cases.record(case.id, "taken", member.alias, now)
            note = self._text(member.locale, "staff-taken-by", alias=member.alias)
            await self._answer(uow, act, case, None, now)
            await self._to_topic(uow, case, [SendText(note, case_id=case.id)], now)
            return
        current = await uow.cases.get(case.id)
        holder = current.taken_by if current and current.taken_by else "?"
        text = self._text(member.locale, "staff-already-taken", alias=holder)
        await self._answer(uow, act, case, text, now)

    async def _close(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None
        outcome = act.args.strip().lower()
        if outcome not in OUTCOMES or case.status == CLOSED:
            await self._answer(uow, act, case, self._text(member.locale, "staff-close-how"), now)
            return
        await uow.cases.update(case.id, status=CLOSED, outcome=outcome, closed_at=now)
        await uow.cases.record(case.id, "closed", member.alias, now, outcome)
        note = self._text(member.locale, "staff-closed", outcome=outcome, alias=member.alias)
        await self._to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        await self._to_person(uow, case, [self._say(case.locale, Text("handoff-ended"))], now)

    async def _shift(
        self, uow: UnitOfWork, act: StaffIncoming, member: StaffMember, now: datetime
    ) -> None:
        choice = act.args.strip().lower()
        if choice not in ("on", "off"):
            await self._answer(uow, act, None, self._text(member.locale, "staff-shift-how"), now)
            return
        await uow.shifts.mark(member.alias, choice == "on", now)
        text_id = "staff-shift-on" if choice == "on" else "staff-shift-off"
        reply = self._text(member.locale, text_id, alias=member.alias, bureau=member.bureau)
        if choice == "on":  # what waited for them, at once
            reply += "\n" + await self._cases_of(uow, member, now)
        await self._answer(uow, act, None, reply, now)

    async def _cases_of(self, uow: UnitOfWork, member: StaffMember, now: datetime) -> str:
        """Waiting cases of the member's bureau, and the member's own."""
        lines = []
        for case in await uow.cases.open_cases():
            mine = case.taken_by == member.alias
            if case.bureau == member.bureau and (case.status == WAITING or mine):
                minutes = str(int((now - case.created_at).total_seconds() // 60))
                lines.append(
                    self._text(
                        member.locale,
                        "staff-cases-line",
                        code=case.code,
                        status=case.status,
                        minutes=minutes,
                        urgent="yes" if case.urgent else "no",
                    )
                )
        if not lines:
            return self._text(member.locale, "staff-cases-none", bureau=member.bureau)
        return "\n".join(lines)

    async def _transfer(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        """To another bureau (waiting there) or to a colleague (taken by them)."""
        assert case.id is not None
        target = act.args.strip()
        colleague = next(
            (m for m in self.desk.staff.values() if m.alias.casefold() == target.casefold()), None
        )
        bureau = self.desk.bureaus.get(target.lower())
        if colleague is not None:
            bureau = self.desk.bureaus[colleague.bureau]
        if bureau is None:
            choices = ", ".join([*self.desk.bureaus, *(m.alias for m in self.desk.staff.values())])
            text = self._text(member.locale, "staff-transfer-how", choices=choices)
            await self._answer(uow, act, case, text, now)
            return
        changes: dict[str, object] = {"bureau": bureau.id, "status": WAITING, "taken_by": None}
        if colleague is not None:
            changes.update(status=TAKEN, taken_by=colleague.alias)
        name = colleague.alias if colleague else bureau.id
        note = self._text(member.locale, "staff-transferred", target=name, alias=member.alias)
        await self._to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        moving = bureau.staff_chat_id != case.staff_chat_id
        if moving:  # a new topic in the other bureau's group
            changes.update(staff_chat_id=bureau.staff_chat_id, topic_id=None)
        await uow.cases.update(case.id, **changes)
        await uow.cases.record(case.id, "transferred", member.alias, now, name)
        if moving:
            moved = replace(case, staff_chat_id=bureau.staff_chat_id, bureau=bureau.id)
            await self._to_topic(uow, moved, self._topic_and_card(moved, now), now)

    async def escalate(
        self, uow: UnitOfWork, now: datetime, urgent_after: timedelta, after: timedelta
    ) -> int:
        """Cases waiting too long: the on-duty supervisors are pinged and the person is told,
        once, that they have not been forgotten. Reads due work from the database only."""
        on_shift = await uow.shifts.on_shift()
        escalated = 0
        for case in await uow.cases.open_cases():
            limit = urgent_after if case.urgent else after
            if case.status != WAITING or case.escalated or now - case.created_at < limit:
                continue
            assert case.id is not None
            supervisors = [
                m
                for m in self.desk.staff.values()
                if m.supervisor and m.bureau == case.bureau and m.alias in on_shift
            ]
            minutes = str(int((now - case.created_at).total_seconds() // 60))
            note = self._text(
                self.default_locale,
                "staff-escalation",
                code=case.code,
                minutes=minutes,
                urgent="yes" if case.urgent else "no",
                supervisors=", ".join(m.alias for m in supervisors) or "—",
            )
            await self._to_topic(uow, case, [SendText(note, case_id=case.id)], now)
            for supervisor in supervisors:
                ping = OutboxItem(
                    "telegram",
                    case.person_ref,
                    str(supervisor.telegram_id),
                    SendText(note),
                    now,
                    queue=staff_queue(case.person_ref),
                )
                await uow.outbox.add(ping)
            if not case.reassured:
                told = self._say(case.locale, Text("handoff-not-forgotten"))
                await self._to_person(uow, case, [told], now)
            await uow.cases.update(case.id, escalated=True, reassured=True)
            await uow.cases.record(case.id, "escalated", "system", now)
            escalated += 1
        return escalated

    async def _block(
        self, uow: UnitOfWork, case: Case, member: StaffMember, block: bool, now: datetime
    ) -> None:
        """A blocked pseudonym gets one neutral line and nothing more is relayed either way."""
        assert case.id is not None
        if case.blocked == block:
            return
        await uow.cases.update(case.id, blocked=block)
        await uow.cases.record(case.id, BLOCK if block else UNBLOCK, member.alias, now)
        if block:
            neutral = self._say(case.locale, Text("handoff-unavailable-now"))
            await self._to_person(uow, case, [neutral], now)

    async def _relay_from_staff(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None and act.message_id is not None
        if (act.text or "").startswith("//"):
            return  # an internal note: never relayed
        if case.blocked:
            return
        if case.status != TAKEN or case.taken_by != member.alias:
            note = SendText(self._text(member.locale, "staff-take-first"), case_id=case.id)
            await self._to_topic(uow, case, [note], now)
            return
        messages: list[Outgoing]
        if act.media and case.channel == "telegram":
            caption = f"{member.alias}: {act.text or ''}".rstrip()
            messages = [CopyMessage(str(act.chat_id), act.message_id, caption)]
        elif act.media:
            messages = [
                SendText(f"{member.alias}: " + self._text(case.locale, "handoff-media-not-shown"))
            ]
        elif act.edited:  # Telegram cannot edit a copy: the correction follows, marked
            text = self._text(
                case.locale, "handoff-staff-edited", alias=member.alias, text=act.text or ""
            )
            messages = [SendText(chunk) for chunk in split(text)]
        else:
            messages = [SendText(chunk) for chunk in split(f"{member.alias}: {act.text or ''}")]
        await self._to_person(uow, case, messages, now)

    # --- helpers -------------------------------------------------------------------------

    async def _case_of(self, uow: UnitOfWork, act: StaffIncoming) -> Case | None:
        if act.thread_id is None:
            return None
        return await uow.cases.by_topic(act.chat_id, act.thread_id)

    async def _to_topic(
        self, uow: UnitOfWork, case: Case, messages: list[Outgoing], now: datetime
    ) -> None:
        for message in messages:
            item = OutboxItem(
                "telegram",
                case.person_ref,
                str(case.staff_chat_id),
                message,
                now,
                queue=staff_queue(case.person_ref),
            )
            await uow.outbox.add(item)

    async def _to_person(
        self, uow: UnitOfWork, case: Case, messages: list[Outgoing], now: datetime
    ) -> None:
        found = await uow.persons.address(case.person_ref)
        if found is None:
            return
        channel, address = found
        for message in messages:
            await uow.outbox.add(OutboxItem(channel, case.person_ref, address, message, now))

    async def _answer(
        self,
        uow: UnitOfWork,
        act: StaffIncoming,
        case: Case | None,
        text: str | None,
        now: datetime,
    ) -> None:
        """A button gets a toast; a command gets a line in its topic."""
        owner = case.person_ref if case else f"staff:{act.chat_id}"
        message: Outgoing | None = None
        if act.callback_id:
            message = AnswerButton(act.callback_id, text)
        elif text:
            message = SendText(text, thread_id=act.thread_id)
        if message is not None:
            queue = staff_queue(owner)
            await uow.outbox.add(
                OutboxItem("telegram", owner, str(act.chat_id), message, now, queue=queue)
            )

    def _topic_and_card(self, case: Case, now: datetime) -> list[Outgoing]:
        assert case.id is not None
        args = {
            "code": case.code,
            "city": case.city or "—",
            "language": case.locale,
            "urgent": "yes" if case.urgent else "no",
            "entry": case.entry_code or "—",
            "since": now.strftime("%H:%M UTC"),
        }
        locale = self.default_locale
        name = self.localizer.render(locale, Text("staff-topic-name", args))[:128]
        buttons = (
            tuple(
                (self._text(locale, f"staff-{action}"), action)
                for action in (TAKE, TRANSFER, CLOSE)
            ),
        )
        card = self.localizer.render(locale, Text("staff-card", args))
        return [OpenTopic(case.id, name), SendText(card, buttons, case_id=case.id)]

    def _availability(self, bureau: Bureau, staffed: bool, locale: str, now: datetime) -> Text:
        if staffed and bureau.hours.is_open(now):
            return Text("handoff-waiting")
        opening = bureau.hours.next_opening(now)
        when = format_datetime(opening, "EEEE HH:mm", locale=locale) if opening else "—"
        return Text(
            "handoff-closed-until",
            {"when": when, "emergency_numbers": self.context["emergency_numbers"]},
        )

    def _say(self, locale: str, text: Text) -> SendText:
        return SendText(self.localizer.render(locale, text))

    def _text(self, locale: str, text_id: str, **args: str) -> str:
        return self.localizer.render(locale, Text(text_id, args))

    def _staff_text(self, case: Case, text_id: str) -> str:
        """Staff of a bureau share a group, so group notes use the deployment's language."""
        return self._text(self.default_locale, text_id)


def staff_queue(person_ref: str) -> str:
    """What goes to staff about a person waits in its own queue: never ahead of, and never
    holding up, what the person is told."""
    return f"staff:{person_ref}"


def split(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Telegram's 4096-character limit: split, preferring line ends, never drop."""
    chunks = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        chunks.append(text[:cut])
        text = text[cut:].lstrip("\n")
    chunks.append(text)
    return chunks


@dataclass(frozen=True)
class EscalationSweep:
    """Triggered periodically (APScheduler); restart-safe because it reads due work from the
    database and marks what it did in the same transaction."""

    uow: UnitOfWorkFactory
    handoff: HandoffService
    clock: Clock
    urgent_after: timedelta
    after: timedelta
    outbox_wakeup: Wakeup

    async def run(self) -> int:
        async with self.uow() as uow:
            escalated = await self.handoff.escalate(
                uow, self.clock(), self.urgent_after, self.after
            )
            await uow.commit()
        if escalated:
            self.outbox_wakeup.poke()
        return escalated
