"""What a channel can do reaches the flow: a choice that needs a capability is offered only
where the channel has it, a step may say another text where it lacks one, and a flow naming a
capability Gza does not know is refused at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.core.engine import advance
from bot.core.events import ButtonPressed, Event, Started
from bot.core.flow import CAPABILITIES, REACHES_LATER, Flow, FlowError, parse_flow
from bot.core.replies import Reply, Say
from bot.core.state import ConversationState
from bot.dialogs import FLOW_FILE, Dialogs
from bot.i18n import LOCALES
from tests.unit.test_engine import CONTEXT, payloads, said
from tests.unit.test_flow import problems_of, rewrite

NOTHING: frozenset[str] = frozenset()


@dataclass
class ChatOn:
    """One person on a channel that can do ``can``."""

    flow: Flow
    can: frozenset[str]
    state: ConversationState = field(default_factory=ConversationState)

    def send(self, event: Event) -> tuple[Reply, ...]:
        turn = advance(self.flow, self.state, event, {**CONTEXT, "days": 90}, self.can)
        self.state = turn.state
        return turn.replies

    def press(self, *presses: str) -> tuple[Reply, ...]:
        replies: tuple[Reply, ...] = ()
        for payload in presses:
            replies = self.send(ButtonPressed(payload))
        return replies


def at_results(dialogs: Dialogs, can: frozenset[str]) -> tuple[ChatOn, tuple[Reply, ...]]:
    chat = ChatOn(dialogs.flow, can)
    chat.send(Started(locale_hint="en"))
    chat.press("choose-language|en", "privacy-note|ok", "ask-danger|no", "menu|find")
    return chat, chat.press("ask-city|skip", "ask-needs|~done")


def test_the_check_in_is_offered_only_where_the_channel_can_write_later(
    dialogs: Dialogs,
) -> None:
    _, where_it_can = at_results(dialogs, CAPABILITIES)
    _, where_it_cannot = at_results(dialogs, NOTHING)
    assert "results|later" in payloads(where_it_can[-1])
    assert "results|later" not in payloads(where_it_cannot[-1])
    assert payloads(where_it_cannot[-1]) == [
        p for p in payloads(where_it_can[-1]) if p != "results|later"
    ]


def test_consent_pressed_where_no_check_in_is_possible_says_so_and_shows_the_menu(
    dialogs: Dialogs,
) -> None:
    chat, _ = at_results(dialogs, NOTHING)
    replies = chat.press("results|later", "follow-up-consent|yes")  # an old or forged press
    assert said(replies) == ["followup-web-unavailable", "menu-title"]
    assert chat.state.step == "menu"
    able, _ = at_results(dialogs, frozenset({REACHES_LATER}))
    assert said(able.press("results|later", "follow-up-consent|yes")) == ["Act", "followup-agreed"]


def test_the_privacy_note_and_the_city_question_follow_the_channel(dialogs: Dialogs) -> None:
    for can, note, city in (
        (CAPABILITIES, "start-privacy-note", "screen-ask-city"),
        (NOTHING, "channels-privacy-note", "channels-screen-ask-city"),
    ):
        chat = ChatOn(dialogs.flow, can)
        chat.send(Started(locale_hint="en"))
        (shown,) = chat.press("choose-language|en")
        assert isinstance(shown, Say) and shown.text.id == note
        assert shown.text.args == {"days": 90}  # the same values, either text
        assert said(chat.press("privacy-note|ok", "ask-danger|no", "menu|find")) == [city]


def flow_with(step: dict[str, Any]) -> dict[str, Any]:
    return {"flow": "f", "first": "a", "menu": "a", "steps": {"a": step}}


@pytest.mark.parametrize(
    ("step", "problem"),
    [
        (
            {"say": "x", "choices": [{"id": "c", "label": "l", "next": "a", "needs": "fly"}]},
            "'needs' must be one of",
        ),
        (
            {"say": "x", "choices": [{"id": "c", "label": "l", "next": "a", "otherwise": "t"}]},
            "'otherwise' must be a text id, beside 'needs'",
        ),
        ({"say": "x", "say_without": {"teleport": "y"}}, "'say_without' must map capabilities"),
    ],
)
def test_a_flow_naming_an_unknown_capability_is_refused(step: dict[str, Any], problem: str) -> None:
    with pytest.raises(FlowError) as refused:
        parse_flow(flow_with(step), "test.yaml", ("en",))
    assert problem in str(refused.value)


def test_texts_chosen_by_capability_are_checked_in_every_locale(dialogs: Dialogs) -> None:
    ids = dialogs.flow.text_ids()
    assert {"channels-privacy-note", "channels-screen-ask-city"} <= ids
    assert "followup-web-unavailable" in ids


def test_a_text_for_a_channel_without_a_capability_is_checked_at_its_step(
    editable_copy: tuple[Path, Path],
) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "channels-screen-ask-city }", "channels-screen-ask-town }")
    problems = problems_of(dialogs, locales)
    missing = [p for p in problems if "text 'channels-screen-ask-town' is missing" in p]
    assert len(missing) == len(LOCALES)
    assert all("step 'ask-city'" in p for p in missing)
