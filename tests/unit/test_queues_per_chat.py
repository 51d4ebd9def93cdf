"""Order is kept per outbox queue, not per Telegram chat (README, "Order is kept per queue").
That is safe because what must stay in order to one chat shares a queue: everything staff are
told about a person, in the case's topic or elsewhere in a staff chat, is that person's one staff
queue, and each case of the staff group has its own topic; a person's chat receives in their
own queue, apart from the staff side. These tests pin the routing that makes it so: a new route
that breaks it must say how it keeps order."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.services.cases import Case
from bot.services.mailbox import CaseTopic, Chat, Mailbox, StaffChat, staff_owner, staff_queue

STAFF_GROUP = -100500
MAILBOX = Mailbox({}, "telegram")


def case_of(person: str, code: str) -> Case:
    return Case(
        code, person, "telegram", "tbilisi", None, "en", (), False, None, STAFF_GROUP,
        datetime(2026, 12, 6, tzinfo=UTC), topic_id=7,
    )  # fmt: skip


async def test_whatever_staff_are_told_about_a_person_is_one_queue() -> None:
    topic = await MAILBOX._route(None, CaseTopic(case_of("p-1", "A1")))  # type: ignore[arg-type]
    group = await MAILBOX._route(None, StaffChat(STAFF_GROUP, "p-1", about="p-1"))  # type: ignore[arg-type]
    member = await MAILBOX._route(None, StaffChat(555, "p-1", about="p-1"))  # type: ignore[arg-type]
    assert topic is not None and group is not None and member is not None
    assert topic[3] == group[3] == member[3] == staff_queue("p-1")
    assert (topic[2], group[2]) == (str(STAFF_GROUP), str(STAFF_GROUP))


async def test_two_cases_in_one_staff_group_are_two_queues_into_two_topics() -> None:
    first, second = case_of("p-1", "A1"), case_of("p-2", "A2")
    a = await MAILBOX._route(None, CaseTopic(first))  # type: ignore[arg-type]
    b = await MAILBOX._route(None, CaseTopic(second))  # type: ignore[arg-type]
    assert a is not None and b is not None and a[2] == b[2]  # the same Telegram chat
    assert a[3] != b[3]  # side by side, each in order (and in its own topic)


async def test_the_persons_chat_and_a_staff_members_chat_are_queues_of_their_own() -> None:
    person = await MAILBOX._route(None, Chat("p-1", "telegram", "555"))  # type: ignore[arg-type]
    staff = await MAILBOX._route(None, StaffChat(555, staff_owner(555)))  # type: ignore[arg-type]
    assert person is not None and staff is not None
    assert person[3] is None and staff[3] is None  # each its owner's own queue
    assert person[1] != staff[1]  # one chat, two conversations: they may interleave
