"""Transcripts of the start flow through the pure engine: (event, replies) with the real dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import BACK, EXIT, Context, advance
from bot.core.events import (
    ButtonPressed,
    CheckInDue,
    Event,
    ExitRequested,
    LocationShared,
    MenuRequested,
    Resumed,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.core.flow import Flow
from bot.core.replies import Act, EndSession, Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.dialogs import Dialogs
from bot.i18n import LOCALES

NUMBERS = (
    Text("emergency-number-line", {"number": "112", "label": Text("emergency-kind-general")}),
    Text(
        "emergency-number-line",
        {"number": "116 006", "label": Text("emergency-kind-violence-hotline")},
    ),
)
CONTEXT: Context = {"emergency_numbers": NUMBERS}


@dataclass
class Chat:
    """One person talking to the engine; keeps the state between turns like the service does."""

    flow: Flow
    state: ConversationState = field(default_factory=ConversationState)

    def send(self, event: Event) -> tuple[Reply, ...]:
        turn = advance(self.flow, self.state, event, CONTEXT)
        self.state = turn.state
        return turn.replies

    def press(self, payload: str) -> tuple[Reply, ...]:
        return self.send(ButtonPressed(payload))


def said(replies: tuple[Reply, ...]) -> list[str]:
    return [r.text.id if isinstance(r, Say) else type(r).__name__ for r in replies]


def payloads(reply: Reply) -> list[str]:
    assert isinstance(reply, Say)
    return [button.payload for row in reply.buttons for button in row]


@pytest.fixture
def chat(dialogs: Dialogs) -> Chat:
    return Chat(dialogs.flow)


def at_ask_danger(chat: Chat) -> Chat:
    chat.send(Started(locale_hint="ru"))
    chat.press("choose-language|ru")
    chat.press("privacy-note|ok")
    assert chat.state.step == "ask-danger"
    return chat


@pytest.mark.parametrize("hint", LOCALES)
def test_start_offers_every_language_with_the_hinted_one_first(chat: Chat, hint: str) -> None:
    (reply,) = chat.send(Started(locale_hint=hint))
    assert said((reply,)) == ["start-choose-language"]
    offered = payloads(reply)
    assert offered[0] == f"choose-language|{hint}"
    assert sorted(offered[:-1]) == sorted(f"choose-language|{code}" for code in LOCALES)
    assert offered[-1] == EXIT
    assert isinstance(reply, Say)
    assert reply.buttons[0][0].label == Text(f"language-name-{hint}")
    assert chat.state.step == "choose-language"


def test_start_with_an_unknown_hint_sets_no_locale(chat: Chat) -> None:
    chat.send(Started(locale_hint="fr"))
    assert chat.state.locale is None


def test_start_keeps_the_deep_link_code(chat: Chat) -> None:
    chat.send(Started(entry_code="kutaisi"))
    assert chat.state.entry_code == "kutaisi"


def test_choosing_a_language_sets_the_locale_and_shows_the_privacy_note(chat: Chat) -> None:
    chat.send(Started(locale_hint="ka"))
    replies = chat.press("choose-language|hy")
    assert said(replies) == ["start-privacy-note"]
    assert chat.state.locale == "hy"
    assert chat.state.step == "privacy-note"


def test_danger_yes_shows_the_emergency_numbers_opens_an_urgent_case_and_stores_the_answer(
    chat: Chat,
) -> None:
    at_ask_danger(chat)
    act, reply = chat.press("ask-danger|yes")
    assert act == Act("open_urgent_case")
    assert isinstance(reply, Say) and reply.urgent and reply.contacts
    assert reply.text == Text("start-emergency", {"emergency_numbers": NUMBERS})
    assert chat.state.step == "emergency"
    assert dict(chat.state.answers) == {"in_danger": "yes"}


def test_danger_no_leads_to_the_menu(chat: Chat) -> None:
    at_ask_danger(chat)
    (reply,) = chat.press("ask-danger|no")
    assert said((reply,)) == ["menu-title"]
    assert chat.state.step == "menu"
    assert chat.state.history == ()
    assert dict(chat.state.answers) == {"in_danger": "no"}
    assert BACK not in payloads(reply)


def test_back_returns_to_the_previous_step(chat: Chat) -> None:
    at_ask_danger(chat)
    (reply,) = chat.press(BACK)
    assert said((reply,)) == ["start-privacy-note"]
    assert chat.state.step == "privacy-note"
    chat.press(BACK)
    assert chat.state.step == "choose-language"
    assert chat.state.history == ()


def test_back_is_offered_only_where_there_is_somewhere_to_go(chat: Chat) -> None:
    (first,) = chat.send(Started())
    assert BACK not in payloads(first)
    (second,) = chat.press("choose-language|en")
    assert BACK in payloads(second)


def test_back_with_nowhere_to_go_shows_the_step_again(chat: Chat) -> None:
    chat.send(Started())
    replies = chat.press(BACK)
    assert said(replies) == ["start-choose-language"]
    assert chat.state.step == "choose-language"


def test_menu_request_shows_the_menu_from_anywhere(chat: Chat) -> None:
    at_ask_danger(chat)
    replies = chat.send(MenuRequested())
    assert said(replies) == ["menu-title"]
    assert chat.state.step == "menu"
    assert chat.state.history == ()


@pytest.mark.parametrize("leave", [ExitRequested(), ButtonPressed(EXIT)], ids=["command", "button"])
def test_exit_ends_the_session_and_keeps_the_locale(chat: Chat, leave: Event) -> None:
    at_ask_danger(chat)
    replies = chat.send(leave)
    assert said(replies) == ["EndSession", "common-exit-done"]  # clear, then one neutral line
    assert isinstance(replies[0], EndSession)
    assert chat.state.step is None
    assert chat.state.history == ()
    assert chat.state.locale == "ru"


def test_a_reload_shows_the_current_question_again_and_changes_nothing(chat: Chat) -> None:
    at_ask_danger(chat)
    before = chat.state
    replies = chat.send(Resumed())
    assert said(replies) == ["start-ask-danger"]
    assert chat.state == before


def test_a_reload_after_exit_shows_the_first_question(chat: Chat) -> None:
    at_ask_danger(chat)
    chat.send(ExitRequested())
    assert said(chat.send(Resumed())) == ["start-choose-language"]


def test_start_after_exit_remembers_the_language(chat: Chat) -> None:
    at_ask_danger(chat)
    chat.send(ExitRequested())
    (reply,) = chat.send(Started(locale_hint="en"))
    assert payloads(reply)[0] == "choose-language|ru"


@pytest.mark.parametrize(
    "payload",
    ["nonsense", "menu|find", "ask-danger|maybe", "ask-danger|", "privacy-note|ok", ""],
)
def test_stale_or_forged_button_is_refused_and_the_step_shown_again(
    chat: Chat, payload: str
) -> None:
    at_ask_danger(chat)
    before = chat.state
    replies = chat.press(payload)
    assert said(replies) == ["error-stale-button", "start-ask-danger"]
    assert chat.state == before


def test_language_button_for_an_unsupported_language_is_refused(chat: Chat) -> None:
    chat.send(Started())
    replies = chat.press("choose-language|fr")
    assert said(replies) == ["error-stale-button", "start-choose-language"]
    assert chat.state.locale is None


@pytest.mark.parametrize(
    "event", [TextReceived(length=12), UnsupportedReceived(kind="sticker")], ids=["text", "media"]
)
def test_unexpected_input_gets_a_kind_answer_and_the_step_again(chat: Chat, event: Event) -> None:
    at_ask_danger(chat)
    before = chat.state
    replies = chat.send(event)
    assert said(replies) == ["error-unexpected-input", "start-ask-danger"]
    assert chat.state == before


@pytest.mark.parametrize(
    "event",
    [
        ButtonPressed("menu|find"),
        ButtonPressed(BACK),
        TextReceived(length=3),
        UnsupportedReceived(kind="photo"),
        MenuRequested(),
    ],
    ids=["button", "back", "text", "media", "menu"],
)
@pytest.mark.parametrize(
    "state",
    [ConversationState(), ConversationState(step="a-step-since-removed", history=("menu",))],
    ids=["no state", "unknown step"],
)
def test_any_event_without_a_usable_state_starts_over(
    dialogs: Dialogs, state: ConversationState, event: Event
) -> None:
    turn = advance(dialogs.flow, state, event, CONTEXT)
    assert said(turn.replies) == ["start-choose-language"]
    assert turn.state.step == "choose-language"
    assert turn.state.history == ()


def test_exit_without_a_state_just_says_goodbye(dialogs: Dialogs) -> None:
    turn = advance(dialogs.flow, ConversationState(), ExitRequested(), CONTEXT)
    assert said(turn.replies) == ["EndSession", "common-exit-done"]
    assert turn.state.step is None


# Property tests: whatever arrives, the engine answers within the flow.


def all_payloads(flow: Flow) -> list[str]:
    found = [BACK, EXIT]
    for step in flow.steps.values():
        found += [f"{step.id}|{code}" for code in flow.languages] if step.languages else []
        found += [f"{step.id}|{choice.id}" for choice in step.choices]
        found += [f"{step.id}|~done"] if step.multi else []
    return found


def random_events(flow: Flow) -> st.SearchStrategy[Event]:
    payload = st.one_of(st.sampled_from(all_payloads(flow)), st.text(max_size=80))
    code = st.none() | st.sampled_from([*LOCALES, "fr", ""])
    return st.one_of(
        st.builds(ButtonPressed, payload),
        st.builds(Started, entry_code=st.none() | st.text(max_size=20), locale_hint=code),
        st.builds(TextReceived, st.integers(min_value=0, max_value=5000)),
        st.builds(UnsupportedReceived, st.sampled_from(["sticker", "photo", "edit", ""])),
        st.just(ExitRequested()),
        st.just(MenuRequested()),
        st.builds(LocationShared, st.none() | st.sampled_from(["kutaisi", "batumi"])),
        st.just(CheckInDue()),
        st.just(Resumed()),
    )


def check_invariants(
    dialogs: Dialogs, state: ConversationState, replies: tuple[Reply, ...]
) -> None:
    flow = dialogs.flow
    assert state.step is None or state.step in flow.steps
    assert all(step in flow.steps for step in state.history)
    assert state.locale is None or state.locale in flow.languages
    for name, value in state.answers.items():
        assert name in dialogs.answer_fields
        assert set(value.split(",")) <= set(dialogs.answer_fields[name])
    assert replies
    for reply in replies:
        if isinstance(reply, Say):
            for row in reply.buttons:
                for button in row:
                    assert len(button.payload.encode("utf-8")) <= 64


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_sequence_of_events_stays_inside_the_flow(
    dialogs: Dialogs, data: st.DataObject
) -> None:
    flow = dialogs.flow
    state = ConversationState()
    events = data.draw(st.lists(random_events(flow), max_size=30))
    for event in events:
        turn = advance(flow, state, event, CONTEXT)
        check_invariants(dialogs, turn.state, turn.replies)
        state = turn.state


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_pressing_offered_buttons_always_moves_without_complaint(
    dialogs: Dialogs, data: st.DataObject
) -> None:
    flow = dialogs.flow
    chat = Chat(flow)
    replies = chat.send(Started(locale_hint=data.draw(st.sampled_from(LOCALES))))
    for _ in range(data.draw(st.integers(min_value=1, max_value=25))):
        (last,) = [r for r in replies if isinstance(r, Say)][-1:]
        offered = [p for p in payloads(last) if p != EXIT]
        if not offered:
            break
        replies = chat.press(data.draw(st.sampled_from(offered)))
        check_invariants(dialogs, chat.state, replies)
        assert "error-stale-button" not in said(replies)
        assert chat.state.step is not None
