"""What staff do to a case, whichever staff surface they use (a case topic in the staff group, the
console): take, write to the person, note, transfer, close, block, shift. Each goes through the
same stores, case topic, person mailbox and evidence counting, and each is in the audit log.

Every method answers with a Fluent id (``console-done-*`` or ``console-refused-*``) that the
surface shows or turns into its own words; nothing here knows how it is shown."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.core.texts import Text
from bot.services import counting as ev
from bot.services.canned import Canned, CannedReply
from bot.services.case_mail import CaseMail
from bot.services.cases import CLOSED, OUTCOMES, TAKEN, WAITING, Case
from bot.services.counting import KIND, VIOLENCE, VIOLENCE_TYPES, Counting, band
from bot.services.desk import Bureau, Desk, StaffMember
from bot.services.lock_screen import LockScreen
from bot.services.messages import SendText
from bot.services.ports import UnitOfWork
from bot.services.records import NOTE, PERSON, STAFF, AuditEntry, ThreadLine
from bot.services.unprompted import STAFF_SAYS

REPLY_MIRRORED, NOTE_MIRRORED = "staff-reply-mirrored", "staff-note-mirrored"
"""How a reply or a note written elsewhere shows in the case's topic."""
LONGEST_REPLY = 4000
ASK_LOCK_SCREEN = "console-ask-lock-screen"
"""A reply not sent: its opening could give Gza away; staff change it or confirm."""
PER_ROW = 2
"""Buttons side by side under a staff note (outcomes, kinds of violence)."""
OUTCOME = "staff-outcome"
"""An outcome in words (``$outcome``)."""


def queue_order(case: Case, alias: str) -> tuple[int, int, datetime]:
    """Waiting first (urgent first, then the longest wait), then mine, then colleagues'."""
    if case.status == WAITING:
        return (0, 0 if case.urgent else 1, case.created_at)
    return (1 if case.taken_by == alias else 2, 0, case.created_at)


async def record_line(
    uow: UnitOfWork, case: Case, side: str, author: str | None, text: str, now: datetime
) -> None:
    """Keep a line of the case's conversation for the console (sealed by the store)."""
    assert case.id is not None
    await uow.threads.add(case.person_ref, ThreadLine(case.id, side, author, text, now))


def rows(choices: list[tuple[str, str]]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Buttons, ``PER_ROW`` to a row."""
    return tuple(tuple(choices[i : i + PER_ROW]) for i in range(0, len(choices), PER_ROW))


def may_write(case: Case, member: StaffMember) -> bool:
    """Only the member who took a case writes to its person, and nobody to a blocked one."""
    return not case.blocked and case.status == TAKEN and case.taken_by == member.alias


@dataclass(frozen=True)
class ReplyBox:
    """What helps staff write: the lock-screen words and the saved replies (data files)."""

    lock_screen: LockScreen = field(default_factory=LockScreen)
    canned: Canned = field(default_factory=Canned)


@dataclass(frozen=True)
class CaseWork:
    desk: Desk
    mail: CaseMail
    counting: Counting = field(default_factory=Counting)
    box: ReplyBox = field(default_factory=ReplyBox)

    def revealing(self, case: Case, text: str) -> list[str]:
        """Words in the opening of a reply that could give Gza away on the lock screen."""
        return self.box.lock_screen.found(text.strip(), case.locale)

    def canned(self, case: Case) -> list[CannedReply]:
        """Saved replies in the person's language, the required one first."""
        return self.box.canned.for_locale(self.mail.localizer, case.locale)

    async def queue(self, uow: UnitOfWork, member: StaffMember) -> list[Case]:
        """The bureau's open cases: waiting, mine and taken by colleagues."""
        cases = [c for c in await uow.cases.open_cases() if c.bureau == member.bureau]
        return sorted(cases, key=lambda c: queue_order(c, member.alias))

    async def case_of(self, uow: UnitOfWork, member: StaffMember, case_id: int) -> Case | None:
        """The case, only for staff of its bureau."""
        case = await uow.cases.get(case_id)
        return case if case is not None and case.bureau == member.bureau else None

    async def thread(self, uow: UnitOfWork, case: Case) -> list[ThreadLine]:
        assert case.id is not None
        return await uow.threads.of(case.person_ref, case.id)

    def transfer_targets(self, member: StaffMember) -> list[str]:
        """Bureaus and colleagues a case can go to."""
        colleagues = [m.alias for m in self.desk.staff.values() if m.alias != member.alias]
        return [*self.desk.bureaus, *colleagues]

    async def take(self, uow: UnitOfWork, member: StaffMember, case: Case, now: datetime) -> str:
        """One conditional update: of two staff pressing at once, one wins."""
        assert case.id is not None
        if not await uow.cases.take(case.id, member.alias):
            return "console-refused-taken"
        await uow.cases.record(case.id, "taken", member.alias, now)
        row = {KIND: ev.TAKEN, "take_bureau": case.bureau, "take_time": band(now - case.created_at)}
        await self.counting.note(uow, case.person_ref, row, now)
        await self._audit(uow, member, "take", case, now)
        note = self.mail.staff_text_with(case, "staff-taken-by", alias=member.alias)
        await self.mail.to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        return "console-done-take"

    async def reply(
        self,
        uow: UnitOfWork,
        member: StaffMember,
        case: Case,
        text: str,
        now: datetime,
        confirmed: bool = False,
    ) -> str:
        """To the person exactly as from the topic, signed with the alias; the topic sees it
        too (a surface that is not the topic). An opening that could give Gza away on the
        lock screen is sent only once staff confirm it (``console-ask-lock-screen``)."""
        assert case.id is not None
        text = text.strip()[:LONGEST_REPLY]
        if not text:
            return "console-refused-empty"
        if not may_write(case, member):
            return "console-refused-take-first"
        if not confirmed and self.revealing(case, text):
            return ASK_LOCK_SCREEN
        await self.mail.tell(
            uow, case, Text(STAFF_SAYS, {"alias": member.alias, "text": text}), now
        )
        mirrored = self.mail.staff_text_with(case, REPLY_MIRRORED, alias=member.alias, text=text)
        await self.mail.to_topic(uow, case, [SendText(mirrored, case_id=case.id)], now)
        await self.written(uow, member, case, text, now)
        return "console-done-reply"

    async def written(
        self, uow: UnitOfWork, member: StaffMember, case: Case, line: str, now: datetime
    ) -> None:
        """What a member wrote to the person, whichever surface sent it: in the thread and
        the audit log."""
        await record_line(uow, case, STAFF, member.alias, line, now)
        await self._audit(uow, member, "reply", case, now)

    async def note(
        self,
        uow: UnitOfWork,
        member: StaffMember,
        case: Case,
        text: str,
        now: datetime,
        mirror: bool = True,
    ) -> str:
        """An internal note: in the thread and the topic (``mirror``: unless it was written
        there), never to the person."""
        assert case.id is not None
        text = text.strip()[:LONGEST_REPLY]
        if not text:
            return "console-refused-empty"
        if mirror:
            said = self.mail.staff_text_with(case, NOTE_MIRRORED, alias=member.alias, text=text)
            await self.mail.to_topic(uow, case, [SendText(said, case_id=case.id)], now)
        await record_line(uow, case, NOTE, member.alias, text, now)
        await self._audit(uow, member, "note", case, now)
        return "console-done-note"

    async def close(
        self, uow: UnitOfWork, member: StaffMember, case: Case, outcome: str, now: datetime
    ) -> str:
        """Closed with an outcome; the topic then offers the kinds of violence to count."""
        assert case.id is not None
        if outcome not in OUTCOMES or case.status == CLOSED:
            return "console-refused-close"
        await uow.cases.update(case.id, status=CLOSED, outcome=outcome, closed_at=now)
        await uow.cases.record(case.id, "closed", member.alias, now, outcome)
        row = {KIND: ev.CLOSED, "close_bureau": case.bureau, "close_outcome": outcome}
        row["close_time"] = band(now - case.created_at)
        await self.counting.note(uow, case.person_ref, row, now)
        said = Text(OUTCOME, {"outcome": outcome})
        note = self.mail.staff_text_with(case, "staff-closed", outcome=said, alias=member.alias)
        ask = self.mail.staff_text_with(case, "staff-violence-ask")
        kinds = [(self.violence_label(case, v), f"{VIOLENCE}:{v}") for v in VIOLENCE_TYPES]
        closed = SendText(f"{note}\n{ask}", rows(kinds), case_id=case.id)
        await self.mail.to_topic(uow, case, [closed], now)
        await self.mail.tell(uow, case, Text("handoff-ended"), now)
        await self._audit(uow, member, "close", case, now, outcome)
        return "console-done-close"

    def violence_label(self, case: Case, kind: str) -> str:
        return self.mail.staff_text_with(case, "staff-violence", kind=kind)

    async def block(
        self, uow: UnitOfWork, member: StaffMember, case: Case, block: bool, now: datetime
    ) -> str:
        """A blocked pseudonym gets one neutral line and nothing more is relayed either way."""
        assert case.id is not None
        action = "block" if block else "unblock"
        if case.blocked != block:
            await uow.cases.update(case.id, blocked=block)
            await uow.cases.record(case.id, action, member.alias, now)
            if block:
                await self.mail.tell(uow, case, Text("handoff-unavailable-now"), now)
            await self._audit(uow, member, action, case, now)
        return "console-done-block" if block else "console-done-unblock"

    async def transfer(
        self, uow: UnitOfWork, member: StaffMember, case: Case, target: str, now: datetime
    ) -> str:
        """To another bureau (waiting there) or to a colleague (taken by them)."""
        assert case.id is not None
        target = target.strip()
        colleague = next(
            (m for m in self.desk.staff.values() if m.alias.casefold() == target.casefold()), None
        )
        bureau = self.desk.bureaus.get(colleague.bureau if colleague else target.lower())
        if bureau is None or case.status == CLOSED:
            return "console-refused-transfer"
        name = colleague.alias if colleague else bureau.id
        changes: dict[str, object] = {"bureau": bureau.id, "status": WAITING, "taken_by": None}
        if colleague is not None:
            changes.update(status=TAKEN, taken_by=colleague.alias)
        await self._move(uow, case, bureau, name, member, now, changes)
        await uow.cases.record(case.id, "transferred", member.alias, now, name)
        await self._audit(uow, member, "transfer", case, now, name)
        return "console-done-transfer"

    async def _move(
        self,
        uow: UnitOfWork,
        case: Case,
        bureau: Bureau,
        name: str,
        member: StaffMember,
        now: datetime,
        changes: dict[str, object],
    ) -> None:
        """A note in the old topic, and a new topic when the case changes staff group (the
        note's thread is fixed first: the new topic is queued behind it and would wait for a
        topic that never comes)."""
        assert case.id is not None
        note = self.mail.staff_text_with(case, "staff-transferred", target=name, alias=member.alias)
        moving = bureau.staff_chat_id != case.staff_chat_id
        thread = case.topic_id if moving else None
        await self.mail.to_topic(
            uow, case, [SendText(note, case_id=case.id, thread_id=thread)], now
        )
        if moving:
            changes.update(staff_chat_id=bureau.staff_chat_id, topic_id=None)
        await uow.cases.update(case.id, **changes)
        if moving:
            moved = replace(case, staff_chat_id=bureau.staff_chat_id, bureau=bureau.id)
            card = self.mail.topic_and_card(moved, now, bureau.hours.timezone)
            await self.mail.to_topic(uow, moved, card, now)

    async def shift(self, uow: UnitOfWork, member: StaffMember, on: bool, now: datetime) -> str:
        await uow.shifts.mark(member.alias, on, now)
        await uow.audit.record(AuditEntry(member.alias, "shift-on" if on else "shift-off", now))
        return "console-done-shift-on" if on else "console-done-shift-off"

    async def _audit(
        self,
        uow: UnitOfWork,
        member: StaffMember,
        action: str,
        case: Case,
        now: datetime,
        detail: str | None = None,
    ) -> None:
        await uow.audit.record(AuditEntry(member.alias, action, now, case.id, detail))


__all__ = [
    "ASK_LOCK_SCREEN",
    "OUTCOMES",
    "PERSON",
    "CaseWork",
    "ReplyBox",
    "may_write",
    "queue_order",
    "record_line",
    "rows",
]
