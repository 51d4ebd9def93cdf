"""The browser is untrusted: whatever it sends is parsed without error and reduced safely."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.web.protocol import parse_client_message, to_incoming
from bot.core.events import ButtonPressed, TextReceived, UnsupportedReceived

SESSION = "s" * 24
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
messages = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=70) | st.integers(),
        "type": st.sampled_from(["start", "text", "button", "exit", "menu", "x"]) | json_values,
        "text": st.text() | json_values,
        "payload": st.text() | json_values,
        "lang": st.text(max_size=12) | json_values,
        "entry": st.text(max_size=70) | json_values,
    },
)


@settings(max_examples=300)
@given(messages)
def test_any_message_is_parsed_without_error_and_bounded(raw: dict[str, Any]) -> None:
    parsed = parse_client_message(SESSION, json.dumps(raw))
    if parsed is None:
        return
    assert len(parsed.record.get("text", "")) <= 4096
    incoming = to_incoming(json.dumps(parsed.record).encode())
    assert incoming.user_id == SESSION
    if isinstance(incoming.event, ButtonPressed):
        assert len(incoming.event.payload) <= 64
    if raw.get("type") == "text" and isinstance(raw.get("text"), str):
        assert incoming.event == TextReceived(len(raw["text"]))


@given(st.text())
def test_arbitrary_text_frames_never_raise(frame: str) -> None:
    parse_client_message(SESSION, frame)


def test_an_unknown_type_becomes_unsupported_input() -> None:
    parsed = parse_client_message(SESSION, json.dumps({"id": "a1", "type": "sticker"}))
    assert parsed is not None
    assert to_incoming(json.dumps(parsed.record).encode()).event == UnsupportedReceived("web")
