"""Typed text is never a dead end, at any step: a kind word with the emergency number, a way to a
person only when someone could answer now, and the same question again, whatever was written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.engine import TALK, TEAM_ON_DUTY, UNEXPECTED, Context, advance
from bot.core.events import Event, Started, TextReceived, UnsupportedReceived
from bot.core.replies import Act, Say
from bot.core.state import ConversationState
from bot.dialogs import Dialogs
from tests.conftest import city_path
from tests.unit.test_engine import CONTEXT, NUMBERS, Chat, payloads, said

ON_DUTY: Context = {**CONTEXT, TEAM_ON_DUTY: 1}
WALKS = {
    "choose-language": (),
    "ask-danger": ("choose-language|en", "privacy-note|ok"),
    "emergency": ("choose-language|en", "privacy-note|ok", "ask-danger|yes"),
    "ask-city": ("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|find"),
    "ask-needs": (
        "choose-language|en",
        "privacy-note|ok",
        "ask-danger|no",
        "menu|find",
        *city_path("kutaisi"),
        "ask-needs|shelter",
    ),
    "results": (
        "choose-language|en",
        "privacy-note|ok",
        "ask-danger|no",
        "menu|find",
        *city_path("batumi"),
        "ask-needs|~done",
    ),
}
"""Steps of every kind: the first one, a question, the danger route, a several-at-once question
with an answer chosen, the results."""


def at(dialogs: Dialogs, step: str) -> ConversationState:
    chat = Chat(dialogs.flow)
    chat.send(Started(locale_hint="en"))
    for press in WALKS[step]:
        chat.press(press)
    assert chat.state.step == step
    return chat.state


@pytest.mark.parametrize("step", WALKS)
@pytest.mark.parametrize("event", [TextReceived(24), UnsupportedReceived("voice")], ids=str)
def test_typed_text_gets_a_kind_word_with_the_number_and_the_question_again(
    dialogs: Dialogs, step: str, event: Event
) -> None:
    state = at(dialogs, step)
    question = (
        advance(dialogs.flow, state, Started(), CONTEXT) if step == "choose-language" else None
    )
    turn = advance(dialogs.flow, state, event, CONTEXT)
    kind, again = turn.replies
    assert isinstance(kind, Say) and kind.text.id == UNEXPECTED
    assert kind.text.args["emergency_number"] == NUMBERS[0]
    assert kind.buttons == ()  # nobody on duty: no way to a person is offered
    assert isinstance(again, Say) and turn.state == state
    assert again.text.id == dialogs.flow.steps[step].say
    if question is not None:
        assert again == question.replies[0]


@pytest.mark.parametrize("step", WALKS)
def test_with_someone_on_duty_typed_text_offers_a_person(dialogs: Dialogs, step: str) -> None:
    state = at(dialogs, step)
    kind, _ = advance(dialogs.flow, state, TextReceived(24), ON_DUTY).replies
    assert payloads(kind) == [TALK]


def test_the_offered_person_opens_a_case_from_wherever_the_person_was(dialogs: Dialogs) -> None:
    state = at(dialogs, "ask-city")
    turn = advance(dialogs.flow, state, TextReceived(24), ON_DUTY)
    chat = Chat(dialogs.flow, turn.state)
    replies = chat.press(TALK)
    assert replies[0] == Act("open_case") and said(replies)[1:] == ["handoff-already-open"]
    assert chat.state.step == "talking" and chat.state.history[-1] == "ask-city"


@given(st.integers(min_value=0, max_value=5000), st.sampled_from(sorted(WALKS)))
def test_what_was_written_changes_nothing_in_the_answer(
    dialogs: Dialogs, length: int, step: str
) -> None:
    """The engine is given only a length: a cry for help and a greeting get the same care."""
    state = at(dialogs, step)
    short = advance(dialogs.flow, state, TextReceived(1), ON_DUTY)
    assert advance(dialogs.flow, state, TextReceived(length), ON_DUTY) == short
