"""The edge reads an update's id and sender from raw JSON whatever else it holds, and the inbox
worker's parse leaves out only the part aiogram cannot read (or gives up with Unreadable)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiogram import Bot
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.telegram.raw import Unreadable, UpdateReader, faulty_parts, received, sender_of
from tests.conftest import TOKEN

PERSON = {"id": 5551234567, "is_bot": False, "first_name": "A"}
CHAT = {"id": 5551234567, "type": "private", "first_name": "A"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@pytest.fixture
async def reader() -> Any:
    bot = Bot(TOKEN)
    yield UpdateReader(bot)
    await bot.session.close()


def test_the_sender_is_read_from_any_kind_of_event() -> None:
    assert sender_of({"update_id": 1, "message": {"from": PERSON, "chat": CHAT}}) == "5551234567"
    assert sender_of({"update_id": 1, "poll_answer": {"user": {"id": 42}}}) == "42"
    assert sender_of({"update_id": 1, "channel_post": {"chat": {"id": -100}}}) == "-100"
    assert sender_of({"update_id": 1, "hologram_call": {"from": {"id": 7}}}) == "7"
    assert sender_of({"update_id": 1, "poll": {"id": "p"}}) == "-"
    assert sender_of({"update_id": 1, "message": {"from": {"id": True}}}) == "-"


@given(json_values)
def test_anything_that_is_not_an_update_is_refused_and_nothing_raises(value: object) -> None:
    update = received(value)
    has_id = isinstance(value, dict) and type(value.get("update_id")) is int
    assert (update is not None) == has_id
    if update is not None:
        assert json.loads(update.payload) == value


def test_the_hidden_user_forward_loses_only_its_origin(reader: UpdateReader) -> None:
    origin = {"type": "hidden_user", "date": 1422450181}  # no sender_user_name: aiogram #1840
    message = {"message_id": 1, "date": 0, "chat": CHAT, "from": PERSON, "text": "hi"}
    payload = json.dumps({"update_id": 3, "message": {**message, "forward_origin": origin}})
    update = reader.read(payload.encode())
    assert update is not None and update.message is not None
    assert update.message.text == "hi" and update.message.forward_origin is None
    assert reader.counts["salvaged"] == 1


def test_a_fault_in_the_event_itself_is_unreadable(reader: UpdateReader) -> None:
    payload = json.dumps({"update_id": 3, "message": {"message_id": 1, "date": 0, "text": "x"}})
    with pytest.raises(Unreadable):
        reader.read(payload.encode())
    with pytest.raises(Unreadable):
        reader.read(b"{not json")


def test_an_unknown_kind_is_ignored(reader: UpdateReader) -> None:
    assert reader.read(b'{"update_id": 3, "hologram_call": {"from": {"id": 1}}}') is None
    assert reader.counts["unknown"] == 1


def test_faults_in_list_items_drop_the_whole_list_and_nested_faults_drop_once() -> None:
    data = {"message": {"entities": [{"type": 1}], "reply": {"a": {"b": 1}}}}
    locations: list[tuple[str | int, ...]] = [
        ("message", "entities", 0, "type"),
        ("message", "reply", "a", "b"),
        ("message", "reply", "a", "missing"),
        ("message", "reply", "c"),
    ]
    assert faulty_parts(data, locations) == [("message", "entities"), ("message", "reply")]
    assert faulty_parts(data, [("message", "date")]) is None


@given(st.dictionaries(st.sampled_from(["message", "callback_query", "x"]), json_values))
def test_reading_any_json_object_gives_an_update_none_or_unreadable(event: dict[str, Any]) -> None:
    payload = json.dumps({"update_id": 1, **event}).encode()
    try:
        update = UpdateReader(Bot(TOKEN)).read(payload)  # the session opens only to send
    except Unreadable:
        return
    assert update is None or update.update_id == 1
