"""A reply is stored in the outbox as JSON and read back before it is sent: whatever the
services can say must come back the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.services.messages import (
    AnswerButton,
    ClearChat,
    CopyMessage,
    LeaveChat,
    OpenTopic,
    Outgoing,
    SendText,
    dump_outgoing,
    load_outgoing,
)

texts = st.text(max_size=40)
ids = st.integers(min_value=-(2**40), max_value=2**40)
maybe_ids = st.none() | ids
buttons = st.lists(st.lists(st.tuples(texts, texts).map(tuple), max_size=3).map(tuple), max_size=3)

outgoing: st.SearchStrategy[Outgoing] = st.one_of(
    st.builds(
        SendText,
        text=texts,
        buttons=buttons.map(tuple),
        silent=st.booleans(),
        protect=st.booleans(),
        case_id=maybe_ids,
        thread_id=maybe_ids,
        edits=maybe_ids,
    ),
    st.builds(
        CopyMessage,
        from_chat=texts,
        message_id=ids,
        caption=st.none() | texts,
        case_id=maybe_ids,
        thread_id=maybe_ids,
    ),
    st.builds(OpenTopic, case_id=ids, name=texts),
    st.builds(AnswerButton, callback_id=texts, text=st.none() | texts),
    st.builds(ClearChat, message_ids=st.lists(ids, max_size=5).map(tuple)),
    st.just(LeaveChat()),
)


@given(outgoing)
def test_every_reply_reads_back_as_it_was_written(message: Outgoing) -> None:
    assert load_outgoing(dump_outgoing(message)) == message
