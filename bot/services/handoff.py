"""The handoff, the person's side: asking for a human opens (or returns to) a case in the
staff group, and what the person writes reaches its topic without saying who they are."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from babel.dates import format_datetime

from bot.core.engine import Context
from bot.core.texts import Text
from bot.services.case_mail import CaseMail
from bot.services.cases import WAITING, Case, new_code
from bot.services.casework import record_line
from bot.services.counting import CONTACT, KIND, Counting
from bot.services.desk import Bureau, Desk
from bot.services.hours import WEEKDAYS
from bot.services.mailbox import StaffChat
from bot.services.messages import CopyMessage, Incoming, Outgoing, SendText
from bot.services.ports import UnitOfWork
from bot.services.records import PERSON


@dataclass(frozen=True)
class Reach:
    """Whether someone can write back to the person now, and if not, when the team is back:
    what the person may be promised, decided from the case, the shifts and the hours."""

    case_open: bool
    on_duty: bool = False
    """Someone of the case's bureau is on shift, within its opening hours."""
    back: datetime | None = None
    """When the bureau next opens (its local time), if it is closed now; None: unknown."""


@dataclass(frozen=True)
class HandoffService:
    desk: Desk
    mail: CaseMail
    context: Context
    code: Callable[[], str] = new_code
    counting: Counting = field(default_factory=Counting)

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
        answers: Mapping[str, str] | None = None,
        numbers: tuple[Text, ...] | None = None,
    ) -> list[Outgoing]:
        """Open (or return to) the person's case; returns what to tell the person (with
        ``numbers``, the emergency numbers of the person's country; else the home country's)."""
        existing = await uow.cases.open_for(person)
        if existing is not None:
            if urgent and not existing.urgent and existing.id is not None:
                await uow.cases.update(existing.id, urgent=True)
                await uow.cases.record(existing.id, "urgent", "person", now)
            return []
        answers = answers or {}
        chosen = answers.get("city")
        bureau = self.desk.route(chosen or entry_code)
        if chosen is None and entry_code and entry_code.lower() in bureau.cities:
            chosen = entry_code.lower()
        case = await uow.cases.add(
            Case(
                code=self.code(),
                person_ref=person,
                channel=incoming.channel,
                bureau=bureau.id,
                city=chosen,
                locale=locale,
                needs=tuple(filter(None, answers.get("needs", "").split(","))),
                urgent=urgent,
                entry_code=entry_code,
                staff_chat_id=bureau.staff_chat_id,
                created_at=now,
                rights_topic=answers.get("rights_topic"),
            )
        )
        assert case.id is not None
        await uow.cases.record(case.id, "opened", "person", now)
        await self.counting.note(uow, person, contact(bureau, now), now, answers or None)
        card = self.mail.topic_and_card(case, now, bureau.hours.timezone)
        await self.mail.to_topic(uow, case, card, now)
        if urgent:
            return []  # the danger route says itself what the person may count on
        on_duty = self.desk.on_duty(bureau, await uow.shifts.on_shift(), now)
        said = self._availability(bureau, on_duty, locale, now, numbers)
        return [self.mail.say(locale, said)]

    async def reach(self, uow: UnitOfWork, person: str, now: datetime) -> Reach:
        """Who can write back to the person now, through their open case."""
        case = await uow.cases.open_for(person)
        bureau = self.desk.bureaus.get(case.bureau) if case is not None else None
        if case is None or case.blocked or bureau is None:
            return Reach(case_open=False)
        if bureau.hours.is_open(now):
            on_duty = self.desk.on_duty(bureau, await uow.shifts.on_shift(), now)
            return Reach(case_open=True, on_duty=on_duty)
        return Reach(case_open=True, back=bureau.hours.next_opening(now))

    async def on_duty(self, uow: UnitOfWork, place: str | None, now: datetime) -> bool:
        """Whether the bureau for ``place`` has someone on shift within its hours now."""
        return self.desk.on_duty(self.desk.route(place), await uow.shifts.on_shift(), now)

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
            note = self.mail.staff_text(case, "staff-person-edited")
            messages.append(SendText(note, case_id=case.id))
        can_copy = self.mail.mailbox.can(incoming.channel).copies_media
        if can_copy and incoming.message_id is not None:
            messages.append(CopyMessage(incoming.address, incoming.message_id, case_id=case.id))
        else:
            text = incoming.text or self.mail.staff_text(case, "handoff-media-not-shown")
            messages.append(SendText(text, case_id=case.id))
        await self.mail.to_topic(uow, case, messages, now)
        shown = incoming.text or self.mail.staff_text(case, "handoff-media-not-shown")
        await record_line(uow, case, PERSON, None, shown, now)  # the console's view of the thread
        return True

    async def person_left(self, uow: UnitOfWork, person: str, owner: str, now: datetime) -> None:
        """Before an erasure: tell staff only that the person ended the conversation."""
        case = await uow.cases.open_for(person)
        if case is None or case.topic_id is None:
            return
        # The thread is fixed now: the case itself is about to be erased.
        note = SendText(self.mail.staff_text(case, "staff-person-left"), thread_id=case.topic_id)
        to = StaffChat(case.staff_chat_id, owner)
        await self.mail.mailbox.send(uow, to, [note], now, ephemeral=True)

    async def _reopen(self, uow: UnitOfWork, person: str, now: datetime) -> Case | None:
        last = await uow.cases.last_for(person)
        if last is None or last.id is None or last.closed_at is None or last.blocked:
            return None
        if now - last.closed_at > self.desk.reopen_within:
            return None
        await uow.cases.update(last.id, status=WAITING, taken_by=None, closed_at=None, outcome=None)
        await uow.cases.record(last.id, "reopened", "person", now)
        reopened = replace(last, status=WAITING, taken_by=None, closed_at=None, outcome=None)
        note = SendText(self.mail.staff_text(reopened, "staff-person-back"), case_id=last.id)
        await self.mail.to_topic(uow, reopened, [note], now)
        return reopened

    def _availability(
        self,
        bureau: Bureau,
        on_duty: bool,
        locale: str,
        now: datetime,
        numbers: tuple[Text, ...] | None = None,
    ) -> Text:
        if on_duty:
            return Text("handoff-waiting")
        opening = bureau.hours.next_opening(now)
        when = when_back(opening, locale) if opening else "—"
        return Text(
            "handoff-closed-until",
            {"when": when, "emergency_numbers": numbers or self.context["emergency_numbers"]},
        )


def when_back(opening: datetime, locale: str) -> str:
    """A day and a time in the bureau's own time zone, in the person's language."""
    return format_datetime(opening, "EEEE HH:mm", tzinfo=opening.tzinfo, locale=locale)


def contact(bureau: Bureau, now: datetime) -> dict[str, str]:
    """A case opened, as evidence: the bureau, the hour and weekday on its clock, and whether it
    was open then (so a report shows who comes when nobody is there)."""
    local = now.astimezone(bureau.hours.timezone)
    return {
        KIND: CONTACT,
        "contact_bureau": bureau.id,
        "contact_hour": f"{local.hour:02d}",
        "contact_weekday": WEEKDAYS[local.weekday()],
        "contact_hours": "open" if bureau.hours.is_open(now) else "closed",
    }
