"""One contract for every store: the in-memory twin, SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.core.state import ConversationState
from bot.services.messages import AnswerButton, ClearChat, SendText
from bot.services.ports import InboxItem, OutboxItem, UnitOfWork

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def inbox_item(key: str, chat: str = "chat-a", payload: bytes = b"{}") -> InboxItem:
    return InboxItem("telegram", key, chat, payload, NOW)


async def test_inbox_keeps_an_update_once_and_returns_it_in_order(uow: Callable[[], UnitOfWork]):
    async with uow() as tx:
        assert await tx.inbox.add(inbox_item("1", payload=b'{"a": 1}'))
        assert await tx.inbox.add(inbox_item("2", chat="chat-b"))
        assert not await tx.inbox.add(inbox_item("1"))
        await tx.commit()
    async with uow() as tx:
        pending = await tx.inbox.due(NOW, 10)
    assert [i.update_key for i in pending] == ["1", "2"]
    assert pending[0].payload == b'{"a": 1}'


async def test_a_later_item_of_a_chat_waits_while_an_earlier_one_waits_for_a_retry(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.inbox.add(inbox_item("1"))
        await tx.inbox.add(inbox_item("2"))
        await tx.inbox.add(inbox_item("3", chat="chat-b"))
        await tx.commit()
    async with uow() as tx:
        first, other = await tx.inbox.due(NOW, 10)
        assert [first.update_key, other.update_key] == ["1", "3"]  # "2" waits behind "1"
        assert first.id is not None
        await tx.inbox.retry_later(first.id, 1, NOW + timedelta(minutes=1), "RuntimeError")
        await tx.commit()
    async with uow() as tx:
        assert [i.update_key for i in await tx.inbox.due(NOW, 10)] == ["3"]
        later = await tx.inbox.due(NOW + timedelta(minutes=2), 10)
        assert [i.update_key for i in later] == ["1", "3"]


async def test_only_one_claim_of_an_inbox_item_succeeds(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.inbox.add(inbox_item("1"))
        await tx.commit()
    async with uow() as tx:
        item_id = (await tx.inbox.due(NOW, 1))[0].id
        assert item_id is not None
        assert await tx.inbox.claim(item_id, NOW)
        await tx.commit()
    async with uow() as tx:
        assert not await tx.inbox.claim(item_id, NOW)
        assert await tx.inbox.due(NOW, 10) == []


async def test_nothing_is_kept_without_commit(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.inbox.add(inbox_item("1"))
        await tx.outbox.add(OutboxItem("web", "chat-a", "addr", ClearChat(), NOW))
    async with uow() as tx:
        assert await tx.inbox.due(NOW, 10) == []
        assert await tx.outbox.due(NOW, 10) == []


async def test_retries_and_set_aside_are_recorded(uow: Callable[[], UnitOfWork]) -> None:
    async with uow() as tx:
        await tx.inbox.add(inbox_item("1"))
        await tx.inbox.add(inbox_item("2", chat="chat-b"))
        await tx.commit()
    async with uow() as tx:
        first, second = await tx.inbox.due(NOW, 10)
        assert first.id is not None and second.id is not None
        await tx.inbox.retry_later(first.id, 1, NOW + timedelta(seconds=5), "RuntimeError")
        await tx.inbox.set_aside(second.id, 5, "RuntimeError")
        await tx.commit()
    async with uow() as tx:
        assert await tx.inbox.due(NOW, 10) == []
        (waiting,) = await tx.inbox.due(NOW + timedelta(seconds=5), 10)
    assert waiting.attempts == 1 and waiting.next_attempt_at == NOW + timedelta(seconds=5)


async def test_outbox_round_trips_every_kind_of_message(uow: Callable[[], UnitOfWork]) -> None:
    messages = [
        SendText("Здравствуйте <3 & _*", ((("Да", "ask-danger|yes"), ("Нет", "ask-danger|no")),)),
        AnswerButton("cb-1"),
        ClearChat(),
    ]
    async with uow() as tx:
        for chat, message in zip(("chat-a", "chat-b", "chat-c"), messages, strict=True):
            await tx.outbox.add(OutboxItem("telegram", chat, "5550001", message, NOW))
        await tx.commit()
    async with uow() as tx:
        pending = await tx.outbox.due(NOW, 10)
        assert [p.message for p in pending] == messages
        assert {p.address for p in pending} == {"5550001"}
        assert pending[0].id is not None and pending[1].id is not None
        await tx.outbox.mark_sent(pending[0].id, NOW)
        await tx.outbox.give_up(pending[1].id, "Undeliverable", "process-a")
        await tx.commit()
    async with uow() as tx:
        assert [p.message for p in await tx.outbox.due(NOW, 10)] == [ClearChat()]


async def test_conversation_state_is_saved_and_replaced(uow: Callable[[], UnitOfWork]) -> None:
    state = ConversationState("menu", "hy", ("choose-language",), {"in_danger": "no"}, "kutaisi")
    async with uow() as tx:
        assert await tx.conversations.get("ref-a") is None
        await tx.persons.remember("ref-a", "telegram", "5550001", NOW)
        await tx.conversations.save("ref-a", ConversationState("choose-language"), NOW)
        await tx.conversations.save("ref-a", state, NOW)
        await tx.commit()
    async with uow() as tx:
        assert await tx.conversations.get("ref-a") == state


async def test_purge_deletes_only_finished_work_past_retention(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        await tx.inbox.add(inbox_item("1"))
        await tx.inbox.add(inbox_item("2", chat="chat-b"))
        await tx.outbox.add(OutboxItem("web", "chat-a", "addr", ClearChat(), NOW))
        await tx.commit()
    async with uow() as tx:
        first = (await tx.inbox.due(NOW, 10))[0]
        assert first.id is not None
        await tx.inbox.claim(first.id, NOW)
        await tx.commit()
    later = NOW + timedelta(days=3)
    async with uow() as tx:
        assert await tx.inbox.purge_handled(later) == 1
        assert await tx.outbox.purge_sent(later) == 0  # still pending: never dropped
        await tx.commit()
    async with uow() as tx:
        assert [i.update_key for i in await tx.inbox.due(NOW, 10)] == ["2"]
        assert await tx.outbox.expire("telegram", later) == 0
        assert await tx.outbox.expire("web", later) == 1  # a browser that never came back


async def test_closed_cases_past_retention_are_purged_with_their_history(
    uow: Callable[[], UnitOfWork],
) -> None:
    from bot.services.cases import Case

    def case(code: str, person: str) -> Case:
        return Case(
            code=code,
            person_ref=person,
            channel="telegram",
            bureau="b",
            city=None,
            locale="ka",
            needs=(),
            urgent=False,
            entry_code=None,
            staff_chat_id=-1,
            created_at=NOW,
        )

    async with uow() as tx:
        old = await tx.cases.add(case("C-OLD01", "p1"))
        kept = await tx.cases.add(case("C-NEW01", "p2"))
        assert old.id is not None and kept.id is not None
        await tx.cases.record(old.id, "opened", "person", NOW)
        await tx.cases.update(old.id, status="closed", closed_at=NOW)
        await tx.commit()
    async with uow() as tx:
        assert await tx.cases.purge_closed(NOW + timedelta(days=31)) == 1
        await tx.commit()
    async with uow() as tx:
        assert await tx.cases.get(old.id) is None
        assert await tx.cases.history(old.id) == []
        assert [c.code for c in await tx.cases.open_cases()] == ["C-NEW01"]


async def test_an_id_is_never_reused_after_the_newest_rows_are_erased(
    uow: Callable[[], UnitOfWork],
) -> None:
    """A worker holding an id across transactions must never touch a newer row by mistake
    (the erased person's pending reply and the goodbye written in its place)."""
    async with uow() as tx:
        await tx.outbox.add(OutboxItem("web", "keep", "a", ClearChat(), NOW))
        await tx.persons.remember("gone", "web", "b", NOW)
        await tx.outbox.add(OutboxItem("web", "gone", "b", ClearChat(), NOW))
        await tx.commit()
    async with uow() as tx:
        (_, erased) = await tx.outbox.due(NOW, 10)
        await tx.persons.erase("gone")
        await tx.outbox.add(OutboxItem("web", "new", "c", ClearChat(), NOW, ephemeral=True))
        await tx.commit()
    async with uow() as tx:
        ids = [i.id for i in await tx.outbox.due(NOW, 10)]
        assert erased.id not in ids
        assert erased.id is not None
        await tx.outbox.mark_sent(erased.id, NOW)  # the stale id of the erased reply
        await tx.commit()
    async with uow() as tx:
        assert [i.chat_ref for i in await tx.outbox.due(NOW, 10)] == ["keep", "new"]


async def test_cancel_drops_the_unsent_messages_of_one_queue_only(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        for text in ("one", "two"):
            await tx.outbox.add(OutboxItem("web", "leaver", "a", SendText(text), NOW))
        staff = OutboxItem("web", "leaver", "s", SendText("to staff"), NOW, queue="staff:leaver")
        await tx.outbox.add(staff)
        await tx.outbox.add(OutboxItem("web", "stayer", "b", SendText("three"), NOW))
        await tx.commit()
    async with uow() as tx:
        (first, _, _) = await tx.outbox.due(NOW, 10)
        await tx.outbox.mark_sent(first.id or 0, NOW)
        await tx.commit()
    async with uow() as tx:
        assert await tx.outbox.cancel("leaver") == 1  # "two"; "one" is already sent
        await tx.commit()
    async with uow() as tx:
        due = await tx.outbox.due(NOW, 10)
        assert [(i.chat_ref, i.in_queue) for i in due] == [
            ("leaver", "staff:leaver"),
            ("stayer", "stayer"),
        ]


async def test_replies_are_marked_sent_together_except_those_gone_or_thrown_away(
    uow: Callable[[], UnitOfWork],
) -> None:
    async with uow() as tx:
        for text in ("one", "two", "three"):
            await tx.outbox.add(OutboxItem("telegram", f"chat-{text}", "a", SendText(text), NOW))
        throwaway = OutboxItem("telegram", "gone", "b", ClearChat((7,)), NOW, ephemeral=True)
        await tx.outbox.add(throwaway)
        await tx.commit()
    async with uow() as tx:
        one, two, three, thrown = await tx.outbox.due(NOW, 10)
        assert await tx.outbox.cancel("chat-two") == 1  # the person left while it was sent
        await tx.commit()
    ids = [i.id or 0 for i in (one, two, three, thrown)]
    async with uow() as tx:
        assert await tx.outbox.mark_sent_many(ids, NOW, "process-a") == {one.id, three.id}
        await tx.chat_messages.remember_many([("chat-one", "telegram", 41, NOW)] * 2)
        await tx.commit()
    async with uow() as tx:
        assert [i.chat_ref for i in await tx.outbox.due(NOW, 10)] == ["gone"]
        assert await tx.outbox.mark_sent_many([], NOW, "process-a") == set()
        assert await tx.chat_messages.take("chat-one", NOW) == ([41, 41], 0)


async def test_each_update_counts_in_the_flood_window_that_began_less_than_a_window_ago(
    uow: Callable[[], UnitOfWork],
) -> None:
    window, second = timedelta(minutes=1), timedelta(seconds=1)
    counts = []
    for at in (NOW, NOW + 10 * second, NOW + 59 * second, NOW + 60 * second, NOW + 61 * second):
        async with uow() as tx:
            counts.append(await tx.persons.arrived("ref-f", "telegram", f"{at:%S}", at, window))
            await tx.commit()
    assert counts == [1, 2, 3, 1, 2]  # a new window at one minute
    async with uow() as tx:
        assert await tx.persons.address("ref-f") == ("telegram", "01")


async def test_replies_added_together_are_sent_in_the_order_given(
    uow: Callable[[], UnitOfWork],
) -> None:
    texts = [f"reply {n}" for n in range(12)]
    async with uow() as tx:
        items = [OutboxItem("telegram", "chat-o", "a", SendText(t), NOW) for t in texts]
        await tx.outbox.add_many(items)
        await tx.outbox.add_many([])
        await tx.commit()
    sent = []
    for _ in texts:
        async with uow() as tx:
            (head,) = await tx.outbox.due(NOW, 10)
            assert isinstance(head.message, SendText)
            sent.append(head.message.text)
            await tx.outbox.mark_sent(head.id or 0, NOW)
            await tx.commit()
    assert sent == texts
