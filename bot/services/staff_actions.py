"""The handoff, the staff side in the staff group: commands and buttons in a case's topic, read and
checked against the staff list as it is, then done by ``CaseWork`` (the same service the console
uses) and answered in the topic's words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.texts import Text
from bot.services.case_mail import CLOSE, TAKE, TRANSFER, CaseMail
from bot.services.cases import CLOSED, OUTCOMES, WAITING, Case
from bot.services.casework import OUTCOME, CaseWork, may_write, rows
from bot.services.counting import KIND, VIOLENCE, VIOLENCE_TYPES
from bot.services.desk import Desk, StaffMember
from bot.services.mailbox import StaffChat, staff_owner
from bot.services.messages import SendText, StaffIncoming
from bot.services.ports import UnitOfWork
from bot.services.sign_in import ConsoleLinks
from bot.services.unprompted import STAFF_SAYS

BLOCK, UNBLOCK, SHIFT, CASES, CONSOLE = "block", "unblock", "shift", "cases", "console"
MEDIA_NOT_SHOWN = "handoff-media-not-shown"
STATUS, HOLDER_UNKNOWN = "staff-status", "staff-holder-unknown"
"""Statuses in words (``$status``), and a holder nobody recorded."""


@dataclass(frozen=True)
class StaffActions:
    work: CaseWork
    sign_in: ConsoleLinks | None = None
    """Sends a one-time console link on ``/console``; None when no console is served."""

    @property
    def desk(self) -> Desk:
        return self.work.desk

    @property
    def mail(self) -> CaseMail:
        return self.work.mail

    async def handle_staff(self, uow: UnitOfWork, act: StaffIncoming, now: datetime) -> None:
        """Every action is checked against the staff list as it is now."""
        member = self.desk.staff.get(act.user_id)
        case = await self._case_of(uow, act)
        if member is None:
            if act.command or act.button:
                refusal = self.mail.text(self.mail.default_locale, "staff-not-staff")
                await self.mail.answer(uow, act, case, refusal, now)
            return
        if act.command == SHIFT:
            await self._shift(uow, act, member, now)
            return
        if act.command == CONSOLE and self.sign_in is not None:
            await self._console_link(uow, act, member, now)
            return
        if act.command == CASES:
            await self.mail.answer(uow, act, None, await self._cases_of(uow, member, now), now)
            return
        if case is None or case.id is None:
            if act.callback_id:
                await self.mail.answer(uow, act, None, None, now)
            return
        if case.bureau != member.bureau:
            await self.mail.answer(
                uow, act, case, self.mail.text(member.locale, "staff-not-your-bureau"), now
            )
            return
        action, _, choice = (act.button or act.command or "").partition(":")
        if choice:
            act = replace(act, args=choice)
        if action == TAKE:
            await self._take(uow, act, case, member, now)
        elif action == CLOSE:
            await self._close(uow, act, case, member, now)
        elif action == VIOLENCE:
            await self._violence(uow, act, case, member, now)
        elif action in (BLOCK, UNBLOCK):
            await self.work.block(uow, member, case, action == BLOCK, now)
        elif action == TRANSFER:
            await self._transfer(uow, act, case, member, now)
        elif act.callback_id:
            await self.mail.answer(uow, act, case, None, now)
        elif act.command is None:
            await self._relay_from_staff(uow, act, case, member, now)

    async def _take(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None
        if await self.work.take(uow, member, case, now) == "console-done-take":
            await self.mail.answer(uow, act, case, None, now)
            return
        current = await uow.cases.get(case.id)
        holder = current.taken_by if current and current.taken_by else Text(HOLDER_UNKNOWN)
        text = self.mail.text(member.locale, "staff-already-taken", alias=holder)
        await self.mail.answer(uow, act, case, text, now)

    async def _close(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None
        outcome = act.args.strip().lower()
        if case.status == CLOSED:
            await self.mail.answer(
                uow, act, case, self.mail.text(member.locale, "staff-already-closed"), now
            )
            return
        if outcome not in OUTCOMES:
            await self._ask_outcome(uow, act, case, member, now)
            return
        await self.work.close(uow, member, case, outcome, now)
        await self.mail.answer(uow, act, case, None, now)

    async def _ask_outcome(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        """The Close button (or /close without an outcome): the outcomes as buttons."""
        assert case.id is not None
        choices = [
            (self.mail.text(member.locale, OUTCOME, outcome=o), f"{CLOSE}:{o}") for o in OUTCOMES
        ]
        ask = SendText(self.mail.text(member.locale, "staff-close-how"), rows(choices))
        await self.mail.answer(uow, act, case, None, now)
        await self.mail.to_topic(uow, case, [replace(ask, case_id=case.id)], now)

    async def _violence(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        """Optional, after closing: the kind of violence the person disclosed, in the GBVIMS
        incident types. Staff record it from what was said; the person is never asked. Once
        per case: a second press changes nothing."""
        assert case.id is not None
        kind = act.args.strip().lower()
        known = kind in VIOLENCE_TYPES and case.status == CLOSED
        recorded = any(k == VIOLENCE for k, _, _ in await uow.cases.history(case.id))
        if not known or recorded:
            text_id = "staff-violence-already" if recorded else "staff-violence-how"
            await self.mail.answer(uow, act, case, self.mail.text(member.locale, text_id), now)
            return
        await uow.cases.record(case.id, VIOLENCE, member.alias, now, kind)
        row = {KIND: VIOLENCE, "violence_bureau": case.bureau, "violence_type": kind}
        await self.work.counting.note(uow, case.person_ref, row, now)
        said = self.work.violence_label(case, kind)
        note = self.mail.staff_text_with(
            case, "staff-violence-noted", kind=said, alias=member.alias
        )
        await self.mail.answer(uow, act, case, None, now)
        await self.mail.to_topic(uow, case, [SendText(note, case_id=case.id)], now)

    async def _shift(
        self, uow: UnitOfWork, act: StaffIncoming, member: StaffMember, now: datetime
    ) -> None:
        choice = act.args.strip().lower()
        if choice not in ("on", "off"):
            await self.mail.answer(
                uow, act, None, self.mail.text(member.locale, "staff-shift-how"), now
            )
            return
        await self.work.shift(uow, member, choice == "on", now)
        text_id = "staff-shift-on" if choice == "on" else "staff-shift-off"
        reply = self.mail.text(member.locale, text_id, alias=member.alias, bureau=member.bureau)
        if choice == "on":  # what waited for them, at once
            reply += "\n" + await self._cases_of(uow, member, now)
        await self.mail.answer(uow, act, None, reply, now)

    async def _cases_of(self, uow: UnitOfWork, member: StaffMember, now: datetime) -> str:
        """Waiting cases of the member's bureau, and the member's own."""
        lines = []
        for case in await uow.cases.open_cases():
            mine = case.taken_by == member.alias
            if case.bureau == member.bureau and (case.status == WAITING or mine):
                minutes = str(int((now - case.created_at).total_seconds() // 60))
                lines.append(
                    self.mail.text(
                        member.locale,
                        "staff-cases-line",
                        code=case.code,
                        status=Text(STATUS, {"status": case.status}),
                        minutes=minutes,
                        urgent="yes" if case.urgent else "no",
                    )
                )
        if not lines:
            return self.mail.text(member.locale, "staff-cases-none", bureau=member.bureau)
        return "\n".join(lines)

    async def _transfer(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        """To another bureau (waiting there) or to a colleague (taken by them)."""
        assert case.id is not None
        if await self.work.transfer(uow, member, case, act.args, now) == "console-done-transfer":
            return
        choices = ", ".join([*self.desk.bureaus, *(m.alias for m in self.desk.staff.values())])
        text = self.mail.text(member.locale, "staff-transfer-how", choices=choices)
        await self.mail.answer(uow, act, case, text, now)

    async def _relay_from_staff(
        self, uow: UnitOfWork, act: StaffIncoming, case: Case, member: StaffMember, now: datetime
    ) -> None:
        assert case.id is not None and act.message_id is not None
        if (act.text or "").startswith("//"):  # an internal note: never relayed
            await self.work.note(uow, member, case, (act.text or "")[2:], now, mirror=False)
            return
        if case.blocked:
            return
        if not may_write(case, member):
            note = SendText(self.mail.text(member.locale, "staff-take-first"), case_id=case.id)
            await self.mail.to_topic(uow, case, [note], now)
            return
        says = Text(STAFF_SAYS, {"alias": member.alias, "text": act.text or ""})
        if act.media and self.mail.mailbox.can(case.channel).copies_media:
            origin = (str(act.chat_id), act.message_id)
            await self.mail.tell(uow, case, says, now, copy_from=origin)
        elif act.media:
            shown = Text(STAFF_SAYS, {"alias": member.alias, "text": Text(MEDIA_NOT_SHOWN)})
            await self.mail.tell(uow, case, shown, now)
        elif act.edited:  # a copy cannot be edited: the correction follows, marked
            edited = Text("handoff-staff-edited", {"alias": member.alias, "text": act.text or ""})
            await self.mail.tell(uow, case, edited, now)
        else:
            await self.mail.tell(uow, case, says, now)
        line = self.mail.staff_text(case, MEDIA_NOT_SHOWN) if act.media else act.text or ""
        await self.work.written(uow, member, case, line, now)  # seen in the console too

    async def _console_link(
        self, uow: UnitOfWork, act: StaffIncoming, member: StaffMember, now: datetime
    ) -> None:
        """The link goes to the member's own chat with the bot, never into the group."""
        assert self.sign_in is not None
        link = await self.sign_in.link_for(uow, member.alias, now)
        text = self.mail.text(member.locale, "staff-console-link", link=link)
        own = StaffChat(member.user_id, staff_owner(member.user_id))
        await self.mail.mailbox.send(uow, own, [SendText(text, protect=True)], now)
        await self.mail.answer(
            uow, act, None, self.mail.text(member.locale, "staff-console-sent"), now
        )

    async def _case_of(self, uow: UnitOfWork, act: StaffIncoming) -> Case | None:
        if act.thread_id is None:
            return None
        return await uow.cases.by_topic(act.chat_id, act.thread_id)
