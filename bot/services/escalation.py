"""Escalation: a case waiting too long pings the on-duty supervisors and reassures the person,
once. Due work is read from the database, so the sweep is restart-safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.texts import Text
from bot.services.case_mail import CaseMail
from bot.services.cases import WAITING, Case
from bot.services.desk import Desk
from bot.services.mailbox import StaffChat
from bot.services.messages import SendText
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.wakeup import Wakeup


@dataclass(frozen=True)
class Escalation:
    desk: Desk
    mail: CaseMail

    async def escalate(
        self, uow: UnitOfWork, now: datetime, urgent_after: timedelta, after: timedelta
    ) -> int:
        """Cases waiting too long: the on-duty supervisors are pinged, once, and the person is
        told, once, that they have not been forgotten, but only while someone of the bureau
        is on duty (else it would promise an answer nobody is there to give; they hear it
        when someone is). Reads due work from the database only; returns the cases acted on."""
        on_shift = await uow.shifts.on_shift()
        acted = 0
        for case in await uow.cases.open_cases():
            limit = urgent_after if case.urgent else after
            if case.status != WAITING or now - case.created_at < limit:
                continue
            reassured = await self._reassure(uow, case, on_shift, now)
            if not case.escalated:
                await self._ping(uow, case, on_shift, now)
            if reassured or not case.escalated:
                acted += 1
        return acted

    async def _reassure(
        self, uow: UnitOfWork, case: Case, on_shift: set[str], now: datetime
    ) -> bool:
        bureau = self.desk.bureaus.get(case.bureau)
        if case.reassured or bureau is None or not self.desk.on_duty(bureau, on_shift, now):
            return False
        assert case.id is not None
        await self.mail.tell(uow, case, Text("handoff-not-forgotten"), now)
        await uow.cases.update(case.id, reassured=True)
        return True

    async def _ping(self, uow: UnitOfWork, case: Case, on_shift: set[str], now: datetime) -> None:
        assert case.id is not None
        supervisors = [
            m
            for m in self.desk.staff.values()
            if m.supervisor and m.bureau == case.bureau and m.alias in on_shift
        ]
        minutes = int((now - case.created_at).total_seconds() // 60)
        note = self.mail.text(
            self.mail.default_locale,
            "staff-escalation",
            code=case.code,
            minutes=minutes,
            urgent="yes" if case.urgent else "no",
            supervisors=", ".join(m.alias for m in supervisors) or "—",
        )
        await self.mail.to_topic(uow, case, [SendText(note, case_id=case.id)], now)
        for supervisor in supervisors:
            to = StaffChat(supervisor.user_id, case.person_ref, about=case.person_ref)
            await self.mail.mailbox.send(uow, to, [SendText(note)], now)
        await uow.cases.update(case.id, escalated=True)
        await uow.cases.record(case.id, "escalated", "system", now)


@dataclass(frozen=True)
class EscalationSweep:
    """Triggered periodically (APScheduler); restart-safe because it reads due work from the
    database and marks what it did in the same transaction."""

    uow: UnitOfWorkFactory
    escalation: Escalation
    clock: Clock
    urgent_after: timedelta
    after: timedelta
    outbox_wakeup: Wakeup

    async def run(self) -> int:
        async with self.uow() as uow:
            escalated = await self.escalation.escalate(
                uow, self.clock(), self.urgent_after, self.after
            )
            await uow.commit()
        if escalated:
            self.outbox_wakeup.poke()
        return escalated
