"""Transcripts of the screening part of the flow through the pure engine: several-at-once
questions, steps that act on entry, a shared location, and the check-in."""

from __future__ import annotations

from bot.core.engine import BACK, advance
from bot.core.events import ButtonPressed, CheckInDue, LocationShared, MenuRequested, Started
from bot.core.replies import Act, Say
from bot.core.state import ConversationState
from bot.dialogs import Dialogs
from tests.unit.test_engine import CONTEXT, Chat, said


def done_label(question: Say) -> str:
    (label,) = [b.label.id for row in question.buttons for b in row if b.payload.endswith("~done")]
    return label


def at_menu(dialogs: Dialogs) -> Chat:
    chat = Chat(dialogs.flow)
    chat.send(Started(locale_hint="ru"))
    for press in ("choose-language|ru", "privacy-note|ok", "ask-danger|no"):
        chat.press(press)
    assert chat.state.step == "menu"
    return chat


def test_switching_options_on_and_off_redraws_the_question_in_place(dialogs: Dialogs) -> None:
    chat = at_menu(dialogs)
    chat.press("menu|find")
    chat.press("ask-city|imereti")
    chat.press("ask-city>imereti|kutaisi")
    (redrawn,) = chat.press("ask-needs|shelter")
    assert isinstance(redrawn, Say) and redrawn.edit
    chat.press("ask-needs|legal")
    assert chat.state.answers["needs"] == "legal,shelter"  # in the order of the question
    (redrawn,) = chat.press("ask-needs|shelter")
    assert chat.state.answers["needs"] == "legal"
    assert isinstance(redrawn, Say)
    on = [b.payload for row in redrawn.buttons for b in row if b.selected]
    assert on == ["ask-needs|legal"]
    chat.press("ask-needs|legal")
    assert "needs" not in chat.state.answers  # nothing chosen is no answer at all


def test_done_leads_on_and_the_results_step_asks_for_its_cards_first(dialogs: Dialogs) -> None:
    chat = at_menu(dialogs)
    chat.press("menu|find")
    (question,) = chat.press("ask-city|skip")
    assert isinstance(question, Say)
    assert done_label(question) == "common-skip"  # nothing chosen yet: the button skips
    (question,) = chat.press("ask-needs|legal")
    assert isinstance(question, Say) and done_label(question) == "common-done"
    replies = chat.press("ask-needs|~done")
    assert said(replies) == ["Act", "results-next"]
    assert replies[0] == Act("show_results")
    assert chat.state.step == "results"


def test_back_into_the_results_shows_them_again_but_a_typed_text_does_not(
    dialogs: Dialogs,
) -> None:
    chat = at_menu(dialogs)
    batumi = ("ask-city|adjara", "ask-city>adjara|batumi")
    for press in ("menu|find", *batumi, "ask-needs|~done", "results|refine"):
        chat.press(press)
    assert said(chat.press(BACK)) == ["Act", "results-next"]
    turn = advance(dialogs.flow, chat.state, MenuRequested(), CONTEXT)
    assert Act("show_results") not in turn.replies


def test_more_results_act_on_their_own_step(dialogs: Dialogs) -> None:
    chat = at_menu(dialogs)
    for press in ("menu|find", "ask-city|adjara", "ask-city>adjara|batumi", "ask-needs|~done"):
        chat.press(press)
    replies = chat.press("results|more")
    assert replies[0] == Act("show_more") and chat.state.step == "more-results"


def test_a_shared_location_answers_the_city_question_and_keeps_only_the_coarse_point(
    dialogs: Dialogs,
) -> None:
    chat = at_menu(dialogs)
    chat.press("menu|find")
    replies = chat.send(LocationShared("kutaisi", (42.27, 42.7)))
    assert said(replies) == ["screen-ask-needs"]
    assert chat.state.answers["city"] == "kutaisi" and chat.state.near == (42.27, 42.7)


def test_a_location_nobody_asked_for_or_far_from_every_city_is_answered_kindly(
    dialogs: Dialogs,
) -> None:
    chat = at_menu(dialogs)
    assert said(chat.send(LocationShared("kutaisi", (42.27, 42.7)))) == [
        "error-unexpected-input",
        "menu-title",
    ]
    chat.press("menu|find")
    assert said(chat.send(LocationShared(None))) == ["error-unexpected-input", "screen-ask-city"]
    assert "city" not in chat.state.answers


def test_the_check_in_starts_its_own_step_from_anywhere_and_exit_forgets_the_point(
    dialogs: Dialogs,
) -> None:
    chat = at_menu(dialogs)
    chat.press("menu|find")
    chat.send(LocationShared("kutaisi", (42.27, 42.7)))
    assert said(chat.send(CheckInDue())) == ["followup-hello"]
    assert chat.state.step == "check-in" and chat.state.history == ()
    chat.press("~exit")
    assert chat.state.near is None and chat.state.offered == ()


def test_a_check_in_reaches_even_a_person_who_left_and_keeps_their_language(
    dialogs: Dialogs,
) -> None:
    left = ConversationState(step=None, locale="hy")
    turn = advance(dialogs.flow, left, CheckInDue(), CONTEXT)
    assert said(turn.replies) == ["followup-hello"] and turn.state.locale == "hy"


def test_feedback_choices_store_their_answers_and_ask_to_record_them(dialogs: Dialogs) -> None:
    chat = Chat(dialogs.flow, ConversationState(step=None, locale="en"))
    chat.send(CheckInDue())
    chat.press("check-in|yes")
    chat.press("check-in-which|2")
    replies = chat.press("check-in-respect|no")
    assert replies[0] == Act("record_feedback")
    assert chat.state.answers["followup_pick"] == "2"
    assert chat.state.answers["followup_respect"] == "no"
    assert chat.state.step == "check-in-sorry"


def test_a_forged_toggle_for_another_step_is_refused(dialogs: Dialogs) -> None:
    chat = at_menu(dialogs)
    chat.press("menu|find")
    assert said(chat.send(ButtonPressed("ask-needs|legal")))[0] == "error-stale-button"
    assert "needs" not in chat.state.answers
