"""Escalation: a case waiting too long pings the on-duty supervisors and reassures the person,
once. Due work is read from the database, so the sweep is restart-safe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.texts import Text
from bot.services.case_mail import CaseMail
from bot.services.cases import WAITING
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
            if not case.reassured:
                told = self.mail.say(case.locale, Text("handoff-not-forgotten"))
                await self.mail.to_person(uow, case, [told], now)
            await uow.cases.update(case.id, escalated=True, reassured=True)
            await uow.cases.record(case.id, "escalated", "system", now)
            escalated += 1
        return escalated


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
