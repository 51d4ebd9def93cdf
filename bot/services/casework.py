"""Staff actions keyed by case, for a staff surface that is not a case topic (the console):
take, reply, note, transfer, close, block, shift. Each goes through the same stores, case
topic and person mailbox as in the staff group, and each is written to the audit log.

Every method answers with a Fluent id (``console-done-*`` or ``console-refused-*``) that the
surface shows; nothing here knows how it is shown."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.texts import Text
from bot.services.case_mail import CaseMail
from bot.services.cases import CLOSED, OUTCOMES, TAKEN, WAITING, Case
from bot.services.desk import Bureau, Desk, StaffMember
from bot.services.messages import SendText
from bot.services.ports import UnitOfWork
from bot.services.records import NOTE, PERSON, STAFF, AuditEntry, ThreadLine
from bot.services.unprompted import STAFF_SAYS

REPLY_MIRRORED, NOTE_MIRRORED = "staff-reply-mirrored", "staff-note-mirrored"
"""How a reply or a note written elsewhere shows in the case's topic."""
LONGEST_REPLY = 4000


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


@dataclass(frozen=True)
class CaseWork:
    desk: Desk
    mail: CaseMail

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
        assert case.id is not None
        if not await uow.cases.take(case.id, member.alias):
            return "console-refused-taken"
        await uow.cases.record(case.id, "taken", member.alias, now)
        await self._audit(uow, member, "take", case, now)
        note = self.mail.staff_text_with(case, "staff-taken-by", alias=member.alias)
        await self.mail.to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        return "console-done-take"

    async def reply(
        self, uow: UnitOfWork, member: StaffMember, case: Case, text: str, now: datetime
    ) -> str:
        """To the person exactly as from the topic: signed with the alias, checked for the
        lock screen; the topic sees it too."""
        assert case.id is not None
        text = text.strip()[:LONGEST_REPLY]
        if not text:
            return "console-refused-empty"
        if case.blocked or case.status != TAKEN or case.taken_by != member.alias:
            return "console-refused-take-first"
        await self.mail.tell(
            uow, case, Text(STAFF_SAYS, {"alias": member.alias, "text": text}), now
        )
        mirrored = self.mail.staff_text_with(case, REPLY_MIRRORED, alias=member.alias, text=text)
        await self.mail.to_topic(uow, case, [SendText(mirrored, case_id=case.id)], now)
        await record_line(uow, case, STAFF, member.alias, text, now)
        await self._audit(uow, member, "reply", case, now)
        return "console-done-reply"

    async def note(
        self, uow: UnitOfWork, member: StaffMember, case: Case, text: str, now: datetime
    ) -> str:
        """An internal note: in the thread and the topic, never to the person."""
        assert case.id is not None
        text = text.strip()[:LONGEST_REPLY]
        if not text:
            return "console-refused-empty"
        mirrored = self.mail.staff_text_with(case, NOTE_MIRRORED, alias=member.alias, text=text)
        await self.mail.to_topic(uow, case, [SendText(mirrored, case_id=case.id)], now)
        await record_line(uow, case, NOTE, member.alias, text, now)
        await self._audit(uow, member, "note", case, now)
        return "console-done-note"

    async def close(
        self, uow: UnitOfWork, member: StaffMember, case: Case, outcome: str, now: datetime
    ) -> str:
        assert case.id is not None
        if outcome not in OUTCOMES or case.status == CLOSED:
            return "console-refused-close"
        await uow.cases.update(case.id, status=CLOSED, outcome=outcome, closed_at=now)
        await uow.cases.record(case.id, "closed", member.alias, now, outcome)
        said = Text("staff-outcome", {"outcome": outcome})
        note = self.mail.staff_text_with(case, "staff-closed", outcome=said, alias=member.alias)
        await self.mail.to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        await self.mail.tell(uow, case, Text("handoff-ended"), now)
        await self._audit(uow, member, "close", case, now, outcome)
        return "console-done-close"

    async def block(
        self, uow: UnitOfWork, member: StaffMember, case: Case, block: bool, now: datetime
    ) -> str:
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
        """As in the staff group: a note in the old topic, and a new topic when the case
        changes staff group (the note's thread is fixed before the topic changes)."""
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


__all__ = ["PERSON", "CaseWork", "queue_order", "record_line"]
