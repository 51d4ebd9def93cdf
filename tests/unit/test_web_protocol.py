"""The browser is untrusted: whatever it sends is parsed without error and reduced safely."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.web.protocol import parse_client_message, to_incoming
from bot.core.events import (
    ButtonPressed,
    LocationShared,
    Resumed,
    TextReceived,
    UnsupportedReceived,
)

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
        "type": st.sampled_from(
            ["start", "text", "button", "exit", "menu", "forget", "resume", "location", "x"]
        )
        | json_values,
        "latitude": st.floats() | json_values,
        "longitude": st.floats() | json_values,
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
    if isinstance(incoming.event, LocationShared):
        assert incoming.event.near is not None
        latitude, longitude = incoming.event.near
        assert abs(latitude) <= 90 and abs(longitude) <= 180
        assert (round(latitude, 2), round(longitude, 2)) == (latitude, longitude)


@given(st.text())
def test_arbitrary_text_frames_never_raise(frame: str) -> None:
    parse_client_message(SESSION, frame)


def test_an_unknown_type_becomes_unsupported_input() -> None:
    parsed = parse_client_message(SESSION, json.dumps({"id": "a1", "type": "sticker"}))
    assert parsed is not None
    assert to_incoming(json.dumps(parsed.record).encode()).event == UnsupportedReceived("web")


def decoded(message: dict[str, Any]) -> Any:
    parsed = parse_client_message(SESSION, json.dumps({"id": "a1", **message}))
    assert parsed is not None
    return to_incoming(json.dumps(parsed.record).encode()).event


def test_a_reloaded_page_asks_for_the_current_question() -> None:
    assert decoded({"type": "resume"}) == Resumed()


def test_a_shared_location_is_kept_to_about_a_kilometre_whatever_the_page_sent() -> None:
    event = decoded({"type": "location", "latitude": 42.271234, "longitude": 42.705678})
    assert event == LocationShared(None, (42.27, 42.71))


def test_a_location_off_the_earth_or_not_a_number_is_unsupported() -> None:
    for latitude, longitude in [(91, 0), (0, 181), ("42", 42), (True, 1), (None, 0)]:
        message = {"type": "location", "latitude": latitude, "longitude": longitude}
        assert decoded(message) == UnsupportedReceived("web")


def test_an_identifier_with_a_line_break_after_it_is_refused() -> None:
    # ``$`` also matches before a final newline; the patterns end with ``\Z`` instead.
    from bot.channels.web.protocol import CODE, MESSAGE_ID, SESSION
    from bot.services.people_admin import alias_ok

    assert not SESSION.match("A" * 20 + "\n") and SESSION.match("A" * 20)
    assert not MESSAGE_ID.match("m1\n") and not CODE.match("ka\n")
    assert not alias_ok("Nino\n") and alias_ok("Nino")
